"""Datelines: the place (and often date and agency) opening an article's body,
"KYIV/MOSCOW, March 9 (Reuters) -".

Found once per document and shared: the actors extractor must not take a dateline's
city for an actor of the story, and the events extractor reads the home country of
titled officials and unnamed forces from it.
"""

from __future__ import annotations

import re
from itertools import islice

from spacy.tokens import Doc

from accord.nlp.docviews import doc_text, headline_ranges
from accord.resolve.actors import gazetteer
from accord.resolve.places import resolve_place

#: A dateline opening the first paragraph: upper-case place names (one or several, joined
#: by "/"), an optional date and agency, then a dash: "KYIV/MOSCOW, March 9 (Reuters) -"; some
#: agencies end the place with a full stop ("MOSCOW. May 18 (Interfax) -").
_DATELINE = re.compile(
    r"[A-Z][A-Z'’.\- ]*(?:/[A-Z][A-Z'’.\- ]*)*(?:(?:,|\.\s)[^\n–—(]{0,30})?"
    r"(?:\s*\([^)\n]{1,60}\))?\s*[–—-]+\s"
)
#: The agency style that writes the place in title case, always with a date and the agency,
#: and often without a dash: "Beirut, Sep 6 (IANS)", "New Delhi, March 9 (PTI) --". The date
#: and the bracketed agency are what tell it from a sentence opening with a place.
_DATED_DATELINE = re.compile(
    r"[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,2}(?:/[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,2})*"
    r",\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"\s*\([A-Z][^)\n]{0,59}\)\s*(?:[–—-]+\s)?"
)
#: A page's date stamp before the body ("date 2025-09-06", "Published: 2024-05-10T08:00Z"):
#: the dateline, if any, follows it.
_DATE_STAMP = re.compile(
    r"(?:date|published|updated|posted)?:?\s*\d{4}-\d{2}-\d{2}(?:[T ][\d:]+Z?)?\s+", re.I
)
_DATELINE_KEY = "accord_events_dateline"
#: How many lines below the opening a dateline is looked for.
FURTHER_LINES = 8
_LINE_BREAK = re.compile(r"\n\s*")


def dateline(doc: Doc) -> tuple[int, int]:
    """Character range of the dateline ((0, 0) when there is none); computed once per doc."""
    found = doc.user_data.get(_DATELINE_KEY)
    if found is None:
        found = (0, 0)
        text = doc_text(doc)[:2000]  # the joined text is built once per doc
        start = 0
        for line_start, line_end in headline_ranges(doc):
            if line_start <= start + 2:
                start = line_end
        while start < len(text) and text[start].isspace():
            start += 1
        stamp = _DATE_STAMP.match(text, start)
        start = stamp.end() if stamp is not None else start
        found = _dateline_at(text, start) or _dateline_further_down(text, start) or found
        doc.user_data[_DATELINE_KEY] = found
    return found


def _dateline_at(text: str, start: int) -> tuple[int, int] | None:
    match = _DATELINE.match(text, start)
    if match is not None and _place_part(match.group(0)).isupper():
        return match.start(), match.end()
    match = _DATED_DATELINE.match(text, start)
    return (match.start(), match.end()) if match is not None else None


def _place_part(dateline_text: str) -> str:
    return re.split(r",|\.\s", dateline_text)[0].split("(")[0].strip(" –—-")


def _dateline_further_down(text: str, start: int) -> tuple[int, int] | None:
    """A dateline opening one of the first lines below a headline, a summary or a byline
    that were not read as headlines ("… and military.\n\nBangkok, Oct 29 (AP/UNB) – …"):
    taken only when its place is a known place, so that "FILE -" or an outlet's name is
    not one."""
    for line in islice(_LINE_BREAK.finditer(text, start), FURTHER_LINES):
        found = _dateline_at(text, line.end())
        if found is None:
            continue
        place = _place_part(text[found[0] : found[1]]).split("/")[0].title()
        if gazetteer().capitals.get(place.lower()) or resolve_place(place) is not None:
            return found
    return None


def _one_place(doc: Doc) -> list[str] | None:
    """The dateline's leading pieces, place first ("MAIDUGURI", "Nigeria"); None with no
    dateline or with several places ("KYIV/MOSCOW")."""
    start, end = dateline(doc)
    if end == 0:
        return None
    parts = [p.strip() for p in re.split(r"[,(–—]| - |\.\s", doc_text(doc)[start:end])[:2]]
    return None if "/" in parts[0] else parts


def dateline_country(doc: Doc) -> str | None:
    """The country of the one capital a dateline names ("KYIV –"); None for several cities."""
    parts = _one_place(doc)
    return gazetteer().capitals.get(parts[0].lower()) if parts else None


def dateline_place_country(doc: Doc) -> str | None:
    """The country a one-place dateline is in, capital or not ("MAIDUGURI, Nigeria (Reuters)
    -" → NGA, "KYIV –" → UKR); None for several places ("KYIV/MOSCOW")."""
    parts = _one_place(doc)
    if not parts:
        return None
    capital = gazetteer().capitals.get(parts[0].lower())
    if capital:
        return capital
    for part in parts:
        place = resolve_place(part.title()) if part else None
        if place is not None and place.country:
            return place.country
    return None


def dateline_tokens(doc: Doc) -> tuple[int, int]:
    """Token range of the dateline opening the body ("GAZA CITY, May 7 (AP) –"), as
    :func:`dateline` finds it; (0, 0) when there is none."""
    start, end = dateline(doc)
    if end == 0:
        return 0, 0
    span = doc.char_span(start, end, alignment_mode="contract")
    return (span.start, span.end) if span is not None else (0, 0)


def dateline_capital(doc: Doc) -> str | None:
    """The one capital an article's dateline names ("KYIV –", "DOHA, Feb 25 (Monitor) –");
    None for no dateline or for several cities ("KYIV/MOSCOW")."""
    first = doc[0] if len(doc) else None
    if first is None or not first.text.isupper() or len(doc) < 2:
        return None
    if doc[1].text not in (",", "–", "—", "-"):
        return None
    capitals = gazetteer().capitals
    return first.text.title() if first.text.lower() in capitals else None
