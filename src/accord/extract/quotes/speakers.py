"""Who a statement's speaker is, and the chain the statement came through.

A speaker is a named person (with the organisation the text gives them), an
anonymous source (kept anonymous, with its description and organisation) or an
institution. Definite descriptions and pronouns ("the official added", "the
source explained", "he said") refer back to an earlier speaker of the same
document. Relays (agencies and outlets that passed the statement on) come from
the attribution clause: "as quoted by X", "told X", "in an interview with X",
"X reported, citing …".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from accord.data import load_data, words
from accord.extract.analysis import Analysis
from accord.model import Span as TextSpan
from accord.nlp.docviews import doc_entities, entities_in
from accord.resolve.actors import resolve_phrase
from accord.resolve.dates import resolve_day

SPEAKERS = load_data("quotes/speakers")
RELAYS = load_data("quotes/relays")
ANONYMOUS_HEADS = frozenset(SPEAKERS["anonymous_heads"])
ORGANISATION_HEADS = frozenset(SPEAKERS["organisation_heads"])
PERSON_PRONOUNS = frozenset(SPEAKERS["person_pronouns"])
GROUP_PRONOUNS = frozenset(SPEAKERS["group_pronouns"])
STATEMENT_NOUNS = frozenset(load_data("quotes/cues")["statement_nouns"])
PASSIVE_RELAY_VERBS = frozenset(RELAYS["passive_relay_verbs"])
CITING_VERBS = frozenset(RELAYS["citing_verbs"])
INTERVIEW_NOUNS = frozenset(RELAYS["interview_nouns"])
LISTENER_PREPS = frozenset(RELAYS["listener_preps"])
LISTENER_VERBS = frozenset(RELAYS["listener_verbs"])
_OUTLET_NAMES = {
    name.lower(): outlet_id for outlet_id, names in RELAYS["outlets"].items() for name in names
}
_DEFINITE = frozenset(words("grammar", "definite_determiners"))
_QUOTE_CHARS = "\"'“”‘’«»"
_CUT_DEPS = {"relcl", "acl", "advcl", "cc", "conj"}


def outlet_id(name: str | None) -> str | None:
    """The id of a known outlet or agency ("Reuters" → REUTERS), else None."""
    if not name:
        return None
    cleaned = name.strip(_QUOTE_CHARS + " .,").lower()
    if cleaned in _OUTLET_NAMES:
        return _OUTLET_NAMES[cleaned]
    if cleaned.startswith("the ") and cleaned[4:] in _OUTLET_NAMES:
        return _OUTLET_NAMES[cleaned[4:]]
    return None


def slug(name: str) -> str:
    """An upper-case id for an outlet not in the list ("Kan News" → KAN-NEWS)."""
    words = re.findall(r"[\w]+", name.strip(_QUOTE_CHARS))
    if words and words[0].lower() == "the":
        words = words[1:]
    return "-".join(word.upper() for word in words)


@dataclass
class Speaker:
    text: str
    actor: str | None
    kind: str  # named | anonymous | institution
    org: str | None = None
    head: str = ""
    span: TextSpan | None = None


@dataclass
class Attribution:
    via: str | None = None
    via_name: str | None = None
    recipient: str | None = None
    date: dt.date | None = None
    chain: list[str] = field(default_factory=list)


class SpeakerResolver:
    """Resolves speakers in reading order, remembering earlier ones for follow-ups."""

    def __init__(self, doc: Doc, analysis: Analysis):
        self.doc = doc
        self.analysis = analysis
        self.history: list[tuple[Speaker, Attribution]] = []
        self.publisher = outlet_id(analysis.outlet) or (
            slug(analysis.outlet) if analysis.outlet else None
        )
        self._cited_via: tuple[str, str] | None = None

    # --- speakers -----------------------------------------------------------------
    def resolve(self, subject: Token | None, cue: Token | None) -> Speaker | None:
        self._cited_via = None
        if subject is None:
            return None
        if cue is not None:
            subject = self._through_citation(subject, cue)
        if subject.lemma_.lower() in STATEMENT_NOUNS and subject.pos_ == "NOUN":
            owner = _owner_of_statement(subject)
            if owner is None:
                return self._back_reference(kinds=("institution", "named", "anonymous"), at=subject)
            subject = owner
        if subject.pos_ == "PRON":
            return self._pronoun(subject)
        tokens = _phrase(subject)
        if not tokens:
            return None
        span = self.doc[tokens[0].i : tokens[-1].i + 1]
        name = _person_name(span, self.analysis)
        if name is not None:
            return self._named(span, name)
        head = subject.lemma_.lower()
        definite = _is_definite(span)
        actor = self._actor_of(span)
        if head in ANONYMOUS_HEADS and subject.pos_ == "NOUN":
            if definite:
                # A bare "the official" refers back whatever the coreference guessed;
                # "the Israeli official" must agree with the earlier speaker's actor.
                own = actor if _has_own_modifier(span) else None
                earlier = self._back_reference(kinds=("anonymous",), head=head, actor=own)
                if earlier is not None:
                    return replace(earlier, span=_text_span(span))
            return Speaker(
                text=_describe(span),
                actor=actor,
                kind="anonymous",
                org=_org_text(span, actor),
                head=head,
                span=_text_span(span),
            )
        if actor is None and (definite or _has_possessor(subject)):
            earlier = self._org_antecedent(span)
            if earlier is not None:
                actor = earlier
        return Speaker(
            text=_describe(span),
            actor=actor,
            kind="institution",
            org=_org_text(span, actor),
            head=head,
            span=_text_span(span),
        )

    def _through_citation(self, subject: Token, cue: Token) -> Token:
        """``Axios reported, citing two officials``: the officials speak, Axios relays."""
        name = _outlet_name(subject)
        relay = outlet_id(name) or (
            slug(name) if subject.ent_type_ == "ORG" and subject.pos_ == "PROPN" else None
        )
        if relay is None:
            return subject
        for child in cue.children:
            if child.lemma_.lower() in CITING_VERBS and child.dep_ in ("advcl", "xcomp", "conj"):
                for obj in child.children:
                    if obj.dep_ in ("dobj", "pobj", "attr"):
                        self._cited_via = (relay, name)
                        return obj
        return subject

    def _named(self, span: Span, name: str) -> Speaker:
        if " " not in name:
            name = _full_name(span, name)
        surname = name.split()[-1]
        for earlier, _ in reversed(self.history):
            if earlier.kind == "named" and earlier.text.split()[-1] == surname:
                actor = earlier.actor
                own = self._actor_of(span, skip_person=name)
                return replace(
                    earlier, actor=own or actor, span=_text_span(span), text=earlier.text
                )
        actor = self._actor_of(span, skip_person=name) or self._person_actor(name)
        return Speaker(
            text=name,
            actor=actor,
            kind="named",
            org=_org_text(span, actor, skip=name),
            head=surname.lower(),
            span=_text_span(span),
        )

    def _pronoun(self, pronoun: Token) -> Speaker | None:
        lower = pronoun.lower_
        if lower in PERSON_PRONOUNS:
            found = self._back_reference(kinds=("named", "anonymous"), at=pronoun)
            person = _nearest_person(pronoun)
            if person is not None and (
                found is None or found.span is None or person.start_char > found.span.end
            ):
                found = self._named(person, _clean_name(person.text))
        elif lower in GROUP_PRONOUNS:
            found = self._back_reference(kinds=("institution", "anonymous", "named"), at=pronoun)
        else:
            return None
        if found is None:
            return None
        return replace(found, span=_text_span(self.doc[pronoun.i : pronoun.i + 1]))

    def _back_reference(
        self,
        kinds: tuple[str, ...],
        head: str | None = None,
        actor: str | None = None,
        at: Token | None = None,
    ) -> Speaker | None:
        """The most recent earlier speaker of a kind, preferring the same head noun."""
        for wanted_kind in kinds:
            compatible = [
                speaker
                for speaker, _ in reversed(self.history)
                if speaker.kind == wanted_kind and (actor is None or speaker.actor in (None, actor))
            ]
            if head is not None:
                same_head = [speaker for speaker in compatible if speaker.head == head]
                if same_head:
                    return same_head[0]
            if compatible:
                return compatible[0]
        return None

    def _org_antecedent(self, span: Span) -> str | None:
        """``the movement's office``, ``the faction``: the organisation last in focus."""
        for earlier, _ in reversed(self.history):
            if earlier.kind == "institution" and earlier.actor:
                return earlier.actor
        for mention in sorted(self.analysis.mentions, key=lambda m: -m.start):
            if mention.end <= span.start and mention.actor and "." not in mention.actor:
                return mention.actor
        return None

    def _actor_of(self, span: Span, skip_person: str | None = None) -> str | None:
        """The actor a speaker phrase names: the actors extractor's mentions first."""
        mentions = []
        for token in span:
            mention = self.analysis.mention_covering(token)
            if mention is not None and mention.actor and mention not in mentions:
                mentions.append(mention)
        for mention in mentions:
            if mention.start <= span.root.i < mention.end:
                return mention.actor
        if mentions:
            return max(mentions, key=lambda m: m.end - m.start).actor
        text = _strip_marks(span.text)
        if skip_person:
            text = text.replace(skip_person, " ").strip(" ,")
        if text:
            actor = resolve_phrase(text)
            if actor:
                return actor
        for ent in entities_in(span):
            if ent.label_ in ("ORG", "GPE", "NORP") and (actor := resolve_phrase(ent.text)):
                return actor
        return None

    def _person_actor(self, name: str) -> str | None:
        for mention in self.analysis.mentions:
            if mention.person and name.split()[-1] in mention.person.split() and mention.actor:
                return mention.actor
        return resolve_phrase(name)

    # --- chains -------------------------------------------------------------------
    def attribution(self, cue: Token, speaker: Speaker) -> Attribution:
        attribution = Attribution()
        if self._cited_via is not None:
            attribution.via, attribution.via_name = self._cited_via
        recipient = _recipient(cue)
        if recipient is not None:
            attribution.recipient = _strip_marks(recipient.text)
            name = _outlet_name(recipient.root)
            relay = outlet_id(name)
            if relay is not None and attribution.via is None:
                attribution.via, attribution.via_name = relay, name
        if attribution.via is None and cue.tag_ == "VBG" and cue.head.lower_ == "as":
            verb = cue.head.head
            if verb.lemma_.lower() in CITING_VERBS:
                for child in verb.children:
                    if child.dep_ == "nsubj":
                        name = _outlet_name(child)
                        attribution.via, attribution.via_name = outlet_id(name) or slug(name), name
        if attribution.via is None:
            relay_name = _relay_in_clause(cue)
            if relay_name is not None:
                attribution.via = outlet_id(relay_name) or slug(relay_name)
                attribution.via_name = relay_name
        if attribution.via is None:
            for earlier, earlier_attribution in reversed(self.history):
                if earlier is not None and _same_speaker(earlier, speaker):
                    attribution.via = earlier_attribution.via
                    attribution.via_name = earlier_attribution.via_name
                    break
        if attribution.via is not None and attribution.via == self.publisher:
            attribution.via, attribution.via_name = None, None
        attribution.date = _date_of(cue, self.analysis.published)
        attribution.chain = self._chain(speaker, attribution)
        return attribution

    def _chain(self, speaker: Speaker, attribution: Attribution) -> list[str]:
        chain = [speaker.text]
        if attribution.via_name:
            chain.append(attribution.via_name)
        if self.analysis.outlet:
            chain.append(self.analysis.outlet)
        return chain

    def remember(self, speaker: Speaker, attribution: Attribution) -> None:
        self.history.append((speaker, attribution))


# --- phrase helpers -----------------------------------------------------------------
def _phrase(head: Token) -> list[Token]:
    """The noun phrase of a speaker, without relative clauses or trailing punctuation."""
    excluded: set[int] = set()
    for child in head.children:
        if child.dep_ in _CUT_DEPS and child.i > head.i:
            excluded.update(t.i for t in child.subtree)
    tokens = [t for t in head.subtree if t.i not in excluded and not t.is_space]
    # keep one contiguous stretch around the head
    contiguous = [head]
    index = tokens.index(head)
    for token in reversed(tokens[:index]):
        if token.i != contiguous[0].i - 1:
            break
        contiguous.insert(0, token)
    for token in tokens[index + 1 :]:
        if token.i != contiguous[-1].i + 1:
            break
        contiguous.append(token)
    while contiguous and (contiguous[-1].is_punct or contiguous[-1].text in _QUOTE_CHARS):
        contiguous.pop()
    while contiguous and (contiguous[0].is_punct or contiguous[0].text in _QUOTE_CHARS):
        contiguous.pop(0)
    return contiguous


def _phrase_text(head: Token) -> str:
    tokens = _phrase(head)
    if not tokens:
        return head.text
    return _strip_marks(head.doc[tokens[0].i : tokens[-1].i + 1].text)


def _person_name(span: Span, analysis: Analysis) -> str | None:
    """The person a speaker phrase names, from the NER or the actors extractor."""
    root = span.root
    for ent in entities_in(span):
        if ent.label_ == "PERSON" and ent.start <= root.i < ent.end:
            return _clean_name(ent.text)
    for child in root.children:
        # "the head of the delegation, Oksana Hrytsenko," names its person in apposition
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            for ent in doc_entities(span.doc):
                if ent.start <= child.i < ent.end:
                    return _clean_name(ent.text)
    mention = analysis.mention_covering(root)
    if mention is not None and mention.person:
        return mention.person
    if root.pos_ == "PROPN" and root.ent_type_ in ("", "PERSON"):
        names = [t for t in span if t.pos_ == "PROPN" and t.i <= root.i]
        chain = []
        for token in reversed(names):
            if chain and token.i != chain[0].i - 1:
                break
            chain.insert(0, token)
        candidate = " ".join(t.text for t in chain)
        if (
            candidate
            and resolve_phrase(candidate) is None
            and analysis.mention_covering(root) is None
        ):
            return _clean_name(candidate)
    if root.is_title and root.is_alpha:
        # a surname on its own ("Melnikov said") names a person the text named in full
        for ent in doc_entities(span.doc):
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == root.text:
                return _clean_name(ent.text)
    return None


def _nearest_person(pronoun: Token, window: int = 600) -> Span | None:
    """The person last made a sentence subject before a pronoun ("Ali Rahimi arrived. …
    he said"); people named in passing ("a team headed by X") are not candidates."""
    found = None
    for ent in doc_entities(pronoun.doc):
        if ent.end > pronoun.i:
            break
        if (
            ent.label_ == "PERSON"
            and pronoun.idx - ent.start_char <= window
            and ent.root.dep_ in ("nsubj", "nsubjpass")
            and resolve_phrase(ent.text) is None  # "Baku", "Kyiv" tagged as people
        ):
            found = ent  # a person the text made the subject of a sentence
    return found


def _full_name(span: Span, surname: str) -> str:
    """ "Bondar said" after "Foreign Minister Taras Bondar": the name given in full."""
    for ent in doc_entities(span.doc):
        if (
            ent.label_ == "PERSON"
            and len(ent) > 1
            and _clean_name(ent.text).endswith(" " + surname)
        ):
            return _clean_name(ent.text)
    return surname


def _clean_name(name: str) -> str:
    name = _strip_marks(name)
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip()


def _is_definite(span: Span) -> bool:
    first = span[0]
    return first.lower_ in _DEFINITE or first.dep_ == "poss"


def _has_own_modifier(span: Span) -> bool:
    """A description naming its own side: "the Israeli official", "the Hamas source"."""
    return any(token.pos_ == "PROPN" or token.ent_type_ in ("NORP", "GPE", "ORG") for token in span)


def _has_possessor(head: Token) -> bool:
    return any(child.dep_ == "poss" for child in head.children)


def _owner_of_statement(noun: Token) -> Token | None:
    """``X's statement``, ``a statement from/by/of X``."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _describe(span: Span) -> str:
    tokens = list(span)
    if tokens and tokens[0].lower_ in {"a", "an", "the", "this", "that"}:
        tokens = tokens[1:]
    if not tokens:
        return _strip_marks(span.text)
    return _strip_marks(span.doc[tokens[0].i : tokens[-1].i + 1].text)


def _org_text(span: Span, actor: str | None, skip: str | None = None) -> str | None:
    for ent in entities_in(span):
        if ent.label_ == "ORG" and (skip is None or skip not in ent.text):
            return _strip_marks(ent.text)
    return actor


def _strip_marks(text: str) -> str:
    return " ".join(text.replace("“", "").replace("”", "").replace('"', "").split()).strip("'‘’ ,")


def _text_span(span: Span) -> TextSpan:
    return TextSpan(start=span.start_char, end=span.end_char, text=span.text)


def _same_speaker(a: Speaker, b: Speaker) -> bool:
    return a.text == b.text and a.actor == b.actor and a.kind == b.kind


def _recipient(cue: Token) -> Span | None:
    """Who was told: ``told reporters``, ``said to Axios``, ``speaking to X``."""
    doc = cue.doc
    if cue.lower_ == "according" or cue.is_punct:
        return None
    for child in cue.children:
        if child.dep_ in ("dobj", "dative") and cue.lemma_.lower() in ("tell", "inform", "brief"):
            tokens = _phrase(child)
            if tokens:
                return doc[tokens[0].i : tokens[-1].i + 1]
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in LISTENER_PREPS:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.pos_ in ("PROPN", "NOUN"):
                    tokens = _phrase(grandchild)
                    if tokens:
                        return doc[tokens[0].i : tokens[-1].i + 1]
    return None


def _relay_in_clause(cue: Token) -> str | None:
    """``as quoted by Reuters``, ``in an interview with X``, ``speaking to X``."""
    sentence = cue.sent
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma in PASSIVE_RELAY_VERBS and token.tag_ == "VBN":
            for child in token.children:
                if child.dep_ == "agent":
                    for obj in child.children:
                        if obj.dep_ == "pobj" and _names_outlet(obj):
                            return _outlet_name(obj)
        if token.lower_ == "according" and token != cue:
            for child in token.children:
                for obj in child.children:
                    if obj.dep_ == "pobj" and _names_outlet(obj):
                        return _outlet_name(obj)
        if token.lower_ in LISTENER_PREPS and token.head.lemma_.lower() in (
            INTERVIEW_NOUNS | LISTENER_VERBS
        ):
            for obj in token.children:
                if obj.dep_ == "pobj" and outlet_id(_outlet_name(obj)):
                    return _outlet_name(obj)
    return None


def _names_outlet(head: Token) -> bool:
    """A relay is a known outlet or a proper name ("as quoted by Reuters", "by TRT")."""
    return bool(outlet_id(_outlet_name(head))) or head.pos_ == "PROPN"


def _outlet_name(head: Token) -> str:
    """The name inside a relay phrase: "the state news agency TASS" → TASS."""
    phrase = _phrase_text(head)
    subtree = {t.i for t in head.subtree}
    chains: list[list[Token]] = []
    for token in head.subtree:
        if token.pos_ != "PROPN":
            continue
        if chains and chains[-1][-1].i == token.i - 1:
            chains[-1].append(token)
        else:
            chains.append([token])
    names = [phrase]
    names += [ent.text for ent in doc_entities(head.doc) if ent.start in subtree]
    names += [" ".join(t.text for t in chain) for chain in chains]
    for name in names:
        if outlet_id(name):
            return name
    return " ".join(t.text for t in chains[-1]) if chains else phrase


def _date_of(cue: Token, published: dt.date | None) -> dt.date | None:
    """The day a statement was made: ``said Thursday``, ``announced on Monday``."""
    for token in cue.subtree:
        if token.ent_type_ != "DATE" or token.head.i not in (cue.i,) and token.head.head != cue:
            continue
        day = resolve_day(token.text, published)
        if day is not None:
            return day
    return None
