"""Who holds a stance: the actors of a phrase, a verb's subjects, a noun's owner, and
who claims it (a quote's speaker, a reporting verb's subject, or the outlet).

A mixin of :class:`~accord.extract.stances.reader.StanceReader`; it reads the state the
reader sets up (``doc``, ``vocab``, ``analysis``, ``_quotes``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from accord.extract.actors.names import HYPHENS, names_the_sides
from accord.extract.quotes.speaker_phrases import STATEMENT_NOUNS
from accord.extract.referents import acted_for, actor_of_phrase, actor_of_token
from accord.extract.stances.common import THE_SIDES, as_party
from accord.extract.stances.words import (
    ANAPHORIC_NOUNS,
    BOTH_SIDES_NOUNS,
    HOLDER_SECTORS,
    PARTICIPANT_PASSIVES,
    PLANNING_PASSIVES,
    PLURAL_PRONOUNS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    WARRING_MODIFIERS,
)
from accord.nlp.datelines import dateline_tokens
from accord.resolve.actors import gazetteer, is_state, resolve_phrase

#: The party of a stance by "the mediators" that the phrase does not name; the merge
#: gives it to the mediators the article names (or drops it when it names none).
UNNAMED_MEDIATORS = "<mediators>"


class PartyFinder:
    """Finding the parties a stance belongs to and who states it."""

    def quote_at(self, token: Token):
        quote_id = self.analysis.quote_at(token.idx)
        return self._quotes.get(quote_id) if quote_id else None

    def speaker_at(self, token: Token) -> str | None:
        """The actor of the quote a token sits in (never a bare person's name)."""
        quote = self.quote_at(token)
        return as_party(quote.speaker_actor) if quote is not None else None

    def antecedent(self, pronoun: Token) -> str | None:
        """A pronoun's actor: the actors extractor's reading, else the nearest governing
        subject, else the speaker of the quote it sits in."""
        if self._said_by_unnamed_mediators(pronoun):
            return UNNAMED_MEDIATORS  # "mediators in the Gaza talks said they …": not Gaza
        mention = self.analysis.mention_covering(pronoun)
        if mention is not None:
            return mention.actor
        for subject in _governing_subjects(pronoun):
            if subject.lower_ in PRONOUNS:
                continue
            actor = actor_of_phrase(self.analysis, subject)
            if actor:
                return actor
        return self.speaker_at(pronoun)

    def coordinated_antecedents(self, pronoun: Token) -> list[str]:
        """ "The US, Egypt and Qatar said they had presented a proposal": a plural pronoun
        under a coordinated subject is every member of it (empty when there is none)."""
        if pronoun.lower_ not in PLURAL_PRONOUNS:
            return []
        subject = next(_governing_subjects(pronoun), None)
        if subject is None or not subject.conjuncts:
            return []
        actors = [actor_of_phrase(self.analysis, t) for t in (subject, *subject.conjuncts)]
        named = list(dict.fromkeys(a for a in actors if a))
        return named if len(named) > 1 else []

    def prep_actors(self, token: Token, preposition: str) -> list[tuple[str, Token]]:
        """Actors named after one of the token's prepositions ("between A and B", "the
        auspices of X")."""
        return [
            found
            for pobj in self.prep_objects(token, preposition)
            for found in self.phrase_actors(pobj)
        ]

    def possessor_actors(self, token: Token) -> list[tuple[str, Token]]:
        """Actors named by the token's possessor ("Qatar's proposal"), pronouns aside."""
        return [
            found
            for child in token.children
            if child.dep_ == "poss" and child.lower_ not in PRONOUNS
            for found in self.phrase_actors(child)
        ]

    @staticmethod
    def prep_objects(token: Token, preposition: str) -> list[Token]:
        """The objects of one of the token's prepositions ("parts of the draft")."""
        return [
            grandchild
            for child in token.children
            if child.dep_ == "prep" and child.lower_ == preposition
            for grandchild in child.children
            if grandchild.dep_ == "pobj"
        ]

    def part_of(self, token: Token) -> list[Token]:
        """What a part is of or in ("parts of the draft", "the timetable in the plan"): a
        stance on a deal's part is a stance on the deal."""
        return self.prep_objects(token, "of") + self.prep_objects(token, "in")

    def phrase_actors(self, head: Token, resolve_pronouns: bool = True) -> list[tuple[str, Token]]:
        """Actors a (coordinated) noun phrase names; pronouns through their antecedent."""
        found: list[tuple[str, Token]] = []
        tokens = [head, *head.conjuncts]
        if len(tokens) == 1:  # "the army chief Y and Z": the parse coordinates Z with the name
            tokens += [c for a in head.children if a.dep_ == "appos" for c in a.conjuncts]
        for token in tokens:
            if self._unnamed_mediators(token):  # "the mediators": named at the merge
                counted = self._counted_group(token)  # "the three mediators": the last three
                found.extend(counted or [(UNNAMED_MEDIATORS, token)])
                continue
            if self._both_sides(token):  # "the sides met": each side, named at the merge
                found.append((THE_SIDES, token))
                continue
            if token.lower_ in PRONOUNS:
                members = self.coordinated_antecedents(token) if resolve_pronouns else []
                covering = self.analysis.mention_covering(token) if resolve_pronouns else None
                if not members and covering is not None and covering.members:
                    # "They agreed", after "A and B met": the coreference's group
                    members = [covering.actor, *covering.members]
                if members:
                    found.extend((m, token) for m in members if m not in {a for a, _ in found})
                    continue
                actor = self.antecedent(token) if resolve_pronouns else None
            elif token.pos_ in ("NOUN", "ADJ") and any(
                c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children
            ):  # "the mediating countries, A and B", "the paramilitary Tigray Defence Forces"
                # (a modifier the parse made the head): the names say who
                names = next(c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN")
                found.extend(f for f in self.phrase_actors(names) if f[0] not in dict(found))
                continue
            else:
                members = self._members_from(token)
                if len(members) > 1:  # "delegations from A and B": each holds it
                    found.extend(m for m in members if m[0] not in {a for a, _ in found})
                    continue
                actor = actor_of_phrase(self.analysis, token, self.speaker_at(token))
                if actor is None and self._anaphoric(token) and resolve_pronouns:
                    actor = self.antecedent(token)  # "the group", "the movement"
                if actor is None:
                    for of_actor, of_token in self._of_object_actors(token):
                        if of_actor not in {a for a, _ in found}:
                            found.append((of_actor, of_token))
                    continue
            owners = self.modifier_actors(token)
            if len(owners) > 1:  # "Russian and Ukrainian delegations": each owner holds it
                pairs = [(self._with_sector(a, token), t) for a, t in owners]
                pairs = _in_sector_of(pairs, actor if self._head_sector(token) is None else None)
            else:
                pairs = [(self._with_sector(as_party(actor), token), token)]
            for actor, where in pairs:
                if actor and actor not in {a for a, _ in found}:
                    found.append((actor, where))
        return found

    @staticmethod
    def _head_sector(token: Token) -> str | None:
        """The holder sector a noun names ("army", "militaries", "intelligence")."""
        if token.pos_ != "NOUN":
            return None
        sector = gazetteer().sector([token.lemma_.lower()]) or gazetteer().sector([token.lower_])
        return sector if sector in HOLDER_SECTORS else None

    def _with_sector(self, actor: str | None, head: Token) -> str | None:
        """A state named as the owner of a military or intelligence head noun holds the
        stance as that body ("Norway's army" → NOR.MIL, not its government)."""
        sector = self._head_sector(head)
        if not actor or sector is None:
            return actor
        country, _, own = actor.partition(".")
        if own not in ("", "GOV") or not is_state(actor):
            return actor
        return f"{country}.{sector}"

    def _said_by_unnamed_mediators(self, pronoun: Token) -> bool:
        """The nearest subject governing ``pronoun`` is unnamed mediators."""
        for ancestor in pronoun.ancestors:
            for child in ancestor.children:
                if child.dep_ in ("nsubj", "nsubjpass") and pronoun not in child.subtree:
                    if child.lower_ in PRONOUNS:
                        continue
                    return self._unnamed_mediators(child)
        return False

    def _unnamed_mediators(self, token: Token) -> bool:
        """ "Mediators in the talks", "the mediators": mediators the phrase does not name."""
        if token.lemma_.lower() not in self.vocab.mediator_nouns:
            return False
        return (
            not any(c.dep_ in ("amod", "compound", "nmod", "poss", "appos") for c in token.children)
            and self.analysis.mention_covering(token) is None
        )

    def _counted_group(self, noun: Token) -> list[tuple[str, Token]]:
        """What a counted plural refers back to ("the three mediators"): the nearest list of
        exactly that many actors before it ("A, B and C", joined only by commas and "and"),
        in its sentence or the two before."""
        count = next((_NUMBERS.get(c.lower_) for c in noun.children if c.dep_ == "nummod"), None)
        if not count or count < 2:
            return []
        first = noun.sent.start
        for _ in range(2):
            if first > 0:
                first = noun.doc[first - 1].sent.start
        mentions = sorted(
            (m for m in self.analysis.mentions if first <= m.start and m.end <= noun.i),
            key=lambda m: m.start,
        )
        runs: list[list] = []
        for mention in mentions:
            gap = noun.doc[runs[-1][-1].end : mention.start] if runs else None
            if gap is not None and all(t.lower_ in (",", "and") for t in gap):
                runs[-1].append(mention)
            else:
                runs.append([mention])
        for run in reversed(runs):
            actors = list(dict.fromkeys(as_party(m.actor) for m in run))
            if len(run) == count and len(actors) == count:
                return [(actor, noun.doc[m.start]) for actor, m in zip(actors, run, strict=True)]
        return []

    def _both_sides(self, token: Token) -> bool:
        """ "The sides", "both delegations", "the two parties": a plural side noun that
        names nobody, standing for the two sides of the article's talks."""
        if token.tag_ != "NNS":
            return False
        if token.lemma_.lower() not in BOTH_SIDES_NOUNS and not names_the_sides(token):
            return False
        children = list(token.children)
        if any(c.dep_ == "amod" and c.lower_ in WARRING_MODIFIERS for c in children):
            # "Sudan's warring parties", "the rival sides": the place is where they fight
            return not token.conjuncts and not any(
                c.dep_ in ("prep", "relcl", "acl", "appos") for c in children
            )
        if token.conjuncts or self.modifier_actors(token):
            return False
        if any(c.dep_ in ("poss", "prep", "relcl", "acl", "appos") for c in children):
            return False
        det = {c.lower_ for c in children if c.dep_ in ("det", "predet", "nummod")}
        return bool(det & {"the", "both", "two"})

    @staticmethod
    def _anaphoric(token: Token) -> bool:
        """A definite description that stands for an actor named before ("the group")."""
        return token.lemma_.lower() in ANAPHORIC_NOUNS and any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children
        )

    def _members_from(self, token: Token) -> list[tuple[str, Token]]:
        """The actors of "delegations / representatives from (or of) A and B", and of
        people the whole phrase names an actor by ("military officers from A and B", "the
        army chiefs of A and B": each one's, in the sector the phrase gives the first)."""
        represented = acted_for(token)
        if represented is not None:  # "officials representing A and B"
            return self.phrase_actors(represented)
        nouns = self.vocab.delegation_nouns
        mention = self.analysis.mention_covering(token)
        delegation = token.lemma_.lower() in nouns or token.lower_ in nouns
        if not delegation and (mention is None or token.pos_ != "NOUN"):
            return []
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "of"):
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj" and grandchild.lower_ not in PRONOUNS:
                        found = self.phrase_actors(grandchild)
                        if not delegation and len(found) < 2:
                            return []  # "the head of X": the phrase's own actor says it
                        return _in_sector_of(found, mention.actor if mention else None)
        return []

    def _of_object_actors(self, token: Token) -> list[tuple[str, Token]]:
        """ "the head of X" / "the ministers of X and Y": the actors X (and Y); a delegation
        or its members from X ("representatives from X and Y") are X's (and Y's)."""
        from_ok = token.lemma_.lower() in self.vocab.delegation_nouns
        for child in token.children:
            at_owner = child.lower_ == "of" or (from_ok and child.lower_ == "from")
            if child.dep_ == "prep" and at_owner:
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj" and grandchild.lower_ not in PRONOUNS:
                        return self.phrase_actors(grandchild)
        return []

    def subjects(self, verb: Token, depth: int = 0) -> list[tuple[str, Token]] | None:
        """Who does what ``verb`` says; ``None`` when the verb is asked for, not done."""
        children = [*verb.children] + [  # a subject the parse hung on a split auxiliary
            g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children
        ]
        opening, after_dateline = dateline_tokens(verb.doc)
        for child in children:
            if child.dep_ in ("nsubj", "csubj") and opening <= child.i < after_dateline:
                # "BRUSSELS – Prime Minister of X held talks": the place is no doer; the
                # parse may hang the true subject on it as an apposition
                named = [c for c in child.children if c.dep_ == "appos" and c.i >= after_dateline]
                if not named:
                    continue
                found = self.phrase_actors(named[0])
                return found + [a for a in self._companions(verb, child) if a[0] not in dict(found)]
            if child.dep_ in ("nsubj", "csubj"):
                if verb.dep_ == "relcl" and any(
                    c.dep_ == "poss" and c.lower_ == "whose" for c in child.children
                ):  # "Qatar's premier, whose country mediates": the one the clause is on
                    return self.phrase_actors(verb.head)
                if child.lower_ in RELATIVE_PRONOUNS:
                    if verb.dep_ == "relcl":  # "Moscow, which rejected it"
                        return self.phrase_actors(verb.head)
                    focus = [c for c in verb.head.children if c.dep_ == "attr"]
                    if verb.head.lemma_ == "be" and focus:  # "it was Moscow that rejected it"
                        return self.phrase_actors(focus[0])
                found = self.phrase_actors(child)
                return found + [a for a in self._companions(verb, child) if a[0] not in dict(found)]
            if child.dep_ == "nsubjpass" and verb.lemma_.lower() in PARTICIPANT_PASSIVES:
                return self.phrase_actors(child)  # "Ghana has been involved in the talks"
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return self.phrase_actors(objects[0])
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.vocab.speech_verbs:
            return []  # "A signed it, B said": the reporter is who claims it, not who did it
        progressive = (  # "X is mediating between …" parsed as the predicate of "is"
            verb.dep_ == "attr" and verb.tag_ == "VBG" and verb.head.lemma_.lower() == "be"
        )
        if depth > 4 or (
            not progressive
            and verb.dep_
            not in (
                "xcomp",
                "conj",
                "advcl",
                "pcomp",
                "acl",
                "ccomp",
                "acomp",
            )
        ):
            return []
        head = verb.head
        if head.pos_ == "ADP":
            head = head.head
        lemma = head.lemma_.lower()
        if verb.dep_ == "xcomp" and lemma in PLANNING_PASSIVES:
            planned = [c for c in head.children if c.dep_ == "nsubjpass"]
            if planned:  # "X is expected to attend", "Y is scheduled to meet Z": X's plan
                return self.phrase_actors(planned[0])
        if lemma in self.vocab.request_verbs and verb.dep_ in ("xcomp", "ccomp", "advcl"):
            return None
        if lemma in self.vocab.blame_verbs:
            objects = [c for c in head.children if c.dep_ == "dobj"]
            return self.phrase_actors(objects[0]) if objects else []
        if head.pos_ in ("NOUN", "PROPN") and verb.dep_ == "acl":
            if head.dep_ == "pobj":
                return []
            found = self.phrase_actors(head)
            if not found and head.dep_ == "dobj" and head.lemma_.lower() in STATEMENT_NOUNS:
                # "X issued a statement rejecting …" (the quotes extractor's statement nouns)
                return self.subjects(head.head, depth + 1)
            return found
        return self.subjects(head, depth + 1)

    def _companions(self, verb: Token, subject: Token) -> list[tuple[str, Token]]:
        """ "A, along with B, mediates", "A, together with B, rejected it": B does it too
        (the parse hangs "along with" on the verb, "together with" on the subject)."""
        withs = [
            w
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("along", "together")
            for w in p.children
            if w.dep_ == "prep" and w.lower_ == "with"
        ]
        withs += [
            p
            for p in subject.children
            if p.dep_ == "prep"
            and p.lower_ == "with"
            and any(c.lower_ in ("along", "together") for c in p.children)
        ]
        return [
            found
            for w in withs
            for pobj in w.children
            if pobj.dep_ == "pobj"
            for found in self.phrase_actors(pobj)
        ]

    def claimer(self, token: Token) -> str:
        """Who states what ``token`` says: a quote's speaker, a reporting verb's subject,
        or the outlet."""
        quote = self.quote_at(token)
        if quote is not None:
            return as_party(quote.speaker_actor) or quote.speaker
        for ancestor in token.ancestors:
            if ancestor.lemma_.lower() in self.vocab.speech_verbs and ancestor.pos_ == "VERB":
                found = self.subjects(ancestor)
                if found:
                    return found[0][0]
        sent = token.sent
        text = sent.text.lower()
        if "according to" in text:
            for candidate in sent:
                if candidate.lower_ == "according":
                    for prep in candidate.children:
                        for obj in prep.children:
                            if obj.dep_ == "pobj":
                                found = self.phrase_actors(obj)
                                if found:
                                    return found[0][0]
        return "outlet"

    def noun_owner(self, noun: Token, stance: str | None = None) -> list[tuple[str, Token]]:
        """Whose approval / reservations / delegation a noun names. A mediation is
        nobody's by a pronoun alone, save in "thanked Turkey for its mediation", where the
        pronoun is the verb's object (the one thanked, praised or blamed for it)."""
        if stance == "mediating" and noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
            return self.noun_owner(noun.head, stance)  # "X's mediation efforts": X's
        for child in noun.children:
            if child.dep_ == "poss":
                if stance == "mediating" and child.lower_ in PRONOUNS:
                    return self._object_of_for(noun)
                return self.phrase_actors(child, resolve_pronouns=stance != "mediating")
        modifiers = self.modifier_actors(noun)
        if modifiers:
            return modifiers
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        found = self.phrase_actors(grandchild)
                        if found:
                            return found
        mention = self.analysis.mention_covering(noun)
        if mention is not None:
            return [(as_party(mention.actor), noun)]
        if noun.dep_ in ("dobj", "nsubjpass", "attr"):
            return self.subjects(noun.head) or []
        if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
            return self.subjects(noun.head.head) or []
        return []

    def _object_of_for(self, noun: Token) -> list[tuple[str, Token]]:
        """ "V X for its N": the object of the verb the "for" phrase hangs on."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.pos_ != "VERB":
            return []
        objects = [c for c in prep.head.children if c.dep_ == "dobj"]
        return self.phrase_actors(objects[0], resolve_pronouns=False) if objects else []

    def modifier_actors(self, noun: Token) -> list[tuple[str, Token]]:
        """Actors named by a noun's left modifiers, coordinated ones included
        ("Russian and Ukrainian delegations")."""
        found: list[tuple[str, Token]] = []
        for child in noun.children:
            if child.dep_ == "poss" and child.pos_ == "PRON":
                continue  # "their mediation": whose, the pronoun's antecedent says
            if child.dep_ in ("compound", "amod", "nmod", "poss") and child.i < noun.i:
                group = [child, *child.conjuncts, *_hyphened_pair(child)]
                for token in group:
                    # one mention may span the whole coordination ("Norwegian and Swedish
                    # delegations"): each coordinated name then resolves on its own
                    own = resolve_phrase(token.text) if len(group) > 1 else None
                    actor = as_party(own or actor_of_token(self.analysis, token))
                    if actor and actor not in {a for a, _ in found}:
                        found.append((actor, token))
        return found

    def noun_owner_direct(self, noun: Token) -> list[tuple[str, Token]]:
        """The party a delegation belongs to, from the phrase itself only ("Russian and
        Ukrainian delegations": each of the two, though one mention spans them)."""
        modifiers = self.modifier_actors(noun)
        if len(modifiers) > 1:
            return modifiers
        members = self._members_from(noun)
        if len(members) > 1:  # "representatives of A and B", though one mention spans them
            return members
        mention = self.analysis.mention_covering(noun)
        if mention is not None:
            return [(as_party(mention.actor), noun)]
        modifiers = self.modifier_actors(noun)
        if modifiers:
            return modifiers
        for child in noun.children:
            if child.dep_ == "poss":
                return self.phrase_actors(child)
            if child.dep_ == "prep" and child.lower_ == "from":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return self.phrase_actors(grandchild)
        return []

    def recipients(self, sent: Span, party: str) -> list[str]:
        """Third parties a side tells of its position in the same sentence ("held a call
        with X informing that it agreed", "informed X that …")."""
        found: list[str] = []
        for token in sent:
            lemma = token.lemma_.lower()
            heads: list[Token] = []
            if lemma in self.vocab.contact_nouns and token.pos_ == "NOUN":
                heads = [
                    g
                    for c in token.children
                    if c.dep_ == "prep" and c.lower_ == "with"
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
            elif lemma in self.vocab.contact_verbs and token.pos_ == "VERB":
                heads = [c for c in token.children if c.dep_ in ("dobj", "dative")]
            for head in heads:
                for actor, _ in self.phrase_actors(head):
                    if actor != party and actor not in found:
                        found.append(actor)
        return found


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


def _governing_subjects(pronoun: Token) -> Iterator[Token]:
    """The subjects of the clauses above a pronoun, nearest first, not counting a subject the
    pronoun sits in."""
    for ancestor in pronoun.ancestors:
        for child in ancestor.children:
            if child.dep_ in ("nsubj", "nsubjpass") and pronoun not in child.subtree:
                yield child


def _in_sector_of(
    members: list[tuple[str, Token]], phrase_actor: str | None
) -> list[tuple[str, Token]]:
    """Coordinated states one phrase names in one sector ("military intelligence officials
    of A and B", resolved as the first one's intelligence service): each in that sector,
    where the name alone gave the state's government or the bare country."""
    country, _, sector = (phrase_actor or "").partition(".")
    if sector in ("", "GOV") or not is_state(phrase_actor):
        return members
    found = []
    for actor, token in members:
        state, _, own = actor.partition(".")
        if own in ("", "GOV") and is_state(actor):
            actor = f"{state}.{sector}"
        if actor not in {a for a, _ in found}:
            found.append((actor, token))
    return found


def _hyphened_pair(name: Token) -> list[Token]:
    """The first of two names joined by a hyphen before a noun ("US-EU envoys"): the
    parse hangs it on the second."""
    doc = name.doc
    return [
        c
        for c in name.children
        if c.dep_ == "compound" and c.i == name.i - 2 and doc[name.i - 1].text in HYPHENS
    ]
