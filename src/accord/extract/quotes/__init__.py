"""The quotes extractor: who said what, and through whom.

Direct quotes are found from paired quotation marks (:mod:`quotemarks`) and
attributed to the speech cue next to them (``"…," Kirby said``, ``told X, "…"``,
split quotes, quotes running over paragraphs). Reported speech is found from the
dependency parse: a speech cue (``said``, ``announced``, ``according to``…) with a
clausal complement, or a fronted clause followed by ``, X added``. Speakers are
described as named persons, anonymous sources or institutions; follow-ups
("the official added", "he said") resolve to the earlier speaker. Relays
("as quoted by Reuters", "told Axios") become ``via`` and the chain ends at the
publishing outlet. Every quote's content range goes into ``analysis.quote_spans``
so later extractors can tell the outlet's voice from quoted speech.

The package splits the work by job: :mod:`.find` gathers candidates from
:mod:`.direct`, :mod:`.reported` (with :mod:`.according`) and :mod:`.headline`,
:mod:`.nesting` keeps the outermost, and :mod:`.build` turns each into a record;
:mod:`.candidate` and :mod:`.cues` hold what they share.
"""

from __future__ import annotations

from spacy.tokens import Doc

from accord.extract.analysis import Analysis
from accord.extract.quotes.build import build_quote
from accord.extract.quotes.candidate import Candidate
from accord.extract.quotes.find import find_candidates
from accord.extract.quotes.followups import affiliate_anonymous, refer_back, resolve_followups
from accord.extract.quotes.home import (
    affiliate_institutions,
    affiliate_spokespeople,
    affiliate_titled,
    share_person_actors,
)
from accord.extract.quotes.speakers import SpeakerResolver
from accord.registry import extractors

__all__ = ["Candidate", "build_quote", "find_candidates", "make_quotes_extractor"]


@extractors.register("quotes")
def make_quotes_extractor(nlp):
    def extract(doc: Doc) -> None:
        analysis: Analysis = doc._.accord
        if not analysis.on_topic:
            return  # a coach's or a CEO's words are not political statements
        candidates = find_candidates(doc)
        resolver = SpeakerResolver(doc, analysis)
        for candidate in candidates:
            quote = build_quote(doc, analysis, resolver, candidate)
            if quote is None:
                continue
            analysis.quotes.append(quote)
            for start, end in candidate.pieces:
                analysis.quote_spans.append((start, end, quote.id))
        analysis.quote_spans.sort()
        resolve_followups(doc, analysis)
        refer_back(analysis, resolver.fallbacks)
        affiliate_titled(doc, analysis)
        share_person_actors(analysis)
        affiliate_anonymous(analysis)
        affiliate_institutions(doc, analysis)
        affiliate_spokespeople(doc, analysis)

    return extract
