"""Gazetteer names in the text: finding them, widening them, and telling actors from the rest.

One PhraseMatcher pass finds every alias the gazetteer lists; each hit is widened to the
noun phrase it heads. The tests here set a hit aside when it is not an actor acting: a
country or capital used as a place, a name that says what another's body deals with, a
business, a person of a nationality, one word of a longer name.
"""

from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from accord.data import load_data, words
from accord.extract.actors.phrases import left_edge, sector_or_title
from accord.nlp.prepositions import is_out_of, owner_preps
from accord.resolve.actors import Entry, gazetteer

#: Prepositions after which a country or capital is a place, not an actor.
LOCATIVE = frozenset(words("grammar", "locative_prepositions"))
BETWEEN_PLACE_NOUNS = frozenset(words("grammar", "between_place_nouns"))
#: verb lemma → prepositions after which its object is the party addressed ("called on X")
PREPOSITIONS_OF_THE_ADDRESSED = {
    verb: frozenset(preps)
    for verb, preps in load_data("lexicon/grammar")["prepositions_of_the_addressed"].items()
}
CLIMB_DEPS = {"compound", "amod", "nmod", "poss", "appos"}
#: How many words up from a name a splinter word may be ("the largest group of dissidents
#: of the FARC guerrilla": guerrilla, dissidents).
MAX_SPLINTER_CLIMB = 3
#: Marks that join two names into a pair ("Armenia-Azerbaijan talks").
HYPHENS = {"-", "–", "/"}


def build_matchers(nlp) -> tuple[PhraseMatcher, PhraseMatcher]:
    gaz = gazetteer()
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    lower.add("ACTOR", _patterns(nlp, gaz.names))
    exact.add("ACTOR", _patterns(nlp, gaz.exact))
    # "Central America" is matched whole, so that its "America" is no state's name; it has no
    # entry, and names no one
    regions = [" ".join(words) for names in gaz.region_names.values() for words in names]
    lower.add("REGION", _patterns(nlp, regions))
    return lower, exact


def _patterns(nlp, aliases) -> list[Doc]:
    """Tokenised aliases as they appear mid-sentence: "U.N." alone would lose its last
    full stop to the tokenizer, so each alias is tokenised with a word after it. An alias
    with an apostrophe is also matched with a typographic one ("Ta’ang"), as most pages
    print it; :func:`entry_for` reads both back to the same entry."""
    spelt = sorted(set(aliases) | {a.replace("'", "’") for a in aliases if "'" in a})
    docs = []
    for alias, doc in zip(spelt, nlp.tokenizer.pipe(f"{a} x" for a in spelt), strict=True):
        docs.append(doc[:-1].as_doc() if alias.endswith(".") else nlp.make_doc(alias))
    return docs


def entry_for(span: Span) -> Entry | None:
    gaz = gazetteer()
    text = " ".join(span.text.replace("’", "'").split())
    return gaz.exact.get(text) or gaz.names.get(text.lower())


def is_place(span: Span, entry: Entry) -> bool:
    """A country or capital in a locative phrase (also named after "the capital" there), a
    capital modifying a common noun, or a dateline ("DOHA, Feb 25 (Monitor) –")."""
    if entry.kind not in ("country", "capital"):
        return False
    root = span.root
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if (
        entry.kind == "capital"
        and span.text.isupper()
        and span.start == span.sent.start
        and following is not None
        and following.text in (",", "–", "—", "-")
    ):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "between":
        return root.head.head.lemma_.lower() in BETWEEN_PLACE_NOUNS  # else the sides of it
    if root.dep_ == "pobj" and root.head.lower_ in PREPOSITIONS_OF_THE_ADDRESSED.get(
        root.head.head.lemma_.lower(), ()
    ):
        return False  # "called on Ethiopia to …", "appealed to Uganda": the party addressed
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE:
        return True
    if (
        entry.kind == "capital"
        and root.dep_ in ("appos", "compound")
        and root.head.lemma_.lower() == "capital"
        and root.head.dep_ == "pobj"
        and root.head.head.lower_ in LOCATIVE
    ):
        return True  # "met in the capital, Abuja", "in the Qatari capital Doha"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and is_out_of(root.head):
        return True  # "pulled its forces out of Congo": a place left
    if root.dep_ in ("compound", "nmod") and entry.kind == "capital":
        return sector_or_title(root.head) is None
    return False


def widen(span: Span, floor: int = 0) -> tuple[int, int, bool]:
    """Widen a name to the noun phrase it modifies; report whether the head is a non-actor."""
    gaz = gazetteer()
    head, end = span.root, span.end
    while head.dep_ in CLIMB_DEPS and head.head.i != head.i:
        parent = head.head
        if parent.pos_ not in ("NOUN", "PROPN"):
            break
        if head.dep_ == "appos":
            break
        if parent.i < head.i:  # post-modifier: stop
            break
        between = span.doc[head.i + 1 : parent.i]
        if any(t.text == "," for t in between):
            break  # "Armenia, Azerbaijan agree": a headline's list, two names
        if any(t.text in HYPHENS and t.ent_type_ != "PERSON" for t in between):
            break  # "Armenia-Azerbaijan talks": a pair of names, not one phrase
        body = _negotiating_body(parent)  # "the Israeli negotiating team"
        if not body and (parent.lower_ in gaz.non_actor or parent.lemma_.lower() in gaz.non_actor):
            return span.start, span.end, True
        if not body and sector_or_title(parent) is None and not parent.ent_type_:
            break
        head = parent
        end = max(end, head.i + 1)
    # "the head of Hamas' Political Bureau": a title noun taking the name as complement.
    if head.dep_ == "pobj" and head.head.lower_ in ("of", "for") and head.head.head.i < head.i:
        title = head.head.head
        if title.pos_ in ("NOUN", "PROPN") and sector_or_title(title) in ("title", "sector"):
            return min(left_edge(title, floor), span.start), end, False
    start = min(left_edge(head, floor), span.start)
    while start < span.start and span.doc[start].is_punct:
        start += 1  # "Armenia-Azerbaijan": the second name starts after the hyphen
    return start, end, False


def run_by(span: Span) -> Token | None:
    """The noun a name is joined to by a participle of running ("the Hamas-led government",
    "the Houthi-controlled capital"): the body or the territory the named side runs."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text not in ("-", "–"):
        return None
    participle = doc[span.end + 1]
    if participle.lower_ not in gazetteer().running:
        return None
    noun = participle.head
    if participle.dep_ not in ("amod", "compound") or noun.i <= participle.i:
        return None
    return noun if noun.pos_ == "NOUN" else None


def splinter_of(span: Span) -> bool:
    """Is the name that of the organisation a group left ("FARC dissidents", "a splinter
    faction of the ELN", "dissidents of the Front")? That group is another one, and the name
    is no mention of the organisation. The phrase is climbed from the name through its
    modifiers and "of" complements."""
    splinter = gazetteer().splinter
    token = span.root
    for _ in range(MAX_SPLINTER_CLIMB):
        if token.dep_ in CLIMB_DEPS and token.head != token:
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of":
            token = token.head.head
        else:
            return False
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        if token.lower_ in splinter or any(
            child.dep_ in ("amod", "compound") and child.lower_ in splinter
            for child in token.children
        ):
            return True
    return False


def owned_by_another(span: Span, name_starts: set[int]) -> bool:
    """Does the name modify a body whose owner another name gives ("the <Place> office of
    the <State> government")? The name then says what the body deals with, not whose it
    is; an owner that is no name ("Department of State") leaves the body the name's."""
    return any(token.i in name_starts for prep in owner_preps(span.root) for token in prep.subtree)


def inside_longer_name(span: Span) -> bool:
    """A name word ends a longer capitalised name: the word before it is capitalised and
    is not the sentence's first word ("Equality Movement", not "The Movement")."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.text[:1].isupper() and not before.is_sent_start and before.pos_ != "DET"


#: Plural nouns that, marked as a pair ("the warring parties", "both sides"), are the two
#: sides of the story (lexicon/actors.yaml, as coreference reads them).
PAIR_NOUNS = frozenset(words("actors", "pair_nouns"))
PAIR_MARKS = frozenset(words("actors", "pair_marks"))


def names_the_sides(head: Token) -> bool:
    """A plural pair noun marked as the two sides ("the South Sudanese warring parties", "the
    two Sudanese sides"): whoever its demonym names, it is the two sides, not that state's
    parties or its whole."""
    return (
        head.lemma_.lower() in PAIR_NOUNS
        and head.tag_ in ("NNS", "NNPS")
        and any(c.lower_ in PAIR_MARKS for c in head.children)
    )


def demonym_as_person(span: Span) -> bool:
    """A demonym standing alone as a noun ("the Iranian declined"): a person of that
    nationality, unless it names the whole people (``demonym_as_people``)."""
    root = span.root
    return (
        root.pos_ in ("NOUN", "PROPN")
        and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")
        and root.ent_type_ != "GPE"
    )


#: Endings of demonyms whose plural is the same word ("Chinese", "French", "British",
#: "Swiss"): with "the" and no noun after them they name the people, never one person.
_INVARIANT_DEMONYM_ENDINGS = ("ese", "ch", "sh", "ss")


def demonym_as_people(span: Span) -> bool:
    """A demonym with no plural form of its own, standing alone as a noun after "the",
    names the people ("the Chinese targeted the vessel", as "the Ghanaians" does), not a
    person of that nationality ("the Iranian declined")."""
    return (
        span.text.endswith(_INVARIANT_DEMONYM_ENDINGS)
        and span.start > 0
        and span.doc[span.start - 1].lower_ == "the"
        and demonym_as_person(span)
    )


def business_context(span: Span) -> bool:
    """A name modifying a noun phrase about business ("Norwegian packaging group")."""
    gaz = gazetteer()
    head = span.root.head if span.root.dep_ in ("amod", "compound", "nmod", "poss") else None
    if head is None or head.pos_ not in ("NOUN", "PROPN") or _negotiating_body(head):
        return False
    words = {t.lower_ for t in head.lefts} | {head.lower_, head.lemma_.lower()}
    return bool(words & gaz.business)


def _negotiating_body(token: Token) -> bool:
    """A team that negotiates: a negotiation marker or a delegation among its modifiers ("the
    Israeli negotiating team", "the Ukrainian delegation's team", "a team of negotiators");
    "the national team" and "the football team" are sport."""
    gaz = gazetteer()
    if token.lower_ not in gaz.body_heads:
        return False
    words = [t.text for t in token.doc[left_edge(token) : token.i]]
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words += [c.text for c in prep.children if c.dep_ == "pobj"]
    return gaz.negotiating_body(token.lower_, words)
