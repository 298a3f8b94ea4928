"""The "actors" extractor: every stretch of text that refers to a political actor.

Named mentions come from one PhraseMatcher pass over the gazetteer (countries,
demonyms, capitals, institutions, organisations, office-holders); each hit is
widened to the noun phrase it heads ("a senior Israeli official", "the head of
Hamas' Political Bureau") and resolved with :func:`accord.resolve.actors.resolve_phrase`.
Persons are learned from their titles and appositions ("White House spokesman John
Kirby" → John Kirby acts for USA.GOV; a later "Kirby" resolves the same). Definite
descriptions and pronouns are resolved by the salience rule in
:mod:`accord.resolve.coref`; a subject headed by an actor noun that nothing resolves ("The
army accepted …") takes part in it as a candidate with no actor, so that a following "its"
is left unresolved rather than given to an earlier, less salient actor. Bare nouns for an
armed side ("the rebels", "communist rebels") are resolved by :mod:`accord.extract.side_nouns`:
the group the text names, else the open-world rebels of the state they are paired with.

Capitals and countries used as places ("talks in Cairo", "returning to the United
States") are not actor mentions, nor are the places of the dateline opening the article
("KYIV/MOSCOW (Reuters) -", "GAZA CITY, May 7 (AP) –"): only an agency named there is
kept, as the name alone. Heads that are not political actors ("an Israeli company", "the
French team") drop the mention, except a team that negotiates ("the Israeli negotiating
team", "the Ukrainian delegation's team"), which acts for its state's government or its
organisation.
"""

from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from accord.data import words
from accord.extract.analysis import ActorMention, sentence_index
from accord.extract.side_nouns import (
    SideResolver,
    armed_home,
    is_side_noun,
    last_armed_side,
    name_national_rebels,
)
from accord.nlp.datelines import dateline_capital, dateline_tokens
from accord.nlp.docviews import doc_entities, doc_tokens, entities_in
from accord.nlp.prepositions import is_out_of, owner_preps
from accord.registry import extractors
from accord.resolve.actors import (
    STATE_KINDS,
    Entry,
    country_of,
    gazetteer,
    phrase_entry,
    resolve_phrase,
)
from accord.resolve.candidates import ANONYMOUS_MENTION_HEADS, mention_candidate
from accord.resolve.coref import Candidate, antecedent
from accord.resolve.places import resolve_place

#: Prepositions after which a country or capital is a place, not an actor.
LOCATIVE = frozenset(words("grammar", "locative_prepositions"))
#: Key prefix, in the persons learned, of a surname's full name ("__full__Kurti").
FULL_NAME = "__full__"
BETWEEN_PLACE_NOUNS = frozenset(words("grammar", "between_place_nouns"))
#: Descriptions of a whole state ("the country"): its government, whatever body named it last.
POLITY_WORDS = frozenset(words("grammar", "polity_words"))
LOCAL_OFFICES = frozenset(words("grammar", "local_offices"))
#: Modifiers that make a bare plural the state's own body ("government troops").
STATE_OWNERS = frozenset(words("grammar", "state_owner_modifiers"))
NP_MODIFIERS = {
    "compound",
    "amod",
    "nmod",
    "poss",
    "det",
    "nummod",
    "quantmod",
    "case",
    "advmod",
    "punct",
    "predet",
}
CLIMB_DEPS = {"compound", "amod", "nmod", "poss", "appos"}
#: Marks that join two names into a pair ("Armenia-Azerbaijan talks").
HYPHENS = {"-", "–", "/"}
INDEFINITE = frozenset(words("grammar", "indefinite_determiners"))
PRONOUNS = {
    "it": "thing",
    "its": "thing",
    "they": "thing",
    "their": "thing",
    "them": "thing",
    "he": "person",
    "him": "person",
    "his": "person",
    "she": "person",
    "her": "person",
}
DEFINITE = frozenset(words("grammar", "definite_determiners"))
#: Descriptions of fighters: they refer to an armed group or movement only.
COMBATANT_NOUNS = frozenset(words("actors", "combatant_nouns"))

#: Rule of a sector noun placed in a country ("demonstrators in Baghdad").
LOCATED_RULE = "located"


def _build_matchers(nlp) -> tuple[PhraseMatcher, PhraseMatcher]:
    gaz = gazetteer()
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    lower.add("ACTOR", _patterns(nlp, gaz.names))
    exact.add("ACTOR", _patterns(nlp, gaz.exact))
    return lower, exact


def _patterns(nlp, aliases) -> list[Doc]:
    """Tokenised aliases as they appear mid-sentence: "U.N." alone would lose its last
    full stop to the tokenizer, so each alias is tokenised with a word after it."""
    docs = []
    for alias, doc in zip(
        sorted(aliases), nlp.tokenizer.pipe(f"{a} x" for a in sorted(aliases)), strict=True
    ):
        docs.append(doc[:-1].as_doc() if alias.endswith(".") else nlp.make_doc(alias))
    return docs


def _entry_for(span: Span) -> Entry | None:
    gaz = gazetteer()
    text = " ".join(span.text.replace("’", "'").split())
    return gaz.exact.get(text) or gaz.names.get(text.lower())


def _is_place(span: Span, entry: Entry) -> bool:
    """A country or capital in a locative phrase, a capital modifying a common noun, or a
    dateline ("DOHA, Feb 25 (Monitor) –")."""
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
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and is_out_of(root.head):
        return True  # "pulled its forces out of Congo": a place left
    if root.dep_ in ("compound", "nmod") and entry.kind == "capital":
        return _sector_or_title(root.head) is None
    return False


def _sector_or_title(token: Token) -> str | None:
    gaz = gazetteer()
    lemma, lower = token.lemma_.lower(), token.lower_
    if lower in gaz.sector_of or lemma in gaz.sector_of:
        return "sector"
    if lower in gaz.titles or lemma in gaz.titles:
        return "title"
    if token.ent_type_ == "PERSON":
        return "person"
    return None


def _left_edge(head: Token, floor: int = 0) -> int:
    """First token of the pre-modifiers of a noun (det, adjectives, compounds, possessor).

    ``floor`` is the end of the previous name: a phrase never swallows another name.
    """
    start = head.i
    for child in head.lefts:
        if child.dep_ in NP_MODIFIERS and child.i >= floor:
            start = min(start, _left_edge(child, floor))
    return start


def _widen(span: Span, floor: int = 0) -> tuple[int, int, bool]:
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
        if not body and _sector_or_title(parent) is None and not parent.ent_type_:
            break
        head = parent
        end = max(end, head.i + 1)
    # "the head of Hamas' Political Bureau": a title noun taking the name as complement.
    if head.dep_ == "pobj" and head.head.lower_ in ("of", "for") and head.head.head.i < head.i:
        title = head.head.head
        if title.pos_ in ("NOUN", "PROPN") and _sector_or_title(title) in ("title", "sector"):
            return min(_left_edge(title, floor), span.start), end, False
    start = min(_left_edge(head, floor), span.start)
    while start < span.start and span.doc[start].is_punct:
        start += 1  # "Armenia-Azerbaijan": the second name starts after the hyphen
    return start, end, False


def _owned_by_another(span: Span, name_starts: set[int]) -> bool:
    """Does the name modify a body whose owner another name gives ("the <Place> office of
    the <State> government")? The name then says what the body deals with, not whose it
    is; an owner that is no name ("Department of State") leaves the body the name's."""
    return any(token.i in name_starts for prep in owner_preps(span.root) for token in prep.subtree)


class ActorFinder:
    """Finds, widens and resolves actor mentions in one document."""

    def __init__(self, nlp) -> None:
        self.lower, self.exact = _build_matchers(nlp)
        self.gaz = gazetteer()

    def __call__(self, doc: Doc) -> None:
        analysis = doc._.accord
        persons: dict[str, str] = {}  # full name or surname → actor id
        mentions = self._named(doc, persons)
        mentions += self._persons(doc, persons, mentions)
        mentions += self._located(doc, mentions)
        mentions = _non_overlapping(mentions)
        mentions += self._referring(doc, mentions)
        for mention in _non_overlapping(mentions):
            analysis.add_mention(mention)

    # --- named mentions ------------------------------------------------------------------
    def _named(self, doc: Doc, persons: dict[str, str]) -> list[ActorMention]:
        spans = [doc[s:e] for _, s, e in self.lower(doc)]
        spans += [doc[s:e] for _, s, e in self.exact(doc)]
        mentions, floor = [], 0
        first, after = dateline_tokens(doc)
        named = [
            (span, _entry_for(span)) for span in sorted(filter_spans(spans), key=lambda s: s.start)
        ]
        # a weak name ("the Resistance") stands for its group only where the group is named
        named_strongly = {entry.actor for _, entry in named if entry is not None and not entry.weak}
        organisation_starts = [  # non-state organisations named in the text
            span.start for span, entry in named if entry is not None and entry.country is None
        ]
        name_starts = {span.start for span, entry in named if entry is not None}
        for span, entry in named:
            if entry is None or _is_place(span, entry):
                continue
            if _owned_by_another(span, name_starts):
                continue  # "the Kosovo office of the Serbian government" is Serbia's
            in_dateline = first <= span.start < after
            if in_dateline and entry.kind in STATE_KINDS:
                continue  # "KYIV/MOSCOW (Reuters) -", "BEIRUT, Lebanon —": places, not actors
            if entry.weak and span[0].is_lower:
                continue  # "the movement" in lower case is a description, resolved by coreference
            if len(span) == 1 and span.text.islower():
                continue  # "dismissed the amnesty", "the senate": a common noun, not the name
            if entry.weak and _inside_longer_name(span):
                continue  # "the Justice and Equality Movement" is another group's name
            if entry.weak and entry.actor not in named_strongly:
                continue  # "the Resistance" in an article that never names the group
            if entry.kind == "demonym" and _demonym_as_person(span):
                continue  # "the Iranian declined": a person of that nationality, not a state
            if (
                span.start >= 2
                and doc[span.start - 1].text == "-"
                and doc[span.start - 2].lower_ in ("anti", "pro", "non", "post", "pre", "intra")
            ):
                continue  # "an anti-Syria journalist", "intra-Afghan talks": not the actor
            if (
                span.end + 1 < len(doc)
                and doc[span.end].text == "-"
                and doc[span.end + 1].lower_ in self.gaz.backing
            ):
                continue  # "an Iran-backed militia": the militia is not Iran's
            if _business_context(span):
                continue  # "Norwegian packaging group", "a Chinese chipmaker": not political
            if in_dateline:  # "(Reuters)" in a dateline: the name alone, never its cities
                start, end, dropped = span.start, span.end, False
            else:
                # a name after the dateline never widens into it ("KYIV – Ukraine")
                start, end, dropped = _widen(
                    span, max(floor, after) if span.start >= after else floor
                )
            floor = span.end
            if _demonym_place(span, doc[start:end].root):
                continue  # "a ceremony in Iraqi Kurdistan": a region of a state is a place
            if dropped or (
                span.root.dep_ == "poss"
                and any(
                    span.end <= other < max(end, span.root.head.i + 1)
                    for other in organisation_starts
                )
            ):
                # "Venezuela's Unitary Platform", "Yemen's Houthi group": the phrase is headed
                # by the organisation's name, which gets its own mention; the possessor is not
                # the actor
                continue
            mention = self._mention(doc, start, end, span, entry, persons)
            where = _place_of(span) if entry.kind in ("people", "demonym") else None
            if mention is not None and where is not None:
                # "the Albanians of southern Serbia": residents of a place, not a state
                mention.actor, mention.rule = f"{where}.CVL", "gazetteer.residents"
            if mention is not None:
                mentions.append(mention)
        return mentions

    def _mention(
        self, doc: Doc, start: int, end: int, name: Span, entry: Entry, persons: dict[str, str]
    ) -> ActorMention | None:
        phrase = doc[start:end]
        person = _person_in(phrase)
        if person is not None and person.start > name.start:
            descriptor = doc[start : person.start]
            if not any(
                self.gaz.is_title([t.text]) or self.gaz.sector([t.text]) for t in descriptor
            ):
                return None  # "India's Arjun Rao": a national, not an office-holder
            actor = resolve_phrase(descriptor.text) or entry.actor
            _learn(persons, person.text, actor)
            return ActorMention(
                start,
                end,
                actor,
                phrase.text,
                kind="person",
                person=person.text,
                rule="gazetteer.title",
            )
        if entry.kind == "person":
            _learn(persons, name.text, entry.actor)
            return ActorMention(
                start,
                end,
                entry.actor,
                phrase.text,
                kind="person",
                person=name.text,
                rule="gazetteer.officeholder",
            )
        actor = resolve_phrase(phrase.text) or entry.actor
        if entry.kind == "people" and end == name.end:
            actor = entry.actor
        if entry.country is None and entry.kind != "person" and "." in actor:
            # "the international High Representative for Bosnia": an organisation's name with a
            # country inside it is the organisation, not the country's government
            actor = entry.actor
        head = doc[end - 1]
        anonymous = head.lower_ in ANONYMOUS_MENTION_HEADS and doc[start].lower_ in INDEFINITE | {
            "senior"
        }
        if not anonymous and head.lower_ in ANONYMOUS_MENTION_HEADS:
            anonymous = any(t.lower_ in INDEFINITE for t in doc[start:end])
        kind = "description" if head.lower_ in ANONYMOUS_MENTION_HEADS else "name"
        mention = ActorMention(
            start, end, actor, phrase.text, kind=kind, anonymous=anonymous, rule="gazetteer"
        )
        self._learn_apposition(doc, phrase, actor, persons)
        return mention

    def _learn_apposition(self, doc: Doc, phrase: Span, actor: str, persons: dict) -> None:
        """ "the chief of the ELN's political wing, Pablo Ruiz" teaches Ruiz → ELN."""
        head = phrase.root
        while head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head.head
        for child in list(head.children) + ([head.head] if head.dep_ == "appos" else []):
            if child.ent_type_ == "PERSON" and (child.dep_ == "appos" or head.dep_ == "appos"):
                span = _entity_of(child)
                if span is not None and self.gaz.is_title([t.text for t in phrase]):
                    _learn(persons, span.text, actor)

    # --- persons ---------------------------------------------------------------------------
    def _persons(
        self, doc: Doc, persons: dict[str, str], named: list[ActorMention]
    ) -> list[ActorMention]:
        covered = {i for m in named for i in range(m.start, m.end)}
        found = []
        for ent in self._person_spans(doc, persons):
            if ent.start in covered:
                continue
            name = ent.text
            # "al-Busaidi" is one word of the full name but two tokens: try the word first
            actor = persons.get(name) or persons.get(name.split()[-1]) or persons.get(ent[-1].text)
            if actor is None:
                actor = self._title_before(doc, ent) or self._apposed_title(ent)
                actor = actor or _led_body(ent)
                if actor is None:
                    actor = self._title_of_place(doc, ent) or self._title_at_home(doc, ent)
                if actor is None:
                    continue
                _learn(persons, name, actor)
            start = ent.start
            if ent.root.dep_ == "compound":
                pass
            found.append(
                ActorMention(
                    start,
                    ent.end,
                    actor,
                    ent.text,
                    kind="person",
                    person=_full_name(persons, name),
                    rule="person",
                )
            )
        return found

    @staticmethod
    def _person_spans(doc: Doc, persons: dict[str, str]) -> list[Span]:
        """The tagger's persons, and the surnames of persons already learned from their full
        names, however the tagger read them: "Tatar" as a nationality, "Duque" as an
        organisation, "Kurti" as nothing at all. A surname counts only as a proper noun
        standing alone, and only once the document has named its bearer in full."""
        spans = [ent for ent in doc_entities(doc) if ent.label_ == "PERSON"]
        surnames = {key[len(FULL_NAME) :] for key in persons if key.startswith(FULL_NAME)}
        if not surnames:
            return spans
        inside = {i for ent in spans for i in range(ent.start, ent.end)}
        for token in doc_tokens(doc):
            if token.text not in surnames or token.i in inside:
                continue
            if not (token.pos_ == "PROPN" or token.ent_type_) or not token.text[:1].isupper():
                continue
            if (
                token.ent_type_
                and token.ent_iob_ == "B"
                and (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
            ):
                continue  # the first word of a longer name of something else
            spans.append(doc[token.i : token.i + 1])
        return sorted(spans, key=lambda span: span.start)

    def _title_before(self, doc: Doc, ent: Span) -> str | None:
        """ "Qatari Prime Minister Mohammad …": compounds before the name that resolve."""
        start = ent.start
        while (
            start > 0
            and doc[start - 1].dep_ in ("compound", "amod", "poss", "case")
            and doc[start - 1].head.i >= ent.start - 1
            and doc[start - 1].pos_ != "PUNCT"
        ):
            start -= 1
        if ent.start > 1 and doc[ent.start - 1].dep_ == "case":
            # "North Korea's Kim", "Hamas's Haniyeh": the person is the possessor's
            owner = doc[ent.start - 1].head
            return resolve_phrase(doc[owner.left_edge.i : owner.i + 1].text)
        if start == ent.start:
            return None
        words = [t.text for t in doc[start : ent.start]]
        if not self.gaz.is_title(words):
            return None
        return resolve_phrase(doc[start : ent.start].text)

    def _bare_title(self, doc: Doc, ent: Span) -> str | None:
        """The title words before a name that name no country ("President" in "President
        Anna Lind"), or None when there are none."""
        start = ent.start
        while (
            start > 0
            and doc[start - 1].dep_ in ("compound", "amod")
            and doc[start - 1].pos_ != "PUNCT"
        ):
            start -= 1
        words = [t.text for t in doc[start : ent.start]]
        if start == ent.start or not self.gaz.is_title(words):
            return None
        return doc[start : ent.start].text

    def _title_of_place(self, doc: Doc, ent: Span) -> str | None:
        """ "President Anna Lind of Cyprus": a bare title whose holder's "of" complement
        names the country (or organisation) the title belongs to."""
        title = self._bare_title(doc, ent)
        if title is None:
            return None
        for prep in ent.root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        place = doc[pobj.left_edge.i : pobj.i + 1].text
                        if resolve_phrase(place):
                            return resolve_phrase(f"{place} {title}")
        return None

    def _title_at_home(self, doc: Doc, ent: Span) -> str | None:
        """ "KYIV – Foreign Minister Taras Bondar said …": a title that names no country is
        read as the dateline city's country, when the dateline names exactly one city."""
        title = self._bare_title(doc, ent)
        home = dateline_capital(doc) if title else None
        return resolve_phrase(f"{home} {title}") if home else None

    def _apposed_title(self, ent: Span) -> str | None:
        """ "Matthew Miller, State Department spokesman": an apposed title phrase."""
        root = ent.root
        for other in [*root.children, root.head]:
            if other is root or other.pos_ not in ("NOUN", "PROPN"):
                continue
            if not (other.dep_ == "appos" or root.dep_ == "appos"):
                continue
            if other.ent_type_ == "PERSON":
                continue
            phrase = other.doc[other.left_edge.i : other.right_edge.i + 1]
            if phrase.start <= ent.start < phrase.end:
                continue
            if self.gaz.is_title([t.text for t in phrase[: other.i - phrase.start + 1]]):
                actor = resolve_phrase(phrase.text)
                if actor:
                    return actor
        return None

    def _located(self, doc: Doc, named: list[ActorMention]) -> list[ActorMention]:
        """ "demonstrators in Baghdad", "opposition groups in Zimbabwe": a sector noun placed
        in a country takes that country (the place is where the actor is based)."""
        covered = {i for m in named for i in range(m.start, m.end)}
        found = []
        for token in doc_tokens(doc):
            if token.pos_ != "NOUN" or token.i in covered or is_side_noun(token):
                continue  # a side noun's place is the last of its clues (side_nouns)
            sector = self.gaz.sector([token.lemma_]) or self.gaz.sector([token.text])
            if any(t.i in covered for t in token.lefts):
                continue  # "the Cambodian refugee camp in Thailand": the name inside wins
            if any(t.dep_ == "poss" for t in token.lefts):
                continue  # "withdraw its forces from Lebanon": the owner says whose they are
            for modifier in token.lefts:  # "opposition groups", "border police"
                if sector is None and modifier.dep_ in ("compound", "amod"):
                    sector = self.gaz.sector([modifier.text])
            if sector is None or sector == "DIP":
                continue  # "the embassy in Tehran" belongs to the sending state
            for prep in token.rights:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "of", "from"):
                    continue
                authority = next(filter(None, map(_self_governed, prep.children)), None)
                if authority is not None:  # "lawmakers in Somaliland", "police in Puntland"
                    found.append(_description(token, authority, "located.authority"))
                    break
                country = next(
                    filter(None, (_country_of_place(p) for p in prep.children if p.dep_ == "pobj")),
                    None,
                )
                if country:
                    found.append(_description(token, f"{country}.{sector}", LOCATED_RULE))
                    break
        return found

    # --- descriptions and pronouns ----------------------------------------------------------
    def _referring(self, doc: Doc, named: list[ActorMention]) -> list[ActorMention]:
        name_national_rebels(named)
        covered = {i for m in named for i in range(m.start, m.end)}
        candidates = [_candidate(doc, m) for m in named]
        resolved: list[ActorMention] = []
        weak_present = {m.actor for m in named}
        sides = SideResolver(doc, named, _place_and_capital)
        home = armed_home(named)
        for token in doc_tokens(doc):
            if token.i in covered:
                continue
            if is_side_noun(token):
                mention = sides.mention(token, _left_edge(token), candidates)
            else:
                mention = self._refer(token, candidates, weak_present, sides.third_parties, home)
            if mention is not None:
                sides.note(mention)
                resolved.append(mention)
                person = mention.rule in ("coref.person", "coref.source")
                candidates.append(_candidate(doc, mention, person=person))
                covered.update(range(mention.start, mention.end))
            elif self._unresolved_subject(token, covered):
                # "The army accepted …" with no country in sight: a candidate with no actor,
                # so a following "its" is not taken by an earlier, less salient actor
                lemma = token.lemma_.lower()
                candidates.append(
                    Candidate(
                        actor=None,
                        sentence=sentence_index(token),
                        token=_left_edge(token),
                        is_subject=True,
                        is_state=self.gaz.descriptions.get(lemma) != "organisation",
                        is_person=False,
                        head=lemma,
                    )
                )
        return resolved

    def _refer(
        self,
        token: Token,
        candidates: list[Candidate],
        weak_present: set[str],
        third_parties: frozenset[str] = frozenset(),
        home: str | None = None,
    ) -> ActorMention | None:
        """The mention a pronoun or definite description makes, resolved by salience; a
        description of a state with nothing to refer back to ("the junta" in a story about
        the MNDAA alone) is the state of ``home``, the country of the document's armed
        groups, when they are all of one."""
        gaz, doc = self.gaz, token.doc
        lower = token.lower_
        if token.lemma_.lower() in LOCAL_OFFICES and token.pos_ == "NOUN":
            return _local_office(token)
        wanted = PRONOUNS.get(lower) if token.pos_ == "PRON" else None
        kind = "pronoun"
        if wanted is None and token.pos_ in ("NOUN", "PROPN", "ADJ"):
            wanted = gaz.descriptions.get(lower) or gaz.descriptions.get(token.lemma_.lower())
            if wanted is None:
                return None
            # "a rebel spokesman", "military sources" speak for the rebels, the military;
            # otherwise a description refers only as a definite noun phrase of its own
            if not _describes_a_speaker(token):
                if token.dep_ == "compound" or token.pos_ == "ADJ":
                    return None
                determiner = [c.lower_ for c in token.lefts if c.dep_ in ("det", "poss")]
                owned = any(  # "government troops", "regime forces": the state's own
                    c.dep_ in ("compound", "amod") and c.lower_ in STATE_OWNERS for c in token.lefts
                )
                if not owned and (not determiner or determiner[0] not in DEFINITE):
                    return None
            if any(c.dep_ == "nummod" for c in token.lefts) or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in token.rights
            ):
                return None  # "the two sides", "the occupation of Crimea": not anaphoric
            if (
                token.lemma_.lower() in POLITY_WORDS
                and token.dep_ == "pobj"
                and token.head.lower_ in LOCATIVE
            ):
                return None  # "villages across the country": a place, as a country's name is
            modifiers = {c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")}
            if {lower, token.lemma_.lower()} & COMBATANT_NOUNS or (
                wanted == "state" and modifiers & COMBATANT_NOUNS
            ):
                wanted = "armed"  # "the rebels", "the rebel delegation": fighters, no state
            kind = "description"
        if wanted is None:
            return None
        sentence = sentence_index(token)
        # "the army delegation" is the army's: the modifiers' sector word counts too
        modifiers = [c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod")]
        sector = gaz.sector([*modifiers, token.lower_]) if wanted == "state" else None
        head = token.lemma_.lower() if kind == "description" else None
        # an object refers to neither its clause's subject nor any other mention of its actor
        # ("X met the envoy": the envoy is not X)
        bound = _own_subject(token, description=kind == "description")
        subjects = {c.actor for c in candidates if c.token in bound and c.actor}
        candidates = [c for c in candidates if c.token not in bound and c.actor not in subjects]
        found = antecedent(
            candidates, wanted, sentence, token.i, sector, head, third_parties=third_parties
        )
        if found is None and kind == "description" and wanted in ("organisation", "armed"):
            found = last_armed_side(candidates, token.i)  # "the group", long after the M23
        actor = found.actor if found else None
        if kind == "description" and found is None:
            actor = self._weak_default(token, weak_present)
            if actor is None and home is not None and _names_a_side(token, wanted):
                actor = f"{home}.{sector or 'GOV'}"
        if actor is None:
            return None
        anonymous = wanted == "source" and bool(found) and found.anonymous
        if kind == "description" and wanted == "state" and found is not None:
            code = actor.split(".")[0]
            if sector is None and token.lemma_.lower() in POLITY_WORDS and country_of(actor):
                sector = "GOV"  # "the country" after "Russia's army" is Russia, not its army
            actor = f"{code}.{sector}" if sector else actor
        start = _left_edge(token) if kind == "description" else token.i
        return ActorMention(
            start,
            token.i + 1,
            actor,
            doc[start : token.i + 1].text,
            kind=kind,
            rule=f"coref.{wanted}",
            anonymous=anonymous,
        )

    def _unresolved_subject(self, token: Token, covered: set[int]) -> bool:
        """A subject headed by a political actor the text does not name: "the army", "the
        government", "troops", "the rebels" (not a person: "officials", "the spokesman"),
        with no resolved name or pronoun inside it ("its army", "Israeli troops")."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN":
            return False
        gaz = self.gaz
        lemma, lower = token.lemma_.lower(), token.lower_
        if lower in ANONYMOUS_MENTION_HEADS or lemma in ANONYMOUS_MENTION_HEADS:
            return False
        described = gaz.descriptions.get(lower) or gaz.descriptions.get(lemma)
        if described not in ("state", "organisation") and not (
            lower in gaz.unresolved_heads or lemma in gaz.unresolved_heads
        ):
            return False
        return not any(t.i in covered for t in token.children)

    def _weak_default(self, token: Token, present: set[str]) -> str | None:
        """ "the movement" with no antecedent: a weak alias, if its organisation is in the doc."""
        entry = self.gaz.names.get(token.lower_)
        if entry is not None and entry.weak and entry.actor in present:
            return entry.actor
        return None


#: Object pronouns that never refer to the subject of their own clause (that would be
#: "himself"): "Vucic accused him" is someone other than Vucic. "them" is left out: it
#: refers as often to things ("among them") as to actors, and a wrong exclusion sends it to
#: another actor.
OBJECT_PRONOUNS = frozenset({"him", "her"})


def _own_subject(pronoun: Token, description: bool = False) -> range:
    """The tokens of the subject of an object's own clause, which an object pronoun or a
    description cannot refer to ("X …, accusing him of …": the clause of a participle takes
    its governing verb's subject; "X met the envoy"). Empty for other words."""
    if pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return range(0)
    if not description and pronoun.lower_ not in OBJECT_PRONOUNS:
        return range(0)
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    while verb.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return range(subject.left_edge.i, subject.right_edge.i + 1)
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head is verb:
            break
        verb = verb.head
    return range(0)


def _candidate(doc: Doc, mention: ActorMention, person: bool = False) -> Candidate:
    head = doc[mention.end - 1]
    return mention_candidate(head, sentence_index(head), mention, person=person)


def _place_of(span: Span) -> str | None:
    """The country of the place a people is said to live in ("the Albanians of Serbia")."""
    root = span.root
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in", "from"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return _country_of_place(pobj)
    return None


def _names_a_side(token: Token, wanted: str) -> bool:
    """A common noun for a state's government or forces ("the junta", "the army"), which
    in a story about one country's armed groups is that country's; not "the country"
    (whichever state was last in view) nor a name ("the National Liberation Army")."""
    return (
        wanted == "state"
        and token.pos_ == "NOUN"
        and not token.ent_type_
        and token.lemma_.lower() not in POLITY_WORDS
    )


def _describes_a_speaker(token: Token) -> bool:
    """A description word modifying a speaker noun: "a rebel spokesman", "a paramilitary
    official", "military sources" speak for the rebels, the paramilitary, the military."""
    return (
        token.dep_ in ("amod", "compound")
        and token.head.i > token.i
        and token.head.lemma_.lower() in gazetteer().speaker_heads
    )


def _demonym_place(name: Span, head: Token) -> bool:
    """A demonym or state name modifying a place that is no actor: "in Iraqi Kurdistan",
    "east of the Israeli Golan Heights", "Russian-held Crimea" name a region of (or held by)
    the state, where something happens, not the state acting."""
    if head.i < name.end or head.ent_type_ not in ("GPE", "LOC"):
        return False
    return _sector_or_title(head) is None and not resolve_phrase(head.text)


def _inside_longer_name(span: Span) -> bool:
    """A name word ends a longer capitalised name: the word before it is capitalised and
    is not the sentence's first word ("Equality Movement", not "The Movement")."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.text[:1].isupper() and not before.is_sent_start and before.pos_ != "DET"


def _demonym_as_person(span: Span) -> bool:
    root = span.root
    return (
        root.pos_ in ("NOUN", "PROPN")
        and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")
        and root.ent_type_ != "GPE"
    )


def _business_context(span: Span) -> bool:
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
    words = [t.text for t in token.doc[_left_edge(token) : token.i]]
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words += [c.text for c in prep.children if c.dep_ == "pobj"]
    return gaz.negotiating_body(token.lower_, words)


def _local_office(token: Token) -> ActorMention | None:
    """ "The governor", "the regional governor", "the city's mayor": a local office belongs
    to the territory named last before it (its sentence or the one before), whoever acted
    there. An office with its own "of X" or a name is left to the gazetteer."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights) or token.ent_type_:
        return None
    determiners = {c.lower_ for c in token.lefts if c.dep_ in ("det", "poss")}
    if not determiners & {"the", "its", "their"} and not any(c.dep_ == "poss" for c in token.lefts):
        return None
    doc = token.doc
    sentence = token.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for ent in reversed(entities_in(doc[start : token.i])):
        if ent.label_ in ("GPE", "LOC", "FAC") or len(ent) == 1 and ent.label_ in ("PERSON", "ORG"):
            country = _country_of_place(ent.root)  # "Kharkiv" is at times tagged a person
            if country is not None:
                return _description(token, f"{country}.GOV", "coref.territory")
    return None


def _description(head: Token, actor: str, rule: str) -> ActorMention:
    """The mention a common noun phrase makes, from its left edge to its head."""
    start = _left_edge(head)
    text = head.doc[start : head.i + 1].text
    return ActorMention(start, head.i + 1, actor, text, kind="description", rule=rule)


def _place_and_capital(token: Token) -> tuple[str | None, bool]:
    """The country a place token names, and whether it is a capital (where talks are
    held, rarely where a side is)."""
    entry = phrase_entry(token.text)
    return _country_of_place(token), entry is not None and entry.kind == "capital"


def _country_of_place(token: Token) -> str | None:
    """The country a place or country name points to ("Baghdad" → IRQ), or None. A name with
    an "of" part is read whole first: "the Democratic Republic of Congo" is not "Republic"."""
    start = min([token.i] + [c.i for c in token.lefts if c.dep_ in ("compound", "amod")])
    texts = [token.doc[start : token.i + 1].text, token.text]
    of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and of.right_edge.i > token.i:
        texts.insert(0, token.doc[start : of.right_edge.i + 1].text)
    for text in texts:
        entry = phrase_entry(text)
        if entry is not None and entry.kind in ("country", "capital"):
            return entry.country
        place = resolve_place(text)
        if place is not None and place.country:
            return place.country
    return None


def _self_governed(token: Token) -> str | None:
    """The self-governing entity a place name is (Somaliland, Republika Srpska, Iraqi
    Kurdistan's KRG): bodies based there are its own, not the state's around it."""
    if token.dep_ != "pobj":
        return None
    entry = phrase_entry(token.doc[token.left_edge.i : token.i + 1].text)
    return entry.actor if entry is not None and entry.kind == "authority" else None


def _person_in(phrase: Span) -> Span | None:
    for ent in entities_in(phrase):
        if ent.label_ == "PERSON" and ent.end <= phrase.end:
            return ent
    return None


def _entity_of(token: Token) -> Span | None:
    for ent in doc_entities(token.doc):
        if ent.start <= token.i < ent.end:
            return ent
    return None


#: Verbs by which a relative clause names the body a person leads ("X, who heads the army").
_LEADING_VERBS = frozenset({"head", "lead", "command", "chair"})


def _led_body(ent: Span) -> str | None:
    """ "Y, who heads the paramilitary forces": the person stands for the body the relative
    clause says they lead. After the last of two names ("A and B, who heads …") the clause
    is B's even when the parser hangs it on A."""
    root = ent.root
    clauses = list(root.children)
    if root.dep_ == "conj":  # also on the name's title: "the chief A and B, who …"
        first = root.head
        heads = [first, first.head] if first.dep_ == "appos" else [first]
        clauses += [c for head in heads for c in head.children if c.i >= ent.end]
    for clause in clauses:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _LEADING_VERBS:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
            continue
        for body in (c for c in clause.children if c.dep_ == "dobj"):
            actor = resolve_phrase(body.doc[body.left_edge.i : body.right_edge.i + 1].text)
            if actor:
                return actor
    return None


def _learn(persons: dict[str, str], name: str, actor: str) -> None:
    name = " ".join(name.split())
    persons.setdefault(name, actor)
    parts = name.split()
    if len(parts) > 1:
        persons.setdefault(parts[-1], actor)
        persons.setdefault(f"{FULL_NAME}{parts[-1]}", name)


def _full_name(persons: dict[str, str], name: str) -> str:
    return persons.get(f"{FULL_NAME}{name.split()[-1]}", name) if len(name.split()) == 1 else name


def _non_overlapping(mentions: list[ActorMention]) -> list[ActorMention]:
    """Keep the longest of overlapping mentions, in document order."""
    kept: list[ActorMention] = []
    taken: set[int] = set()
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if taken.isdisjoint(range(mention.start, mention.end)):
            kept.append(mention)
            taken.update(range(mention.start, mention.end))
    return sorted(kept, key=lambda m: m.start)


@extractors.register("actors")
def make_actors_extractor(nlp):
    return ActorFinder(nlp)
