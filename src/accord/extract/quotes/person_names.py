"""Which person, if any, a speaker phrase or a pronoun names.

The NER misses or mislabels many names in wire copy ("Maksym Lytvyn" as an
organisation, "Baku" as a person, "Rebels" as a name at a sentence's start), so a
name is read from several clues: the entities, the actors extractor's people, titles
before a name, an office "of" a body followed by its holder, and names given in full
earlier in the text. A pronoun's person is the one last made a sentence's subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accord.extract.analysis import Analysis
from accord.extract.quotes.followups import person_titles
from accord.extract.quotes.names import clean_name
from accord.extract.quotes.speaker_phrases import ANONYMOUS_HEADS, BODY_NOUN_SECTORS
from accord.nlp.docviews import doc_entities, entities_in
from accord.resolve.actors import gazetteer, resolve_phrase
from accord.resolve.open_actors import vocabulary


def person_name(span: Span, analysis: Analysis) -> str | None:
    """The person a speaker phrase names, from the NER or the actors extractor."""
    root = span.root
    for ent in entities_in(span):
        if ent.label_ == "PERSON" and ent.start <= root.i < ent.end:
            return clean_name(ent.text)
    for child in root.children:
        # "the head of the delegation, Oksana Hrytsenko," names its person in apposition
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            for ent in doc_entities(span.doc):
                if ent.start <= child.i < ent.end:
                    return clean_name(ent.text)
    closing = _name_closing_office(span)
    if closing is not None:
        return closing
    mention = analysis.mention_covering(root)
    if mention is not None and mention.person:
        return mention.person
    titled = _titled_name(span)
    if titled is not None:
        return titled
    if root.pos_ == "PROPN" and root.ent_type_ in ("", "PERSON") and root.text[:1].isupper():
        # a lower-case "elect" of "president-elect" is no name, whatever its tag
        names = [t for t in span if t.pos_ == "PROPN" and t.i <= root.i]
        chain = []
        for token in reversed(names):
            if chain and token.i != chain[0].i - 1:
                break
            chain.insert(0, token)
        candidate = " ".join(t.text for t in chain)
        if chain and chain[-1].lower_ in ANONYMOUS_HEADS:
            candidate = ""  # "the Foreign Minister": a title, not a name
        if chain and _ends_in_body(chain):
            candidate = ""  # "Joint Chiefs", "Sovereign Council": a body, not a person
        if len(chain) == 1 and chain[0].is_sent_start and _common_noun(chain[0]):
            candidate = ""  # "Rebels said …": a sentence's first word, capitalised, no name
        if (
            candidate
            and resolve_phrase(candidate) is None
            and analysis.mention_covering(root) is None
        ):
            return clean_name(candidate)
    if root.is_title and root.is_alpha:
        # a surname on its own ("Melnikov said") names a person the text named in full
        for ent in doc_entities(span.doc):
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == root.text:
                return clean_name(ent.text)
    return None


def _titled_name(span: Span) -> str | None:
    """``presidential adviser Maksym Lytvyn``: two or more capitalised words right after a
    person's title are a name, whatever label the NER gave them ("Maksym Lytvyn" ORG)."""
    root = span.root
    if root.pos_ != "PROPN" or root.i != span[-1].i:
        return None
    chain = [root]
    for token in reversed(list(span[: root.i - span.start])):
        if token.pos_ != "PROPN" or not token.is_title:
            break
        chain.insert(0, token)
    before = chain[0].i - 1
    if len(chain) < 2 or before < span.start or span.doc[before].lower_ not in person_titles():
        return None
    name = " ".join(t.text for t in chain)
    return clean_name(name) if resolve_phrase(name) is None else None


def _name_closing_office(span: Span) -> str | None:
    """``President of the Northern Republic (NR) Adam Kovac``: an office of a body, then the
    name of the person holding it, which the parser hangs on the body's name. The name must
    follow the body's words, not a title of its own ("the spokesman of President Kovac" is
    the spokesman, not Kovac)."""
    root = span.root
    if root.lower_ not in person_titles():
        return None
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for body in prep.children:
            if body.dep_ != "pobj":
                continue
            for ent in entities_in(span):
                before = span.doc[ent.start - 1]
                if (
                    ent.label_ == "PERSON"
                    and ent.end - 1 == body.i
                    and ent.start > body.left_edge.i
                    and before.lower_ not in person_titles()
                ):
                    return clean_name(ent.text)
    return None


def _common_noun(token: Token) -> bool:
    """A word the gazetteer knows as a description or a sector's noun ("rebels",
    "officials", "police"), whatever the tagger made of its capital letter."""
    gaz = gazetteer()
    return token.lower_ in gaz.descriptions or gaz.sector([token.lower_]) is not None


def _ends_in_body(chain: list[Token]) -> bool:
    """Does a run of capitalised words end in a body's noun ("Joint Chiefs", "National
    Council"), which no person's name does? A title ("King") does not count."""
    if chain[-1].lower_ in vocabulary().heads:
        return True
    return gazetteer().sector([t.text for t in chain]) in BODY_NOUN_SECTORS


def full_name(span: Span, surname: str) -> str:
    """ "Bondar said" after "Foreign Minister Taras Bondar": the name given in full."""
    for ent in doc_entities(span.doc):
        if ent.label_ == "PERSON" and len(ent) > 1 and clean_name(ent.text).endswith(" " + surname):
            return clean_name(ent.text)
    return surname


def nearest_person(pronoun: Token, window: int = 600) -> Span | None:
    """The person last made a sentence subject before a pronoun ("Ali Rahimi arrived. …
    he said"); people named in passing ("a team headed by X") are not candidates."""
    found = None
    for ent in doc_entities(pronoun.doc):
        if ent.end > pronoun.i:
            break
        if ent.label_ != "PERSON":
            continue
        name = _whole_name(ent)
        if (
            pronoun.idx - name.start_char <= window
            and _is_subject(name.root)
            and not _names_no_person(name.text)  # "Baku", "Kyiv" tagged as people
        ):
            found = name  # a person the text made the subject of a sentence
    return found


def _is_subject(token: Token) -> bool:
    """A sentence's subject, or the name in apposition to it ("The head of the delegation,
    Kofi Mensah, believes …")."""
    subjects = ("nsubj", "nsubjpass")
    return token.dep_ in subjects or token.dep_ == "appos" and token.head.dep_ in subjects


def only_person_before(pronoun: Token) -> Span | None:
    """``… under the mediation of Mr. X, the special envoy. He advised …``: a sentence-initial
    pronoun after a sentence that names one person, in whatever role, is that person."""
    sentence = pronoun.sent
    if pronoun.i != sentence.start or sentence.start == 0:
        return None
    previous = pronoun.doc[sentence.start - 1].sent
    people = [
        _whole_name(ent)
        for ent in doc_entities(pronoun.doc)
        if ent.label_ == "PERSON"
        and previous.start <= ent.start
        and ent.end <= previous.end
        and not _names_no_person(ent.text)
    ]
    return people[0] if len(people) == 1 else None


def _names_no_person(text: str) -> bool:
    """A name the gazetteer knows as something other than a person (a capital, a state)."""
    entry = gazetteer().names.get(text.lower())
    return resolve_phrase(text) is not None and (entry is None or entry.kind != "person")


def _whole_name(ent: Span) -> Span:
    """A person entity the NER cut short ("Mohammed bin Salman" of "Mohammed bin Salman Al
    Saud"): the run of proper nouns its root is a compound of, to the name's head."""
    head = ent.root
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head
    between = ent.doc[ent.end : head.i + 1]
    if head.i >= ent.end and all(t.pos_ == "PROPN" for t in between):
        return ent.doc[ent.start : head.i + 1]
    return ent
