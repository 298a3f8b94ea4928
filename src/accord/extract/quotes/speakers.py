"""Who a statement's speaker is, and the chain the statement came through.

A speaker is a named person (with the organisation the text gives them), an
anonymous source (kept anonymous, with its description and organisation) or an
institution. Definite descriptions and pronouns ("the official added", "the
source explained", "he said") refer back to an earlier speaker of the same
document. Relays (agencies and outlets that passed the statement on) come from
the attribution clause: "as quoted by X", "told X", "in an interview with X",
"X reported, citing …".

The resolver here keeps the document's speakers in reading order; reading a phrase
is left to :mod:`accord.extract.quotes.speaker_phrases`, its person to
:mod:`accord.extract.quotes.person_names`, its actor to
:mod:`accord.extract.quotes.speaker_actors` and its relays to
:mod:`accord.extract.quotes.relays`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from accord.data import load_data
from accord.extract.analysis import Analysis
from accord.extract.quotes.names import clean_name, strip_marks
from accord.extract.quotes.person_names import (
    full_name,
    nearest_person,
    only_person_before,
    person_name,
)
from accord.extract.quotes.relays import (
    CITING_VERBS,
    citing_after,
    named_outlet,
    names_outlet,
    names_press_at_large,
    outlet_before,
    outlet_id,
    outlet_modifier,
    outlet_name,
    recipient_phrase,
    relay_in_clause,
    slug,
    unlisted_outlet,
    with_reference_to,
)
from accord.extract.quotes.speaker_actors import (
    actor_of,
    appositive_actor,
    described_owner,
    earlier_full_name,
    modifier_actor,
    names_state_body,
    pair_before,
    person_actor,
    role_sector,
    state_media,
    statement_actor,
    title_before,
)
from accord.extract.quotes.speaker_history import (
    Attribution,
    Speaker,
    back_reference,
    inside_statement,
    known_surname,
    org_antecedent,
    same_speaker,
)
from accord.extract.quotes.speaker_phrases import (
    ANONYMOUS_HEADS,
    STATEMENT_NOUNS,
    describe,
    earlier_statement_owner,
    has_own_modifier,
    has_possessor,
    is_definite,
    org_text,
    owner_of_statement,
    phrase_tokens,
    text_span,
)
from accord.extract.third_parties import mediator_before
from accord.resolve.actors import is_listed_party, is_media
from accord.resolve.dates import resolve_day

SPEAKERS = load_data("quotes/speakers")
INDEPENDENT_HEADS = frozenset(SPEAKERS["independent_heads"])
#: heads that speak for two actors at once ("the two sides", "both parties")
PAIR_HEADS = frozenset(SPEAKERS["pair_heads"])
PERSON_PRONOUNS = frozenset(SPEAKERS["person_pronouns"])
GROUP_PRONOUNS = frozenset(SPEAKERS["group_pronouns"])


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
            owner = owner_of_statement(subject)
            if owner is None:
                own = statement_actor(subject) or described_owner(subject, self.analysis)
                if own is not None:  # "a Pakistani military statement said"
                    phrase = phrase_tokens(subject)
                    span = self.doc[phrase[0].i : phrase[-1].i + 1]
                    return Speaker(
                        text=describe(span),
                        actor=own,
                        kind="institution",
                        org=own,
                        head=subject.lemma_.lower(),
                        span=text_span(span),
                    )
                earlier = back_reference(self.history, kinds=("institution", "named", "anonymous"))
                if earlier is not None or earlier_statement_owner(subject) is None:
                    return earlier
                owner = earlier_statement_owner(subject)
            subject = owner
        if subject.pos_ == "PRON":
            return self._pronoun(subject)
        tokens = phrase_tokens(subject)
        if not tokens:
            return None
        span = self.doc[tokens[0].i : tokens[-1].i + 1]
        name = person_name(span, self.analysis) or known_surname(span, self.history)
        if name is not None:
            return self._named(span, name)
        head = subject.lemma_.lower()
        definite = is_definite(span)
        actor = role_sector(actor_of(span, self.analysis), span)
        if "." in (actor or "") and head in INDEPENDENT_HEADS:
            actor = None  # "a Nairobi-based analyst": from the place, not for its state
        if head in ANONYMOUS_HEADS and subject.pos_ in ("NOUN", "PROPN"):
            relay = outlet_modifier(span)
            if relay is not None and not definite:
                # "AFP sources", "a TASS source": anonymous people the outlet relays
                self._cited_via = relay
                return Speaker(
                    text=describe(span),
                    actor=None,
                    kind="anonymous",
                    head=head,
                    span=text_span(span),
                )
            if actor is None and head == "mediator":
                actor = mediator_before(subject, self.analysis)  # "the mediators said"
            if definite:
                # A bare "the official" refers back whatever the coreference guessed;
                # "the Israeli official" must agree with the earlier speaker's actor.
                own = modifier_actor(span) if has_own_modifier(span) else None
                earlier = back_reference(self.history, kinds=("anonymous",), head=head, actor=own)
                if earlier is not None:
                    return replace(earlier, span=text_span(span))
                named = back_reference(self.history, kinds=("named",), actor=own)
                if named is not None:
                    # "the minister stated" with no anonymous antecedent: the person last
                    # quoted by name, unless an introduction in full says otherwise
                    # (:func:`accord.extract.quotes.followups.resolve_followups`)
                    self.refers_back = replace(named, span=text_span(span))
            return Speaker(
                text=describe(span),
                actor=actor,
                kind="anonymous",
                org=org_text(span, actor),
                head=head,
                span=text_span(span),
            )
        if names_press_at_large(span):
            return None  # "US media reported", "local outlets said": no one in particular
        if actor is None:
            actor = state_media(span, self.analysis)
        if actor is None:
            actor = earlier_full_name(span, self.analysis)
        if actor is None and head in PAIR_HEADS:
            actor = pair_before(span, self.analysis)
        if actor is None and subject.pos_ == "NOUN":
            # "the state broadcaster GBC": an outlet no list has, by the name it is given;
            # never the organisation named before it (below)
            actor = named_outlet(subject)
        if actor is None and (definite or has_possessor(subject)) and subject.pos_ != "PROPN":
            # a description refers back ("the movement's office"); a name the text has not
            # given before ("the Horn Tribune") is a new speaker, not the last organisation
            earlier = org_antecedent(
                span, self.history, self.analysis, state_body=names_state_body(span, subject)
            )
            if earlier is not None:
                actor = earlier
        return Speaker(
            text=describe(span),
            actor=actor,
            kind="institution",
            org=org_text(span, actor),
            head=head,
            span=text_span(span),
        )

    def _through_citation(self, subject: Token, cue: Token) -> Token:
        """``Axios reported, citing two officials``: the officials speak, Axios relays."""
        name = outlet_name(subject)
        # a party that cites a source asserts what it says ("the Front accused …, citing a
        # decree"): only an outlet relays
        named = self.analysis.mention_covering(subject)
        relay = outlet_id(name) or (
            slug(name)
            if subject.ent_type_ == "ORG"
            and subject.pos_ == "PROPN"
            and not (named is not None and is_listed_party(named.actor))
            else None
        )
        if relay is None and (unlisted := unlisted_outlet(subject)) is not None:
            relay, name = slug(unlisted), unlisted  # "Al-Qahera News TV, citing an official"
        if relay is None:
            earlier = outlet_before(subject, self.publisher, self.analysis.outlet)
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
        cited = with_reference_to(cue)
        if cited is not None:  # "the agency reported, with reference to an official"
            self._cited_via = (relay, name)
            return cited
        return subject

    def _named(self, span: Span, name: str) -> Speaker:
        if " " not in name:
            name = full_name(span, name)
        surname = name.split()[-1]
        for earlier, _ in reversed(self.history):
            if earlier.kind == "named" and earlier.text.split()[-1] == surname:
                actor = earlier.actor
                own = actor_of(span, self.analysis, skip_person=name)
                if own is None and actor is None:
                    own = appositive_actor(span)
                return replace(earlier, actor=own or actor, span=text_span(span), text=earlier.text)
        actor = (
            actor_of(span, self.analysis, skip_person=name)
            or person_actor(name, self.analysis)
            or appositive_actor(span)
            or title_before(span)
        )
        return Speaker(
            text=name,
            actor=actor,
            kind="named",
            org=org_text(span, actor, skip=name),
            head=surname.lower(),
            span=text_span(span),
        )

    def _pronoun(self, pronoun: Token) -> Speaker | None:
        lower = pronoun.lower_
        if lower in PERSON_PRONOUNS:
            found = back_reference(self.history, kinds=("named", "anonymous"))
            person = nearest_person(pronoun)
            if person is not None and (
                found is None
                or found.span is None
                or (person.start_char > found.span.end and not inside_statement(person, found))
            ):
                found = self._named(person, clean_name(person.text))
            only = only_person_before(pronoun)
            if only is not None and (
                found is None or found.span is None or found.span.end < only.sent.start_char
            ):
                found = self._named(only, clean_name(only.text))
        elif lower in GROUP_PRONOUNS:
            found = back_reference(self.history, kinds=("institution", "anonymous", "named"))
            if found is None:
                found = self._pronoun_referent(pronoun)
        else:
            return None
        if found is None:
            return None
        return replace(found, span=text_span(self.doc[pronoun.i : pronoun.i + 1]))

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

    # --- chains -------------------------------------------------------------------
    def attribution(self, cue: Token, speaker: Speaker) -> Attribution:
        attribution = Attribution()
        if self._cited_via is not None:
            attribution.via, attribution.via_name = self._cited_via
        recipient = recipient_phrase(cue)
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
                        earlier = outlet_before(child, self.publisher, self.analysis.outlet)
                        if earlier is not None:
                            attribution.via, attribution.via_name = earlier
                            continue
                        if not names_outlet(child):
                            continue  # "a ministry statement quoted the minister": no relay
                        name = outlet_name(child)
                        attribution.via, attribution.via_name = outlet_id(name) or slug(name), name
        if attribution.via is None:
            relay_name = relay_in_clause(cue)
            if relay_name is not None:
                attribution.via = outlet_id(relay_name) or slug(relay_name)
                attribution.via_name = relay_name
        if attribution.via is None:
            for earlier, earlier_attribution in reversed(self.history):
                if earlier is not None and same_speaker(earlier, speaker):
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


def _date_of(cue: Token, published: dt.date | None) -> dt.date | None:
    """The day a statement was made: ``said Thursday``, ``announced on Monday``."""
    for token in cue.subtree:
        if token.ent_type_ != "DATE" or token.head.i not in (cue.i,) and token.head.head != cue:
            continue
        day = resolve_day(token.text, published)
        if day is not None:
            return day
    return None
