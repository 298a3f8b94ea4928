"""A cheap relevance test run before the full parse of a news stream.

Most articles in a general news stream are about sport, business, weather or
culture; parsing them with the full pipeline costs as much as parsing a
conflict report and yields nothing. The pre-filter tokenises only (a blank
English pipeline, no tagger or parser) and counts, with a PhraseMatcher, the
conflict and diplomacy vocabulary of ``data/relevance.yaml`` plus the actor
gazetteer and event lexicons under ``data/``. An article passes when it has
enough of it; a skipped article keeps the reason so the store can record it.

The thresholds are set for recall: every gold article must pass (a test checks
it); a few off-topic articles passing costs only time.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import spacy
from spacy.matcher import PhraseMatcher

from accord.data import DataFileMissing, data_names, load_data
from accord.ingest.language import non_english_reason

STRONG, WEAK, CUE, ACTOR, COUNTRY = "strong", "weak", "cue", "actor", "country"
WEIGHTS = {STRONG: 2.0, WEAK: 1.0}
#: Metaphors pile up weak terms in sport and business copy ("attack", "offensive", "price
#: war"): together they add this much at most.
WEAK_CAP = 6.0
CUE_WEIGHT = 0.5  # reporting verbs add this much once, however many there are
ACTOR_CAP = 2  # distinct organisations / office-holders counted at most
COUNTRY_CAP = 1  # countries are named in every kind of news: one point at most
#: An article needs at least one strong term and this score, or this many points from weak terms.
MIN_SCORE = 6.0
MIN_SCORE_WITHOUT_STRONG = 9.0  # i.e. weak terms and named political actors together
#: Shorter texts have fewer chances to name the topic: below this many characters the
#: thresholds shrink in proportion, down to these floors (a one-sentence wire brief still passes).
FULL_LENGTH = 1000
FLOOR, FLOOR_WITHOUT_STRONG = 2.0, 3.0
#: Keys under which the gazetteer and lexicon files list surface forms.
_TRIGGER_KEYS = ("triggers", "verbs", "nouns", "lemmas", "phrases", "terms")
_SUFFIXES = ("s", "es", "ed", "d", "ing")


@dataclass(frozen=True)
class Relevance:
    """The pre-filter's decision on one article, with the evidence for it."""

    relevant: bool
    score: float
    terms: dict[str, list[str]] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        """One line for the store: why the article was skipped (or passed)."""
        found = "; ".join(f"{kind}: {', '.join(words[:5])}" for kind, words in self.terms.items())
        verdict = "relevant" if self.relevant else "off-topic"
        return f"prefilter: {verdict} (score {self.score:g}; {found or 'no topic terms'})"


class Prefilter:
    """Tokeniser + PhraseMatcher over accord's topic, actor and event vocabularies.

    The matcher is built when the filter is made (a quarter of a second), as a spaCy
    pipeline loads its tables, so a run's first article does not pay for it."""

    def __init__(
        self,
        min_score: float = MIN_SCORE,
        min_score_without_strong: float = MIN_SCORE_WITHOUT_STRONG,
    ) -> None:
        self.min_score = min_score
        self.min_score_without_strong = min_score_without_strong
        self.nlp = spacy.blank("en")
        #: kind → inflected form → the lexicon term it inflects (to count terms, not forms)
        self._terms_by_form = {
            kind: {form: term.lower() for term in sorted(terms) for form in inflections(term)}
            for kind, terms in vocabulary().items()
        }
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        # the terms are tokenised by a second tokenizer on the same vocabulary: tokenising
        # the eleven thousand of them with the checking tokenizer left it ten times slower
        # on every article after (measured with spaCy 3.8)
        terms = spacy.blank("en", vocab=self.nlp.vocab).tokenizer
        for kind, terms_by_form in self._terms_by_form.items():
            self.matcher.add(kind, list(terms.pipe(sorted(terms_by_form))))

    def check(self, text: str) -> Relevance:
        """Score the distinct topic terms of ``text`` and decide whether it needs the parse.

        The term lists are English, so a text in another language (which only gets here
        with ``--extractor llm`` or ``--any-language``) is passed on unjudged.
        """
        if non_english_reason(text) is not None:
            return Relevance(relevant=True, score=0.0)
        doc = self.nlp.make_doc(text)
        found: dict[str, set[str]] = {}
        for match_id, start, end in self.matcher(doc):
            kind = self.nlp.vocab.strings[match_id]
            form = doc[start:end].text.lower()
            found.setdefault(kind, set()).add(self._terms_by_form[kind].get(form, form))
        counts = {kind: len(words) for kind, words in found.items()}
        score = WEIGHTS[STRONG] * counts.get(STRONG, 0)
        score += min(WEIGHTS[WEAK] * counts.get(WEAK, 0), WEAK_CAP)
        score += min(counts.get(ACTOR, 0), ACTOR_CAP) + min(counts.get(COUNTRY, 0), COUNTRY_CAP)
        score += CUE_WEIGHT if counts.get(CUE) else 0.0
        scale = min(1.0, len(text) / FULL_LENGTH)
        relevant = (
            counts.get(STRONG, 0) > 0 and score >= max(FLOOR, self.min_score * scale)
        ) or score >= max(FLOOR_WITHOUT_STRONG, self.min_score_without_strong * scale)
        terms = {
            kind: sorted(found[kind])
            for kind in (STRONG, WEAK, ACTOR, COUNTRY, CUE)
            if kind in found
        }
        return Relevance(relevant=relevant, score=score, terms=terms)


def inflections(term: str) -> set[str]:
    """The term and, for a single word, its regular inflections (cheaper than a lemmatiser)."""
    forms = {term.lower()}
    if " " in term or "-" in term:
        return forms
    word = term.lower()
    forms.update(word + suffix for suffix in _SUFFIXES)
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if word.endswith("y"):
        forms.update({word[:-1] + "ies", word[:-1] + "ied"})
    return forms


def vocabulary() -> dict[str, set[str]]:
    """All terms by kind: the pre-filter's own list, actor names, event and cue lexicons."""
    own = load_data("relevance")
    terms = {
        STRONG: set(own["strong"]),
        WEAK: set(own["weak"]) | _event_terms(),
        CUE: set(own["cues"]) | set(_optional("quotes/cues").get("verbs", [])),
        ACTOR: _organisation_names() | _officeholder_names(),
        COUNTRY: _country_names(),
    }
    # a term is counted once, under the first kind that lists it
    seen: set[str] = set()
    for kind in (STRONG, WEAK, ACTOR, COUNTRY, CUE):
        terms[kind] = {t.strip() for t in terms[kind] if t.strip() and t.lower() not in seen}
        seen |= {t.lower() for t in terms[kind]}
    return terms


def _optional(name: str, default=None):
    """A data file another part of accord ships, or ``default`` while it does not exist."""
    try:
        return load_data(name)
    except DataFileMissing:
        return {} if default is None else default


def _organisation_names() -> set[str]:
    """Aliases of organisations and state bodies (weak, descriptive aliases left out)."""
    entries = _optional("actors/organisations", [])
    return {alias for entry in entries for alias in entry.get("aliases", [])}


def _officeholder_names() -> set[str]:
    return {row[0] for row in _optional("actors/officeholders", []) if row}


def _country_names() -> set[str]:
    """Country names, demonyms and capitals (columns 2-4 of ``actors/countries.tsv``)."""
    names: set[str] = set()
    for row in _optional("actors/countries", []):
        for cell in row[1:4]:
            names.update(part.strip() for part in cell.split(","))
    return names


def _event_terms() -> set[str]:
    """Trigger words of the event lexicons (``data/events/*``), whatever key lists them."""
    try:
        names = data_names("events")
    except FileNotFoundError:
        return set()
    return {term for name in names for term in _strings_under(load_data(name), _TRIGGER_KEYS)}


def _strings_under(data, keys: tuple[str, ...]) -> Iterator[str]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in keys:
                yield from _strings(value)
            else:
                yield from _strings_under(value, keys)
    elif isinstance(data, list):
        for item in data:
            yield from _strings_under(item, keys)


def _strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
