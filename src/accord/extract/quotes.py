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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from accord.data import load_data
from accord.extract.analysis import Analysis, evidence_for
from accord.extract.quotemarks import Quoted, find_quoted
from accord.extract.speakers import SpeakerResolver
from accord.model import Quote
from accord.model import Span as TextSpan
from accord.registry import extractors

CUES = load_data("quotes/cues")
CUE_VERBS = frozenset(CUES["verbs"])
INFINITIVE_CUES = frozenset(CUES["infinitive"])
PARTICIPLE_CUES = frozenset(CUES["participles"])
NEW_STATEMENT_CUES = frozenset(CUES["new_statement"])
GERUND_CUES = frozenset(CUES["gerund"])
CONTRAST_MARKS = frozenset(CUES["contrast_marks"])
CITING_VERBS = frozenset(load_data("quotes/relays")["citing_verbs"])
TITLE_ABBREVIATIONS = frozenset(load_data("quotes/speakers")["title_abbreviations"])
STATEMENT_NOUNS = frozenset(CUES["statement_nouns"])
PREPOSITIONAL_CUES = [tuple(words) for words in CUES["prepositional"]]
LISTENER_OBJECT_CUES = frozenset(CUES["listener_object"])
PREP_COMPLEMENT = {cue: frozenset(preps) for cue, preps in CUES["prepositional_complement"].items()}

_SENTENCE_END = {".", "!", "?"}
_INTRODUCERS = {",", ":", "—", "–", "-", "\n"}
_TERMINAL_INSIDE = (",", ".", "!", "?", "…", ";", ":")
_CLAUSE_DEPS = {"ccomp", "parataxis"}
_FRONTING_MARKS = (",", "—", "–", "-")
_NOMINAL = {"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART", "ADP", "CCONJ"}
_DATELINE = re.compile(
    r"[A-Z][A-Z.'/-]+(?:[ /][A-Z][A-Z.'/-]+)*,?"  # KYIV, PORT SUDAN, KYIV/MOSCOW
    r"(?:\s[A-Z][a-z]{2,8}\.?\s\d{1,2},?)?"  # March 5
    r"(?:\s\([^)\n]{1,40}\))?"  # (Northern Wire)
    r"\s[–—-]\s"
)
_HEADLINE_ATTRIBUTION = (
    re.compile(r"^(?P<speaker>[^:–—]{2,40}?)(?::\s+|\s[–—]\s)(?P<content>\S.+)$"),
    re.compile(r"^(?P<content>\S.+?)\s[–—]\s(?P<speaker>[^:–—]{2,40})$"),
)


@dataclass
class Candidate:
    """A statement found in the text before its speaker is resolved."""

    rule: str
    cue: Token
    cue_text: str
    subject: Token | None
    pieces: list[tuple[int, int]]
    kind: str = "indirect"

    @property
    def start(self) -> int:
        return min(a for a, _ in self.pieces)

    @property
    def end(self) -> int:
        return max(b for _, b in self.pieces)

    def covers(self, char: int) -> bool:
        return any(a <= char < b for a, b in self.pieces)


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

    return extract


# --- finding statements -------------------------------------------------------------
def find_candidates(doc: Doc) -> list[Candidate]:
    """Every direct and reported statement in reading order, outermost only."""
    text = doc.text
    quoted = find_quoted(text)
    direct = [q for q in quoted if _stands_alone(text, q)]
    fragments = [q for q in quoted if q not in direct]
    candidates, used_cues = _direct_candidates(doc, direct)
    candidates.extend(_headline_candidates(doc))
    inside_direct = [(q.start, q.end) for q in direct]
    for token in doc:
        if token.i in used_cues or _inside(token.idx, inside_direct):
            continue
        candidate = _reported_candidate(doc, token)
        if candidate is not None:
            candidates.append(candidate)
    candidates = _outermost(candidates)
    for candidate in candidates:
        if candidate.kind == "indirect" and _holds_partial_quote(doc, candidate, fragments):
            candidate.kind = "mixed"
    candidates.sort(key=lambda c: c.start)
    return candidates


def _stands_alone(text: str, quoted: Quoted) -> bool:
    """A quoted stretch that reads as a statement rather than a quoted term.

    It opens a sentence or follows a comma, colon or dash ("told X, "…"") and is
    either several words long or closes on its own punctuation ("No," he said).
    """
    before = text[: quoted.open].rstrip(" \t")
    if before[-1:] in "\"”’'":
        before = before[:-1]  # '…allow." "We will …': the previous quote ended a sentence
    previous = before[-1:] if before else "\n"
    opens_clause = previous in _INTRODUCERS or previous in _SENTENCE_END or not before
    if not opens_clause:
        return False
    inner = quoted.text(text).rstrip()
    return quoted.words(text) >= 3 or inner.endswith(_TERMINAL_INSIDE)


def _inside(char: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= char < b for a, b in ranges)


def _direct_candidates(doc: Doc, direct: list[Quoted]) -> tuple[list[Candidate], set[int]]:
    """Attribute each free-standing quoted stretch to the cue beside it."""
    candidates: list[Candidate] = []
    used: set[int] = set()
    consumed: set[int] = set()
    previous: Candidate | None = None
    for index, quoted in enumerate(direct):
        if index in consumed:
            continue
        pieces = list(quoted.pieces)
        cue = _cue_after(doc, quoted, direct)
        rule = "quotes.direct.cue_after"
        if cue is not None and index + 1 < len(direct):
            following = direct[index + 1]
            if _continues_after_cue(doc, cue, quoted, following):
                pieces.extend(following.pieces)  # "…," X said, "…"
                consumed.add(index + 1)
                rule = "quotes.direct.split"
        if cue is None:
            cue = _cue_before(doc, quoted)
            rule = "quotes.direct.cue_before"
        if cue is None:
            if previous is not None and _follows_closely(doc.text, previous, quoted):
                previous.pieces.extend(pieces)  # the same speaker goes on: one statement
            continue
        used.add(cue.i)
        candidate = Candidate(
            rule=rule,
            cue=cue,
            cue_text=cue.text,
            subject=_subject_of(cue),
            pieces=pieces,
            kind="direct",
        )
        candidates.append(candidate)
        previous = candidate
    return candidates, used


def _is_cue(token: Token) -> bool:
    return (
        token.lemma_.lower() in CUE_VERBS
        and token.pos_ in ("VERB", "AUX")
        and not any(child.dep_ in ("auxpass", "nsubjpass") for child in token.children)
    )


def _region_tokens(doc: Doc, start_char: int, end_char: int) -> list[Token]:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return list(span) if span is not None else []


def _cue_after(doc: Doc, quoted: Quoted, direct: list[Quoted]) -> Token | None:
    """``"…," Kirby told reporters.`` — a cue right after the closing mark."""
    text = doc.text
    line_end = text.find("\n", quoted.close)
    end = line_end if line_end != -1 else len(text)
    for other in direct:
        if other.open > quoted.close:
            end = min(end, other.open)
            break
    tokens = _region_tokens(doc, quoted.close + 1, end)
    for token in tokens:
        if _ends_sentence(token):
            break
        if _is_cue(token):
            subject = _subject_of(token)
            if subject is None or subject.idx > quoted.close:
                return token
    return None


def _ends_sentence(token: Token) -> bool:
    """A full stop that ends a sentence, not the one of "Gen." or "U.S."."""
    if token.text not in _SENTENCE_END:
        return False
    if token.i > 0 and token.doc[token.i - 1].text in TITLE_ABBREVIATIONS:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or following.is_sent_start or following.is_space


def _cue_before(doc: Doc, quoted: Quoted) -> Token | None:
    """``… who told Al Mayadeen, "…"`` — a cue just before the opening mark."""
    text = doc.text
    line_start = text.rfind("\n", 0, quoted.open) + 1
    tokens = _region_tokens(doc, line_start, quoted.open)
    boundary = 0
    for position, token in enumerate(tokens):
        if token.text in _SENTENCE_END or token.text in ('"', "”", "“"):
            boundary = position + 1
    tokens = tokens[boundary:]
    for token in reversed(tokens):
        if _is_cue(token):
            between = [t for t in tokens if t.i > token.i]
            clause = {
                t.i for child in token.children if child.dep_ in _CLAUSE_DEPS for t in child.subtree
            }
            if any(t.i in clause and not t.is_punct for t in between):
                return None  # the quote ends a reported clause: a partial quote
            return token
    return None


def _continues_after_cue(doc: Doc, cue: Token, first: Quoted, second: Quoted) -> bool:
    """``"…," X said, "…"``: only the attribution stands between two quoted stretches."""
    between = doc.text[first.close + 1 : second.open]
    if "\n" in between or any(mark in between for mark in _SENTENCE_END):
        return False
    return between.rstrip().endswith((",", ":")) and cue.idx < second.open


def _follows_closely(text: str, previous: Candidate, quoted: Quoted) -> bool:
    """An unattributed quote right after a direct quote continues the same speaker."""
    if previous.kind != "direct":
        return False
    gap = text[previous.end : quoted.open]
    marks = sum(gap.count(mark) for mark in '"“”')
    return len(gap) <= 200 and marks <= 1  # only the previous quote's closing mark


def _subject_of(cue: Token) -> Token | None:
    """The grammatical subject of a cue, climbing through participles and relatives."""
    token = cue
    quoting = _quoting_verb(cue)
    if quoting is not None:
        for child in quoting.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                return child  # "Al-Aqsa TV quoted Y as saying …" → Y
    if _is_participle(cue) and not any(c.dep_ in ("nsubj", "csubj") for c in cue.children):
        for ancestor in cue.ancestors:
            if _is_cue(ancestor):
                return _subject_of(ancestor)  # "X said …, adding that …" → X
    for _ in range(4):
        subjects = [child for child in token.children if child.dep_ in ("nsubj", "csubj")]
        if subjects:
            # the parser sometimes gives two; the one nearest the verb is the head noun
            child = min(subjects, key=lambda s: abs(token.i - s.i))
            if child.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                return token.head  # "an official who told X" → official
            return child
        if token.dep_ == "conj" or (
            token.dep_ in ("advcl", "xcomp") and token.tag_ in ("VBG", "VBN", "VB")
        ):
            token = token.head  # "…, adding that …" speaks with the clause's subject
            continue
        if token.dep_ == "relcl":
            return token.head
        break
    return None


def _quoting_verb(cue: Token) -> Token | None:
    """The relay verb of ``X quoted Y as saying …`` / ``Y was quoted as saying …``."""
    if cue.tag_ == "VBG" and cue.head.lower_ == "as":
        verb = cue.head.head
        if verb.lemma_.lower() in CITING_VERBS:
            return verb
    return None


def _is_participle(token: Token) -> bool:
    return token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp", "conj")


def _reported_candidate(doc: Doc, token: Token) -> Candidate | None:
    """Reported speech around one token: a cue verb or ``according to``."""
    lower = token.lower_
    for words in PREPOSITIONAL_CUES:
        if lower == words[0] and _matches_words(doc, token, words):
            return _according_to(doc, token, len(words))
    if not _is_cue(token):
        return None
    if token.dep_ == "advcl" and token.tag_ == "VBG" and token.lemma_ not in PARTICIPLE_CUES:
        return None
    dependency_subject = _subject_of(token)
    surface = _surface_subject(token)
    subject = surface or dependency_subject
    if subject is None:
        return None
    if surface is not None and surface != dependency_subject:
        # the parser lost the attribution: read "CLAUSE, NP cue" from the surface
        fronted = _fronted_content(doc, token, subject)
        if fronted is not None:
            return Candidate("quotes.indirect.fronted", token, token.text, subject, [fronted])
    statement_clause = _clause_of_statement(token)
    complement = [
        child
        for child in token.children
        if child.dep_ in _CLAUSE_DEPS
        or (child.dep_ == "xcomp" and token.lemma_ in INFINITIVE_CUES)
        or (
            child.dep_ in ("xcomp", "dobj", "pcomp", "ccomp")
            and child.tag_ == "VBG"
            and token.lemma_ in GERUND_CUES
        )
    ]
    for child in token.children:
        if child.lemma_.lower() in CITING_VERBS and child.dep_ in ("advcl", "xcomp", "conj"):
            # "Kan reported, citing an official, that …": the clause hangs on "citing"
            complement += [c for c in child.children if c.dep_ in _CLAUSE_DEPS]
    if complement and _reports_a_thing(token, complement):
        complement = []
    complement = [child for child in complement if _attached(doc, token, child, subject)]
    if not complement and statement_clause is not None:
        complement = [statement_clause]
    if complement:
        # "the office, which said …": the statement sits inside the subject's own phrase
        exclude = None if subject.is_ancestor(token) else subject
        pieces = [_subtree_range(child, exclude=exclude) for child in complement]
        pieces = [_strip_complementizer(doc, a, b) for a, b in pieces if b > a]
        if pieces:
            return Candidate("quotes.indirect.complement", token, token.text, subject, pieces)
    fronted = _fronted_content(doc, token, subject)
    if fronted is not None:
        return Candidate("quotes.indirect.fronted", token, token.text, subject, [fronted])
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in PREP_COMPLEMENT.get(token.lemma_.lower(), ()):
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                piece = _subtree_range(objects[0])
                target = [c for c in token.children if c.dep_ == "dobj" and c.i < child.i]
                if target:  # "accused Israel of stalling": who is accused belongs to it
                    piece = (_subtree_range(target[0])[0], piece[1])
                return Candidate("quotes.indirect.preposition", token, token.text, subject, [piece])
    return None


def _clause_of_statement(cue: Token) -> Token | None:
    """``claimed in a statement to the media that …``: the clause hangs on the noun."""
    for prep in cue.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in STATEMENT_NOUNS:
                for clause in noun.subtree:
                    if clause.dep_ in ("acl", "ccomp", "relcl") and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
                    ):
                        return clause
    return None


def _appositive_subject(cue: Token) -> Token | None:
    """``…, the head of the delegation, Arkady Melnikov, said.``: a subject in apposition.

    The parser hangs such phrases on the last noun of the clause before them; the
    person among them (else the first) is the speaker.
    """
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    last = doc[cue.i - 2]
    if last.dep_ != "appos":
        return None
    phrases = [child for child in last.head.children if child.dep_ == "appos"]
    first = min(phrases, key=lambda t: t.i)
    start = first.left_edge.i
    if start == 0 or doc[start - 1].text != ",":
        return None
    people = [t for t in phrases if t.ent_type_ == "PERSON"]
    return people[-1] if people else first


def _attached(doc: Doc, cue: Token, clause: Token, subject: Token) -> bool:
    """A clause before its cue is its content only across a comma: ``CLAUSE, X said``.

    ``…; Hamas denied …`` or ``…: X said`` start a new statement instead.
    """
    if clause.i > cue.i:
        return True
    first = min(cue.i, min(t.i for t in subject.subtree))
    before = [t for t in doc[max(0, first - 2) : first] if not t.is_space]
    return bool(before) and (before[-1].text == "," or before[-1].text in '"”’')


def _surface_subject(cue: Token) -> Token | None:
    """``…, presidential adviser Maksym Lytvyn said`` read from the surface.

    News attributions put a noun phrase between a comma and the cue; when the
    parser attaches that phrase elsewhere, the phrase still names the speaker.
    """
    doc = cue.doc
    index = cue.i - 1
    phrase: list[Token] = []
    while index >= 0 and doc[index].pos_ in _NOMINAL and not doc[index].is_punct:
        if doc[index].pos_ == "CCONJ" and index > 0 and doc[index - 1].text == ",":
            return None  # ", but the group said": a new clause, not a fronted statement
        phrase.insert(0, doc[index])
        index -= 1
    if not phrase:
        return _appositive_subject(cue)
    if index < 0 or doc[index].text not in _FRONTING_MARKS:
        return None
    nouns = [t for t in phrase if t.pos_ in ("PROPN", "NOUN")]
    if not nouns or nouns[-1].i != cue.i - 1:
        return None
    dependency_subject = _subject_of(cue)
    if dependency_subject is not None and dependency_subject.i >= phrase[0].i:
        return dependency_subject
    return nouns[-1]


def _reports_a_thing(cue: Token, complement: list[Token]) -> bool:
    """``announced its approval and …``: an object before the clause is what was reported,
    so the clause after it is coordinated narration, not the cue's content."""
    if cue.lemma_.lower() in LISTENER_OBJECT_CUES:
        return False
    first = min(child.i for child in complement)
    return any(child.dep_ == "dobj" and child.i < first for child in cue.children) and first > cue.i


def _matches_words(doc: Doc, token: Token, words: tuple[str, ...]) -> bool:
    end = token.i + len(words)
    return end <= len(doc) and [t.lower_ for t in doc[token.i : end]] == list(words)


def _according_to(doc: Doc, token: Token, length: int) -> Candidate | None:
    """``according to X, …`` / ``…, according to X``: X said the rest of the clause."""
    last = doc[token.i + length - 1]
    objects = [child for child in last.children if child.dep_ == "pobj"]
    objects += [child for child in token.children if child.dep_ == "pobj"]
    if not objects or _has_own_cue(token):
        return None
    phrase_start = token.i
    phrase_end = max(t.i for t in objects[0].subtree) + 1
    sent = token.sent
    before = (sent.start_char, doc[phrase_start].idx)
    after = (doc[phrase_end - 1].idx + len(doc[phrase_end - 1].text), sent.end_char)
    pieces = [_trim(doc.text, *before), _trim(doc.text, *after)]
    pieces = [(a, b) for a, b in pieces if b - a > 3]
    if not pieces:
        return None
    cue_text = doc[token.i : token.i + length].text
    return Candidate("quotes.indirect.according_to", token, cue_text, objects[0], pieces)


def _has_own_cue(according: Token) -> bool:
    """``…, he said, according to TRT``: the cue names the speaker, TRT only relays."""
    head = according.head
    if _is_cue(head):
        return True
    return any(
        _is_cue(token)
        and token.i != according.i
        and not token.is_ancestor(according)
        and according.sent == token.sent
        and not according.is_ancestor(token)
        for token in according.sent
    )


def _subtree_range(token: Token, exclude: Token | None = None) -> tuple[int, int]:
    tokens = [t for t in token.subtree if not t.is_space]
    if exclude is not None:
        excluded = {t.i for t in exclude.subtree}
        tokens = [t for t in tokens if t.i not in excluded]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in '"”’':
        tokens.pop()
    while tokens and tokens[0].is_punct and tokens[0].text not in '"“‘':
        tokens.pop(0)
    if not tokens:
        return (token.idx, token.idx)
    last = tokens[-1]
    return tokens[0].idx, last.idx + len(last.text)


def _strip_complementizer(doc: Doc, start: int, end: int) -> tuple[int, int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span) > 1 and span[0].lower_ == "that" and span[0].dep_ == "mark":
        return span[1].idx, end
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–-"):
        end -= 1
    return start, end


def _fronted_content(doc: Doc, cue: Token, subject: Token) -> tuple[int, int] | None:
    """``CLAUSE, the official added.`` when the parser left the clause unattached."""
    subject_start = min(t.i for t in subject.subtree)
    if subject_start > cue.i:
        subject_start = cue.i  # "…, said the official"
    previous = doc[subject_start - 1] if subject_start > 0 else None
    if previous is None or previous.text not in _FRONTING_MARKS:
        return None
    start, end = _trim(doc.text, _clause_start(doc, previous.i), previous.idx)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or end - start < 12 or not any(t.pos_ in ("VERB", "AUX") for t in span):
        return None  # a dateline ("KYIV, March 2 –") is not a statement
    return start, end


def _clause_start(doc: Doc, index: int) -> int:
    """Where the sentence holding token ``index`` starts, read from the surface."""
    position = index - 1
    while position >= 0:
        token = doc[position]
        if "\n" in token.text or "\n" in token.whitespace_:
            return token.idx + len(token.text_with_ws)
        if token.text in _SENTENCE_END:
            return token.idx + len(token.text)
        position -= 1
    return 0


def _outermost(candidates: list[Candidate]) -> list[Candidate]:
    """Drop statements reported inside another statement (their cue sits in its content).

    When two statements each hold the other's cue (a fronted clause with a cue of
    its own), the later cue is the attribution: ``Hamas informed …, the office announced``.
    """
    kept = []
    for candidate in candidates:
        if candidate.rule == "quotes.headline":
            kept.append(candidate)  # a headline attribution frames everything in its line
            continue
        dominated = False
        for other in candidates:
            if other is candidate or not other.covers(candidate.cue.idx):
                continue
            if _opens_new_statement(candidate.cue) or _contrasts(candidate.cue):
                _cut_before(other, candidate)
                continue
            mutual = candidate.covers(other.cue.idx)
            if not mutual or other.cue.i > candidate.cue.i or other.rule == "quotes.headline":
                dominated = True
                break
        if not dominated:
            kept.append(candidate)
    return kept


def _contrasts(cue: Token) -> bool:
    """``…, while an Israeli official said …``: a second speaker's own statement."""
    return (
        cue.dep_ == "advcl"
        and any(c.dep_ == "nsubj" for c in cue.children)
        and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in cue.children)
    )


def _opens_new_statement(cue: Token) -> bool:
    return _is_participle(cue) and cue.lemma_.lower() in NEW_STATEMENT_CUES


def _cut_before(outer: Candidate, inner: Candidate) -> None:
    """End the outer statement where the participle's own statement begins."""
    boundary = inner.cue.left_edge.idx
    outer.pieces = [(a, min(b, boundary)) for a, b in outer.pieces if a < boundary]
    outer.pieces = [_trim(inner.cue.doc.text, a, b) for a, b in outer.pieces]


def _holds_partial_quote(doc: Doc, candidate: Candidate, fragments: list[Quoted]) -> bool:
    """Reported speech holding the speaker's own words for more than a term is mixed."""
    for quoted in fragments:
        if not (candidate.start <= quoted.start and quoted.end <= candidate.end + 1):
            continue
        if quoted.words(doc.text) < 2:
            continue
        span = doc.char_span(quoted.start, quoted.end, alignment_mode="contract")
        if span is None:
            continue
        words = [t for t in span if not t.is_punct]
        if not words:
            continue
        if _reported_within(candidate, words[0]):
            continue  # the words belong to a statement reported inside this one
        if _is_bare_term(span, words):
            continue  # a quoted label ("its "operation in Rafah""), not reported wording
        return True
    return False


def _is_bare_term(span: Span, words: list[Token]) -> bool:
    """A quoted nominal without its own determiner reads as a term the text marks."""
    heads = [t for t in words if t.head.i < span.start or t.head.i >= span.end or t.head == t]
    head = heads[0] if heads else words[0]
    opens_with_determiner = words[0].dep_ in ("det", "poss", "nummod") or words[0].tag_ == "PRP$"
    return head.pos_ in ("NOUN", "PROPN") and not opens_with_determiner


def _reported_within(candidate: Candidate, token: Token) -> bool:
    for ancestor in token.ancestors:
        if ancestor == candidate.cue:
            return False
        if _is_cue(ancestor) and candidate.covers(ancestor.idx):
            return True
    return False


def _headline_candidates(doc: Doc) -> list[Candidate]:
    """Headline attributions ``Name: statement``, ``Name – statement``, ``statement – Name``."""
    found = []
    for start, end in doc.user_data.get("accord_headlines", []):
        for pattern in _HEADLINE_ATTRIBUTION:
            match = pattern.match(doc.text[start:end])
            if match is None:
                continue
            speaker = doc.char_span(
                start + match.start("speaker"),
                start + match.end("speaker"),
                alignment_mode="contract",
            )
            if speaker is None or not _reads_as_name(speaker):
                continue
            if match.start("speaker") < match.start("content"):
                cue_start, cue_end = start + match.end("speaker"), start + match.start("content")
            else:
                cue_start, cue_end = start + match.end("content"), start + match.start("speaker")
            cue = doc.char_span(cue_start, cue_end, alignment_mode="expand")
            cue_token = next((t for t in cue if t.is_punct), None) if cue is not None else None
            if cue_token is None:
                continue
            pieces = [(start + match.start("content"), start + match.end("content"))]
            cue_text = doc.text[cue_start:cue_end].strip()
            found.append(Candidate("quotes.headline", cue_token, cue_text, speaker.root, pieces))
            break
    return found


def _reads_as_name(span: Span) -> bool:
    """A short capitalised name ("Kremlin", "Hrytsenko"), not a topic label."""
    words = [t for t in span if t.lower_ != "the"]
    return 0 < len(words) <= 4 and all(t.text[:1].isupper() and t.is_alpha for t in words)


# --- building records ---------------------------------------------------------------
def build_quote(
    doc: Doc, analysis: Analysis, resolver: SpeakerResolver, candidate: Candidate
) -> Quote | None:
    text = doc.text
    pieces = [(a, b) for a, b in (_trim_content(text, a, b) for a, b in candidate.pieces) if b > a]
    if not pieces:
        return None
    candidate.pieces = pieces
    speaker = resolver.resolve(candidate.subject, candidate.cue)
    if speaker is None:
        return None
    attribution = resolver.attribution(candidate.cue, speaker)
    content = " ".join(_clean_piece(text[a:b]) for a, b in pieces)
    quote_id = analysis.next_id("q")
    cue_end = candidate.cue.idx + len(candidate.cue_text)
    cue_span = TextSpan(
        start=candidate.cue.idx, end=cue_end, text=text[candidate.cue.idx : cue_end]
    )
    content_start, content_end = pieces[0][0], pieces[-1][1]
    evidence_span = _evidence_span(doc, candidate)
    quote = Quote(
        id=quote_id,
        speaker=speaker.text,
        speaker_actor=speaker.actor,
        speaker_kind=speaker.kind,
        speaker_org=speaker.org,
        kind=candidate.kind,
        cue=candidate.cue_text.lower() if candidate.cue_text else None,
        content=content,
        via=attribution.via,
        chain=attribution.chain,
        recipient=attribution.recipient,
        date=attribution.date,
        speaker_span=speaker.span,
        cue_span=cue_span,
        content_span=TextSpan(
            start=content_start, end=content_end, text=text[content_start:content_end]
        ),
        evidence=[evidence_for(evidence_span, rule=candidate.rule, trigger=candidate.cue_text)],
    )
    resolver.remember(speaker, attribution)
    return quote


def _evidence_span(doc: Doc, candidate: Candidate) -> Span:
    """The stretch holding speaker, cue and content: what a reader checks."""
    start = min(candidate.start, candidate.cue.idx)
    end = max(candidate.end, candidate.cue.idx + len(candidate.cue.text))
    if candidate.subject is not None:
        start = min(start, candidate.subject.left_edge.idx)
        right = candidate.subject.right_edge
        end = max(end, right.idx + len(right.text))
    return doc.char_span(start, end, alignment_mode="expand") or doc[:]


def _trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None:
        start = dateline.end()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _clean_piece(piece: str) -> str:
    return " ".join(piece.split())
