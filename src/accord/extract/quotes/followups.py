"""Follow-up attributions and the affiliations of anonymous sources.

Follow-ups: "Hun said", "the minister stated" after the full introduction.

Wire copy introduces a speaker once in full ("Cambodian Prime Minister Hun Manet",
"Ukrainian Foreign Minister Andrii Sybiha") and then attributes by one name ("Hun
said", "Mohamad added") or by the title alone ("the minister stated"). Such a follow-up is
the person last introduced with that name or title before it, not whoever is most
salient: the speaker becomes the full name, and the actor the one the introduction gave.

Affiliations: "a military official said" in a story about one country's war names no
country, but its sector word does name a body: the country is the one the story's state
actors belong to. A bare "official" or "diplomats" names no body and stays unaffiliated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from accord.data import load_data
from accord.extract.analysis import Analysis
from accord.extract.quotes.names import clean_name
from accord.nlp.docviews import doc_entities
from accord.resolve.actors import gazetteer, resolve_phrase
from accord.resolve.open_actors import context_country

_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
#: sectors that are a state body a source can speak for (not "people", "residents")
BODY_SECTORS = frozenset({"GOV", "MIL", "SPY", "COP", "DIP", "LEG", "JUD"})


@cache
def person_titles() -> frozenset[str]:
    """Heads that describe one person by office ("minister", "spokesman")."""
    sectors = load_data("actors/sectors")
    return frozenset(w.lower() for w in sectors["descriptions"]["person"])


@dataclass(frozen=True)
class _Introduced:
    char: int
    name: str
    actor: str | None
    words: frozenset[str]  # the lower-cased words of the whole mention, title included


def _introductions(doc: Doc, analysis: Analysis) -> list[_Introduced]:
    """People named in full: by the actors extractor (with the actor their title gives), and
    by the NER where no title the gazetteer knows came with the name ("Home Minister" of a
    country the phrase does not name): a later "said <one of the names>" is still that
    person, whose actor the quote keeps as its own."""
    found = []
    for mention in analysis.mentions:
        if mention.kind != "person" or not mention.person or len(mention.person.split()) < 2:
            continue
        words = frozenset(w.lower().strip(",.") for w in mention.text.split())
        words |= _title_before(doc, mention.start) | _apposed_title(doc[mention.end - 1])
        found.append(_Introduced(doc[mention.start].idx, mention.person, mention.actor, words))
    named = {item.name for item in found}
    for ent in doc_entities(doc):
        name = clean_name(ent.text)
        if ent.label_ != "PERSON" or len(name.split()) < 2 or name in named:
            continue
        words = frozenset(w.lower() for w in name.split()) | _title_before(doc, ent.start)
        words |= _apposed_title(ent.root)
        found.append(_Introduced(ent.start_char, name, None, words))
    return sorted(found, key=lambda item: item.char)


#: How far before a name its title may start ("Togo's deputy foreign minister Yao Agbo").
TITLE_WORDS = 5


def _title_before(doc: Doc, start: int) -> frozenset[str]:
    """The words of the title right before a name ("Defence Minister", "Togo's foreign
    minister", "Ombudsman"): a later "the minister" or "Ghana's defence minister" follows
    that introduction. The actors extractor often gives the title a mention of its own."""
    words: list[str] = []
    index = start - 1
    while index >= 0 and start - index <= TITLE_WORDS:
        token = doc[index]
        if token.is_punct and token.text not in ("'s", "’s") or token.pos_ in ("VERB", "AUX"):
            break
        if token.dep_ not in ("compound", "amod", "poss", "case", "nmod") and not (
            token.is_title or token.lower_ in person_titles()
        ):
            break
        words.append(token.lower_)
        index -= 1
    return frozenset(words)


def _apposed_title(name: Token) -> frozenset[str]:
    """The words of a title in apposition after a name ("Yao Agbo, Togo's defence
    minister, …"): a later "the defence minister" follows that introduction too."""
    words: set[str] = set()
    for phrase in name.children:
        if phrase.dep_ == "appos" and _is_title(phrase.lemma_.lower()):
            span = phrase.doc[phrase.left_edge.i : phrase.i + 1]
            if len(span) <= TITLE_WORDS:
                words.update(token.lower_ for token in span)
    return frozenset(words)


def _follows(speaker: str, kind: str, introduced: _Introduced, actor: str | None = None) -> bool:
    words = [w.lower() for w in speaker.split() if w.lower() not in _DETERMINERS]
    if not words:
        return False
    if kind == "named" or _lone_name(speaker, kind, actor):
        # one name of a longer one: "Hun" of "Hun Manet", "Mohamad" of "Mohamad Hasan"
        return len(words) < len(introduced.name.split()) and set(words) <= {
            w.lower() for w in introduced.name.split()
        }
    # a title alone, every word of it in the introduction: "the minister", "Foreign Minister";
    # a word naming the country ("the Colombian president", "Israel's defence minister")
    # agrees when the person was introduced as that country's
    written = [w for w in speaker.split() if w.lower() not in _DETERMINERS]
    return _is_title(words[-1]) and all(
        word.lower() in introduced.words or _names_country_of(word, introduced.actor)
        for word in written
    )


def _lone_name(speaker: str, kind: str, actor: str | None) -> bool:
    """One capitalised word the speaker resolver took for an institution it could not place
    ("said Karim", which the NER read as a place): a name, if a person was given it."""
    return kind == "institution" and actor is None and " " not in speaker and speaker.istitle()


def _is_title(word: str) -> bool:
    """A title, hyphenated ones included: "president-elect", "vice-president"."""
    return word in person_titles() or any(part in person_titles() for part in word.split("-"))


def _names_country_of(word: str, actor: str | None) -> bool:
    """Does a demonym or a country's name ("Colombian", "Israel's") name the actor's state?
    An introduction that gave no actor ("Ombudsman Kofi Mensah") contradicts no country."""
    country = resolve_phrase(re.sub(r"[’']s$", "", word))
    if actor is None:
        return country is not None and "." in country
    if "." not in actor:
        return False
    return country is not None and country.split(".")[0] == actor.split(".")[0]


def resolve_followups(doc: Doc, analysis: Analysis) -> None:
    """Give follow-up attributions the full name and actor of the person they refer to."""
    introduced = _introductions(doc, analysis)
    if not introduced:
        return
    for index, quote in enumerate(analysis.quotes):
        if quote.speaker_span is None or (
            quote.speaker_kind != "named" and quote.speaker.split()[0].lower() in ("a", "an")
        ):
            continue  # "a minister said" introduces someone new
        position = quote.speaker_span.start
        fitting = [
            item
            for item in introduced
            if _follows(quote.speaker, quote.speaker_kind, item, quote.speaker_actor)
        ]
        earlier = [item for item in fitting if item.char < position]
        if not earlier and quote.speaker_kind != "named":
            # "Togo's defence minister said …", the name only further down ("Defence
            # Minister Yao Agbo added"): the one person the text gives that title
            earlier = fitting if len({item.name for item in fitting}) == 1 else []
        if not earlier:
            continue
        person = earlier[-1]
        analysis.quotes[index] = quote.model_copy(
            update={
                "speaker": person.name,
                "speaker_kind": "named",
                "speaker_actor": person.actor or quote.speaker_actor,
            }
        )


def refer_back(analysis: Analysis, fallbacks: dict) -> None:
    """A definite description ("the minister stated", "the Kenyan official added") that no
    introduction in full resolved is the person last quoted by name (``fallbacks``: quote
    id → that speaker, whose actor agrees with the description's own)."""
    for index, quote in enumerate(analysis.quotes):
        speaker = fallbacks.get(quote.id)
        if speaker is None or quote.speaker_kind != "anonymous":
            continue
        analysis.quotes[index] = quote.model_copy(
            update={
                "speaker": speaker.text,
                "speaker_kind": "named",
                "speaker_actor": speaker.actor or quote.speaker_actor,
                "speaker_org": speaker.org,
            }
        )


def _sector_word(speaker: str) -> str | None:
    """The sector a word other than the head names ("military" official, source in the
    "presidency")."""
    gaz = gazetteer()
    words = [w for w in speaker.split() if w.lower() not in _DETERMINERS]
    if any(w[:1].isupper() for w in words):
        return None  # "European diplomat": an affiliation the resolver did not know
    for word in words[:-1] + (
        words[-1:] if len(words) > 1 and words[0].lower() in ("source", "sources") else []
    ):
        sector = gaz.sector([word])
        if sector in BODY_SECTORS and word.lower() not in {
            "official",
            "officials",
            "source",
            "sources",
        }:
            return sector
    return None


def affiliate_anonymous(analysis: Analysis) -> None:
    """Unaffiliated anonymous sources with a sector word take the story's country."""
    country = None
    for index, quote in enumerate(analysis.quotes):
        if quote.speaker_kind != "anonymous" or quote.speaker_actor is not None:
            continue
        sector = _sector_word(quote.speaker)
        if sector is None:
            continue
        if country is None:
            country = context_country(m.actor for m in analysis.mentions) or ""
        if country:
            analysis.quotes[index] = quote.model_copy(
                update={"speaker_actor": f"{country}.{sector}"}
            )
