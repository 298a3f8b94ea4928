"""Per-token readers of attendance: delegations sent, present, hosted, returning or gone
home, talks a party declares over, talks held between parties and parties negotiating with
each other. Talks only wished for, offered or weighed ("open to talks with B", "the
prospect of talks") and meetings about the talks seat nobody.

A mixin of :class:`~accord.extract.stances.reader.StanceReader`; each reader records
what it finds through ``add``.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.referents import actor_of_token, root_of
from accord.extract.stances.common import as_party, used_as_noun
from accord.extract.stances.words import (
    AGREEMENT_NOUNS,
    ANNOUNCE_VERBS,
    BOUND_FOR_VERBS,
    BOUND_TO_VERBS,
    CONDITIONAL_MARKS,
    HOSTING_VERBS,
    PARTICIPATION_VERBS,
    POSSIBILITY_MODALS,
    PRONOUNS,
    SUPPORT_NOUNS,
    TALKING_VERBS,
    TEAM_MARKERS,
    TEMPORAL_MARKS,
    UNSURE_TALKS_MODIFIERS,
    WISHED_TALKS_NOUNS,
)
from accord.nlp.prepositions import READINESS


class AttendanceReaders:
    """Who is at the table, and who left it."""

    def delegation(self, token: Token) -> None:
        lemma = token.lemma_.lower()
        if token.lower_ in self.vocab.delegation_nouns:
            lemma = token.lower_  # "representatives", whose lemma the list does not hold
        if lemma not in self.vocab.delegation_nouns or token.pos_ not in ("NOUN", "PROPN"):
            return
        verb = token.head
        verb_lemma = verb.lemma_.lower()
        negated = any(c.dep_ == "neg" for c in verb.children)
        if negated:
            return
        venue = self.venue_of(verb)
        if self._delegation_to_talks(token, verb):
            return
        if token.dep_ == "dobj" and verb_lemma in HOSTING_VERBS and self.has_process:
            hosts = {root_of(p) for p, _ in self.subjects(verb) or []}
            guests = [(p, t) for p, t in self.noun_owner_direct(token) if root_of(p) not in hosts]
            self.add(guests, "attending", verb, "stances.delegation.hosted", token, venue=venue)
            return  # "Egypt hosted the Hamas delegation": the guests are at the talks
        if (
            lemma in ("team", "representatives")
            and not any(c.lower_ in TEAM_MARKERS for c in token.children)
            and not self._talks_venue(venue)
            and not self._bound_for_talks(verb)
            and not self._place_of_talks(verb)
        ):
            return  # a team is a negotiating team only when said so, or bound for the talks
        if token.dep_ == "dobj" and verb_lemma in self.vocab.send_verbs:
            owners = self.noun_owner_direct(token) or self.subjects(verb) or []
            self.add(owners, "attending", verb, "stances.delegation.sent", token, venue=venue)
            return
        if token.dep_ != "nsubj":
            return
        owners = self._delegation_before(token) or self.noun_owner_direct(token)
        if not owners:
            return
        if verb_lemma in self.vocab.leave_verbs:
            destination = self._destination(verb)
            venue = venue or destination
            if venue and (venue in self.venues or self._for_talks(verb) or destination):
                rule = "stances.delegation.bound" if destination else "stances.delegation.returned"
                self.add(owners, "attending", verb, rule, token, venue=venue)
            else:
                self.add(owners, "withdrew", verb, "stances.delegation.left", token)
        elif verb_lemma in ("be", "remain", "stay"):
            ready = [  # "the delegation is ready to fly to Istanbul"
                x
                for c in verb.children
                if c.dep_ == "acomp"
                for x in c.children
                if x.dep_ == "xcomp" and x.lemma_.lower() in self.vocab.arrive_verbs
            ]
            if ready:
                verb, venue = ready[0], self.venue_of(ready[0])
            if venue and (ready or self._talks_venue(venue)):
                self.add(
                    owners, "attending", verb, "stances.delegation.present", token, venue=venue
                )
        elif verb_lemma == "meet" and self.meets_both_sides(verb):
            self.add(owners, "mediating", verb, "stances.met_both_sides", token)
        elif verb_lemma in self.vocab.arrive_verbs and (
            self._talks_venue(venue)
            or self._for_talks(verb)
            or verb_lemma == "meet"
            or self._place_of_talks(verb)
        ):
            self.add(owners, "attending", verb, "stances.delegation.present", token, venue=venue)

    def _delegation_to_talks(self, delegation: Token, verb: Token) -> bool:
        """ "Serbia's delegation to the talks in Brussels was led by …", "the Hamas team at
        the negotiations": a delegation the phrase itself puts at the talks attends them
        (unless its verb takes it away, which the readers below tell)."""
        talks = [
            g
            for prep in ("to", "at")
            for g in self.prep_objects(delegation, prep)
            if self.vocab.is_process_noun(g) and not self._off_the_table(g)
        ]
        if not talks or self._withdrawing(verb):
            return False
        owners = self.noun_owner_direct(delegation)
        self.add(
            owners,
            "attending",
            verb,
            "stances.delegation.at_talks",
            talks[0],
            venue=self.venue_of(talks[0]),
        )
        return bool(owners)

    def _withdrawing(self, verb: Token) -> bool:
        """A verb that takes its subject away from the talks ("left", "walked out")."""
        lemma = verb.lemma_.lower()
        stances = {self.vocab.phrasal_stances.get((lemma, c.lower_)) for c in verb.children}
        stances.add(self.vocab.verb_stances.get(lemma))
        return lemma in self.vocab.leave_verbs or "withdrew" in stances

    def _bound_for_talks(self, verb: Token) -> bool:
        """ "sent representatives to Jeddah for talks", "sent a team to the negotiations",
        "sent a team to negotiate": people sent for the talks are a negotiating team."""
        return any(
            child.dep_ == "prep"
            and child.lower_ in ("for", "to")
            and any(g.dep_ == "pobj" and self.vocab.is_negotiation_noun(g) for g in child.children)
            for child in verb.children
        ) or any(  # "sent a team to Doha to negotiate with them"
            child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in TALKING_VERBS
            for child in verb.children
        )

    def _place_of_talks(self, verb: Token) -> bool:
        """ "flew to Cairo, where the talks are held": a place its own relative clause
        makes the talks' venue."""
        return any(
            place.dep_ == "pobj"
            and any(
                clause.dep_ == "relcl"
                and any(self.vocab.is_process_head(t) for t in clause.subtree)
                for clause in place.children
            )
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "to", "at")
            for place in prep.children
        )

    def _delegation_before(self, noun: Token) -> list[tuple[str, Token]]:
        """ "The delegation" with no owner of its own in the phrase is the delegation the
        article last told of ("X sent a delegation … the delegation left on Friday"), not
        whichever state the text named last."""
        mention = self.analysis.mention_covering(noun)
        if mention is not None and not mention.rule.startswith("coref."):
            return []
        if mention is None and self.noun_owner_direct(noun):
            return []
        earlier = [
            c
            for c in self.candidates
            if c.rule.startswith("stances.delegation.")
            and c.obj is not None
            and c.obj.lemma_.lower() == noun.lemma_.lower()
            and c.obj.i < noun.i
        ]
        return [(earlier[-1].party, noun)] if earlier else []

    def _destination(self, verb: Token) -> str | None:
        """The place a delegation is bound for: "left for Jeddah", "departed for Doha",
        "will head to Cairo" (on its way there, not leaving; "returned to" stays a going
        home)."""
        lemma = verb.lemma_.lower()
        for child in verb.children:
            if child.dep_ == "advcl" and lemma in BOUND_FOR_VERBS:
                # "left for Jeddah to discuss …" parsed as "for Jeddah to discuss"
                marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children)
                for place in child.children if marked else ():
                    if place.dep_ == "nsubj" and place.ent_type_ in ("GPE", "LOC", "FAC"):
                        return self._entity_text(place)
            if child.dep_ != "prep":
                continue
            bound = (child.lower_ == "for" and lemma in BOUND_FOR_VERBS) or (
                child.lower_ == "to" and lemma in BOUND_TO_VERBS
            )
            for place in child.children if bound else ():
                if place.dep_ == "pobj" and place.ent_type_ in ("GPE", "LOC", "FAC"):
                    return self._entity_text(place)
        return None

    def _off_the_table(self, talks: Token) -> bool:
        """Talks refused, negated, ended or only proposed: the object of a refusal or of a
        negated verb ("rejecting further talks with Seoul"), what a verb of withdrawing ends
        ("talks with X were called off", "called off the next round of talks with Y"), or
        what a verb of proposing puts forward ("floated the idea of talks with Z"). Nobody
        is said to be at that table; nor at talks only wished for or weighed (see
        :meth:`_wished_talks`)."""
        noun = talks
        if self._wished_talks(talks):
            return True
        for _ in range(3):  # "the next round of talks with Y", "the idea of a round of talks"
            of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
            if of is None or of.head.pos_ != "NOUN":
                break
            noun = of.head
        verb = noun.head
        if noun.dep_ == "dobj" and self._only_readiness(verb):
            return True  # "ready to hold talks", "offered to host talks between A and B"
        if noun.dep_ not in ("dobj", "nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
            return False
        lemma = verb.lemma_.lower()
        if noun.dep_ == "dobj" and lemma in self.vocab.request_verbs:
            return True  # "Hamas wants talks with Israel", "urged talks between A and B"
        stances = {self.vocab.phrasal_stances.get((lemma, c.lower_)) for c in verb.children}
        stances.add(self.vocab.verb_stances.get(lemma))
        if "withdrew" in stances:
            return True
        return noun.dep_ != "nsubj" and (
            any(c.dep_ == "neg" for c in verb.children) or bool(stances & {"rejected", "proposed"})
        )

    def _wished_talks(self, talks: Token) -> bool:
        """Talks only hoped for, asked for or weighed: "any talks between A and B", "the
        prospect of talks", "calls for talks with B", "open to talks", "pushed for talks"."""
        if any(
            c.dep_ in ("det", "amod") and c.lower_ in UNSURE_TALKS_MODIFIERS for c in talks.children
        ):
            return True
        noun = talks
        for _ in range(3):  # "the prospect of a new round of talks with B"
            if noun.dep_ != "pobj":
                return False
            prep, holder = noun.head, noun.head.head
            if prep.lower_ in ("of", "for", "to") and holder.pos_ == "NOUN":
                if holder.lemma_.lower() in WISHED_TALKS_NOUNS:
                    return True
            elif prep.lower_ in ("for", "to") and holder.pos_ == "ADJ":
                return holder.lemma_.lower() in READINESS
            elif prep.lower_ == "for" and holder.pos_ == "VERB":
                return holder.lemma_.lower() in self.vocab.request_verbs  # "called for talks"
            if prep.lower_ != "of" or holder.pos_ != "NOUN":
                return False
            noun = holder
        return False

    def _of_the_talks(self, between: Token) -> bool:
        """ "between A and B" said of the talks' verb, not of something the talks are about
        ("the prospect of a ceasefire between A and B")."""
        for ancestor in between.ancestors:
            if ancestor.pos_ in ("VERB", "AUX"):
                return True
            if ancestor.lower_ in ("of", "about", "on") or ancestor.lower_ in AGREEMENT_NOUNS:
                return False
            if ancestor.lemma_.lower() in self.vocab.proposal_nouns:
                return False
        return True

    def ended_talks(self, token: Token) -> None:
        """A party declares the talks over: withdrew (only when a party says it)."""
        if not self.vocab.is_process_noun(token) or not used_as_noun(token):
            return
        predicate = None
        if token.dep_ in ("nsubj", "nsubjpass"):
            head = token.head
            words = {head.lemma_.lower(), head.lower_} | {
                c.lower_
                for c in head.children
                if c.dep_ in ("acomp", "advmod", "prt", "prep")
                and not any(g.dep_ == "pobj" for g in c.children)  # "held over two days"
            }
            if words & (self.vocab.end_verbs | self.vocab.end_words):
                predicate = head
        elif token.dep_ == "dobj" or token.head.lemma_.lower() in self.vocab.speech_verbs:
            following = self.doc[token.i + 1 : min(token.i + 4, token.sent.end)]
            if any(t.lower_ in self.vocab.end_words for t in following):
                predicate = token.head
        if predicate is None or any(c.dep_ == "neg" for c in predicate.children):
            return
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in predicate.children):
            return  # "if the format stalled": a supposition
        if any(c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS for c in predicate.children):
            return  # "said after the talks ended": a time, not a declaration
        speech = predicate if predicate.lemma_.lower() in self.vocab.speech_verbs else None
        for ancestor in predicate.ancestors:
            if speech is None and ancestor.lemma_.lower() in self.vocab.speech_verbs:
                speech = ancestor
        if speech is None:
            return
        parties = self.subjects(speech)
        if not parties:
            speaker = self.speaker_at(token)
            parties = [(as_party(speaker), token)] if speaker else []
        self.add(
            parties, "withdrew", predicate, "stances.talks_ended", token, venue=self.venue_of(token)
        )

    def talks_between(self, token: Token) -> None:
        """ "talks between A and B", "A held talks with B", "A and B met for talks"."""
        lemma = token.lemma_.lower()
        named = (used_as_noun(token) and token.pos_ != "PROPN") or (
            token.lower_ in self.process_acronyms
        )
        if self.vocab.is_process_noun(token) and named:
            if self._off_the_table(token):
                return
            if self.vocab.is_process_head(token):  # "the Russia-Ukraine talks"
                pair = self._hyphenated_sides(token)
                self.add(
                    pair, "attending", token, "stances.talks_between", venue=self.venue_of(token)
                )
            preps = [c for c in token.children if c.dep_ == "prep"]
            if token.dep_ == "nsubj":  # "talks were held … between A and B" (on the verb,
                # not "talks raised the prospect of a truce between A and B")
                preps += [
                    t
                    for t in token.head.subtree
                    if t.dep_ == "prep" and t.lower_ == "between" and self._of_the_talks(t)
                ]
            for child in preps:
                if child.lower_ in ("between", "with"):
                    venue = self.venue_of(token)
                    self._attending_objects(child, token, "stances.talks_between", venue)
                if child.lower_ == "with":  # "Colombia's talks with the ELN": Colombia's too
                    owners = [
                        found
                        for c in token.children
                        if c.dep_ == "poss" and c.lower_ not in PRONOUNS
                        for found in self.phrase_actors(c)
                    ]
                    self.add(owners, "attending", token, "stances.talks_between", venue=venue)
                if child.lower_ == "between":
                    self._announcers(token, child, venue)
            if token.dep_ in ("nsubj", "nsubjpass"):
                self._participants(token)
            if token.dep_ == "dobj" and token.head.lemma_.lower() in (
                "hold",
                "conduct",
                "begin",
                "start",
                "resume",
                "open",
                "have",
                "lead",
            ):
                verb = token.head
                if any(c.dep_ == "neg" for c in verb.children):
                    return
                if verb.lemma_.lower() == "lead" and self.prep_objects(token, "between"):
                    return  # who leads talks between others chairs them (``led_talks``)
                self.add(
                    self.subjects(verb) or [],
                    "attending",
                    verb,
                    "stances.held_talks",
                    token,
                    venue=self.venue_of(verb) or self.venue_of(token),
                )
                for child in verb.children:
                    if child.dep_ == "prep" and child.lower_ == "with":
                        doing = [g for g in child.subtree if g.dep_ in ("pcomp", "acl")]
                        if any(g.tag_ == "VBG" for g in doing):
                            continue  # "with X shuttling between them": a circumstance
                        self._attending_objects(child, verb, "stances.held_talks")
        elif lemma == "meet" and token.pos_ == "VERB":
            if any(c.dep_ == "neg" for c in token.children):
                return
            if self.meets_both_sides(token):
                self.add(self.subjects(token) or [], "mediating", token, "stances.met_both_sides")
                return
            talks = [t for t in token.sent if self.vocab.is_process_head(t)]
            if not talks:
                return
            rule = (  # "met Y to discuss the talks": a meeting about them, not at them
                "stances.met"
                if any(not _topic_of_meeting(t, token) for t in talks)
                else MET_ABOUT_TALKS
            )
            venue = self.venue_of(token)
            self.add(self.subjects(token) or [], "attending", token, rule, venue=venue)
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "with":
                    self._attending_objects(child, token, rule, venue)
                if child.dep_ == "dobj":  # "met his counterpart": one met, as "met with"
                    met = self.phrase_actors(child) or self.modifier_actors(child)
                    self.add(met, "attending", token, rule + ".with", venue=venue)

    def negotiated(self, token: Token) -> None:
        """ "Ukraine negotiated with Russia in Istanbul", "Iran and the United States are
        negotiating over …": parties negotiating with each other are at the talks. Not an
        aim ("to negotiate", "ready to negotiate"), a refusal or a possibility, and not one
        negotiating for others ("Qatar negotiated the release"), who has no partner named."""
        if token.lemma_.lower() != "negotiate" or token.pos_ != "VERB":
            return
        if any(
            c.dep_ == "neg"
            or (c.dep_ == "aux" and (c.lower_ == "to" or c.lower_ in POSSIBILITY_MODALS))
            for c in token.children
        ):
            return
        parties = self.subjects(token)
        if parties is None or self._only_readiness(token):
            return
        partners = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"]
        if not partners and len({root_of(p) for p, _ in parties}) < 2:
            return
        venue = self.venue_of(token)
        self.add(parties, "attending", token, "stances.negotiated", venue=venue)
        for prep in partners:
            self._attending_objects(prep, token, "stances.negotiated", venue)

    def _hyphenated_sides(self, talks: Token) -> list[tuple[str, Token]]:
        """ "The Russia-Ukraine talks", "US-Iran negotiations": the two parties a hyphenated
        name before the talks joins (the parse nests the first inside the second); one
        name alone ("the Sudan talks") is the talks' subject, not a side."""
        names = []
        for child in talks.children:
            if child.dep_ not in ("compound", "amod", "nmod") or child.i > talks.i:
                continue
            joined = [
                g
                for g in child.children
                if g.dep_ in ("compound", "amod", "nmod")
                and any(t.tag_ == "HYPH" for t in self.doc[g.i + 1 : child.i])
            ]
            if joined:
                names += [*joined, child]
        found: dict[str, Token] = {}
        for name in names:
            actor = as_party(actor_of_token(self.analysis, name))
            if actor and root_of(actor) not in {root_of(a) for a in found}:
                found[actor] = name
        return list(found.items()) if len(found) >= 2 else []

    def _only_readiness(self, verb: Token) -> bool:
        """ "Ready to hold talks with B", "wants to start talks with C", "offered to host talks":
        talks a party is willing, asks or offers to hold are not held (the subject of an
        asked-for verb is None)."""
        head = verb.head
        if verb.dep_ == "xcomp" and head.lemma_.lower() in READINESS:
            return True
        if verb.dep_ == "xcomp" and self.vocab.verb_stances.get(head.lemma_.lower()) == "proposed":
            return True  # "offered to host talks between A and B": talks only offered
        return self.subjects(verb) is None

    def _participants(self, talks: Token) -> None:
        """ "The talks involve representatives from A and B", "the talks, which are chaired
        by X, bring together A and B": the objects of a participation verb whose subject is
        the talks attend them (also on a verb coordinated with the talks' own)."""
        head = talks.head
        while head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
            head = head.head  # "the talks are co-chaired": the split verb's auxiliary
        verbs = [head, *head.conjuncts]
        for verb in verbs:
            lemma = verb.lemma_.lower()
            if lemma not in PARTICIPATION_VERBS or verb.tag_ not in ("VBZ", "VBP", "VBD"):
                continue  # said of talks that take place, not of talks yet to be agreed
            if lemma == "bring" and not any(c.lower_ == "together" for c in verb.children):
                continue
            if any(c.dep_ == "neg" for c in verb.children):
                continue
            if verb.i != head.i and any(c.dep_ == "nsubj" for c in verb.children):
                continue  # a coordinated verb with a subject of its own
            for child in verb.children:
                if child.dep_ == "dobj":
                    self.add(
                        self.phrase_actors(child),
                        "attending",
                        verb,
                        "stances.talks_involve",
                        talks,
                        venue=self.venue_of(talks),
                    )

    def _announcers(self, talks: Token, between: Token, venue: str | None) -> None:
        """ "The US and Saudi Arabia confirmed talks between A and B would start": a third
        party that announces talks between two sides is their host or mediator."""
        sides = {
            party
            for pobj in between.children
            if pobj.dep_ == "pobj"
            for party, _ in self.phrase_actors(pobj)
        }
        if len(sides) < 2:
            return
        verb = talks.head
        for _ in range(2):  # the talks' own verb, or the clause it sits in
            if verb.lemma_.lower() in ANNOUNCE_VERBS and verb.pos_ == "VERB":
                break
            verb = verb.head
        else:
            return
        if verb.lemma_.lower() not in ANNOUNCE_VERBS or any(c.dep_ == "neg" for c in verb.children):
            return
        roots = {party.split(".")[0] for party in sides}
        announcers = [
            (party, token)
            for party, token in self.subjects(verb) or []
            if party.split(".")[0] not in roots
        ]
        self.add(announcers, "mediating", verb, "stances.announced_talks", talks, venue=venue)

    def _attending_objects(
        self, prep: Token, trigger: Token, rule: str, venue: str | None = None
    ) -> None:
        """Each object of ``prep`` ("with A and B", "between A and B") attends the talks; the
        rule of one met "with" ends in ".with" (see ``reader._met_a_side``)."""
        rule = rule + ".with" if prep.lower_ == "with" else rule
        for grandchild in prep.children:
            if grandchild.dep_ != "pobj":
                continue
            if grandchild.lemma_.lower() in SUPPORT_NOUNS and prep.lower_ == "with":
                # "talks with the help of X": X helps the sides meet, it is no side
                helpers = self.prep_actors(grandchild, "of") + self.prep_actors(grandchild, "from")
                self.add(helpers, "mediating", trigger, "stances.helped_talks", venue=venue)
                continue
            self.add(self.phrase_actors(grandchild), "attending", trigger, rule, venue=venue)


#: The rule of those who meet about the talks: no attendance, but a third party doing so
#: goes between the sides (``reader._met_about_the_talks``).
MET_ABOUT_TALKS = "stances.met_about_talks"

#: Prepositions that make the talks what a meeting is about ("met over the talks").
_TOPIC_PREPOSITIONS = frozenset({"about", "over", "regarding", "concerning", "on"})


def _topic_of_meeting(talks: Token, meeting: Token) -> bool:
    """Talks a meeting discusses, not the meeting itself ("met Y to discuss the truce
    talks", "met him about the negotiations"): whoever meets there is not said to sit at
    those talks."""
    if talks.dep_ == "pobj" and talks.head.lower_ in _TOPIC_PREPOSITIONS:
        return True
    for ancestor in talks.ancestors:
        if ancestor.i == meeting.i:
            return False
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() == "discuss":
            return True
    return False
