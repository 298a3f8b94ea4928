"""Status from grammar: ``occurred``, ``planned`` (future auxiliaries, intent governors,
"imminent"), ``hypothetical`` (modals, conditionals) or ``denied`` (negation; a negated
acceptance is itself the REJECT). Also: is a conditioned action an ultimatum?"""

from __future__ import annotations

from spacy.tokens import Token

from accord.data import words
from accord.extract.analysis import Analysis
from accord.extract.events.coded import CHARGE_DENIED, NEGATED_ACCEPTANCE, Coded
from accord.extract.events.grammar import Grammar
from accord.extract.events.mentions import phrase_actors, unique_actors
from accord.extract.events.syntax import (
    NEGATIONS,
    clause_subject,
    imminent_clause,
    reported_after_past_speech,
    set_out,
)
from accord.nlp.prepositions import READINESS, readiness_adjective

#: Prepositions through which intent reaches an event ("planning on pursuing", "set for talks").
CHAIN_PREPS = frozenset(words("grammar", "chain_prepositions"))
#: Governors whose infinitive complement did happen ("managed to", "continued to").
IMPLICATIVE = frozenset(words("grammar", "implicative_verbs"))
#: Governors that say their complement is already going on ("will continue to press").
ONGOING = frozenset(words("grammar", "ongoing_governors"))
#: Nouns for an accusation, the object of a denial ("a charge Rwanda denies").
CHARGE_NOUNS = frozenset(words("grammar", "charge_nouns"))
#: How a denial verb holds the charge it denies.
CHARGE_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})
#: Verbs that, besides the denial verbs, deny a charge named as their object ("rejected
#: claims that …").
REFUTING = frozenset(words("grammar", "refuting_verbs"))


#: Complements whose negated verb makes a threat ("will not leave the act unanswered").
UNANSWERED = frozenset({"unanswered", "unpunished"})


def _unanswered(verb: Token) -> bool:
    return any(c.dep_ in ("oprd", "acomp") and c.lower_ in UNANSWERED for c in verb.children)


def _denies_a_charge(denial: Token) -> bool:
    """A denial whose object is a charge or claim: what it denies is the charge's content.
    In "…, a charge Togo denied" the parser may make the fronted charge a second subject."""
    return any(c.dep_ in CHARGE_DEPS and c.lemma_.lower() in CHARGE_NOUNS for c in denial.children)


def _participle_of(clause: Token, verb: Token) -> bool:
    """ "opened fire on the posts, killing one": a participle says what the verb's act did,
    and takes its tense, not the sense of the verb's word (an "opened" that plans nothing)."""
    return clause.dep_ in ("advcl", "csubj") and clause.tag_ == "VBG" and clause.head == verb


class Status:
    """The status of a coded event, read from the clause chain above its anchor."""

    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar

    def _narrated_obligation(self, verb: Token) -> bool:
        """An obligation told as past fact: "the army had to retreat" did retreat (a
        reported "said Togo had to withdraw" is still a demand)."""
        return (
            verb.lemma_.lower() in self.grammar.obligation_verbs
            and verb.tag_ == "VBD"
            and verb.dep_ != "ccomp"
        )

    def __call__(self, coded: Coded) -> str:
        if coded.rule.endswith(CHARGE_DENIED):
            return "denied"  # the act of a charge its accused deny
        anchor = coded.anchor
        chain = [anchor]
        token = anchor
        infinitive = False
        about_to_happen = False
        negatable = 1  # how many chain members a negation may sit on
        denial = False
        condition = False  # a present-tense "when"/"once" clause: the head's condition
        for _ in range(4):
            if token.dep_ == "advcl" and self._present_condition(token):
                # "will sign once Togo withdraws": the withdrawal is the signing's condition;
                # the head's negation ("will not sign until …") is not the clause's
                condition = True
                token = token.head
                chain.append(token)
                continue
            if token.dep_ in ("csubj", "advcl") and token.tag_ == "VBG" and not chain[1:]:
                # "Israel undertaking an operation will not advance …": the gerund takes the
                # modality of the clause it is the subject of, not its negation
                token = token.head
                chain.append(token)
                break
            if token.dep_ == "xcomp":
                if _to_infinitive(token):
                    infinitive = infinitive or not (
                        token.head.lemma_.lower() in IMPLICATIVE
                        or self._narrated_obligation(token.head)
                    )
                token = token.head
            elif (
                token.dep_ == "acl"
                and token.head.lemma_.lower() in CHARGE_NOUNS
                and token.head.dep_ == "dobj"
                and token.head.head.lemma_.lower() in self.grammar.denial | REFUTING
            ):
                token = token.head.head  # "denied the accusation that it sent troops"
                chain.append(token)
                negatable += 1
                denial = True
                break
            elif token.dep_ in ("advcl", "relcl", "acl") and _to_infinitive(token):
                # a purpose or a thing to do is not yet done: "ought to settle on a
                # deal", "now is the moment to free the captives", "its plan to invade"
                infinitive = True
                if token.dep_ == "acl" and token.head.lemma_.lower() in self.grammar.denial_nouns:
                    denial = True  # "the AU's failure to condemn": stated not to be done
                token = token.head
            elif token.dep_ == "conj" and not _has_own_subject(token):
                # "will meet and sign": the verbs share their modality; a conjunct with a
                # subject of its own ("…, and Moldova accused Russia") is a clause of its own
                token = token.head
            elif token.dep_ == "attr" and token.head.lemma_ == "be":
                token = token.head  # "this would be the largest swap yet"
            elif token.dep_ == "ccomp" and token.head.lemma_.lower() in self.grammar.denial:
                if coded.action == "ACCUSE" and _denies_a_charge(token.head):
                    break  # "A accused B of X, a charge B denies": the charge was made
                if token.i < token.head.i and any(c.dep_ == "dobj" for c in token.head.children):
                    break  # "X frees prisoners; Y dismisses the amnesty": it denies its object
                token = token.head  # "denied that its troops had crossed"
            elif (imminent := imminent_clause(token)) is not None:
                token = imminent
                about_to_happen = True  # "are on the verge of signing"
            elif (ready := readiness_adjective(token)) is not None:
                token = ready  # "open to talks", "ready for dialogue": offered
            elif token.dep_ == "acomp" and token.lemma_.lower() in READINESS:
                token = token.head  # "is not open to talks": the copula holds the negation
            elif token.dep_ in ("pcomp", "pobj") and token.head.lower_ in CHAIN_PREPS:
                token = token.head.head
            elif token.dep_ == "nsubj" and takes_place(token.head, self.grammar.occurrence):
                token = token.head  # "talks will resume on Monday": when they happen, theirs
            else:
                break
            chain.append(token)
            negatable += 1
        negated = hypothetical = planned = False
        for index, verb in enumerate(chain):
            if index > 0 and verb.lemma_.lower() in self.grammar.denial:
                # "denies sending troops": the complement is stated not to be so; but in
                # "dismissed the claim, calling it a fabrication" the participle is how the
                # denial was made, and is done
                denial = denial or chain[index - 1].dep_ != "advcl"
            for child in verb.children:
                lower = child.lower_
                negation = (
                    child.dep_ == "neg" or lower in NEGATIONS and child.dep_ in ("advmod", "det")
                )
                if negation and index < negatable and (index == 0 or coded.action != "REJECT"):
                    negated = True
                if child.dep_ == "aux" and not (index > 0 and verb.lemma_.lower() in ONGOING):
                    # "will continue insisting on a ceasefire": the insisting goes on now
                    if (
                        lower in self.grammar.future_aux
                        or lower == "would"
                        and self._reported_future(verb)
                    ):
                        planned = True
                    elif lower in self.grammar.hypothetical_aux:
                        hypothetical = True
                    elif lower == "going" or child.lemma_ == "go":
                        planned = True
                if child.dep_ == "mark" and lower in self.grammar.conditional_marks:
                    hypothetical = True
            if (
                index > 0
                and verb.lemma_.lower() in self.grammar.planned_governors
                and not _participle_of(chain[index - 1], verb)
            ):
                planned = True
            if (
                index > 0
                and chain[index - 1].dep_ == "xcomp"
                and verb.lemma_.lower() in self.grammar.obligation_verbs
                and not self._narrated_obligation(verb)
            ):
                hypothetical = True  # "Togo has to stop the shelling", as "must stop" is
            if verb.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in self.grammar.conditional_marks
                for c in verb.children
            ):
                hypothetical = True
            if verb.dep_ == "relcl" and any(c.lower_ in ("would", "could") for c in verb.children):
                hypothetical = True
        if any(_headline_infinitive(verb) for verb in chain):
            planned = True  # a headline's bare infinitive is its future: "X and Y to resume talks"
        trigger = coded.trigger
        if trigger.pos_ == "NOUN":
            modifiers = {c.lower_ for c in trigger.children if c.dep_ in ("amod", "compound")}
            if trigger.dep_ in ("nsubj", "nsubjpass"):
                modifiers |= {c.lower_ for c in trigger.head.children if c.dep_ == "acomp"}
            if modifiers & self.grammar.planned_modifiers:
                planned = True
            if trigger.dep_ == "nsubj" and _to_infinitive(trigger.head):
                planned = True  # "for talks to include both sides": not yet held
            if _subject_of_planning(trigger, self.grammar.planned_governors):
                planned = True  # "talks are expected to resume": the talks are to come
            if modifiers & self.grammar.hypothetical_modifiers:
                hypothetical = True
        planned = (
            planned or infinitive or about_to_happen or set_out(trigger, self.grammar.stipulating)
        )
        if condition and (planned or hypothetical):
            return "hypothetical"
        if denial and not hypothetical:
            return "occurred" if negated else "denied"
        if negated and hypothetical:
            return "hypothetical"
        if refusal(coded, self.grammar.future_aux):
            return "occurred"  # "will not hand over the weapons": the refusal is made now
        if negated and coded.action == "THREATEN" and _unanswered(coded.anchor):
            return "occurred"  # "will not leave this act unanswered": the negation threatens
        if negated and not (coded.action == "REJECT" and NEGATED_ACCEPTANCE in coded.rule):
            # "did not accept" is the rejection itself; "had not rejected" denies one
            return "denied"
        if hypothetical:
            return "hypothetical"
        if planned:
            return "planned"
        return "occurred"

    def _present_condition(self, clause: Token) -> bool:
        """A clause of time in the present ("when the rebels withdraw", "once it has
        signed"): under a future or a possibility it is a condition, not a fact."""
        if not any(
            c.dep_ in ("mark", "advmod") and c.lower_ in self.grammar.temporal_condition_marks
            for c in clause.children
        ):
            return False
        auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if auxiliaries:
            return all(a.tag_ in ("VBZ", "VBP") for a in auxiliaries)
        return clause.tag_ in ("VBZ", "VBP")

    def _reported_future(self, verb: Token) -> bool:
        """ "The ministry said Turkey would host the talks": "would" is the reported "will" (the
        tense shifted back after a past speech verb), not a condition, unless negated or
        conditioned."""
        if not reported_after_past_speech(verb, self.grammar.speech):
            return False
        return not any(
            c.dep_ == "neg"
            or c.dep_ == "mark"
            and c.lower_ in self.grammar.conditional_marks
            or c.dep_ == "advcl"
            and any(m.lower_ in self.grammar.conditional_marks for m in c.children)
            for c in verb.children
        )


def ultimatum(anchor: Token, conditional: bool) -> bool:
    """Is the action conditioned on "unless …" (or, for hostile acts, "if …"): a threat?"""
    marks = {"unless", "if"} if conditional else {"unless"}
    for token in (anchor, anchor.head):
        for child in token.children:
            if child.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in marks for c in child.children
            ):
                return True
        if anchor.dep_ not in ("xcomp", "conj"):
            break
    return False


def conditioned_party(anchor: Token, analysis: Analysis) -> list[str]:
    """Who must act for a threat to be lifted: the subject of its "unless"/"if" clause, on the
    threat verb or its complement ("threatened to strike unless Baghdad accepted …"), or the
    agent of a passive one ("if attacked by X")."""
    heads = [anchor] + [c for c in anchor.children if c.dep_ == "xcomp"]
    for head in heads:
        for clause in head.children:
            if clause.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in ("unless", "if") for c in clause.children
            ):
                continue
            # "would retaliate if attacked by X": the passive's agent is who must act
            agents = [p for c in clause.children if c.dep_ == "agent" for p in c.children]
            subject = agents[0] if agents else clause_subject(clause)
            if subject is not None:
                return unique_actors(phrase_actors(subject, analysis))
    return []


def takes_place(verb: Token, occurrence: set[str]) -> bool:
    """A verb that says its subject event happens ("resume", "start", "take place", "go
    ahead", "kick off"), whose tense and modality are then the event's."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    particles = {
        f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod", "dobj")
    }
    return lemma in occurrence or bool(particles & occurrence)


def _subject_of_planning(noun: Token, governors: set[str]) -> bool:
    """Is an event noun the subject of a verb of planning or expecting that takes an
    infinitive ("talks are expected to resume", "the summit is set to open")?"""
    head = noun.head
    return (
        noun.dep_ in ("nsubj", "nsubjpass")
        and head.lemma_.lower() in governors
        and any(c.dep_ == "xcomp" and _to_infinitive(c) for c in head.children)
    )


def _headline_infinitive(verb: Token) -> bool:
    """ "Sudan's army to send delegation": an infinitive with its own subject and no "for"."""
    if verb.tag_ != "VB":
        return False
    children = list(verb.children)
    return (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
        and not any(c.dep_ == "mark" for c in children)
    )


def refusal(coded: Coded, future_aux: set[str]) -> bool:
    """A negated acceptance in the future tense: "we will not accept", "will not withdraw"."""
    return (
        coded.action == "REJECT"
        and NEGATED_ACCEPTANCE in coded.rule
        and any(c.dep_ == "aux" and c.lower_ in future_aux for c in coded.anchor.children)
    )


def _to_infinitive(verb: Token) -> bool:
    """Is the verb a "to" infinitive ("to agree", "to release")? A perfect infinitive ("claimed
    to have targeted") tells of something done, not to be done."""
    children = list(verb.children)
    return any(c.lower_ == "to" and c.dep_ == "aux" for c in children) and not (
        verb.tag_ == "VBN" and any(c.lower_ == "have" and c.dep_ == "aux" for c in children)
    )


def _has_own_subject(verb: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in verb.children)
