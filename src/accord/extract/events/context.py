"""What the rest of the document says about a trigger's roles: the quote it sits in and who
speaks it, the dateline, and the country of unnamed forces or civilians."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.extract.analysis import ActorMention, Analysis
from accord.extract.events.places import clause_place
from accord.extract.events.syntax import compound_phrase
from accord.model import Quote
from accord.nlp.datelines import dateline, dateline_country, dateline_place_country
from accord.nlp.docviews import entities_in
from accord.resolve.actors import country_of, gazetteer
from accord.resolve.places import resolve_place

#: Parts of speech inside a speaker's noun phrase ("the IDF and the Shin Bet").
NP_POS = {"DET", "PROPN", "NOUN", "ADJ", "CCONJ", "PART", "NUM"}
#: Sectors whose unnamed members ("troops", "security forces") a reporting state body speaks
#: for: "troops eliminated a cell, the military said" are that military's troops.
FORCE_SECTORS = {"MIL", "COP", "SPY"}
#: Sectors of groups that belong to the place they are of ("residents of Gaza").
PLACED_SECTORS = {"CVL", "REF", "LAB", "AGR", "OPP"}


def titled_at_home(subject: Token) -> str | None:
    """A titled official the text gives no country ("Foreign Minister Taras Bondar held a call")
    in an article datelined from one capital, or in a sentence set in one country ("talks
    began in Colombia under then-president X"): that country's, in the title's sector."""
    if not (subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN"):
        return None
    country = dateline_country(subject.doc) or _sentence_country(subject)
    if country is None:
        return None
    title = [t.text for t in subject.doc[subject.left_edge.i : subject.i]]
    return f"{country}.{gazetteer().sector(title) or 'GOV'}" if title else None


def _sentence_country(token: Token) -> str | None:
    """The one country the places of a token's sentence are in, if they are all in one."""
    countries = set()
    for ent in entities_in(token.sent):
        if ent.label_ == "GPE":
            place = resolve_place(ent.text)
            if place is not None and place.country:
                countries.add(place.country)
    return countries.pop() if len(countries) == 1 else None


def in_dateline(item, doc: Doc) -> bool:
    """Is an actor mention a place in the dateline ("KYIV/MOSCOW (Reuters) -")?"""
    if not isinstance(item, ActorMention):
        return False
    start, end = dateline(doc)
    return start <= doc[item.end - 1].idx < end  # its head: "KYIV – Ukraine" is Ukraine


def quote_of(analysis: Analysis, token: Token) -> Quote | None:
    """The quote (direct or reported) whose content holds the token."""
    quote_id = analysis.quote_at(token.idx)
    if quote_id is None:
        return None
    return next((quote for quote in analysis.quotes if quote.id == quote_id), None)


def is_speaker(item, quote: Quote | None, doc: Doc) -> bool:
    """Is an actor mention the speaker of the quote an event sits in ("…, the IDF said")?"""
    if quote is None or quote.speaker_span is None or not isinstance(item, ActorMention):
        return False
    return quote.speaker_span.start <= doc[item.start].idx < quote.speaker_span.end


def trailing_speaker(token: Token, speech: set[str]) -> tuple[int, int] | None:
    """Token range of a sentence-final attribution after the token: "…, in raids in Nablus,
    the IDF and the Shin Bet said in a joint statement" (often misparsed into the clause)."""
    sent = token.sent
    tail = sent[max(0, len(sent) - 14) :]
    verb = next((t for t in reversed(tail) if t.lemma_.lower() in speech and t.i > token.i), None)
    if verb is None:
        return None
    start = verb.i
    while start - 1 > token.i and sent.doc[start - 1].pos_ in NP_POS:
        start -= 1
    if start - 1 <= token.i or sent.doc[start - 1].text != "," or start == verb.i:
        return None
    return (start, verb.i)


def noun_sector(noun: Token) -> str | None:
    """The sector a noun phrase's head names: "security forces" → COP, "troops" → MIL."""
    words = [c.text for c in noun.lefts if c.dep_ == "compound"] + [noun.text]
    return gazetteer().sector(words)


def reported_forces(
    subject: Token, analysis: Analysis, foreign: set[str], speech: set[str]
) -> str | None:
    """Unnamed forces reported by a state body are its own: "Overnight, troops eliminated a
    cell, the military said" → the military's country, the sector of the head noun. Forces
    marked as someone else's ("enemy forces", "foreign troops") are not."""
    sector = noun_sector(subject)
    if sector not in FORCE_SECTORS:
        return None
    if any(c.lower_ in foreign for c in subject.lefts):
        return None
    quote = quote_of(analysis, subject)
    speaker = None
    if quote is not None:
        if quote.speaker.lower().startswith(("its ", "their ")):
            return None  # "…, its spokesman said": named after the forces, not apart from them
        speaker = quote.speaker_actor
    else:
        span = trailing_speaker(subject, speech)
        doc = subject.doc
        mentions = [analysis.mention_covering(doc[i]) for i in range(*span)] if span else []
        speaker = next((m.actor for m in mentions if m is not None), None)
    country = country_of(speaker)
    return f"{country}.{sector}" if country else None


#: Types whose unnamed victims are the country where they are hit: civilians, and the
#: soldiers or police of the place ("killed 12 soldiers in Borno" → NGA.MIL). Troops a
#: state sends or deploys are its own, so only harm places its object.
HARMING = {"ASSAULT", "COERCE"}


def located_people(noun: Token, verb: Token, action: str) -> list[str]:
    """Unnamed civilians (or, when harmed, soldiers and police) are those of where the event
    happens: "attacked El Obeid, killing 19 civilians" → SDN.CVL (the place named in the
    clause or the one it hangs on, else the dateline's country)."""
    sector = noun_sector(noun)
    wanted = {"CVL", "MIL", "COP"} if action in HARMING else {"CVL"}
    if sector not in wanted or any(c.dep_ == "poss" for c in noun.children):
        return []
    country = event_country(verb)
    return [f"{country}.{sector}"] if country else []


def event_country(verb: Token) -> str | None:
    """The country where a clause's event happens: its place, the place of the clause it
    hangs on, else the country of the article's dateline."""
    clause = verb.head if verb.dep_ in ("advcl", "conj", "xcomp") else verb
    place = clause_place(verb) or (clause_place(clause, objects=True) if clause != verb else None)
    if place is not None and place.country:
        return place.country
    return dateline_place_country(verb.doc)


def domestic_police(subject: Token, verb: Token) -> str | None:
    """Unnamed police and security forces act at home: "security forces fired tear gas in
    Nairobi" → KEN.COP (armies may fight abroad, police do not)."""
    if noun_sector(subject) != "COP" or any(c.dep_ == "poss" for c in subject.children):
        return None
    country = event_country(verb)
    return f"{country}.COP" if country else None


def placed_group(noun: Token, analysis: Analysis) -> list[str]:
    """A people-like group named by where it is from: "inhabitants of the Syrian Golan",
    "workers in Tehran", "refugees from Liberia" → that country with the group's sector."""
    sector = noun_sector(noun)
    if sector not in PLACED_SECTORS:
        return []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "in", "from"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            mention = analysis.mention_covering(pobj) or next(
                (analysis.mention_covering(t) for t in pobj.lefts if analysis.mention_covering(t)),
                None,
            )
            country = country_of(mention.actor) if mention is not None else None
            if country is None:
                place = resolve_place(compound_phrase(pobj))
                country = place.country if place is not None else None
            if country:
                return [f"{country}.{sector}"]
    return []
