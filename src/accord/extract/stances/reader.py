"""The reader of one document's stances: its state, the per-token pass over the
document, and the merge of the candidates into :class:`~accord.model.Stance` records
tagged with one canonical process key.

:class:`StanceReader` composes the mixins that do the reading (parties, objects,
process, and the position, attendance and mediation readers); this module holds only
what ties them together.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Token

from accord.extract.analysis import Analysis, evidence_for
from accord.extract.events.mentions import the_two_parties
from accord.extract.proposals import Proposals
from accord.extract.referents import resolve_text, root_of
from accord.extract.stances.acronyms import process_acronyms, with_acronyms
from accord.extract.stances.agreements import AgreementReaders
from accord.extract.stances.attendance import MET_ABOUT_TALKS, AttendanceReaders
from accord.extract.stances.common import (
    THE_SIDES,
    Candidate,
    as_party,
    conflict_of,
    in_conflict,
    opposing_pair,
    stance_date,
)
from accord.extract.stances.mediation import MediationReaders
from accord.extract.stances.objects import ObjectFinder
from accord.extract.stances.parties import UNNAMED_MEDIATORS, PartyFinder
from accord.extract.stances.positions import PositionReaders
from accord.extract.stances.process import ProcessNamer
from accord.extract.stances.words import (
    ABSENCE_VERBS,
    AGREEMENT_NOUNS,
    AUSPICES_NOUNS,
    BACKING_VERBS,
    BROKER_VERBS,
    CALL_NOUNS,
    CHAIR_VERBS,
    CLAIMER_RANK,
    CONDITIONAL_MARKS,
    CONVEYING_VERBS,
    EARLIER_TALKS_WORDS,
    EFFORT_NOUNS,
    GO_BETWEEN_OBJECTS,
    GO_BETWEEN_VERBS,
    HELPING_VERBS,
    INVITE_NOUNS,
    INVITE_VERBS,
    MEDIATING_MODIFIERS,
    POSSIBILITY_MODALS,
    PROCESS_LEADING_VERBS,
    PROCESS_ROLES,
    PROPOSAL_OWNED,
    RECEIVING_VERBS,
    ROLE_NOUNS,
    STRONG_STANCE,
    SUPPORT_NOUNS,
    THIRD_PARTY_RULES,
    URGE_VERBS,
    WISHED_TALKS_NOUNS,
)
from accord.lexicons.negotiation import Vocabulary
from accord.model import Stance
from accord.nlp.clauses import introduced_by_that
from accord.nlp.docviews import doc_tokens
from accord.resolve.actors import intergovernmental_ids, is_media
from accord.resolve.dates import verb_of

#: Rule of the mediating stance of the state whose capital hosts the talks, read from the
#: venue alone (no words of mediation).
HOST_VENUE_RULE = "stances.host_venue"


class StanceReader(
    PositionReaders,
    AgreementReaders,
    AttendanceReaders,
    MediationReaders,
    ProcessNamer,
    ObjectFinder,
    PartyFinder,
):
    """Reads one document's stances."""

    def __init__(self, doc: Doc, vocab: Vocabulary, triggers: frozenset[str]):
        self.doc = doc
        acronyms = process_acronyms(doc, vocab)  # "the talks (GID)": "the GID" is the talks
        self.vocab = vocab = with_acronyms(vocab, acronyms)
        self.process_acronyms = acronyms
        self.triggers = triggers | acronyms
        self.analysis: Analysis = doc._.accord
        self.has_process = False
        self.candidates: list[Candidate] = []
        self.venues: Counter[str] = Counter()
        self.first_venue: dict[str, int] = {}
        self.ordinals: dict[str, int] = {}
        self.labels: Counter[str] = Counter()
        self.proposals = Proposals(self.analysis, vocab)
        self._contacts: list[tuple[str, Token, Token, list[str]]] = []
        self._quotes = {quote.id: quote for quote in self.analysis.quotes}

    def add(
        self,
        parties: list[tuple[str, Token]] | None,
        stance: str,
        trigger: Token,
        rule: str,
        obj: Token | None = None,
        **extra,
    ) -> list[Candidate]:
        added = []
        if stance == "attending" and _supposed(trigger):
            return added  # "they could hold talks if …": a meeting that may come, not attendance
        if _asked(trigger):
            return added  # "it is unclear whether X will attend": nobody says it does
        if self._unasserted(trigger, stance):
            return added  # "denied that its team had gone", "refused to send a delegation"
        if stance == "attending" and any(_earlier_talks(t) for t in (trigger, obj) if t):
            return added  # "took part in failed negotiations": an earlier process
        if stance == "attending" and self._long_before(trigger):
            return added  # "talks between A and B were last held in 2019": a past process
        for party, party_token in parties or []:
            party = as_party(party)
            if is_media(party):
                continue  # a news agency relays what the parties do
            if party and party.lower() in self.process_acronyms:
                continue  # "the GID, the mediation forum": the talks' own short name
            date, sureness = stance_date(trigger, self.analysis.published)
            tokens = [trigger, party_token] + ([obj] if obj is not None else [])
            tokens = [t for t in tokens if t.sent == trigger.sent]
            span = self.doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1]
            mention = self.analysis.mention_covering(party_token)
            candidate = Candidate(
                party=party,
                stance=stance,
                trigger=trigger,
                span=span,
                rule=rule,
                claimed_by=self.claimer(trigger),
                obj=obj,
                state_by_default=mention is not None and mention.rule == "coref.state",
                sides_named=(
                    the_two_parties(party_token, self.analysis) if party == THE_SIDES else []
                ),
                date=date,
                date_sureness=sureness,
                **{k: list(v) if isinstance(v, list) else v for k, v in extra.items()},
            )
            self.candidates.append(candidate)
            added.append(candidate)
            if stance == "attending" and candidate.venue:  # a place a party went for talks
                self.venues[candidate.venue] += 0
                self.first_venue.setdefault(candidate.venue, trigger.i)
        return added

    def _long_before(self, trigger: Token) -> bool:
        """Talks its clause places "in" a year (or a month of a year) a year or more before
        the article ("were last held in 2019", "collapsed in March 2021"): an earlier
        process, which no one is said to attend now ("since 2019" goes on to now)."""
        published = self.analysis.published
        if published is None:
            return False
        verb = verb_of(trigger)
        for head in {trigger, verb}:
            for when in self.prep_objects(head, "in"):
                if when.ent_type_ != "DATE":
                    continue
                phrase = [t for t in when.subtree if t.ent_type_ == "DATE"]
                years = [int(t.text) for t in phrase if t.text.isdigit() and len(t.text) == 4]
                if not years:
                    continue
                months = [MONTHS.index(t.lower_) + 1 for t in phrase if t.lower_ in MONTHS]
                then = (years[0], months[0] if months else 12)
                if (published.year - then[0]) * 12 + published.month - then[1] >= 12:
                    return True
        return False

    def _unasserted(self, trigger: Token, stance: str) -> bool:
        """A clause the text does not assert: the complement of a denial or of a negated
        reporting verb ("denied that its negotiators had gone to Doha", "has not confirmed
        that it sent negotiators") or of a wish ("hope Israel will send a team", "no hope
        that the army will attend"), or the content of a claim denied ("denied reports that
        a deal was reached"); and, for
        attendance, the complement of a refusal ("refused to send a delegation")."""
        if trigger.dep_ == "pobj":
            return False  # "went to the talks with X": talks the phrase takes as given
        verb = verb_of(trigger)
        head = verb.head
        if verb.dep_ == "ccomp" and head.lemma_.lower() in self.vocab.speech_verbs:
            negated = any(c.dep_ == "neg" for c in head.children)
            return negated or head.lemma_.lower() == "deny"
        if verb.dep_ == "ccomp" and head.lemma_.lower() in self.vocab.request_verbs:
            return True  # "the mediators hope Israel will send a team": a wish
        wished = {head.lower_, head.lemma_.lower()} & WISHED_TALKS_NOUNS
        content = introduced_by_that(verb)
        if content and verb.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN":
            if wished:
                return True  # "hope that the army will attend", "the prospect that X signs"
            if head.dep_ == "dobj" and head.head.lemma_.lower() in DENIAL_VERBS:
                return True  # "denied reports that a deal had been reached": not asserted
        if stance == "attending" and verb.dep_ == "xcomp":
            return self.vocab.verb_stances.get(head.lemma_.lower()) == "rejected"
        return False

    def read(self) -> list[Stance]:
        if not any(self._names_negotiation_work(t) for t in doc_tokens(self.doc)):
            return []
        self.has_process = any(self.vocab.is_process_head(t) for t in doc_tokens(self.doc))
        self.survey()
        self.proposals.finish()
        for token in doc_tokens(self.doc):
            if token.lemma_.lower() not in self.triggers and token.lower_ not in self.triggers:
                continue  # no reader below starts from a word outside the vocabulary
            self.stance_verb(token)
            self.stance_noun(token)
            self.agreement_between(token)
            self.agreed_object(token)
            self.delegation(token)
            self.ended_talks(token)
            self.mediator(token)
            self.role(token)
            self.invitation(token)
            self.urged_sides(token)
            self.broker(token)
            self.chair(token)
            self.led_talks(token)
            self.effort(token)
            self.helped_deal(token)
            self.helped_by(token)
            self.opened_talks(token)
            self.brought_together(token)
            self.go_between(token)
            self.conveyed(token)
            self.proposal_owner(token)
            self.call_for_talks(token)
            self.open_to_talks(token)
            self.talks_between(token)
            self.negotiated(token)
            self.contacts(token)
        return self.assemble()

    def _names_negotiation_work(self, token: Token) -> bool:
        """A word that says a negotiation is under way: a process or proposal noun, a
        mediator noun or a verb of brokering or going between ("Qatar has mediated between
        A and B")."""
        words = {token.lemma_.lower(), token.lower_}
        return self.vocab.is_negotiation_noun(token) or bool(
            words & (self.vocab.mediator_nouns | BROKER_VERBS | GO_BETWEEN_VERBS | NEGOTIATORS)
        )

    def principals(self) -> list[str]:
        """The two sides of the article's talks: the parties that attend or take a position
        (accept, reject, withdraw) before those that only put a proposal forward, which are
        often the mediators ("the Saudi-American initiative")."""
        score: Counter[str] = Counter()
        order: dict[str, int] = {}
        mediating: Counter[str] = Counter()
        at_table: set[str] = set()
        for candidate in self.candidates:
            if candidate.party in (UNNAMED_MEDIATORS, THE_SIDES):
                continue
            if candidate.rule.startswith(MET_ABOUT_TALKS):
                continue  # who met about the talks is not said to be at them
            candidate = self._at_talks_between_others(candidate)
            root = root_of(candidate.party)
            if root in intergovernmental_ids():
                continue  # an organisation of states convenes or backs talks, it is no side
            order.setdefault(root, len(order))
            if candidate.stance == "mediating" and candidate.rule in THIRD_PARTY_RULES:
                continue  # whose efforts are mediation depends on who the sides are
            if candidate.stance == "mediating":
                mediating[root] += 2
            elif candidate.stance in STRONG_STANCE - {"proposed"}:
                score[root] += 2
                at_table.add(root)
            elif candidate.stance in ("attending", "proposed"):
                score[root] += 1
                at_table.update([root] if candidate.stance == "attending" else [])
        ranked = sorted(
            (root for root in score if score[root] > mediating[root]),
            key=lambda root: (-score[root], order[root]),
        )
        sides = [root for root in ranked if root in at_table]
        if len(sides) >= 2:
            ranked = sides + [root for root in ranked if root not in at_table]
        return opposing_pair(ranked) or ranked[:2]

    def assemble(self) -> list[Stance]:
        principals = self.principals()
        candidates = self._name_the_mediators(list(self.candidates), principals)
        for candidate in self.candidates:
            for recipient in candidate.recipients:  # a medium told of it only relays it
                if root_of(recipient) not in principals and not is_media(recipient):
                    candidates.append(
                        Candidate(
                            party=recipient,
                            stance="mediating",
                            trigger=candidate.trigger,
                            span=candidate.trigger.sent,
                            rule="stances.informed_third_party",
                            claimed_by=candidate.claimed_by,
                            date=candidate.date,
                            date_sureness=candidate.date_sureness,
                        )
                    )
        named_mediators = {  # those the article calls mediators ("mediators from A and B")
            root_of(c.party)
            for c in candidates
            if c.rule.startswith("stances.mediator_noun") and root_of(c.party) not in principals
        }
        for candidate in list(candidates):
            if candidate.stance == "proposed" and (
                (principals and root_of(candidate.party) not in principals)
                or root_of(candidate.party) in named_mediators
            ):  # a proposal from outside the sides: its author mediates (one stance)
                candidates.remove(candidate)
                candidates.append(
                    Candidate(
                        party=candidate.party,
                        stance="mediating",
                        trigger=candidate.trigger,
                        span=candidate.span,
                        rule=candidate.rule + ".third_party",
                        claimed_by=candidate.claimed_by,
                        date=candidate.date,
                        date_sureness=candidate.date_sureness,
                        obj=candidate.obj,
                    )
                )
        candidates.extend(self._go_betweens(principals))
        candidates.extend(self._host_of_venue(principals, candidates))
        candidates = [  # a side's own efforts to reach a deal (or opening words) are no mediation
            c
            for c in candidates
            if not (c.rule in THIRD_PARTY_RULES and root_of(c.party) in principals)
        ]
        candidates = _met_about_the_talks(candidates, principals)
        candidates = [_organisation_at_the_table(c) for c in candidates]
        candidates = [self._at_talks_between_others(c) for c in candidates]
        self._attach_conditions(candidates)
        mediators = {root_of(c.party) for c in candidates if c.stance == "mediating"}
        candidates = [  # "X brokered talks between the army and Y": not X's own army
            c
            for c in candidates
            if not (
                c.state_by_default and c.stance != "mediating" and root_of(c.party) in mediators
            )
        ]
        candidates = [  # a mediator at the table is there as the mediator
            c
            for c in candidates
            if not (
                c.stance == "attending"
                and root_of(c.party) in mediators
                and root_of(c.party) not in principals
            )
        ]
        if len(principals) == 2:
            candidates = [c for c in candidates if not _backed_from_outside(c, principals)]
            candidates = [c for c in candidates if not _met_a_side(c, principals)]
            candidates = _third_parties_at_the_talks(candidates, principals)
        candidates = self._placed_attendance_first(candidates)
        key = "–".join(sorted(principals)) + " talks" if principals else "talks"
        label = self._best_label()
        main_venue = self._main_venue()
        merged: dict[tuple, Stance] = {}
        sureness: dict[tuple, int] = {}
        for candidate in candidates:
            venue = self.canonical_venue(candidate.venue) or main_venue
            round_name = self._round_name(venue)
            stance_proposal = self._proposal_of(candidate, round_name)
            if stance_proposal and stance_proposal in self._round_names():
                round_name = stance_proposal  # a stance on a round is about that round
            item_key = (
                (candidate.party, candidate.stance)
                if candidate.stance in PROCESS_ROLES
                else (candidate.party, candidate.stance, stance_proposal)
            )
            evidence = evidence_for(
                candidate.span, rule=candidate.rule, trigger=candidate.trigger.text
            )
            existing = merged.get(item_key)
            if existing is None:
                merged[item_key] = Stance(
                    id=self.analysis.next_id("s"),
                    process=key,
                    process_label=label,
                    proposal=stance_proposal,
                    round=round_name,
                    party=candidate.party,
                    stance=candidate.stance,
                    date=candidate.date or self.analysis.published,
                    conditions=list(dict.fromkeys(candidate.conditions)),
                    claimed_by=candidate.claimed_by,
                    evidence=[evidence],
                )
                sureness[item_key] = candidate.date_sureness
                continue
            existing.evidence.append(evidence)
            for condition in candidate.conditions:
                if condition not in existing.conditions:
                    existing.conditions.append(condition)
            if self._claimer_rank(candidate.claimed_by, candidate.party) < self._claimer_rank(
                existing.claimed_by, existing.party
            ):
                existing.claimed_by = candidate.claimed_by
            if (candidate.date_sureness, candidate.date or dt.date.min) > (
                sureness[item_key],
                existing.date or dt.date.min,
            ):  # a day the article gives wins over one it leaves to the publication date
                existing.date = candidate.date or self.analysis.published
                sureness[item_key] = candidate.date_sureness
        return self._one_agreement_per_signatories(list(merged.values()))

    def _one_agreement_per_signatories(self, stances: list[Stance]) -> list[Stance]:
        """Two proposals the same parties (two or more, and perhaps others with them) accepted
        in one article are one agreement the article names twice ("the protocol" and "the
        framework", "the Syria–Israel ceasefire" and "the US-brokered ceasefire"), unless their
        terms differ (a ceasefire and a prisoner exchange). The first name keeps every
        stance's evidence."""
        rounds = self._round_names()
        signatories: dict[str, set[str]] = {}
        for stance in stances:
            if stance.stance == "accepted" and stance.proposal and stance.proposal not in rounds:
                signatories.setdefault(stance.proposal, set()).add(stance.party)
        names = list(signatories)
        same_as: dict[str, str] = {}
        for index, later in enumerate(names):
            for earlier in names[:index]:
                one, other = signatories[later], signatories[earlier]
                if earlier in same_as or min(len(one), len(other)) < 2:
                    continue
                terms = (self.proposals.components_of(earlier), self.proposals.components_of(later))
                if (one <= other or other <= one) and not (
                    all(terms) and terms[0].isdisjoint(terms[1])
                ):
                    same_as[later] = earlier
                    break
        if not same_as:
            return stances
        kept: dict[tuple, Stance] = {}
        for stance in stances:
            proposal = same_as.get(stance.proposal, stance.proposal)
            key = (stance.party, stance.stance, proposal)
            if key in kept:
                kept[key].evidence.extend(stance.evidence)
                continue
            kept[key] = stance.model_copy(update={"proposal": proposal})
        return list(kept.values())

    def _at_talks_between_others(self, candidate: Candidate) -> Candidate:
        """ "A Swiss diplomat attended the talks between Armenia and Azerbaijan": a party at
        talks the text says are between two others is there between them, not as a side."""
        talks = candidate.obj
        if candidate.stance != "attending" or talks is None:
            return candidate
        if not self.vocab.is_process_noun(talks):
            return candidate
        sides = {
            root_of(party)
            for between in self.prep_objects(talks, "between")
            for party, _ in self.phrase_actors(between)
        }
        if len(sides) < 2 or root_of(candidate.party) in sides:
            return candidate
        return as_go_between(candidate, "between_others")

    def _placed_attendance_first(self, candidates: list[Candidate]) -> list[Candidate]:
        """A party's attendance with no place of its own ("the Russia-Ukraine talks" in a
        headline) is at the place the article gives the party's attendance elsewhere ("met
        in Istanbul"), not a second round at the article's main venue."""

        def place(candidate: Candidate) -> str | None:
            talks = candidate.obj
            if candidate.venue or talks is None or not self.vocab.is_process_noun(talks):
                return candidate.venue
            return self.venue_of(talks)

        places: dict[str, str] = {}
        for candidate in candidates:
            where = place(candidate) if candidate.stance == "attending" else None
            if where:
                places.setdefault(candidate.party, where)
        return [
            replace(
                c,
                venue=places[c.party],
                conditions=list(c.conditions),
                recipients=list(c.recipients),
            )
            if c.stance == "attending" and c.party in places and not place(c)
            else c
            for c in candidates
        ]

    def _host_of_venue(self, principals: list[str], candidates: list[Candidate]) -> list[Candidate]:
        """The state where two sides meet, when it is neither of them, hosts their talks
        ("talks in Doha between A and B"): it mediates, unless one of its bodies already
        does (its intelligence service, its envoy), or an intergovernmental organisation
        mediates them ("talks in Brussels mediated by the EU", "in Geneva under UN
        auspices": the city is where the organisation meets, not a host's mediation)."""
        venue = self._main_venue()
        host = as_party(resolve_text(venue)) if venue and len(principals) == 2 else None
        if not host or root_of(host) in principals or not host.endswith(".GOV"):
            return []
        organisations = intergovernmental_ids()
        if any(
            c.stance == "mediating"
            and (root_of(c.party) == root_of(host) or c.party in organisations)
            for c in candidates
        ):
            return []
        at = [c for c in self.candidates if self.canonical_venue(c.venue) == venue]
        if not at:
            return []
        first = at[0]
        return [
            Candidate(
                party=host,
                stance="mediating",
                trigger=first.trigger,
                span=first.span,
                rule=HOST_VENUE_RULE,
                claimed_by="outlet",
                date=first.date,
                date_sureness=first.date_sureness,
            )
        ]

    def _name_the_mediators(
        self, candidates: list[Candidate], principals: list[str]
    ) -> list[Candidate]:
        """A stance by "the mediators" is each mediator the article names (outside the
        sides), with none named nobody's; one by both sides ("the agreed exchange") is each
        side's."""
        named = list(
            dict.fromkeys(
                c.party
                for c in candidates
                if c.stance == "mediating"
                and c.party != UNNAMED_MEDIATORS
                and root_of(c.party) not in principals
            )
        )
        sides = self._side_parties(candidates, principals)
        found = []
        for candidate in candidates:
            if candidate.party not in (UNNAMED_MEDIATORS, THE_SIDES):
                found.append(candidate)
                continue
            stance = candidate.stance
            if candidate.party == THE_SIDES and stance == "mediating":
                # "the two sides agreed to convene another meeting": a meeting of their own,
                # which they attend; the sides of a process never mediate it
                stance = "attending"
            parties = named if candidate.party == UNNAMED_MEDIATORS else sides
            if candidate.party == THE_SIDES and not parties:
                parties = self._pair_named_before(candidate.trigger) or [
                    as_party(side) for side in candidate.sides_named
                ]
            for party in parties:
                found.append(
                    replace(
                        candidate,
                        party=party,
                        stance=stance,
                        rule=candidate.rule
                        + (".named" if candidate.party == UNNAMED_MEDIATORS else ".sides"),
                        conditions=list(candidate.conditions),
                        recipients=list(candidate.recipients),
                    )
                )
        return found

    def _pair_named_before(self, token: Token) -> list[str]:
        """With no two sides known from the talks, "both sides" refer back to the last pair
        the text set against each other with "between" ("fighting between A and B
        restarted once the two sides accepted a truce"), in the sentence or the one before."""
        sent = token.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for between in reversed(self.doc[start : token.i]):
            if between.lower_ != "between" or between.dep_ != "prep":
                continue
            pair = list(
                dict.fromkeys(
                    party
                    for pobj in between.children
                    if pobj.dep_ == "pobj"
                    for party, _ in self.phrase_actors(pobj)
                )
            )
            if len(pair) == 2:
                return pair
        return []

    @staticmethod
    def _side_parties(candidates: list[Candidate], principals: list[str]) -> list[str]:
        """The two sides as the article names them (its most used id of each root)."""
        if len(principals) != 2:
            return []
        used = Counter(c.party for c in candidates if root_of(c.party) in principals)
        return [
            max((p for p in used if root_of(p) == root), key=lambda p: used[p])
            for root in principals
            if any(root_of(p) == root for p in used)
        ]

    def _round_names(self) -> set[str]:
        return {self._round_name(venue) for venue in self.venues}

    @staticmethod
    def _claimer_rank(claimed_by: str, party: str) -> int:
        if claimed_by == party or root_of(claimed_by) == root_of(party):
            return CLAIMER_RANK["party"]
        return CLAIMER_RANK["outlet" if claimed_by == "outlet" else "other"]

    def _attach_conditions(self, candidates: list[Candidate]) -> None:
        """A condition alone ("would not accept a deal without X") qualifies the party's
        position; with no other position it is a reservation."""
        for candidate in [c for c in candidates if c.condition_only]:
            others = []
            for stances in (("accepted", "reservations"), ("proposed", "rejected")):
                others = others or [
                    c
                    for c in candidates
                    if c.party == candidate.party and not c.condition_only and c.stance in stances
                ]
            for other in others:
                other.conditions.extend(candidate.conditions)
            if others:
                candidates.remove(candidate)
            else:
                candidate.stance = "reservations"
                candidate.condition_only = False


def _third_parties_at_the_talks(
    candidates: list[Candidate], principals: list[str]
) -> list[Candidate]:
    """ "A session between the Kenyan envoys and the army's team", "the Kenyan foreign
    minister took part in the meeting" in talks between two known opposite sides of a
    conflict: a third party at the table, on neither side of that conflict, is there as a
    go-between."""
    conflict = conflict_of(principals)
    if conflict is None:
        return candidates
    found = []
    for candidate in candidates:
        root = root_of(candidate.party)
        if (
            candidate.stance == "attending"
            and root not in principals
            and not in_conflict(candidate.party, conflict)
        ):
            candidate = as_go_between(candidate, "third_party")
        found.append(candidate)
    return found


def as_go_between(candidate: Candidate, reason: str) -> Candidate:
    """The candidate read again as mediating, its rule naming why (``reason``); its lists
    are copied so the two readings never share them."""
    return replace(
        candidate,
        stance="mediating",
        rule=f"{candidate.rule}.{reason}",
        conditions=list(candidate.conditions),
        recipients=list(candidate.recipients),
    )


#: Verbs that deny what the clause of their object noun says ("dismissed claims that …").
DENIAL_VERBS = frozenset({"deny", "dismiss", "refute", "rebut", "reject", "debunk"})

#: Month names, for the month of a year a clause dates talks to ("in March 2021").
MONTHS = [m.lower() for m in calendar.month_name[1:]]

#: Nouns for those who negotiate, which say a negotiation is under way on their own.
NEGOTIATORS = frozenset({"negotiator", "negotiators"})


def _met_about_the_talks(candidates: list[Candidate], principals: list[str]) -> list[Candidate]:
    """ "The US envoy met the Israeli premier to discuss the truce talks with Hamas": a
    meeting about the talks seats nobody at them, but a third party (on neither side of
    the sides' known conflict) that meets about them goes between the sides."""
    conflict = conflict_of(principals)
    found = []
    for candidate in candidates:
        if candidate.rule.startswith(MET_ABOUT_TALKS):
            party = candidate.party
            if conflict is None or root_of(party) in principals or in_conflict(party, conflict):
                continue
            candidate = as_go_between(candidate, "third_party")
        found.append(candidate)
    return found


def _organisation_at_the_table(candidate: Candidate) -> Candidate:
    """ "A UN delegation attended the talks", "the AU envoy met both delegations": an
    organisation of states at the table is no side (see ``principals``); it is there to
    convene or carry the talks."""
    if candidate.stance != "attending" or root_of(candidate.party) not in intergovernmental_ids():
        return candidate
    return as_go_between(candidate, "organisation")


def _backed_from_outside(candidate: Candidate, principals: list[str]) -> bool:
    """ "The EU supports the ceasefire between A and B": a third party backing the sides'
    deal takes no position in their negotiation (the sides accept it; a mediator is found
    as such by its own rules)."""
    return (
        candidate.stance == "accepted"
        and candidate.trigger.lemma_.lower() in BACKING_VERBS
        and root_of(candidate.party) not in principals
    )


def _met_a_side(candidate: Candidate, principals: list[str]) -> bool:
    """A third party read as attending only because someone met or talked with it ("after
    a meeting with the Omani foreign minister", "talks with Greece and the UK"): the
    talks of a process are the sides'; a third party there carries or hosts them."""
    return (
        candidate.stance == "attending"
        and candidate.rule.endswith(".with")
        and root_of(candidate.party) not in principals
    )


def _earlier_talks(token: Token) -> bool:
    """Talks an adjective places before the present ones ("failed", "previous")."""
    return any(c.dep_ == "amod" and c.lower_ in EARLIER_TALKS_WORDS for c in token.children)


def _asked(trigger: Token) -> bool:
    """A clause that is an embedded question ("unclear whether X will take part", "it
    remains unclear if Y will sign", "asked if Z would attend"): its stance is asked
    about, not stated. An "if" on an adverbial clause is a condition unless what it
    hangs on is an adjective ("unclear if")."""
    verb = verb_of(trigger)
    for _ in range(3):
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        if "whether" in marks:
            return True
        if "if" in marks:
            head = verb.head
            adjective = head.pos_ == "ADJ" or any(c.dep_ == "acomp" for c in head.children)
            return verb.dep_ in ("ccomp", "csubj") or (verb.dep_ == "advcl" and adjective)
        if verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            return False
        verb = verb.head
    return False


def _supposed(trigger: Token) -> bool:
    """A clause put as a possibility on a condition: a possibility modal and an "if" or
    "unless" clause on its verb ("could meet if the talks progress")."""
    verb = verb_of(trigger)
    modal = any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in verb.children)
    return modal and any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)
        for c in verb.children
    )


def trigger_words(vocab: Vocabulary) -> frozenset[str]:
    """Every word a per-token reader of :meth:`StanceReader.read` can start from.

    Most tokens of an article are none of them; testing one set membership per token
    spares the nine readers' own checks. Keep in step with the readers' first tests.
    """
    words = set(vocab.verb_stances) | {verb for verb, _ in vocab.phrasal_stances}
    words |= {noun.split()[-1] for noun in vocab.noun_stances}
    words |= vocab.delegation_nouns | vocab.process_nouns | vocab.mediator_nouns
    words |= vocab.contact_nouns | ABSENCE_VERBS | BROKER_VERBS | PROPOSAL_OWNED
    words |= AGREEMENT_NOUNS | CHAIR_VERBS | AUSPICES_NOUNS | EFFORT_NOUNS | ROLE_NOUNS
    words |= INVITE_VERBS | URGE_VERBS | MEDIATING_MODIFIERS | GO_BETWEEN_VERBS | GO_BETWEEN_OBJECTS
    words |= CONVEYING_VERBS | HELPING_VERBS | PROCESS_LEADING_VERBS | RECEIVING_VERBS
    words |= SUPPORT_NOUNS | CALL_NOUNS | INVITE_NOUNS
    words |= {"agreed", "agreed-upon"}
    words.update(("meet", "bring", "negotiate", "between"))  # "between": of "go-between"
    return frozenset(word.lower() for word in words)
