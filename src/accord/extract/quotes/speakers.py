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
from accord.extract.quotes.followups import BODY_SECTORS, person_titles
from accord.extract.quotes.names import clean_name, strip_marks
from accord.extract.third_parties import mediator_before
from accord.model import Span as TextSpan
from accord.nlp.datelines import dateline_country, dateline_tokens
from accord.nlp.docviews import doc_entities, entities_in
from accord.nlp.prepositions import owner_preps
from accord.resolve.actors import gazetteer, is_media, resolve_phrase
from accord.resolve.dates import resolve_day
from accord.resolve.open_actors import context_country, is_acronym, mint_id, vocabulary

SPEAKERS = load_data("quotes/speakers")
RELAYS = load_data("quotes/relays")
ANONYMOUS_HEADS = frozenset(SPEAKERS["anonymous_heads"])
ORGANISATION_HEADS = frozenset(SPEAKERS["organisation_heads"])
INDEPENDENT_HEADS = frozenset(SPEAKERS["independent_heads"])
#: anonymous heads that name a role: "the commander" refers back only to a commander
#: heads that speak for two actors at once ("the two sides", "both parties")
PAIR_HEADS = frozenset(SPEAKERS["pair_heads"])
ROLE_HEADS = ANONYMOUS_HEADS - frozenset(SPEAKERS["generic_anonymous_heads"])
PERSON_PRONOUNS = frozenset(SPEAKERS["person_pronouns"])
GROUP_PRONOUNS = frozenset(SPEAKERS["group_pronouns"])
STATEMENT_NOUNS = frozenset(load_data("quotes/cues")["statement_nouns"])
PASSIVE_RELAY_VERBS = frozenset(RELAYS["passive_relay_verbs"])
CITING_VERBS = frozenset(RELAYS["citing_verbs"])
INTERVIEW_NOUNS = frozenset(RELAYS["interview_nouns"])
LISTENER_PREPS = frozenset(RELAYS["listener_preps"])
LISTENER_VERBS = frozenset(RELAYS["listener_verbs"])
OUTLET_NOUNS = frozenset(RELAYS["outlet_nouns"])
PRESS_NOUNS = frozenset(RELAYS["press_nouns"])
_OUTLET_NAMES = {
    name.lower(): outlet_id for outlet_id, names in RELAYS["outlets"].items() for name in names
}
_DEFINITE = frozenset(words("grammar", "definite_determiners"))
#: Nouns for the members of an armed side ("the rebels said").
SIDE_NOUNS = frozenset(words("actors", "side_nouns"))
#: Prepositions after which a name is the speaker's topic, not the speaker ("envoy to Myanmar").
TOPIC_PREPOSITIONS = frozenset(words("grammar", "speaker_topic_prepositions"))
#: Events "in" or "at" which a speaker acts ("mediators in the Sudan talks").
TOPIC_EVENTS = frozenset(words("grammar", "speaker_topic_events"))
_QUOTE_CHARS = "\"'“”‘’«»"
#: sectors whose nouns name a body or its members, never a person's name's last word
_BODY_NOUN_SECTORS = frozenset({"MIL", "SPY", "COP", "LEG", "JUD", "DIP"})
#: sectors a phrase's head gives a state actor named inside it ("the junta's media")
_HEAD_BODY_SECTORS = _BODY_NOUN_SECTORS | {"MED"}
_CUT_DEPS = {"relcl", "acl", "advcl", "cc", "conj"}
#: "both the army and …": the first conjunct's phrase without the conjunction's first word
_LEADING_CUT_DEPS = {"preconj"}


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
        #: the named speaker a definite description may refer back to (last resolve)
        self.refers_back: Speaker | None = None
        #: quote id → that speaker, applied after the follow-ups pass
        self.fallbacks: dict[str, Speaker] = {}

    def remember_relay(self, subject: Token) -> None:
        """The reporter or outlet that relayed a statement, kept for later pronouns."""
        speaker = self.resolve(subject, None)
        if speaker is not None:
            self.history.append((speaker, Attribution()))

    def _state_media(self, span: Span) -> str | None:
        """``state TV says``, ``state media reported``: the state media of the country
        the dateline names, else of the story's state actors."""
        words = [t.lower_ for t in span if t.lower_ not in _DEFINITE]
        if "state" not in words or gazetteer().sector(words) != "MED":
            return None
        country = dateline_country(self.doc) or context_country(
            m.actor for m in self.analysis.mentions
        )
        return f"{country}.MED" if country else None

    def outlet_before(self, noun: Token) -> tuple[str, str] | None:
        """``the paper``, ``the broadcaster``: the outlet the text last named before the
        noun, else the publishing outlet (id, name); None for any other phrase."""
        if noun.lemma_.lower() not in OUTLET_NOUNS or noun.pos_ != "NOUN":
            return None
        if not any(c.lower_ in ("the", "this") for c in noun.children if c.dep_ == "det"):
            return None
        for ent in reversed([e for e in doc_entities(self.doc) if e.end <= noun.i]):
            relay = outlet_id(ent.text)
            if relay is not None:
                return relay, ent.text
        for token in reversed(self.doc[: noun.i]):
            if token.pos_ == "PROPN" and (relay := outlet_id(token.text)) is not None:
                return relay, token.text
        if self.publisher is not None:
            return self.publisher, self.analysis.outlet or self.publisher
        return None

    def relayed_by(self, relay: tuple[str, str]) -> None:
        """The statement being resolved reached the text through this outlet (id, name),
        unless its own attribution already names one."""
        if self._cited_via is None:
            self._cited_via = relay

    # --- speakers -----------------------------------------------------------------
    def resolve(self, subject: Token | None, cue: Token | None) -> Speaker | None:
        self._cited_via = None
        self.refers_back = None
        if subject is None:
            return None
        if cue is not None:
            subject = self._through_citation(subject, cue)
        if subject.lemma_.lower() in STATEMENT_NOUNS and subject.pos_ == "NOUN":
            owner = _owner_of_statement(subject)
            if owner is None:
                own = _statement_actor(subject) or self._described_owner(subject)
                if own is not None:  # "a Pakistani military statement said"
                    phrase = _phrase(subject)
                    span = self.doc[phrase[0].i : phrase[-1].i + 1]
                    return Speaker(
                        text=_describe(span),
                        actor=own,
                        kind="institution",
                        org=own,
                        head=subject.lemma_.lower(),
                        span=_text_span(span),
                    )
                earlier = self._back_reference(
                    kinds=("institution", "named", "anonymous"), at=subject
                )
                if earlier is not None or _earlier_statement_owner(subject) is None:
                    return earlier
                owner = _earlier_statement_owner(subject)
            subject = owner
        if subject.pos_ == "PRON":
            return self._pronoun(subject)
        tokens = _phrase(subject)
        if not tokens:
            return None
        span = self.doc[tokens[0].i : tokens[-1].i + 1]
        name = _person_name(span, self.analysis) or self._known_surname(span)
        if name is not None:
            return self._named(span, name)
        head = subject.lemma_.lower()
        definite = _is_definite(span)
        actor = _role_sector(self._actor_of(span), span)
        if "." in (actor or "") and head in INDEPENDENT_HEADS:
            actor = None  # "a Nairobi-based analyst": from the place, not for its state
        if head in ANONYMOUS_HEADS and subject.pos_ in ("NOUN", "PROPN"):
            relay = _outlet_modifier(span)
            if relay is not None and not definite:
                # "AFP sources", "a TASS source": anonymous people the outlet relays
                self._cited_via = relay
                return Speaker(
                    text=_describe(span),
                    actor=None,
                    kind="anonymous",
                    head=head,
                    span=_text_span(span),
                )
            if actor is None and head == "mediator":
                actor = mediator_before(subject, self.analysis)  # "the mediators said"
            if definite:
                # A bare "the official" refers back whatever the coreference guessed;
                # "the Israeli official" must agree with the earlier speaker's actor.
                own = _modifier_actor(span) if _has_own_modifier(span) else None
                earlier = self._back_reference(kinds=("anonymous",), head=head, actor=own)
                if earlier is not None:
                    return replace(earlier, span=_text_span(span))
                named = self._back_reference(kinds=("named",), actor=own)
                if named is not None:
                    # "the minister stated" with no anonymous antecedent: the person last
                    # quoted by name, unless an introduction in full says otherwise
                    # (:func:`accord.extract.quotes.followups.resolve_followups`)
                    self.refers_back = replace(named, span=_text_span(span))
            return Speaker(
                text=_describe(span),
                actor=actor,
                kind="anonymous",
                org=_org_text(span, actor),
                head=head,
                span=_text_span(span),
            )
        if _press_at_large(span):
            return None  # "US media reported", "local outlets said": no one in particular
        if actor is None:
            actor = self._state_media(span)
        if actor is None:
            actor = self._earlier_full_name(span)
        if actor is None and head in PAIR_HEADS:
            actor = self._pair_before(span)
        if actor is None and (definite or _has_possessor(subject)) and subject.pos_ != "PROPN":
            # a description refers back ("the movement's office"); a name the text has not
            # given before ("the Horn Tribune") is a new speaker, not the last organisation
            earlier = self._org_antecedent(span, state_body=_names_state_body(span, subject))
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
        name = outlet_name(subject)
        relay = outlet_id(name) or (
            slug(name) if subject.ent_type_ == "ORG" and subject.pos_ == "PROPN" else None
        )
        if relay is None and (unlisted := _unlisted_outlet(subject)) is not None:
            relay, name = slug(unlisted), unlisted  # "Al-Qahera News TV, citing an official"
        if relay is None:
            earlier = self.outlet_before(subject)
            if earlier is not None:
                relay, name = earlier
        if relay is None:
            return subject
        for child in cue.children:
            if child.lemma_.lower() in CITING_VERBS and child.dep_ in ("advcl", "xcomp", "conj"):
                for obj in child.children:
                    if obj.dep_ in ("dobj", "pobj", "attr"):
                        self._cited_via = (relay, name)
                        return obj
        citing = citing_after(cue.doc, cue.i + 1)
        if citing is not None:  # "Kan reported, citing sources, that …" parsed loosely
            self._cited_via = (relay, name)
            return citing[1]
        cited = _with_reference_to(cue)
        if cited is not None:  # "the agency reported, with reference to an official"
            self._cited_via = (relay, name)
            return cited
        return subject

    def _named(self, span: Span, name: str) -> Speaker:
        if " " not in name:
            name = _full_name(span, name)
        surname = name.split()[-1]
        for earlier, _ in reversed(self.history):
            if earlier.kind == "named" and earlier.text.split()[-1] == surname:
                actor = earlier.actor
                own = self._actor_of(span, skip_person=name)
                if own is None and actor is None:
                    own = self._appositive_actor(span)
                return replace(
                    earlier, actor=own or actor, span=_text_span(span), text=earlier.text
                )
        actor = (
            self._actor_of(span, skip_person=name)
            or self._person_actor(name)
            or self._appositive_actor(span)
            or _title_before(span)
        )
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
                found is None
                or found.span is None
                or (person.start_char > found.span.end and not _inside_statement(person, found))
            ):
                found = self._named(person, clean_name(person.text))
            only = _only_person_before(pronoun)
            if only is not None and (
                found is None or found.span is None or found.span.end < only.sent.start_char
            ):
                found = self._named(only, clean_name(only.text))
        elif lower in GROUP_PRONOUNS:
            found = self._back_reference(kinds=("institution", "anonymous", "named"), at=pronoun)
            if found is None:
                found = self._pronoun_referent(pronoun)
        else:
            return None
        if found is None:
            return None
        return replace(found, span=_text_span(self.doc[pronoun.i : pronoun.i + 1]))

    def _pronoun_referent(self, pronoun: Token) -> Speaker | None:
        """``Sudan's army attacked … It said …`` with no speaker quoted before: the actor the
        coreference gave the pronoun, named as the text last named it."""
        mention = self.analysis.mention_covering(pronoun)
        if mention is None or not mention.actor or is_media(mention.actor):
            return None
        named = [
            m
            for m in self.analysis.mentions
            if m.end <= pronoun.i and m.actor == mention.actor and m.kind != "pronoun"
        ]
        text = max(named, key=lambda m: m.start).text if named else pronoun.text
        return Speaker(text=strip_marks(text), actor=mention.actor, kind="institution")

    def _described_owner(self, noun: Token) -> str | None:
        """``The army statement said``: the state body of that sector the text last named."""
        words = [t.text for t in noun.lefts if t.dep_ in ("compound", "amod")]
        sector = gazetteer().sector(words) if words else None
        if sector is None:
            return None
        earlier = [
            m
            for m in self.analysis.mentions
            if m.end <= noun.i and m.actor and m.actor.endswith("." + sector)
        ]
        return max(earlier, key=lambda m: m.start).actor if earlier else None

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
                if speaker.kind == wanted_kind
                and (
                    actor is None
                    or speaker.actor == actor
                    # "the UN envoy" is not an unaffiliated "source": only the same noun
                    or (speaker.actor is None and (head is None or speaker.head == head))
                )
            ]
            if head is not None:
                same_head = [speaker for speaker in compatible if speaker.head == head]
                if same_head:
                    return same_head[0]
                if head in ROLE_HEADS:
                    continue  # "the commander" is no earlier "two people familiar with …"
            if compatible:
                return compatible[0]
        return None

    def _org_antecedent(self, span: Span, state_body: bool = False) -> str | None:
        """``the movement's office``, ``the faction``: the organisation last in focus.

        A state body's noun ("the ministry", "the army") refers back only to a state's
        body: after "Hamas said", "the ministry said" is no ministry of the movement's, and
        :func:`accord.extract.quotes.home.affiliate_institutions` gives it its country. A
        noun for fighters ("the rebels") refers back to no state's speaker; the actors
        extractor has already tried its sides (:mod:`accord.extract.side_nouns`)."""
        fighters = span.root.lower_ in SIDE_NOUNS
        press = _names_the_press(span.root)
        for earlier, _ in reversed(self.history):
            if earlier.kind == "institution" and earlier.actor:
                if is_media(earlier.actor) and not press:
                    continue  # "X's office" after an outlet was quoted: not the outlet's
                if state_body and "." not in earlier.actor:
                    continue
                if fighters and "." in earlier.actor:
                    continue  # "Russia said …; the rebels said": fighters are no state's
                return earlier.actor
        if state_body:
            return None
        for mention in sorted(self.analysis.mentions, key=lambda m: -m.start):
            if mention.end <= span.start and mention.actor and "." not in mention.actor:
                if is_media(mention.actor):
                    continue  # "(Reuters)" relays; it is no faction the noun refers back to
                return mention.actor
        return None

    def _pair_before(self, span: Span) -> str | None:
        """``The two sides said``, ``both parties said`` after "Armenia and Azerbaijan held
        talks": the first of the last two actors the text named."""
        last: list[str] = []
        for mention in sorted(self.analysis.mentions, key=lambda m: m.start):
            if mention.end <= span.start and mention.actor and not is_media(mention.actor):
                if mention.actor in last:
                    last.remove(mention.actor)
                last.append(mention.actor)
        return last[-2] if len(last) >= 2 else None

    def _earlier_full_name(self, span: Span) -> str | None:
        """``the Council said`` after "Sudan's Sovereign Council met", ``JCS said`` after
        "the Joint Chiefs of Staff (JCS)": a capitalised name the text gave before inside a
        longer name, whose actor it keeps; an organisation's acronym no list has is its id, as
        :mod:`accord.resolve.open_actors` mints it."""
        name = _describe(span)
        if not name[:1].isupper() or span.root.pos_ != "PROPN" and not span.root.is_title:
            return None
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        earlier = [
            mention
            for mention in self.analysis.mentions
            if mention.end <= span.start
            and mention.actor
            and not is_media(mention.actor)
            and mention.person is None
            and mention.text != name
            and pattern.search(mention.text)
        ]
        if earlier:
            return max(earlier, key=lambda m: m.start).actor
        if is_acronym(name) and span.root.ent_type_ == "ORG" and not gazetteer().sector([name]):
            return mint_id(name, name)  # not "MFA", "MoD": a state body's generic initials
        return None

    def _actor_of(self, span: Span, skip_person: str | None = None) -> str | None:
        """The actor a speaker phrase names: the actors extractor's mentions first.

        A phrase headed by a news outlet ("Russia's TASS news agency", "Bloomberg")
        speaks as that outlet, never as the state that owns or hosts it."""
        media = _media_of(span)
        if media is not None:
            return media
        mentions = []
        topical = {token.i for token in span if _topic_of(token, span.root)}
        topical |= {token.i for token in span if self._owned_by_another(token)}
        for token in span:
            if token.i in topical:
                continue  # "mediators in the Sudan talks" are not Sudan
            mention = self.analysis.mention_covering(token)
            if mention is None or not mention.actor or mention in mentions:
                continue
            if topical.intersection(range(mention.start, mention.end)):
                continue  # "the Kosovo Office" of a government names what it deals with
            mentions.append(mention)
        for mention in mentions:
            if mention.start <= span.root.i < mention.end:
                if mention.rule.startswith("coref."):
                    # "the Hamas-run health ministry" names its own actor: no antecedent
                    own = resolve_phrase(strip_marks(span.text))
                    return own or mention.actor
                return mention.actor
        if mentions:
            longest = max(mentions, key=lambda m: m.end - m.start).actor
            # "South Korea's Joint Chiefs": the whole phrase names the body of that country
            whole = resolve_phrase(strip_marks(span.text))
            if whole and longest and whole.split(".")[0] == longest.split(".")[0]:
                return whole
            return _with_head_sector(longest, span) if whole is None else longest
        own = [t for t in span if not _topic_of(t, span.root)]
        text = strip_marks(span.doc[own[0].i : own[-1].i + 1].text) if own else ""
        if skip_person:
            text = text.replace(skip_person, " ").strip(" ,")
        if text:
            actor = resolve_phrase(text)
            if actor:
                return actor
        for ent in entities_in(span):
            if _topic_of(ent.root, span.root):
                continue
            if ent.label_ in ("ORG", "GPE", "NORP") and (actor := resolve_phrase(ent.text)):
                return actor
        return None

    def _owned_by_another(self, name: Token) -> bool:
        """``the Kosovo office of the Serbian government``: a name modifying a body whose
        owner the text names ("of the Serbian government") says what the body deals with,
        not whose it is. An owner no actor is ("Department of State") leaves the name its."""
        preps = owner_preps(name)
        if not preps:
            return False
        owners = (self.analysis.mention_covering(t) for t in preps[0].subtree)
        return any(
            owner is not None and owner.actor and not owner.start <= name.i < owner.end
            for owner in owners
        )

    def _known_surname(self, span: Span) -> str | None:
        """``Mahamat told reporters`` after "presidential aide Idriss Mahamat" was quoted:
        the surname of a person already quoted by name, whatever the NER made of it."""
        root = span.root
        if root.pos_ != "PROPN" or len(span) > 2:
            return None
        for earlier, _ in reversed(self.history):
            if earlier.kind == "named" and earlier.text.split()[-1] == root.text:
                return root.text
        return None

    def _appositive_actor(self, span: Span) -> str | None:
        """``the head of the Russian delegation, presidential aide X,``: the side the phrase
        in apposition names."""
        root = span.root
        related = [child for child in root.children if child.dep_ == "appos"]
        if root.dep_ == "appos":  # the parser hangs a chain of appositions on one word
            related += [c for c in root.head.children if c.dep_ == "appos" and c != root]
        for token in related:
            tokens = _phrase(token)
            if not tokens:
                continue
            phrase = self.doc[tokens[0].i : tokens[-1].i + 1]
            if span.start <= phrase.start and phrase.end <= span.end:
                continue
            actor = resolve_phrase(strip_marks(phrase.text))
            if actor is None:
                for ent in entities_in(phrase):
                    if ent.label_ in ("ORG", "GPE", "NORP") and (actor := resolve_phrase(ent.text)):
                        break
            if actor is not None and not is_media(actor):
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
            attribution.recipient = strip_marks(recipient.text)
            name = outlet_name(recipient.root)
            relay = outlet_id(name)
            if relay is not None and attribution.via is None:
                attribution.via, attribution.via_name = relay, name
        if attribution.via is None and cue.tag_ == "VBG" and cue.head.lower_ == "as":
            verb = cue.head.head
            if verb.lemma_.lower() in CITING_VERBS:
                for child in verb.children:
                    if child.dep_ == "nsubj":
                        earlier = self.outlet_before(child)
                        if earlier is not None:
                            attribution.via, attribution.via_name = earlier
                            continue
                        if not _names_outlet(child):
                            continue  # "a ministry statement quoted the minister": no relay
                        name = outlet_name(child)
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
def _topic_of(token: Token, root: Token) -> bool:
    """Is the token inside a prepositional phrase of the speaker phrase that names what
    the speaker deals with ("in the Sudan talks", "to Myanmar"), not whom it is?"""
    while token != root and token.head != token:
        # "close to the RSF", "loyal to", "linked with": an adjective or participle before
        # the preposition states an affiliation
        on_noun = token.head.pos_ in ("NOUN", "PROPN")
        if token.dep_ == "prep" and token.lower_ in TOPIC_PREPOSITIONS and on_noun:
            return True
        if token.dep_ == "prep" and token.lower_ in ("in", "at"):
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if any(o.lemma_.lower() in TOPIC_EVENTS or o.lower_ in TOPIC_EVENTS for o in objects):
                return True
        token = token.head
    return False


def _phrase(head: Token) -> list[Token]:
    """The noun phrase of a speaker, without relative clauses or trailing punctuation."""
    excluded: set[int] = set()
    for child in head.children:
        if child.dep_ in _CUT_DEPS and child.i > head.i or child.dep_ in _LEADING_CUT_DEPS:
            excluded.update(t.i for t in child.subtree)
    _, after_dateline = dateline_tokens(head.doc)
    if head.i >= after_dateline:  # "ADDIS ABABA, Oct 2 (Wire) - Ethiopia said": not the name
        excluded.update(range(after_dateline))
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
    return strip_marks(head.doc[tokens[0].i : tokens[-1].i + 1].text)


def _person_name(span: Span, analysis: Analysis) -> str | None:
    """The person a speaker phrase names, from the NER or the actors extractor."""
    root = span.root
    for ent in entities_in(span):
        if ent.label_ == "PERSON" and ent.start <= root.i < ent.end:
            return clean_name(ent.text)
    for child in root.children:
        # "the head of the delegation, Oksana Hrytsenko," names its person in apposition
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            for ent in doc_entities(span.doc):
                if ent.start <= child.i < ent.end:
                    return clean_name(ent.text)
    closing = _name_closing_office(span)
    if closing is not None:
        return closing
    mention = analysis.mention_covering(root)
    if mention is not None and mention.person:
        return mention.person
    titled = _titled_name(span)
    if titled is not None:
        return titled
    if root.pos_ == "PROPN" and root.ent_type_ in ("", "PERSON") and root.text[:1].isupper():
        # a lower-case "elect" of "president-elect" is no name, whatever its tag
        names = [t for t in span if t.pos_ == "PROPN" and t.i <= root.i]
        chain = []
        for token in reversed(names):
            if chain and token.i != chain[0].i - 1:
                break
            chain.insert(0, token)
        candidate = " ".join(t.text for t in chain)
        if chain and chain[-1].lower_ in ANONYMOUS_HEADS:
            candidate = ""  # "the Foreign Minister": a title, not a name
        if chain and _ends_in_body(chain):
            candidate = ""  # "Joint Chiefs", "Sovereign Council": a body, not a person
        if len(chain) == 1 and chain[0].is_sent_start and _common_noun(chain[0]):
            candidate = ""  # "Rebels said …": a sentence's first word, capitalised, no name
        if (
            candidate
            and resolve_phrase(candidate) is None
            and analysis.mention_covering(root) is None
        ):
            return clean_name(candidate)
    if root.is_title and root.is_alpha:
        # a surname on its own ("Melnikov said") names a person the text named in full
        for ent in doc_entities(span.doc):
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == root.text:
                return clean_name(ent.text)
    return None


def _with_head_sector(actor: str | None, span: Span) -> str | None:
    """A state actor named in a phrase whose head is another of its bodies: "South Korea's
    Joint Chiefs of Staff (JCS)" → KOR.MIL, "the junta's media" → MMR.MED, when the phrase
    as a whole does not resolve. A person's title keeps the actor ("the army's spokesman")."""
    if not actor or "." not in actor:
        return actor
    words = [t.text for t in span if t.i <= span.root.i and not t.is_punct]
    sector = gazetteer().sector(words)
    return f"{actor.split('.')[0]}.{sector}" if sector in _HEAD_BODY_SECTORS else actor


def _role_sector(actor: str | None, span: Span) -> str | None:
    """``a Malian military official``, ``a police spokesman``: a person's role noun says
    only that they speak for the state; the body word before it says which body."""
    if not actor or not actor.endswith(".GOV") or span.root.lemma_.lower() not in ANONYMOUS_HEADS:
        return actor
    for token in span:
        if token.i >= span.root.i or token.pos_ == "PROPN" or token.lower_ in ANONYMOUS_HEADS:
            continue
        sector = gazetteer().sector([token.text])
        if sector in _BODY_NOUN_SECTORS:
            return f"{actor.split('.')[0]}.{sector}"
    return actor


def _names_state_body(span: Span, head: Token) -> bool:
    """A phrase of common nouns naming a state body ("the foreign ministry", "the army");
    with a possessor ("the movement's military wing") the possessor says whose it is."""
    if _has_possessor(head):
        return False
    words = [t.text for t in span if t.i <= span.root.i and not t.is_punct and t.pos_ != "DET"]
    return gazetteer().sector(words) in BODY_SECTORS


def _common_noun(token: Token) -> bool:
    """A word the gazetteer knows as a description or a sector's noun ("rebels",
    "officials", "police"), whatever the tagger made of its capital letter."""
    gaz = gazetteer()
    return token.lower_ in gaz.descriptions or gaz.sector([token.lower_]) is not None


def _ends_in_body(chain: list[Token]) -> bool:
    """Does a run of capitalised words end in a body's noun ("Joint Chiefs", "National
    Council"), which no person's name does? A title ("King") does not count."""
    if chain[-1].lower_ in vocabulary().heads:
        return True
    return gazetteer().sector([t.text for t in chain]) in _BODY_NOUN_SECTORS


def _only_person_before(pronoun: Token) -> Span | None:
    """``… under the mediation of Mr. X, the special envoy. He advised …``: a sentence-initial
    pronoun after a sentence that names one person, in whatever role, is that person."""
    sentence = pronoun.sent
    if pronoun.i != sentence.start or sentence.start == 0:
        return None
    previous = pronoun.doc[sentence.start - 1].sent
    people = [
        _whole_name(ent)
        for ent in doc_entities(pronoun.doc)
        if ent.label_ == "PERSON"
        and previous.start <= ent.start
        and ent.end <= previous.end
        and not _names_no_person(ent.text)
    ]
    return people[0] if len(people) == 1 else None


def _inside_statement(person: Span, speaker: Speaker) -> bool:
    """``The minister said that President X ordered the arrest. He said …``: a person who is
    the subject only of a clause inside the last speaker's own statement, in that speaker's
    sentence, is what was said about, not who speaks next."""
    sentence = person.root.sent
    if not sentence.start_char <= speaker.span.start < sentence.end_char:
        return False
    return any(a.dep_ in ("ccomp", "xcomp", "advcl", "relcl") for a in person.root.ancestors)


def _nearest_person(pronoun: Token, window: int = 600) -> Span | None:
    """The person last made a sentence subject before a pronoun ("Ali Rahimi arrived. …
    he said"); people named in passing ("a team headed by X") are not candidates."""
    found = None
    for ent in doc_entities(pronoun.doc):
        if ent.end > pronoun.i:
            break
        if ent.label_ != "PERSON":
            continue
        name = _whole_name(ent)
        if (
            pronoun.idx - name.start_char <= window
            and name.root.dep_ in ("nsubj", "nsubjpass")
            and not _names_no_person(name.text)  # "Baku", "Kyiv" tagged as people
        ):
            found = name  # a person the text made the subject of a sentence
    return found


def _names_no_person(text: str) -> bool:
    """A name the gazetteer knows as something other than a person (a capital, a state)."""
    entry = gazetteer().names.get(text.lower())
    return resolve_phrase(text) is not None and (entry is None or entry.kind != "person")


def _whole_name(ent: Span) -> Span:
    """A person entity the NER cut short ("Mohammed bin Salman" of "Mohammed bin Salman Al
    Saud"): the run of proper nouns its root is a compound of, to the name's head."""
    head = ent.root
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head
    between = ent.doc[ent.end : head.i + 1]
    if head.i >= ent.end and all(t.pos_ == "PROPN" for t in between):
        return ent.doc[ent.start : head.i + 1]
    return ent


def _names_the_press(head: Token) -> bool:
    """ "the outlet", "the newspaper", "the correspondent": a noun for an outlet or its
    reporters, which refers back to an outlet quoted before."""
    return head.lower_ in OUTLET_NOUNS or gazetteer().sector([head.lower_]) == "MED"


def _name_closing_office(span: Span) -> str | None:
    """``President of the Northern Republic (NR) Adam Kovac``: an office of a body, then the
    name of the person holding it, which the parser hangs on the body's name. The name must
    follow the body's words, not a title of its own ("the spokesman of President Kovac" is
    the spokesman, not Kovac)."""
    root = span.root
    if root.lower_ not in person_titles():
        return None
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for body in prep.children:
            if body.dep_ != "pobj":
                continue
            for ent in entities_in(span):
                before = span.doc[ent.start - 1]
                if (
                    ent.label_ == "PERSON"
                    and ent.end - 1 == body.i
                    and ent.start > body.left_edge.i
                    and before.lower_ not in person_titles()
                ):
                    return clean_name(ent.text)
    return None


def _full_name(span: Span, surname: str) -> str:
    """ "Bondar said" after "Foreign Minister Taras Bondar": the name given in full."""
    for ent in doc_entities(span.doc):
        if ent.label_ == "PERSON" and len(ent) > 1 and clean_name(ent.text).endswith(" " + surname):
            return clean_name(ent.text)
    return surname


def _is_definite(span: Span) -> bool:
    first = span[0]
    return first.lower_ in _DEFINITE or first.dep_ == "poss"


def _has_own_modifier(span: Span) -> bool:
    """A description naming its own side: "the Israeli official", "the Hamas source"."""
    return any(
        token.i != span.root.i
        and (token.ent_type_ in ("NORP", "GPE", "ORG") or resolve_phrase(token.text) is not None)
        for token in span
    )


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


def press_at_large(noun: Token) -> bool:
    """Does the phrase headed by ``noun`` name the press at large ("media reports")?"""
    tokens = _phrase(noun)
    return bool(tokens) and _press_at_large(noun.doc[tokens[0].i : tokens[-1].i + 1])


def _press_at_large(span: Span) -> bool:
    """``US media``, ``local outlets``, ``Israeli reports``: the press at large, which the
    outlet summarises, unlike a named outlet or a state's own media ("state media", "the
    junta's media")."""
    root = span.root
    return (
        (root.lower_ in PRESS_NOUNS or root.lemma_.lower() in PRESS_NOUNS)
        and root.tag_ in ("NNS", "NN")
        and not any(t.lower_ in ("state", "official", "government") for t in span)
        and not _has_possessor(root)  # "the junta's media": a state's own voice
        and outlet_id(outlet_name(root)) is None
        and _outlet_modifier(span) is None
    )


def _earlier_statement_owner(noun: Token) -> Token | None:
    """``The statement said …`` with no speaker quoted before: whoever the text last said
    issued a statement ("Hamas issued a statement", "a joint statement by Egypt and Qatar")."""
    for token in reversed(noun.doc[: noun.i]):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in STATEMENT_NOUNS:
            continue
        owner = _owner_of_statement(token)
        if owner is None and token.dep_ == "dobj":
            owner = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if owner is not None and owner.pos_ in ("NOUN", "PROPN"):
            return owner
    return None


def _describe(span: Span) -> str:
    tokens = list(span)
    if tokens and tokens[0].lower_ in {"a", "an", "the", "this", "that"}:
        tokens = tokens[1:]
    if not tokens:
        return strip_marks(span.text)
    return strip_marks(span.doc[tokens[0].i : tokens[-1].i + 1].text)


def _org_text(span: Span, actor: str | None, skip: str | None = None) -> str | None:
    for ent in entities_in(span):
        if ent.label_ == "ORG" and (skip is None or skip not in ent.text):
            return strip_marks(ent.text)
    return actor


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
                            return outlet_name(obj)
        if token.lower_ == "according" and token != cue:
            for child in token.children:
                for obj in child.children:
                    if obj.dep_ == "pobj" and _names_outlet(obj):
                        return outlet_name(obj)
        if token.lower_ in LISTENER_PREPS and token.head.lemma_.lower() in (
            INTERVIEW_NOUNS | LISTENER_VERBS
        ):
            for obj in token.children:
                if obj.dep_ == "pobj" and outlet_id(outlet_name(obj)):
                    return outlet_name(obj)
    return None


def _names_outlet(head: Token) -> bool:
    """A relay is a known outlet or a proper name ("as quoted by Reuters", "by TRT")."""
    if outlet_id(outlet_name(head)):
        return True
    return head.pos_ == "PROPN" and head.ent_type_ not in ("PERSON", "GPE", "NORP")


def _unlisted_outlet(head: Token) -> str | None:
    """The name of an outlet no list has, read from an organisation name the head ends that
    itself ends in an outlet noun ("Al-Qahera News TV", "Kan Radio")."""
    for ent in doc_entities(head.doc):
        if (
            ent.label_ == "ORG"
            and ent.end - 1 == head.i
            and len(ent) > 1
            and (ent[-1].lower_ in OUTLET_NOUNS or ent[-2:].text.lower() in OUTLET_NOUNS)
        ):
            return ent.text
    return None


def outlet_name(head: Token) -> str:
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


def _media_of(span: Span) -> str | None:
    """The media id of a speaker phrase that names a news outlet as its head: "Russia's
    TASS news agency", "the state broadcaster Kan", "Bloomberg"; None for a phrase that
    only mentions one ("a TASS correspondent", "AFP sources" are people, not the outlet)."""
    root = span.root
    if root.lemma_.lower() in ANONYMOUS_HEADS or root.pos_ == "PRON":
        return None
    actor = resolve_phrase(strip_marks(span.text))
    if actor is not None and is_media(actor):
        return actor
    name = outlet_name(root)
    relay = outlet_id(name)
    if relay is None or name not in span.text:
        return None
    listed = resolve_phrase(name)
    return listed if listed is not None and is_media(listed) else relay


def _outlet_modifier(span: Span) -> tuple[str, str] | None:
    """(id, name) of a news outlet modifying an anonymous head: "AFP sources"."""
    for token in span:
        if token.i == span.root.i or token.pos_ != "PROPN":
            continue
        name = outlet_name(token)
        relay = outlet_id(name)
        if relay is not None and name in span.text:
            listed = resolve_phrase(name)
            return (listed if listed is not None and is_media(listed) else relay), name
    return None


def media_relay(subject: Token) -> tuple[str, str] | None:
    """(id, name) when a speaker phrase is a news outlet ("Anadolu Agency") or one of its
    reporters ("Al Jazeera's correspondent", "the outlet's reporter Jane Doe")."""
    tokens = _phrase(subject)
    if not tokens:
        return None
    span = subject.doc[tokens[0].i : tokens[-1].i + 1]
    media = _media_of(span)
    if media is not None:
        return media, outlet_name(span.root)
    for child in subject.children:
        if child.dep_ == "poss":
            name = outlet_name(child)
            relay = outlet_id(name)
            if relay is not None:
                listed = resolve_phrase(name)
                return (listed if listed is not None and is_media(listed) else relay), name
    return None


def _modifier_actor(span: Span) -> str | None:
    """The actor the words before a description's head name ("the Kenyan official" → KEN)
    as a state or organisation, without the coreference guess for the whole phrase."""
    words = " ".join(t.text for t in span if t.i < span.root.i and t.lower_ not in _DEFINITE)
    return resolve_phrase(words) if words else None


def _titled_name(span: Span) -> str | None:
    """``presidential adviser Maksym Lytvyn``: two or more capitalised words right after a
    person's title are a name, whatever label the NER gave them ("Maksym Lytvyn" ORG)."""
    root = span.root
    if root.pos_ != "PROPN" or root.i != span[-1].i:
        return None
    chain = [root]
    for token in reversed(list(span[: root.i - span.start])):
        if token.pos_ != "PROPN" or not token.is_title:
            break
        chain.insert(0, token)
    before = chain[0].i - 1
    if len(chain) < 2 or before < span.start or span.doc[before].lower_ not in person_titles():
        return None
    name = " ".join(t.text for t in chain)
    return clean_name(name) if resolve_phrase(name) is None else None


def _with_reference_to(cue: Token) -> Token | None:
    """The source of ``said with reference to its source`` / ``in reference to sources``."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "in"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() != "reference":
                continue
            for to in noun.children:
                if to.dep_ == "prep" and to.lower_ == "to":
                    for source in to.children:
                        if source.dep_ == "pobj" and source.lemma_.lower() in ANONYMOUS_HEADS:
                            return source
    return None


def citing_after(doc: Doc, index: int) -> tuple[Token, Token] | None:
    """(participle, object) of ``, citing two officials`` starting at ``index`` (after a
    cue or a source phrase), wherever the parser attached the participle."""
    if index < len(doc) and doc[index].text == ",":
        index += 1
    if index >= len(doc) or doc[index].lemma_.lower() not in CITING_VERBS:
        return None
    for obj in doc[index].children:
        if obj.dep_ in ("dobj", "pobj", "attr"):
            return doc[index], obj
    return None
    for obj in doc[index].children:
        if obj.dep_ in ("dobj", "pobj", "attr"):
            return obj
    return None


def _title_before(span: Span) -> str | None:
    """``Houthi military spokesman Brig. Gen. Abdulkarim Hajar``: the title words right
    before a name, which an abbreviation's full stop may have cut off as another sentence."""
    doc = span.doc
    index = span.start - 1
    words: list[Token] = []
    while index >= 0 and len(words) < 8:
        token = doc[index]
        if "\n" in token.whitespace_ or token.is_space:
            break
        if token.pos_ not in ("PROPN", "NOUN", "ADJ", "PUNCT") or (
            token.is_punct and token.text != "."
        ):
            break
        words.insert(0, token)
        index -= 1
    text = " ".join(t.text for t in words if not t.is_punct)
    actor = resolve_phrase(text) if text else None
    return actor if actor is not None and not is_media(actor) else None


def _statement_actor(noun: Token) -> str | None:
    """The actor the words before a statement noun name ("a Pakistani military statement"
    → PAK.MIL), without an owner phrase."""
    words = [
        t.text
        for t in noun.subtree
        if t.i < noun.i and t.dep_ in ("amod", "compound", "nmod") and not t.is_punct
    ]
    return resolve_phrase(" ".join(words)) if words else None
