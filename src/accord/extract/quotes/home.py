"""The home state of a titled speaker the text names without a country, and whose body an
unaffiliated spokesperson speaks for.

Wire copy often gives a state office and a name but no country: "presidential adviser
Maksym Lytvyn said" in a story datelined KYIV, "In Moscow, Foreign Ministry spokeswoman
Yelena Starikova said". The office is a state's, and the text says whose only through
the place: the sentence's opening "In <place>," or, failing that, the one city of the
dateline. A named speaker without a title ("Lytvyn said") or a story with neither place
stays without an actor.

Institutions are named the same way: "Police said", "local authorities said" in a story
about one country's unrest are that country's police and local government. The country is
the place the sentence opens with, else the dateline's, else the last earlier mention of
the same body ("Kenyan police … Police said"), else the one the story's state actors
belong to.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from accord.extract.analysis import Analysis
from accord.extract.quotes.followups import BODY_SECTORS, person_titles
from accord.nlp.datelines import dateline_country, dateline_place_country
from accord.nlp.docviews import doc_text
from accord.resolve.actors import gazetteer, is_media, resolve_phrase
from accord.resolve.open_actors import context_country

_OPENING_PLACE = re.compile(r"(?:^|[.!?\n]\s*)In ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),\s")


def _introduction(analysis: Analysis, name: str) -> str | None:
    """The words that introduce a person in full ("presidential adviser Maksym Lytvyn")."""
    for mention in sorted(analysis.mentions, key=lambda m: m.start):
        if mention.kind == "person" and mention.person == name:
            return mention.text
    return None


def _titled(words: str) -> bool:
    titles = person_titles()
    return any(w.lower().strip(",.") in titles for w in words.split())


def _place_before(text: str, position: int) -> str | None:
    """The country of "In <place>," opening the sentence that holds ``position``."""
    sentence_start = max(text.rfind(mark, 0, position) for mark in (". ", "\n", "! ", "? "))
    window = text[max(0, sentence_start) : position]
    match = _OPENING_PLACE.search(window)
    if match is None:
        return None
    actor = resolve_phrase(match.group(1))
    return actor.split(".")[0] if actor and "." in actor else None


def affiliate_titled(doc: Doc, analysis: Analysis) -> None:
    """Named speakers with a state title and no actor take the country of the place the
    sentence opens with, else of the dateline, as that state's government."""
    text = doc_text(doc)
    home = None
    for index, quote in enumerate(analysis.quotes):
        if quote.speaker_kind != "named" or quote.speaker_actor is not None:
            continue
        intro = _introduction(analysis, quote.speaker) or ""
        said = quote.speaker_span.text if quote.speaker_span is not None else ""
        if not (_titled(intro) or _titled(said)):
            continue
        position = quote.speaker_span.start if quote.speaker_span is not None else 0
        country = _place_before(text, position)
        if country is None:
            if home is None:
                home = dateline_country(doc) or ""
            country = home or None
        if country:
            analysis.quotes[index] = quote.model_copy(update={"speaker_actor": f"{country}.GOV"})


def share_person_actors(analysis: Analysis) -> None:
    """A person quoted several times speaks for the same side each time: quotes of a named
    speaker without an actor take the one another quote of that person has."""
    known: dict[str, str] = {}
    for quote in analysis.quotes:
        if quote.speaker_kind == "named" and quote.speaker_actor:
            known.setdefault(quote.speaker.split()[-1].lower(), quote.speaker_actor)
    for index, quote in enumerate(analysis.quotes):
        if quote.speaker_kind != "named" or quote.speaker_actor is not None:
            continue
        actor = known.get(quote.speaker.split()[-1].lower()) if quote.speaker.split() else None
        if actor is not None:
            analysis.quotes[index] = quote.model_copy(update={"speaker_actor": actor})


def _body_sector(phrase: Span) -> str | None:
    """The state body a speaker phrase of common nouns names ("local authorities" → GOV,
    "police" → COP); None for a phrase with a name or a possessor in it ("Gaza's health
    ministry"), which says whose body it is."""
    gaz = gazetteer()
    words = [t for t in phrase if t.lower_ not in ("the", "a", "an") and not t.is_punct]
    if not words or any(t.dep_ == "poss" for t in words):
        return None
    if any(t.pos_ == "PROPN" and gaz.sector([t.text]) is None for t in words):
        return None  # a name, not a capitalised body noun ("MFA", "Police")
    sector = gaz.sector([t.text for t in words])
    return sector if sector in BODY_SECTORS else None


def _same_body_before(analysis: Analysis, sector: str, token: int) -> str | None:
    """The country of the last state mention of that sector before a token."""
    found = None
    for mention in sorted(analysis.mentions, key=lambda m: m.start):
        if mention.start >= token:
            break
        actor = mention.actor
        if actor and not is_media(actor) and actor.endswith("." + sector):
            found = actor.split(".")[0]
    return found


def affiliate_institutions(doc: Doc, analysis: Analysis) -> None:
    """Institution speakers a state body's noun names without a country ("Police said")
    take the country of the place, the earlier same body or the story (module docstring)."""
    text = doc_text(doc)
    for index, quote in enumerate(analysis.quotes):
        if quote.speaker_kind != "institution" or quote.speaker_actor is not None:
            continue
        said = quote.speaker_span
        phrase = doc.char_span(said.start, said.end, alignment_mode="expand") if said else None
        sector = _body_sector(phrase) if phrase is not None else None
        if sector is None:
            continue
        country = (
            _place_before(text, said.start)
            or dateline_place_country(doc)
            or _same_body_before(analysis, sector, phrase.start)
            or context_country(m.actor for m in analysis.mentions if not is_media(m.actor))
        )
        if country:
            analysis.quotes[index] = quote.model_copy(
                update={"speaker_actor": f"{country}.{sector}"}
            )


#: Nouns for the one who speaks for a body: "a spokesperson" with no body named speaks for
#: the body the sentence before is about.
SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman"})


def affiliate_spokespeople(doc: Doc, analysis: Analysis) -> None:
    """ "The Foreign Ministry of Togo welcomed the agreement. A spokesperson noted that …":
    a spokesperson with no body of their own speaks for the body that is the subject of
    the sentence before (a state body or an organisation, never an outlet or a person)."""
    for index, quote in enumerate(analysis.quotes):
        if quote.speaker_actor is not None or quote.speaker_span is None:
            continue
        if quote.speaker.lower() not in SPOKESPEOPLE:
            continue
        said = doc.char_span(
            quote.speaker_span.start, quote.speaker_span.end, alignment_mode="expand"
        )
        if said is None or said.sent.start == 0:
            continue
        before = doc[said.sent.start - 1].sent
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        phrase = range(subject.left_edge.i, subject.right_edge.i + 1)
        body = next(
            (
                m
                for m in analysis.mentions
                if m.start in phrase
                and m.kind != "person"
                and not m.person
                and m.actor
                and not is_media(m.actor)
            ),
            None,
        )
        if body is not None:
            analysis.quotes[index] = quote.model_copy(update={"speaker_actor": body.actor})
