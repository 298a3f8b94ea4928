"""ActorFinder: runs the actors extractor's passes over one document.

It holds the gazetteer's phrase matchers and builds the named mentions itself; persons,
located sector nouns and referring phrases come from their own modules. Each pass sees
the mentions of the passes before it, and overlapping mentions keep the longest.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from accord.data import words
from accord.extract.actors.allegiance import loyal_mentions
from accord.extract.actors.names import (
    build_matchers,
    business_context,
    demonym_as_people,
    demonym_as_person,
    entry_for,
    inside_longer_name,
    is_place,
    names_the_sides,
    owned_by_another,
    run_by,
    splinter_of,
    widen,
)
from accord.extract.actors.persons import learn, learn_apposition, person_in, person_mentions
from accord.extract.actors.phrases import left_edge, sector_or_title, share_possessed_head
from accord.extract.actors.places import demonym_place, located_mentions, place_of
from accord.extract.actors.referring import referring_mentions
from accord.extract.analysis import ActorMention
from accord.nlp.datelines import dateline_tokens
from accord.resolve.actors import (
    COUNTRY_NAME_KINDS,
    STATE_KINDS,
    Entry,
    gazetteer,
    phrase_entry,
    resolve_phrase,
)
from accord.resolve.candidates import ANONYMOUS_MENTION_HEADS

INDEFINITE = frozenset(words("grammar", "indefinite_determiners"))


class ActorFinder:
    """Finds, widens and resolves actor mentions in one document."""

    def __init__(self, nlp) -> None:
        self.lower, self.exact = build_matchers(nlp)
        self.gaz = gazetteer()

    def __call__(self, doc: Doc) -> None:
        analysis = doc._.accord
        persons: dict[str, str] = {}  # full name or surname → actor id
        mentions = self._named(doc, persons)
        mentions += person_mentions(doc, persons, mentions)
        mentions += located_mentions(doc, mentions)
        mentions += loyal_mentions(doc, mentions)
        mentions = _non_overlapping(mentions)
        share_possessed_head(doc, mentions)
        mentions += referring_mentions(doc, mentions)
        for mention in _non_overlapping(mentions):
            analysis.add_mention(mention)

    def _named(self, doc: Doc, persons: dict[str, str]) -> list[ActorMention]:
        spans = [doc[s:e] for _, s, e in self.lower(doc)]
        spans += [doc[s:e] for _, s, e in self.exact(doc)]
        mentions, floor = [], 0
        first, after = dateline_tokens(doc)
        named = [
            (span, entry_for(span)) for span in sorted(filter_spans(spans), key=lambda s: s.start)
        ]
        # a weak name ("the Resistance") stands for its group only where the group is named
        named_strongly = {entry.actor for _, entry in named if entry is not None and not entry.weak}
        organisation_starts = [  # non-state organisations named in the text
            span.start for span, entry in named if entry is not None and entry.country is None
        ]
        name_starts = {span.start for span, entry in named if entry is not None}
        organisation_at = {  # multi-word names of non-state organisations, by first token
            span.start: entry
            for span, entry in named
            if entry is not None and entry.country is None and len(span) > 1
        }
        for span, entry in named:
            if entry is None or is_place(span, entry):
                continue
            if owned_by_another(span, name_starts):
                continue  # "the Kosovo office of the Serbian government" is Serbia's
            in_dateline = first <= span.start < after
            if in_dateline and entry.kind in STATE_KINDS:
                continue  # "KYIV/MOSCOW (Reuters) -", "BEIRUT, Lebanon —": places, not actors
            if entry.weak and span[0].is_lower:
                continue  # "the movement" in lower case is a description, resolved by coreference
            if len(span) == 1 and span.text.islower():
                continue  # "dismissed the amnesty", "the senate": a common noun, not the name
            if entry.weak and inside_longer_name(span):
                continue  # "the Justice and Equality Movement" is another group's name
            if entry.weak and entry.actor not in named_strongly:
                continue  # "the Resistance" in an article that never names the group
            if entry.kind == "demonym" and demonym_as_people(span):
                entry = Entry(entry.country, "people")  # "the Chinese": the people
            elif entry.kind == "demonym" and demonym_as_person(span):
                continue  # "the Iranian declined": a person of that nationality, not a state
            if (
                span.start >= 2
                and doc[span.start - 1].text == "-"
                and doc[span.start - 2].lower_ in self.gaz.hyphen_prefixes
            ):
                continue  # "an anti-Syria journalist", "intra-Afghan talks": not the actor
            if (
                span.end + 1 < len(doc)
                and doc[span.end].text == "-"
                and doc[span.end + 1].lower_ in self.gaz.hyphen_qualifiers
            ):
                # "an Iran-backed militia": the militia is not Iran's; "French-speaking
                # forces", "the English-speaking regions": a language, not the state
                continue
            following = organisation_at.get(span.end)
            if (
                entry.country is None
                and len(span) > 1
                and following is not None
                and following.kind == entry.kind
            ):
                # "the Revolutionary Armed Forces of Colombia Segunda Marquetalia": one name,
                # the splinter's, whose last words are listed as its own
                continue
            if entry.kind not in COUNTRY_NAME_KINDS and splinter_of(span):
                continue  # "FARC dissidents" are another group; "Russian dissidents" are Russia's
            if business_context(span):
                continue  # "Norwegian packaging group", "a Chinese chipmaker": not political
            if in_dateline:  # "(Reuters)" in a dateline: the name alone, never its cities
                start, end, dropped = span.start, span.end, False
            else:
                # a name after the dateline never widens into it ("KYIV – Ukraine")
                start, end, dropped = widen(
                    span, max(floor, after) if span.start >= after else floor
                )
            body = run_by(span) if entry.country is None else None
            if body is not None and sector_or_title(body) is not None:
                # "the Hamas-led government": a group acts through the body it runs ("the
                # Saudi-led coalition", a state's, is a coalition of many)
                start, end = min(start, left_edge(body, floor)), max(end, body.i + 1)
            floor = span.end
            if demonym_place(span, doc[start:end].root):
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
            if entry.kind == "demonym" and names_the_sides(doc[start:end].root):
                continue  # "the South Sudanese warring parties": the two sides, no party sector
            mention = self._mention(doc, start, end, span, entry, persons)
            where = place_of(span) if entry.kind in ("people", "demonym") else None
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
        # the person after the name: the name itself may be tagged a person ("Moldovan")
        person = person_in(doc[name.end : end]) if name.end < end else None
        if person is not None:
            descriptor = doc[start : person.start]
            if name.start > start and doc[name.start - 1].lower_ in ("for", "to"):
                # "Ghana's envoy for Togo John Mensah", "the Ambassador to Togo …": the state
                # the office deals with, not the office-holder's; the owner, if named, has its
                # own mention
                return None
            if not any(
                self.gaz.is_title([t.text]) or self.gaz.sector([t.text]) for t in descriptor
            ):
                return None  # "India's Arjun Rao": a national, not an office-holder
            listed = phrase_entry(person.text)
            if listed is not None and listed.kind == "person":
                # "Serb leader Milorad Dodik", "Libyan commander Khalifa Haftar": the
                # office-holder list knows whom he acts for; the title gives his nationality
                actor = listed.actor
            else:
                actor = resolve_phrase(descriptor.text) or entry.actor
            learn(persons, person.text, actor)
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
            learn(persons, name.text, entry.actor)
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
        if _another_organisation(actor, entry):
            # "SPLM/A (IO) positions": the phrase read without its bracket names a sister
            # group; the name the text spells out in full is the organisation
            actor = entry.actor
        if entry.kind == "people" and end == name.end:
            actor = entry.actor
        if entry.country is None and entry.kind != "person" and "." in actor:
            # "the international Special Coordinator for Lebanon": an organisation's name with a
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
        learn_apposition(phrase, actor, persons)
        return mention


def _another_organisation(actor: str, entry: Entry) -> bool:
    """Is ``actor`` an organisation other than the one the matched name ``entry`` is?"""
    return (
        actor != entry.actor
        and "." not in actor
        and "." not in entry.actor
        and entry.kind not in COUNTRY_NAME_KINDS | {"person"}
    )


def _non_overlapping(mentions: list[ActorMention]) -> list[ActorMention]:
    """Keep the longest of overlapping mentions, in document order."""
    kept: list[ActorMention] = []
    taken: set[int] = set()
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if taken.isdisjoint(range(mention.start, mention.end)):
            kept.append(mention)
            taken.update(range(mention.start, mention.end))
    return sorted(kept, key=lambda m: m.start)
