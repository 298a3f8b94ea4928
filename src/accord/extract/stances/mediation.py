"""Per-token readers of mediation: parties named with a mediator noun, brokers
("X-brokered talks"), and the contacts from which a third party in touch with both
sides is taken for a go-between.

A mixin of :class:`~accord.extract.stances.reader.StanceReader`; each reader records
what it finds through ``add`` (contacts are kept in ``_contacts`` until the principals
are known).
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.referents import actor_of_token, root_of
from accord.extract.stances.common import Candidate, as_party, stance_date
from accord.extract.stances.parties import UNNAMED_MEDIATORS
from accord.extract.stances.words import (
    ADDRESS_NOUNS,
    AUSPICES_NOUNS,
    BROKER_VERBS,
    CARRYING_VERBS,
    CHAIR_VERBS,
    CONVEYED_NOUNS,
    CONVEYING_VERBS,
    EFFORT_NOUNS,
    GO_BETWEEN_OBJECTS,
    GO_BETWEEN_VERBS,
    GOAL_VERBS,
    HELPING_VERBS,
    INVITE_NOUNS,
    INVITE_VERBS,
    MEDIATING_ENVOY_MODIFIERS,
    MEDIATING_MODIFIERS,
    OPENING_VERBS,
    PROCESS_LEADING_VERBS,
    PRONOUNS,
    RECEIVING_VERBS,
    ROLE_NOUNS,
    SUPPORT_NOUNS,
    URGE_VERBS,
)

#: Verbs of what the sides are urged to do in talks, besides the negotiation nouns
#: ("urged both sides to negotiate", "pressed the two parties to compromise").
_TALKS_VERBS = frozenset({"negotiate", "compromise", "talk", "agree", "engage"})
#: Nouns a mediator noun can qualify as a compound: "guarantor countries" are guarantors.
_STATE_NOUNS = frozenset({"country", "state", "nation", "government"})


class MediationReaders:
    """Who mediates between the sides."""

    def mediator(self, token: Token) -> None:
        lemma = token.lemma_.lower()
        rule = "stances.mediator_noun"
        if self._mediating_envoy(token):  # "the UN special envoy for Yemen"
            rule = "stances.special_envoy"
        elif (
            token.lower_ in MEDIATING_MODIFIERS
            and token.dep_ in ("amod", "compound")
            and token.head.pos_ == "NOUN"
            and token.head.lemma_.lower() not in self.vocab.mediator_nouns
        ):  # "the mediating countries, A and B", "the Egyptian mediation team"
            token = token.head
        elif (
            lemma in self.vocab.mediator_nouns
            and token.dep_ == "compound"
            and token.head.pos_ == "NOUN"
            and token.head.lemma_.lower() in _STATE_NOUNS
        ):  # "as guarantor countries": the countries are the guarantors
            token = token.head
        elif _go_between(token):  # "acting as a go-between", split "go - between"
            pass
        elif lemma not in self.vocab.mediator_nouns or token.pos_ not in ("NOUN", "PROPN"):
            return
        parties: list[tuple[str, Token]] = []
        for child in token.children:
            if child.lower_ in MEDIATING_MODIFIERS | MEDIATING_ENVOY_MODIFIERS:
                continue  # the word that makes the noun a mediator's names nobody
            if child.dep_ == "poss" and child.i < token.i:
                for conj in [child, *child.conjuncts]:
                    actor = as_party(actor_of_token(self.analysis, conj))
                    if actor:
                        parties.append((actor, conj))
            elif child.dep_ == "appos" and not self.vocab.is_process_noun(child):
                # a process noun is no mediator's name: "Istanbul hosts Russia-Ukraine
                # talks" misread as the nouns "hosts, talks"
                parties.extend(self.phrase_actors(child))
            elif child.dep_ == "prep" and child.lower_ in ("from", "including", "like"):
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        parties.extend(self.phrase_actors(grandchild))
        parties.extend(  # "Egyptian and Qatari mediators", "the AU mediator"
            found
            for found in self.modifier_actors(token)
            if found[1].lower_ not in MEDIATING_MODIFIERS and found[0] not in dict(parties)
        )
        if token.dep_ == "appos":
            parties.extend(self.phrase_actors(token.head))
        elif token.dep_ == "compound" and token.head.pos_ == "PROPN":
            parties.extend(self.phrase_actors(token.head))  # "Mediators A, B and C said"
        elif token.dep_ == "attr" or (token.dep_ == "dobj" and token.head.lemma_ == "play"):
            parties.extend(self.subjects(token.head) or [])  # "X is / played host (to)"
        elif token.dep_ == "oprd":  # "X was named mediator", "appointed X mediator"
            kind = "nsubjpass" if any(c.dep_ == "auxpass" for c in token.head.children) else "dobj"
            for holder in (c for c in token.head.children if c.dep_ == kind):
                parties.extend(self.phrase_actors(holder))
        elif token.dep_ == "pobj" and token.head.lower_ == "as":
            parties.extend(self._holders_of_as(token.head))
        if rule == "stances.special_envoy":  # "the US envoy for Sudan": Sudan is the charge
            charge = {
                root_of(party)
                for preposition in ("for", "to")
                for party, _ in self.prep_actors(token, preposition)
            }
            parties = [(p, t) for p, t in parties if root_of(p) not in charge]
        self.add(parties, "mediating", token, rule)

    def _mediating_envoy(self, token: Token) -> bool:
        """An envoy a word makes a go-between's and who is sent to a conflict ("the UN special
        envoy for Yemen", "the AU's peace envoy to Sudan"); a special envoy named with no
        such charge may be anyone's ally."""
        if token.lemma_.lower() not in ("envoy", "envoys"):
            return False
        return any(
            c.dep_ in ("amod", "compound") and c.lower_ in MEDIATING_ENVOY_MODIFIERS
            for c in token.children
        ) and any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in token.children)

    def opened_talks(self, token: Token) -> None:
        """ "The talks opened with remarks from X", "the round began with a speech by X":
        who opens the talks hosts them (a side doing so is dropped at the merge)."""
        if not self.vocab.is_process_noun(token) or token.dep_ != "nsubj":
            return
        verb = token.head
        if verb.lemma_.lower() not in OPENING_VERBS or any(c.dep_ == "neg" for c in verb.children):
            return
        speakers: list[tuple[str, Token]] = []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
            for address in (g for g in prep.children if g.dep_ == "pobj"):
                if ADDRESS_NOUNS.isdisjoint({address.lemma_.lower(), address.lower_}):
                    continue
                speakers.extend(self.prep_actors(address, "from") + self.prep_actors(address, "by"))
                for owner in (c for c in address.children if c.dep_ == "poss"):
                    speakers.extend(self.phrase_actors(owner))
        self.add(speakers, "mediating", verb, "stances.opened_talks", token)

    def brought_together(self, token: Token) -> None:
        """ "X brought the two sides together", "helped bring the parties to the table": who
        gathers both sides mediates between them."""
        if token.lemma_.lower() != "bring" or token.pos_ != "VERB":
            return
        if not any(c.dep_ == "dobj" and self._two_parties(c) for c in token.children):
            return
        gathered = any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "together" for c in token.children
        )
        to_table = any(
            c.dep_ == "prep"
            and c.lower_ == "to"
            and any(
                g.dep_ == "pobj" and (g.lower_ == "table" or self.vocab.is_process_noun(g))
                for g in c.children
            )
            for c in token.children
        )
        if gathered or to_table:
            self.add(self.subjects(token) or [], "mediating", token, "stances.brought_together")

    def go_between(self, token: Token) -> None:
        """ "X mediated between A and B", "X's envoy shuttled between the two capitals", "X
        carried messages between A and B", "X worked to bridge the gaps between them": one who
        goes between two parties mediates (a side among them is dropped at the merge)."""
        lemma = token.lemma_.lower()
        if GO_BETWEEN_VERBS & {lemma, token.lower_} and token.pos_ in ("VERB", "NOUN"):
            verb, holders = token, [token]  # the tagger makes "is mediating" a noun at times
        elif (
            lemma in GO_BETWEEN_OBJECTS
            and token.dep_ == "dobj"
            and token.head.lemma_.lower() in CARRYING_VERBS
        ):
            verb, holders = token.head, [token, token.head]
        else:
            return
        if any(c.dep_ == "neg" for c in verb.children):
            return
        between = [
            g
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "between"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if not any(g.conjuncts or g.tag_ == "NNS" or g.lower_ == "them" for g in between):
            return  # "between A and B", "between the two capitals", not "between rounds"
        sides = {root_of(p) for g in between for p, _ in self.phrase_actors(g)}
        if verb.pos_ == "NOUN":
            if verb.dep_ != "attr":
                return
            verb = verb.head  # "Kenya, which is mediating between …": the copula's subject
        if verb.dep_ in ("acl", "amod") and not any(c.dep_ == "agent" for c in verb.children):
            return  # "a deal negotiated between A and B": the sides' own deal
        found = [(p, t) for p, t in self.subjects(verb) or [] if root_of(p) not in sides]
        self.add(found, "mediating", token, "stances.go_between")

    def conveyed(self, token: Token) -> None:
        """ "X relayed the new proposal to A", "X handed B's response to A": who carries a
        proposal or a reply to a party goes between the sides (a side doing so is dropped at
        the merge). Not one's own ("its response"), nor what is handed to the mediators."""
        if token.lemma_.lower() not in CONVEYING_VERBS or token.pos_ != "VERB":
            return
        if any(c.dep_ == "neg" for c in token.children):
            return
        carried = [
            c
            for c in token.children
            if c.dep_ in ("dobj", "nsubjpass")
            and (self._names_deal(c) or c.lemma_.lower() in CONVEYED_NOUNS)
            and not any(g.dep_ == "poss" and g.lower_ in PRONOUNS for g in c.children)
        ]
        if not carried:
            return
        recipients = [  # "to A" on the verb, or on the thing carried as the parse has it
            g
            for c in [*token.children, *carried[0].children]
            if (c.dep_ == "prep" and c.lower_ == "to") or c.dep_ == "dative"
            for g in ([c] if c.dep_ == "dative" else c.children)
            if g.dep_ in ("pobj", "dative")
        ]
        to_parties = [p for r in recipients for p in self.phrase_actors(r)]
        if not to_parties or any(p == UNNAMED_MEDIATORS for p, _ in to_parties):
            return
        to_roots = {root_of(p) for p, _ in to_parties}
        carriers = [(p, t) for p, t in self.subjects(token) or [] if root_of(p) not in to_roots]
        self.add(carriers, "mediating", token, "stances.conveyed", carried[0])

    def _two_parties(self, token: Token) -> bool:
        """ "The two sides", "the army and the RSF": a phrase that stands for two parties."""
        if self._both_sides(token) or self._delegations_of_sides(token):
            return True
        return bool(token.conjuncts) and len(self.phrase_actors(token)) >= 2

    def meets_both_sides(self, verb: Token) -> bool:
        """ "X met both sides", "talked with the two delegations": one meeting the two sides
        at once stands between them."""
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        return any(self._both_sides(o) for o in objects)

    def _holders_of_as(self, as_prep: Token) -> list[tuple[str, Token]]:
        """Who serves "as mediator": the object of a "with" beside it ("talks, with A and B
        as guarantors"), the holder of a role ("A's role as mediator"), else the subject of
        the verb above ("A acted as mediator")."""
        holder = as_prep.head
        beside = [
            g
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ == "with" and c.i < as_prep.i
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if holder.dep_ == "pobj" and holder.head.lower_ == "with":
            beside = [holder]  # "with A and B as guarantors" parsed on the object
        if beside:
            return self.phrase_actors(beside[-1])
        if holder.lemma_.lower() in ROLE_NOUNS and holder.pos_ == "NOUN":
            return self._role_holders(holder)
        if holder.dep_ == "pobj" and holder.head.head.pos_ == "VERB":
            # "took part in the negotiations as guarantors": the parser hangs the role on
            # the talks; the ones who took part hold it
            holder = holder.head.head
        return self.subjects(holder) or []

    def invitation(self, token: Token) -> None:
        """ "A invited B and C to talks": whoever brings two parties to the table carries the
        talks between them (one invitee is only a guest)."""
        if token.lemma_.lower() in INVITE_NOUNS and token.pos_ == "NOUN":
            self._talks_at_invitation(token)
            return
        if token.lemma_.lower() not in INVITE_VERBS or token.pos_ != "VERB":
            return
        if any(c.dep_ == "neg" for c in token.children):
            return
        invitees = [
            party for c in token.children if c.dep_ == "dobj" for party in self.phrase_actors(c)
        ]
        to_talks = any(
            c.dep_ == "prep"
            and c.lower_ in ("to", "for")
            and any(g.dep_ == "pobj" and self.vocab.is_process_noun(g) for g in c.children)
            for c in token.children
        )
        invited = {root_of(party) for party, _ in invitees}
        if len(invited) < 2 or not to_talks:
            return
        hosts = [
            (party, t) for party, t in self.subjects(token) or [] if root_of(party) not in invited
        ]
        self.add(hosts, "mediating", token, "stances.invited_sides")

    def _talks_at_invitation(self, noun: Token) -> None:
        """ "The talks between A and B took place at C's invitation", "talks held at the
        invitation of C": the one who invited to the talks hosts them (unless a side)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("at", "on", "upon"):
            return
        holder = prep.head
        if self.vocab.is_process_noun(holder):
            talks = holder
        else:
            subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
            talks = next((t for t in subjects if self.vocab.is_process_noun(t)), None)
        if talks is None:
            return
        owners = self.possessor_actors(noun) or self.prep_actors(noun, "of")
        between = self.prep_objects(talks, "between") + (
            self.prep_objects(holder, "between") if holder is not talks else []
        )
        sides = {root_of(p) for g in between for p, _ in self.phrase_actors(g)}
        hosts = [(p, t) for p, t in owners if root_of(p) not in sides]
        self.add(hosts, "mediating", noun, "stances.invited_to_talks")

    def urged_sides(self, token: Token) -> None:
        """ "A urged both sides to return to the talks", "called on the two parties to agree":
        one who presses both sides at once about the talks stands between them."""
        if token.lemma_.lower() not in URGE_VERBS or token.pos_ != "VERB":
            return
        addressees = [c for c in token.children if c.dep_ == "dobj"]
        addressees += [
            g
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if not any(self._both_sides(a) for a in addressees):
            return
        asked = [t for c in token.children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree]
        if not any(
            self.vocab.is_negotiation_noun(t) or t.lemma_.lower() in _TALKS_VERBS for t in asked
        ):
            return
        self.add(self.subjects(token) or [], "mediating", token, "stances.urged_sides")

    def role(self, token: Token) -> None:
        """ "A played a mediating role", "A's mediation role": the role's holder mediates."""
        if token.lemma_.lower() not in ROLE_NOUNS or token.pos_ != "NOUN":
            return
        if any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in MEDIATING_MODIFIERS
            for c in token.children
        ):
            self.add(self._role_holders(token), "mediating", token, "stances.mediating_role")
            return
        places = [token] + ([token.head] if token.dep_ == "dobj" else [])  # "played … in"
        sides = {  # "a key role in the talks between A and B": a third party's role
            root_of(party)
            for place in places
            for talks in self.prep_objects(place, "in")
            if self.vocab.is_process_head(talks)
            for party, _ in self.prep_actors(talks, "between")
        }
        if len(sides) < 2:
            return
        holders = [(p, t) for p, t in self._role_holders(token) if root_of(p) not in sides]
        self.add(holders, "mediating", token, "stances.role_between_sides")

    def _role_holders(self, role: Token) -> list[tuple[str, Token]]:
        """The owner of a role ("A's role") or the subject of the verb that has it ("A played
        / has / took on a role")."""
        owners = [c for c in role.children if c.dep_ == "poss"]
        if owners:
            return self.phrase_actors(owners[0])
        if role.dep_ == "dobj":
            return self.subjects(role.head) or []
        return []

    def broker(self, token: Token) -> None:
        """ "X-brokered talks", "a deal mediated by X", "the X-led peace process" (one who
        leads the process is its mediator; a side so named is dropped at the merge)."""
        lemma = token.lemma_.lower()
        led = lemma in PROCESS_LEADING_VERBS
        if lemma not in BROKER_VERBS and not led:
            return
        if token.dep_ not in ("amod", "acl"):
            return
        if led and (token.dep_ != "amod" or not self.vocab.is_process_noun(token.head)):
            return
        if not self.vocab.is_negotiation_noun(self._brokered_noun(token)):
            return  # "Togolese-sponsored gunmen", "a US-backed group": no talks brokered
        parties = []
        for child in token.children:
            if child.dep_ in ("npadvmod", "compound", "nmod") and child.i < token.i:
                actor = as_party(actor_of_token(self.analysis, child))
                if actor:
                    parties.append((actor, child))
            if child.dep_ == "agent":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        parties.extend(self.phrase_actors(grandchild))
        rule = "stances.led_process" if led else "stances.brokered"
        self.add(parties, "mediating", token, rule)

    def _brokered_noun(self, participle: Token) -> Token:
        """What a participle describes: its head, or the talks whose "between" phrase the
        parser hung it on ("talks between A and B, brokered by X" attached to B)."""
        head = participle.head
        while head.dep_ == "conj":
            head = head.head
        if (
            head.dep_ == "pobj"
            and head.head.lower_ == "between"
            and self.vocab.is_negotiation_noun(head.head.head)
        ):
            return head.head.head
        return participle.head

    def led_talks(self, token: Token) -> None:
        """ "A Norwegian diplomat led the talks between the government and the rebels", "the
        talks between A and B, led by X": who leads the talks between two others chairs
        them (a side leading its own delegation has no such "between" of two others)."""
        if token.lemma_.lower() not in PROCESS_LEADING_VERBS or token.pos_ != "VERB":
            return
        if any(c.dep_ == "neg" for c in token.children):
            return
        if token.dep_ == "acl":  # "the talks, led by X"
            talks = [token.head]
        elif any(c.dep_ in ("agent", "nsubjpass") for c in token.children):
            talks = [c for c in token.children if c.dep_ == "nsubjpass"]
        else:
            talks = [c for c in token.children if c.dep_ == "dobj"]
        talks = [t for t in talks if self.vocab.is_process_noun(t)]
        if not talks:
            return
        sides = {
            root_of(party)
            for between in self.prep_objects(talks[0], "between")
            for party, _ in self.phrase_actors(between)
        }
        if len(sides) < 2:
            return
        leaders = [(p, t) for p, t in self.subjects(token) or [] if root_of(p) not in sides]
        self.add(leaders, "mediating", token, "stances.led_talks", talks[0])

    def chair(self, token: Token) -> None:
        """ "X chaired / hosted the talks", "talks hosted by X", "a Turkish-mediated meeting",
        "under the mediation (auspices) of X": X mediates."""
        lemma = token.lemma_.lower()
        if AUSPICES_NOUNS & {lemma, token.lower_} and token.pos_ == "NOUN":  # "auspex" lemma
            parties = self.prep_actors(token, "of") or self._auspices_owners(token)
            self.add(parties, "mediating", token, "stances.auspices")
            return
        receiving = lemma in RECEIVING_VERBS
        if (lemma not in CHAIR_VERBS and not receiving) or not _verb_like(token):
            return
        if any(c.dep_ == "neg" for c in token.children):
            return
        parties: list[tuple[str, Token]] = []
        talks = None
        if receiving:  # "X received the Russian and Ukrainian delegations": only the sides
            objects = [c for c in token.children if c.dep_ == "dobj"]
            talks = next((o for o in objects if self._delegations_of_sides(o)), None)
            parties.extend(self.subjects(token) or [] if talks is not None else [])
            if talks is not None:  # the delegations received are at the talks
                guests = self.modifier_actors(talks) or self._members_from(talks)
                self.add(guests, "attending", token, "stances.received_delegations", talks)
        elif token.dep_ in ("amod", "acl") and self.vocab.is_process_noun(token.head):
            talks = token.head  # "Turkish-mediated meeting", "talks hosted by X"
            for child in token.children:
                if child.dep_ in ("npadvmod", "compound", "nmod", "amod") and child.i < token.i:
                    actor = as_party(actor_of_token(self.analysis, child))
                    if actor:
                        parties.append((actor, child))
        else:
            passive = any(c.dep_ in ("agent", "nsubjpass") for c in token.children)
            kinds = ("nsubjpass", "nsubj") if passive else ("dobj",)
            objects = [c for c in token.children if c.dep_ in kinds] + [
                g  # "the talks are co-chaired by X", split at its hyphen
                for c in token.children
                if c.dep_ in ("aux", "auxpass")
                for g in c.subtree
                if g.dep_ in kinds
            ]
            if passive and token.dep_ == "acomp":  # "the talks are co-sponsored by X"
                objects += [c for c in token.head.children if c.dep_ in kinds]
            talks = next((o for o in objects if self.vocab.is_process_noun(o)), None)
            if talks is None and not passive:  # "X hosted the two delegations"
                talks = next((o for o in objects if self._delegations_of_sides(o)), None)
            if talks is not None and not passive:
                parties.extend(self.subjects(token) or [])
        if talks is None:
            return
        for child in token.children:
            if child.dep_ == "agent":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        parties.extend(self.phrase_actors(grandchild))
        self.add(parties, "mediating", token, "stances.chair", talks)

    def _delegations_of_sides(self, token: Token) -> bool:
        """ "The two delegations", "the Russian and Ukrainian delegations", "delegations from
        A and B": the delegations of both sides at once."""
        if self._both_sides(token):
            return True
        if token.lemma_.lower() not in self.vocab.delegation_nouns:
            return False
        owners = self.modifier_actors(token) or self._members_from(token)
        return len({root_of(party) for party, _ in owners}) >= 2

    def _auspices_owners(self, auspices: Token) -> list[tuple[str, Token]]:
        """ "under Qatari auspices", "under the Saudi crown prince's patronage": the owner a
        possessive or a name before the noun gives (a pronoun names nobody on its own)."""
        owners = [c for c in auspices.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS]
        if owners:
            return self.phrase_actors(owners[0])
        return self.modifier_actors(auspices)

    def effort(self, token: Token) -> None:
        """ "X's efforts to broker a truce", "efforts by X to secure a deal", "X has been
        engaged in efforts … to reach a deal": X mediates (unless X is one of the sides,
        which :meth:`assemble` checks)."""
        if token.lower_ not in EFFORT_NOUNS or token.pos_ != "NOUN":
            return
        goals = [c for c in token.children if c.dep_ == "acl"]
        holder = token.head.head if token.dep_ == "pobj" else token.head
        if token.dep_ in ("pobj", "dobj"):
            goals += [c for c in holder.children if c.dep_ in ("advcl", "xcomp")]
        goal = next((g for g in goals if g.lemma_.lower() in GOAL_VERBS), None)
        if goal is None or not any(c.dep_ == "dobj" and self._names_deal(c) for c in goal.children):
            return
        if self._deal_with_someone(goal):
            return  # "A's efforts to secure a ceasefire with B": A is a side of it
        owners: list[tuple[str, Token]] = []
        for child in token.children:
            if child.dep_ == "poss":
                owners.extend(self.phrase_actors(child))
            if child.dep_ == "prep" and child.lower_ == "by":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        owners.extend(self.phrase_actors(pobj))
        if not owners and token.dep_ in ("pobj", "dobj") and holder.pos_ in ("VERB", "AUX"):
            owners = [
                (party, t)
                for child in holder.children
                if child.dep_ in ("nsubj", "nsubjpass")
                for party, t in self.phrase_actors(child)
            ]
        if owners and holder.pos_ in ("VERB", "AUX"):  # "with support from Y and Z"
            owners += [o for o in self._supporters(holder) if o[0] not in dict(owners)]
        self.add(owners, "mediating", token, "stances.effort", goal)

    def helped_deal(self, token: Token) -> None:
        """ "X helped negotiate the swap between A and B", "X is working with Y to broker a
        truce": who helps the sides to a deal mediates (and the one it works with); a side
        doing so is dropped at the merge, and a deal "with" someone is the subject's own."""
        if token.lemma_.lower() not in HELPING_VERBS or token.pos_ != "VERB":
            return
        if any(c.dep_ == "neg" for c in token.children):
            return
        goal = next(
            (
                c
                for c in token.children
                if c.dep_ in ("xcomp", "advcl", "ccomp") and c.lemma_.lower() in GOAL_VERBS
            ),
            None,
        )
        if goal is None or not any(c.dep_ == "dobj" and self._names_deal(c) for c in goal.children):
            return
        if self._deal_with_someone(goal):
            return
        helpers = list(self.subjects(token) or [])
        helpers += [
            found
            for obj in self.prep_objects(token, "with")
            for found in self.phrase_actors(obj)
            if found[0] not in dict(helpers)
        ]
        self.add(helpers, "mediating", token, "stances.effort", goal)

    def helped_by(self, token: Token) -> None:
        """ "The ceasefire was negotiated with the help of X", "signed the deal with support
        from X": who helps the sides to a deal or to talks mediates (a side so named is
        dropped at the merge)."""
        if token.lemma_.lower() not in SUPPORT_NOUNS or token.dep_ != "pobj":
            return
        if token.head.lower_ != "with" or token.head.head.pos_ != "VERB":
            return
        verb = token.head.head
        lemma = verb.lemma_.lower()
        if lemma not in self.vocab.verb_stances and lemma not in GOAL_VERBS:
            return
        if self.vocab.verb_stances.get(lemma) not in (None, "accepted", "mediating"):
            return  # help to reject or to withdraw is no mediation
        helpers = self.prep_actors(token, "of") + self.prep_actors(token, "from")
        self.add(helpers, "mediating", verb, "stances.helped")

    def _deal_with_someone(self, goal: Token) -> bool:
        """ "to secure a ceasefire with B", "to reach a deal with B": a deal the doer makes
        with another party, so the doer is a side of it."""
        deals = [c for c in goal.children if c.dep_ == "dobj"]
        return any(self.prep_objects(t, "with") for t in [goal, *deals])

    def _supporters(self, verb: Token) -> list[tuple[str, Token]]:
        """ "with support from Y", "with the support of Y and Z": who backs an effort."""
        found = []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
            for support in (g for g in prep.children if g.dep_ == "pobj"):
                if support.lemma_.lower() not in SUPPORT_NOUNS:
                    continue
                for inner in support.children:
                    if inner.dep_ == "prep" and inner.lower_ in ("from", "of"):
                        for pobj in (g for g in inner.children if g.dep_ == "pobj"):
                            found.extend(self.phrase_actors(pobj))
        return found

    def _names_deal(self, token: Token) -> bool:
        lemma = token.lemma_.lower()
        return lemma in self.vocab.proposal_nouns or bool(self.vocab.components_in(token.text))

    def contacts(self, token: Token) -> None:
        """ "X held calls with A and B": remember who talked to whom."""
        lemma = token.lemma_.lower()
        in_contact = token.dep_ == "pobj" and token.head.lower_ == "in"  # "was in contact with"
        if (
            lemma in self.vocab.contact_nouns
            and token.pos_ == "NOUN"
            and (token.dep_ == "dobj" or in_contact)
        ):
            verb = token.head.head if in_contact else token.head
            heads = [
                g
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children
                if g.dep_ == "pobj"
            ]
        elif lemma in ("speak", "talk", "meet") and token.pos_ == "VERB":
            verb = token
            heads = [
                g
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children
                if g.dep_ == "pobj"
            ]
        else:
            return
        callers = self.subjects(verb) or []
        if any(self._both_sides(head) for head in heads):  # "X was in contact with both sides"
            self.add(callers, "mediating", verb, "stances.contacts_both_sides")
            return
        recipients = [actor for head in heads for actor, _ in self.phrase_actors(head)]
        recipients += [
            actor
            for head in heads
            for actor, _ in self.modifier_actors(head)
            if actor not in recipients
        ]
        for caller, caller_token in callers:
            self._contacts.append((caller, caller_token, verb, recipients))

    def _go_betweens(self, principals: list[str]) -> list[Candidate]:
        """A third party in contact with both sides is mediating."""
        found = []
        for caller, caller_token, verb, recipients in self._contacts:
            sides = {root_of(r) for r in recipients} & set(principals)
            if root_of(caller) in principals or len(sides) < 2:
                continue
            date, sureness = stance_date(verb, self.analysis.published)
            found.append(
                Candidate(
                    party=caller,
                    stance="mediating",
                    trigger=verb,
                    span=self.doc[min(caller_token.i, verb.i) : max(caller_token.i, verb.i) + 1],
                    rule="stances.contacts_both_sides",
                    claimed_by=self.claimer(verb),
                    date=date,
                    date_sureness=sureness,
                )
            )
        return found


def _verb_like(token: Token) -> bool:
    """A verb, or an infinitive the tagger took for a noun ("offered to host talks")."""
    return token.pos_ in ("VERB", "ADJ") or (
        token.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _go_between(token: Token) -> bool:
    """The noun "go-between", which the tokenizer splits into "go", "-" and "between"."""
    doc = token.doc
    return (
        token.lower_ == "between"
        and token.pos_ in ("NOUN", "PROPN")
        and token.i >= 2
        and doc[token.i - 1].text == "-"
        and doc[token.i - 2].lower_ == "go"
    )
