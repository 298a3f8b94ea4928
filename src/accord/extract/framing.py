"""The framing extractor: loaded labels, scare quotes and charged words, with their voice.

Three kinds of marker, all reported as the source's wording and never used as accord's:

* ``label`` – partisan names for actors, places and casualties from the lexicon in
  ``accord/data/framing/`` (each side's vocabulary listed symmetrically), plus the
  generic pattern "<actor> regime/junta" for any government;
* ``scare_quotes`` – a name put in quotation marks as a label ('"Israel" said'), told
  apart from quoted speech by being a short quoted span that is a name and nothing else;
* ``charged`` – judging nouns, verbs and adjectives ("aggression", "massacre", "smashing").

``voice`` is ``"outlet"`` for the outlet's own wording and the quote id when the words
sit inside quotation marks of someone's speech. Paraphrase (indirect speech) is the
outlet's wording – the speaker's own words are only the ones between quotation marks –
so markers there count as the outlet's, and only those feed an outlet's profile.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from accord.data import words
from accord.extract.analysis import Analysis, evidence_for
from accord.extract.referents import actor_of_phrase, actor_of_token, resolve_text
from accord.ingest.language import non_english_reason
from accord.lexicons.framing import Lexicon, Term, load_lexicon
from accord.model import FramingMarker
from accord.nlp.docviews import doc_text, doc_tokens, entities_in
from accord.registry import extractors

#: A double-quoted or single-quoted stretch inside one paragraph. Single quotes must not
#: be apostrophes: the opening one follows a non-letter, the closing one precedes one.
_DOUBLE = re.compile(r"[\"“]([^\"“”\n]{1,400}?)[\"”]")
_SINGLE = re.compile(r"(?<![\w])['‘]([^'‘’\"“”\n]{1,80}?[^\s'‘’])['’](?![\w])")
_POSSESSIVE = re.compile(r"['’]s?$")
MAX_NAME_WORDS = 4
_NAME_JOINERS = frozenset(words("grammar", "name_joiners"))
_NAME_ENTITIES = {"GPE", "NORP", "ORG", "LOC"}


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the text between quotation marks (marks excluded)."""
    ranges = [(m.start(1), m.end(1)) for m in _DOUBLE.finditer(text)]
    ranges += [(m.start(1), m.end(1)) for m in _SINGLE.finditer(text)]
    return sorted(ranges)


class FramingFinder:
    """Compiled lexicon patterns for one pipeline's vocabulary.

    Three phrase matchers, one per way a term is compared: the lower-cased words
    (most terms), the exact spelling (case-sensitive terms such as a capitalised
    label) and the lemma (single words matched in every inflection). Phrase matchers
    look each token up in a hash table, where a token-pattern ``Matcher`` would try
    every pattern at every token; on a long article that was most of the extractor.
    """

    def __init__(self, nlp: Language, lexicon: Lexicon):
        self.lexicon = lexicon
        self.vocab = nlp.vocab
        self.entries: dict[str, Term] = {}
        self.matchers = {
            attr: PhraseMatcher(nlp.vocab, attr=attr) for attr in ("LOWER", "ORTH", "LEMMA")
        }
        for number, term in enumerate(lexicon.terms):
            key = f"framing_{number}"
            self.entries[key] = term
            for attr, pattern in self._patterns(nlp, term):
                self.matchers[attr].add(key, [pattern])

    @staticmethod
    def _patterns(nlp: Language, term: Term) -> Iterator[tuple[str, Doc]]:
        for form in term.match:
            words = [token.text for token in nlp.make_doc(form)]
            if term.lemma and len(words) == 1:
                for lemma in {words[0].lower(), words[0]}:
                    yield "LEMMA", Doc(nlp.vocab, words=words, lemmas=[lemma])
            elif term.case_sensitive:
                yield "ORTH", Doc(nlp.vocab, words=words)
            else:
                yield "LOWER", Doc(nlp.vocab, words=[word.lower() for word in words])

    def _reading_order(self, match: tuple[int, int, int]) -> tuple[int, int, int]:
        """Matches by position; on one span the term listed first in the lexicon wins."""
        match_id, start, end = match
        return start, end, int(self.vocab.strings[match_id].rsplit("_", 1)[1])

    def lexicon_spans(self, doc: Doc) -> list[tuple[Span, Term]]:
        found = []
        matches = [m for matcher in self.matchers.values() for m in matcher(doc)]
        for match_id, start, end in sorted(matches, key=self._reading_order):
            term = self.entries[doc.vocab.strings[match_id]]
            span = doc[start:end]
            if self._cancelled(span, term):
                continue
            found.append((Span(doc, start, end, label=match_id), term))
        kept = {(span.start, span.end) for span in filter_spans([s for s, _ in found])}
        unique: dict[tuple[int, int], tuple[Span, Term]] = {}
        for span, term in found:
            if (span.start, span.end) in kept:
                unique.setdefault((span.start, span.end), (span, term))
        return list(unique.values())

    @staticmethod
    def _cancelled(span: Span, term: Term) -> bool:
        doc = span.doc
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        if after in term.not_followed_by or before in term.not_preceded_by:
            return True
        if term.case_sensitive and span[0].is_sent_start and len(span) == 1:
            return True  # a capital at the start of a sentence says nothing
        if term.not_within:
            window = doc_text(doc)[max(0, span.start_char - 40) : span.end_char + 40].lower()
            return any(phrase in window for phrase in term.not_within)
        return False


def _referent(analysis: Analysis, span: Span, term: Term) -> str | None:
    """The actor a context-dependent marker is about: its modifier, or the verb's agent."""
    if term.refers_to != "context":
        return term.refers_to
    head = span.root
    actor = None
    if head.pos_ == "VERB" or head.tag_.startswith("VB"):
        actor = _agent_of(analysis, head)
    else:
        for token in span:
            mention = analysis.mention_covering(token)
            if mention is not None:
                actor = mention.actor
                break
        if actor is None:
            outside = [c for c in head.children if c.i < span.start or c.i >= span.end]
            for child in outside:
                if child.dep_ in ("compound", "amod", "poss", "nmod"):
                    actor = actor_of_phrase(analysis, child) or actor_of_token(analysis, child)
                elif child.dep_ == "prep" and child.lower_ == "of":
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                    actor = actor_of_phrase(analysis, objects[0]) if objects else None
                if actor:
                    break
    if actor and "." not in actor and term.sector:
        actor = f"{actor}.{term.sector}"
    return actor


def _dominant_target(resolved: list[tuple[str, Term]]) -> str | None:
    """The actor an article's hostile labels name most often: an unattributed "occupation
    army" in an article that calls one state "the occupation" throughout names that state."""
    roots = Counter(
        referent.split(".", 1)[0]
        for referent, term in resolved
        if term.kind == "label" and term.aligned_with != "referent"
    )
    return roots.most_common(1)[0][0] if roots else None


def _with_sector(actor: str | None, sector: str | None) -> str | None:
    if actor and "." not in actor and sector:
        return f"{actor}.{sector}"
    return actor


def _agent_of(analysis: Analysis, verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            return actor_of_phrase(analysis, child)
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return actor_of_phrase(analysis, objects[0])
    if verb.dep_ in ("xcomp", "conj", "advcl", "acl") and verb.head != verb:
        return _agent_of(analysis, verb.head)
    return None


def _regime_labels(analysis: Analysis, doc: Doc, lexicon: Lexicon) -> list[tuple[Span, dict]]:
    """ "<actor> regime" for any government: the modifier must name an actor."""
    found = []
    for token in doc_tokens(doc):
        head = lexicon.heads.get(token.lemma_.lower()) or lexicon.heads.get(token.lower_)
        if head is None:
            continue
        for child in token.children:
            if child.dep_ not in ("compound", "amod", "poss", "nmod") or child.i > token.i:
                continue
            if child.lower_ in lexicon.not_modifiers:
                continue
            actor = actor_of_phrase(analysis, child) or actor_of_token(analysis, child)
            if actor is None:
                continue
            root = actor.split(".", 1)[0]
            span = doc[min(t.i for t in child.subtree) : token.i + 1]
            found.append((span, {"head": head, "refers_to": f"{root}.{head.sector}"}))
            break
    return found


def _after_so_called(doc: Doc, start: int) -> bool:
    before = doc_text(doc)[max(0, start - 12) : start].lower()
    return bool(re.search(r"so[- ]called\s*[\"“'‘]$", before))


def _is_name(analysis: Analysis, span: Span) -> str | None:
    """The actor a short quoted span names, or ``""`` for an unresolved name, else None."""
    words = [token for token in span if token.is_alpha]
    if not words or len(words) > MAX_NAME_WORDS:
        return None
    if any(not w.text[0].isupper() and w.lower_ not in _NAME_JOINERS for w in words):
        return None
    for token in span:
        mention = analysis.mention_covering(token)
        if mention is not None:
            return mention.actor
    actor = resolve_text(span.text)
    if actor:
        return actor
    if entities_in(span) and all(ent.label_ in _NAME_ENTITIES for ent in entities_in(span)):
        return ""
    return None


class FramingExtractor:
    def __init__(self, nlp: Language):
        self.lexicon = load_lexicon()
        self.finder = FramingFinder(nlp, self.lexicon)

    def __call__(self, doc: Doc) -> None:
        analysis: Analysis = doc._.accord
        if not analysis.on_topic:
            return  # "a 6-0 massacre" on the pitch is a metaphor, not framing
        if (reason := non_english_reason(doc_text(doc))) is not None:
            analysis.diagnostics.notes.append(
                f"framing not run: its lexicon is English-only and this text is {reason}"
            )
            return
        first = len(analysis.framing)
        ranges = quoted_ranges(doc_text(doc))
        taken: list[tuple[int, int]] = []
        found = self.finder.lexicon_spans(doc)
        referents = [_referent(analysis, span, term) for span, term in found]
        fallback = _dominant_target(
            [(r, t) for r, (_, t) in zip(referents, found, strict=True) if r]
        )
        for (span, term), referent in zip(found, referents, strict=True):
            if referent is None and term.refers_to == "context" and term.kind == "label":
                referent = _with_sector(fallback, term.sector)
            self._add(
                analysis,
                span,
                ranges,
                term=span.text,
                kind=term.kind,
                refers_to=referent,
                neutral=term.neutral,
                aligned_with=self.lexicon.aligned_with(term, referent),
                rule=f"framing.lexicon.{term.conflict}",
                trigger=term.term,
            )
            taken.append((span.start_char, span.end_char))

        for span, info in _regime_labels(analysis, doc, self.lexicon):
            if any(s < span.end_char and span.start_char < e for s, e in taken):
                continue
            referent = info["refers_to"]
            side = self.lexicon.side_of(referent)
            aligned = None
            if side:
                others = [n for n in self.lexicon.sides[side[0]] if n != side[1]]
                aligned = others[0] if len(others) == 1 else None
            self._add(
                analysis,
                span,
                ranges,
                term=span.text,
                kind=info["head"].kind,
                refers_to=referent,
                neutral=info["head"].neutral,
                aligned_with=aligned,
                rule="framing.head_label",
                trigger=info["head"].head,
            )

        self._scare_quotes(doc, analysis, ranges)
        added = analysis.framing[first:]
        ids = [marker.id for marker in added]
        added.sort(key=lambda marker: marker.evidence[0].start)
        for marker, marker_id in zip(added, ids, strict=True):  # ids in reading order
            marker.id = marker_id
        analysis.framing[first:] = added

    def _scare_quotes(self, doc: Doc, analysis: Analysis, ranges: list[tuple[int, int]]) -> None:
        for start, end in ranges:
            if end - start > 60:
                continue
            text = doc_text(doc)[start:end]
            core_end = start + len(_POSSESSIVE.sub("", text)) if "'" in text or "’" in text else end
            span = doc.char_span(start, core_end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            if len(span) > 1 and span[-1].text in ("'s", "’s", "'", "’"):
                span = span[:-1]
            actor = _is_name(analysis, span)
            if actor is None and _after_so_called(doc, start) and len(span) <= 3:
                actor = ""  # 'the so-called "memorandum"': quotation marks as a label
            if actor is None:
                continue
            if actor and "." not in actor and actor.isupper() and len(actor) == 3:
                actor = f"{actor}.GOV"  # a state named as a label stands for its government
            side = self.lexicon.side_of(actor)
            aligned = None
            if side:
                others = [n for n in self.lexicon.sides[side[0]] if n != side[1]]
                aligned = others[0] if len(others) == 1 else None
            marked = doc.char_span(start - 1, end + 1, alignment_mode="expand") or span
            self._add(
                analysis,
                span,
                [r for r in ranges if (r[0], r[1]) != (start, end)],
                term=f"“{span.text}”",
                kind="scare_quotes",
                refers_to=actor or None,
                neutral=span.text,
                aligned_with=aligned,
                rule="framing.scare_quotes",
                trigger=marked.text,
            )

    @staticmethod
    def _add(
        analysis: Analysis,
        span: Span,
        ranges: list[tuple[int, int]],
        *,
        term: str,
        kind: str,
        refers_to: str | None,
        neutral: str | None,
        aligned_with: str | None,
        rule: str,
        trigger: str,
    ) -> None:
        analysis.framing.append(
            FramingMarker(
                id=analysis.next_id("f"),
                term=term,
                kind=kind,
                refers_to=refers_to,
                neutral=neutral,
                aligned_with=aligned_with,
                voice=voice_of_wording(analysis, span, ranges),
                outlet=analysis.outlet,
                evidence=[evidence_for(span, rule=rule, trigger=trigger)],
            )
        )


def voice_of_wording(analysis: Analysis, span: Span, ranges: list[tuple[int, int]]) -> str:
    """``"outlet"`` unless the words sit between quotation marks of quoted speech.

    Inside quotation marks the words are the speaker's: the enclosing quote's id (or
    ``"quoted"`` when no quote was attributed). Inside a direct quote's content the
    quote's id as well. A paraphrase is the outlet's wording.
    """
    start, end = span.start_char, span.end_char
    quote_id = analysis.quote_at(start)
    quote = next((q for q in analysis.quotes if q.id == quote_id), None) if quote_id else None
    if quote is not None and quote.kind == "direct":
        return quote_id
    if any(s <= start and end <= e for s, e in ranges):
        return quote_id or _nearest_quote(analysis, start) or "quoted"
    return "outlet"


def _nearest_quote(analysis: Analysis, char: int) -> str | None:
    """A quote whose content span (not just its quoted stretch) covers ``char``."""
    for quote in analysis.quotes:
        span = quote.content_span
        if span is not None and span.start <= char < span.end:
            return quote.id
    return None


@extractors.register("framing")
def make_framing_extractor(nlp: Language):
    return FramingExtractor(nlp)
