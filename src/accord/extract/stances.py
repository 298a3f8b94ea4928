"""The stances extractor: where each party stands in a negotiation, and who says so.

It reads the dependency parse with the words of ``accord/data/negotiation/vocabulary.yaml``
and the actor mentions the actors extractor left, and finds:

* stance verbs whose object names a proposal or the talks ("X rejected the deal",
  "a proposal that X submitted", "the plan was accepted by X"), their negation and
  conditions ("would not accept a deal that does not include X" is a condition on X's
  position, not a new position);
* stance nouns owned by a party ("X's approval", "submitting its reservations about …");
* delegations that are sent, arrive, stay or go home ("its delegation was still in
  Cairo" → attending; "the delegation is returning" → withdrew), and talks a party
  declares over;
* mediators: named with a mediator noun, or the third parties a side informs of its
  position, or who put forward the proposal the sides answer;
* talks between parties ("talks between A and B", "A held talks with B").

``claimed_by`` is the speaker actor of the enclosing quote, else the subject of a
reporting verb above the stance ("X said Y rejected …"), else ``"outlet"``.
Each document's stances are merged per (party, stance, proposal) and tagged with one
canonical process key built from the principal parties ("HAMAS–ISR talks"), so that
the same process links across articles; the article's own name for the talks is kept
as ``process_label``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

import pycountry
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from accord.data.framing_lexicon import load_lexicon
from accord.data.negotiation_vocab import Vocabulary, vocabulary
from accord.extract.analysis import Analysis, evidence_for
from accord.extract.proposals import Proposals
from accord.extract.referents import actor_of_phrase, actor_of_token, resolve_text, root_of
from accord.model import Stance
from accord.registry import extractors

PRONOUNS = {"it", "they", "its", "their", "he", "she", "his", "her", "them", "we", "our"}
NEGATIONS = {"not", "n't", "never", "no"}
INTENT_MODALS = {"would", "will", "wo", "cannot", "can", "shall"}
POSSIBILITY_MODALS = {"could", "might", "may"}
STRONG_STANCE = {"accepted", "rejected", "reservations", "proposed", "withdrew"}
#: Stance nouns too common to count without an explicit negotiation object.
WEAK_NOUNS = {
    "remarks", "comments", "notes", "changes", "modifications", "amendment", "amendments",
    "yes", "no", "signature", "exit", "suspension", "withdrawal", "pullout", "veto",
}
PROPOSAL_OWNED = {
    "proposal", "plan", "offer", "initiative", "memorandum", "draft", "roadmap",
    "counterproposal", "framework", "formula", "package", "proposals",
}
TEAM_MARKERS = {"negotiating", "negotiation", "technical", "security", "peace", "expert", "level"}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}
CLAIMER_RANK = {"party": 0, "other": 1, "outlet": 2}
DEMANDS = {"demand", "demands", "ultimatum", "condition", "conditions"}
ANAPHORIC_NOUNS = {
    "group", "movement", "organisation", "organization", "militia", "faction", "kingdom",
    "government", "administration", "country", "side", "alliance", "bloc",
}
RELATIVE_PRONOUNS = {"that", "which", "who"}
CONDITIONAL_MARKS = {"if", "unless", "when", "once", "until"}


@dataclass
class Candidate:
    """One stance statement before the document-level merge."""

    party: str
    stance: str
    trigger: Token
    span: Span
    rule: str
    claimed_by: str = "outlet"
    conditions: list[str] = field(default_factory=list)
    venue: str | None = None
    condition_only: bool = False
    recipients: list[str] = field(default_factory=list)
    date: dt.date | None = None
    obj: Token | None = None


def as_party(actor: str | None) -> str | None:
    """A negotiating country is its government: ``QAT`` → ``QAT.GOV`` (organisations such
    as ``RSF`` stay as they are)."""
    if actor and "." not in actor and pycountry.countries.get(alpha_3=actor) is not None:
        return f"{actor}.GOV"
    return actor


def sentence_date(sent: Span, published: dt.date | None) -> dt.date | None:
    """The date a sentence's DATE entity names, resolved against the publication date."""
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        words = ent.text.lower().split()
        if published is not None:
            for word in words:
                if word in WEEKDAYS:
                    back = (published.weekday() - WEEKDAYS.index(word)) % 7
                    return published - dt.timedelta(days=back)
            if "today" in words:
                return published
            if "yesterday" in words:
                return published - dt.timedelta(days=1)
        parsed = _parse_date(ent.text, published)
        if parsed is not None and (published is None or parsed <= published):
            return parsed  # a later date is what is planned, not when it was said
    return published


def _parse_date(text: str, published: dt.date | None) -> dt.date | None:
    if not re.search(r"\d", text):
        return None
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    settings = {"PREFER_DATES_FROM": "current_period"}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    parsed = dateparser.parse(text, settings=settings)
    return parsed.date() if parsed else None


def opposing_pair(ranked: list[str]) -> list[str] | None:
    """The best-ranked two parties that are opposite sides of a conflict the framing
    lexicon knows (so a host that also proposes is not taken for a side)."""
    lexicon = load_lexicon()
    for i, first in enumerate(ranked):
        side = lexicon.side_of(first)
        if side is None:
            continue
        for second in ranked[i + 1 :]:
            other = lexicon.side_of(second, side[0])
            if other is not None and other[0] == side[0] and other[1] != side[1]:
                return [first, second]
    return None


class StanceReader:
    """Reads one document's stances."""

    def __init__(self, doc: Doc, vocab: Vocabulary):
        self.doc = doc
        self.vocab = vocab
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

    # --- actors ------------------------------------------------------------------
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
        mention = self.analysis.mention_covering(pronoun)
        if mention is not None:
            return mention.actor
        for ancestor in pronoun.ancestors:
            for child in ancestor.children:
                if child.dep_ in ("nsubj", "nsubjpass") and pronoun not in child.subtree:
                    if child.lower_ in PRONOUNS:
                        continue
                    actor = actor_of_phrase(self.analysis, child)
                    if actor:
                        return actor
        return self.speaker_at(pronoun)

    def phrase_actors(self, head: Token, resolve_pronouns: bool = True) -> list[tuple[str, Token]]:
        """Actors a (coordinated) noun phrase names; pronouns through their antecedent."""
        found: list[tuple[str, Token]] = []
        for token in [head, *head.conjuncts]:
            if token.lower_ in PRONOUNS:
                actor = self.antecedent(token) if resolve_pronouns else None
            else:
                actor = actor_of_phrase(self.analysis, token, self.speaker_at(token))
                if actor is None and self._anaphoric(token) and resolve_pronouns:
                    actor = self.antecedent(token)  # "the group", "the movement"
                if actor is None:
                    for of_actor, of_token in self._of_object_actors(token):
                        if of_actor not in {a for a, _ in found}:
                            found.append((of_actor, of_token))
                    continue
            actor = as_party(actor)
            if actor and actor not in {a for a, _ in found}:
                found.append((actor, token))
        return found

    @staticmethod
    def _anaphoric(token: Token) -> bool:
        """A definite description that stands for an actor named before ("the group")."""
        return token.lemma_.lower() in ANAPHORIC_NOUNS and any(
            c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children
        )

    def _of_object_actors(self, token: Token) -> list[tuple[str, Token]]:
        """"the head of X" / "the ministers of X and Y": the actors X (and Y)."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj" and grandchild.lower_ not in PRONOUNS:
                        return self.phrase_actors(grandchild)
        return []

    def subjects(self, verb: Token, depth: int = 0) -> list[tuple[str, Token]] | None:
        """Who does what ``verb`` says; ``None`` when the verb is asked for, not done."""
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                if child.lower_ in RELATIVE_PRONOUNS:
                    if verb.dep_ == "relcl":  # "Moscow, which rejected it"
                        return self.phrase_actors(verb.head)
                    focus = [c for c in verb.head.children if c.dep_ == "attr"]
                    if verb.head.lemma_ == "be" and focus:  # "it was Moscow that rejected it"
                        return self.phrase_actors(focus[0])
                return self.phrase_actors(child)
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return self.phrase_actors(objects[0])
        if depth > 4 or verb.dep_ not in (
            "xcomp", "conj", "advcl", "pcomp", "acl", "ccomp", "acomp"
        ):
            return []
        head = verb.head
        if head.pos_ == "ADP":
            head = head.head
        lemma = head.lemma_.lower()
        if lemma in self.vocab.request_verbs and verb.dep_ in ("xcomp", "ccomp", "advcl"):
            return None
        if lemma in self.vocab.blame_verbs:
            objects = [c for c in head.children if c.dep_ == "dobj"]
            return self.phrase_actors(objects[0]) if objects else []
        if head.pos_ in ("NOUN", "PROPN") and verb.dep_ == "acl":
            return self.phrase_actors(head) if head.dep_ != "pobj" else []
        return self.subjects(head, depth + 1)

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

    # --- the objects of a stance -------------------------------------------------
    def negotiation_object(self, verb: Token, allow_delegation: bool = False) -> Token | None:
        """The object of ``verb`` when it names a proposal, the talks or a component."""
        objects: list[Token] = []
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative"):
                objects.append(child)
            elif child.dep_ in ("prep", "prt", "agent"):
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        objects.append(grandchild)
                    elif grandchild.dep_ == "prep":  # "pull out of the talks"
                        objects.extend(g for g in grandchild.children if g.dep_ == "pobj")
            elif child.dep_ == "xcomp" and self.vocab.components_in(
                self.doc[child.left_edge.i : child.right_edge.i + 1]
            ):
                return child
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            objects.append(verb.head)
        for obj in objects:
            for token in [obj, *obj.conjuncts]:
                if self._names_negotiation(token, allow_delegation):
                    return token
        return self._pronoun_object(verb)

    def _names_negotiation(self, token: Token, allow_delegation: bool = False) -> bool:
        lemma = token.lemma_.lower()
        if lemma in self.vocab.noun_stances and self.vocab.noun_stances[lemma] == "reservations":
            return False
        if self.vocab.is_negotiation_noun(token):
            return True
        if allow_delegation and lemma in self.vocab.delegation_nouns:
            return True
        if self.vocab.components_in(token.text):
            return True
        return any(
            child.dep_ == "compound" and self.vocab.is_negotiation_noun(child)
            for child in token.children
        )

    def conditions(self, verb: Token, obj: Token | None) -> list[str]:
        """Conditions attached to a stance: "if/unless …", "without X", and a proposal
        "that does not include X"."""
        found: list[str] = []
        for child in verb.children:
            if child.dep_ == "advcl":
                marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
                if marks & self.vocab.condition_marks:
                    found.append(self._text(child.left_edge, child.right_edge))
            if child.dep_ == "prep" and child.lower_ in ("without", "unless"):
                found.extend(
                    self._text(c.left_edge, c.right_edge)
                    for c in child.children
                    if c.dep_ == "pobj"
                )
            if child.dep_ == "prep" and child.lower_ == "on":
                for c in child.children:
                    if c.lemma_ == "condition":
                        found.append(self._text(c.left_edge, c.right_edge))
        if obj is not None:
            for child in obj.children:
                if (
                    child.dep_ == "relcl"
                    and child.lemma_.lower() in self.vocab.include_verbs
                    and any(c.dep_ == "neg" for c in child.children)
                ):
                    found.extend(
                        self._text(c.left_edge, c.right_edge)
                        for c in child.children
                        if c.dep_ == "dobj"
                    )
                if child.dep_ == "prep" and child.lower_ == "without":
                    found.extend(
                        self._text(c.left_edge, c.right_edge)
                        for c in child.children
                        if c.dep_ == "pobj"
                    )
        return found

    def _text(self, left: Token, right: Token) -> str:
        return self.doc[left.i : right.i + 1].text.strip(" ,.;\"“”")

    # --- patterns ----------------------------------------------------------------
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
        for party, party_token in parties or []:
            tokens = [trigger, party_token] + ([obj] if obj is not None else [])
            tokens = [t for t in tokens if t.sent == trigger.sent]
            span = self.doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1]
            candidate = Candidate(
                party=party,
                stance=stance,
                trigger=trigger,
                span=span,
                rule=rule,
                claimed_by=self.claimer(trigger),
                obj=obj,
                date=sentence_date(trigger.sent, self.analysis.published),
                **{k: list(v) if isinstance(v, list) else v for k, v in extra.items()},
            )
            self.candidates.append(candidate)
            added.append(candidate)
            if stance == "attending" and candidate.venue:  # a place a party went for talks
                self.venues[candidate.venue] += 0
                self.first_venue.setdefault(candidate.venue, trigger.i)
        return added

    def stance_verb(self, token: Token) -> None:
        lemma = token.lemma_.lower()
        stance = None
        for child in token.children:
            if child.dep_ in ("prt", "dobj", "advmod") and (lemma, child.lower_) in (
                self.vocab.phrasal_stances
            ):
                stance = self.vocab.phrasal_stances[(lemma, child.lower_)]
        stance = stance or self.vocab.verb_stances.get(lemma)
        if token.pos_ not in ("VERB", "AUX"):
            return
        if stance is None:
            self.absent(token)
            return
        if token.dep_ == "amod":  # "a proposed deal": no one is said to do it
            return
        if token.dep_ == "xcomp" and self.vocab.verb_stances.get(token.head.lemma_.lower()) == (
            "rejected"
        ):
            return  # "refused to sign it": the refusal is the stance
        obj = self.negotiation_object(token, allow_delegation=stance == "withdrew")
        if obj is None and stance == "rejected":
            obj = self._refused_object(token)
        if obj is None and not self._object_optional(token, stance):
            return
        parties = self.subjects(token)
        if not parties:
            return
        negated = any(child.dep_ == "neg" for child in token.children)
        modals = {c.lower_ for c in token.children if c.dep_ == "aux"}
        conditions = self.conditions(token, obj)
        if negated:
            if stance == "attending":
                self.add(parties, "withdrew", token, "stances.verb.not_attending", obj)
            if stance != "accepted":
                return
            excluded = self._excluded(obj)
            if conditions or excluded:
                self.add(parties, "accepted", token, "stances.condition", obj,
                         conditions=conditions + excluded, condition_only=True)
                return
            if modals & INTENT_MODALS:
                self.add(parties, "rejected", token, "stances.verb.negated", obj)
            return
        if modals & POSSIBILITY_MODALS and not conditions:
            return
        if stance == "proposed" and obj is not None and (
            self.vocab.noun_stances.get(obj.lemma_.lower()) == "mediating"
        ):
            stance = "mediating"  # "offered its mediation"
        for candidate in self.add(parties, stance, token, f"stances.verb.{stance}", obj,
                                  conditions=conditions):
            candidate.recipients = self.recipients(token.sent, candidate.party)

    def _object_optional(self, verb: Token, stance: str) -> bool:
        """"Qatar mediated", "Kyiv confirmed it would attend": verbs that need no object."""
        if stance == "mediating" and verb.lemma_.lower() == "mediate":
            return True
        if stance == "mediating" and verb.lemma_.lower() == "shuttle":
            return any(c.dep_ == "prep" and c.lower_ == "between" for c in verb.children)
        if stance == "attending" and verb.lemma_.lower() in ("attend", "participate"):
            return not any(c.dep_ in ("dobj", "prep") for c in verb.children)
        return False

    def _refused_object(self, verb: Token) -> Token | None:
        """"refused to sign up to it": a refusal whose complement accepts a proposal."""
        for child in verb.children:
            if child.dep_ == "xcomp" and self.vocab.verb_stances.get(
                child.lemma_.lower()
            ) in ("accepted", "attending"):
                return self.negotiation_object(child) or self._pronoun_object(child)
        return None

    def _pronoun_object(self, verb: Token) -> Token | None:
        """A pronoun object ("turned it down") standing for a proposal named just before."""
        for child in verb.children:
            candidates = [child] + [g for g in child.children if g.dep_ == "pobj"]
            for obj in candidates:
                if obj.lower_ in ("it", "them", "this", "that") and obj.dep_ in ("dobj", "pobj"):
                    sent = obj.sent
                    start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
                    window = self.doc[start : obj.i]
                    if any(t.i in self.proposals.by_token for t in window):
                        return obj
        return None

    def _excluded(self, obj: Token | None) -> list[str]:
        """"would not accept any arrangement that allowed X": the excluded terms."""
        if obj is None or obj.lemma_.lower() in DEMANDS:
            return []  # refusing the other side's demand is a rejection
        clauses = [c for c in obj.children if c.dep_ in ("relcl", "acl")]
        if not clauses:
            return []
        clause = clauses[0]
        if any(c.dep_ == "neg" for c in clause.children):
            return []  # "that does not include X" is already a condition
        return ["not " + self._text(clause.left_edge, clause.right_edge)]

    def absent(self, verb: Token) -> None:
        """A party that does not go to / send its delegation to the talks withdrew."""
        lemma = verb.lemma_.lower()
        if lemma not in ("go", "come", "travel", "fly", "show") or not any(
            c.dep_ == "neg" for c in verb.children
        ):
            return
        venue = self.venue_of(verb)
        if not (venue and venue in self.venues) and not self._for_talks(verb):
            return
        self.add(self.subjects(verb) or [], "withdrew", verb, "stances.absent", venue=venue)

    def stance_noun(self, token: Token) -> None:
        lemma = token.lemma_.lower()
        if lemma == "light" and any(c.lower_ == "green" for c in token.children):
            lemma = "green light"
        if lemma == "diplomacy" and any(c.lower_ == "shuttle" for c in token.children):
            lemma = "shuttle diplomacy"
        stance = self.vocab.noun_stances.get(lemma) or self.vocab.noun_stances.get(token.lower_)
        if stance is None or token.pos_ not in ("NOUN", "PROPN"):
            return
        if any(c.lower_ in NEGATIONS for c in token.children if c.dep_ in ("det", "neg")):
            return
        if token.head.lower_ == "without":  # "accepted without reservations"
            return
        if self._denied(token.head):  # "refusing to confirm its participation"
            return
        objects = [
            grandchild
            for child in token.children
            if child.dep_ == "prep" and child.lower_ not in ("by", "from", "in", "at")
            for grandchild in child.children
            if grandchild.dep_ == "pobj"
            and not (child.lower_ == "of" and self.phrase_actors(grandchild, False))
        ]
        obj = next((o for o in objects if self._names_negotiation(o)), None)
        if objects and obj is None:
            return
        if obj is None and (lemma in WEAK_NOUNS or token.lower_ in WEAK_NOUNS):
            return
        if obj is None and not self.has_process:
            return
        parties = self.noun_owner(token, stance)
        if not parties:
            return
        for candidate in self.add(parties, stance, token, f"stances.noun.{stance}", obj):
            candidate.recipients = self.recipients(token.sent, candidate.party)

    def _denied(self, verb: Token) -> bool:
        """A verb negated, or the complement of a refusal."""
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        head = verb.head.head if verb.head.pos_ == "ADP" else verb.head
        return verb.dep_ in ("xcomp", "pcomp") and (
            self.vocab.verb_stances.get(head.lemma_.lower()) == "rejected"
        )

    def noun_owner(self, noun: Token, stance: str | None = None) -> list[tuple[str, Token]]:
        """Whose approval / reservations / delegation a noun names. A mediation is
        nobody's by a pronoun alone: "thanked Turkey for its mediation" says who mediates
        only through the thanked object, which the parse does not link."""
        for child in noun.children:
            if child.dep_ == "poss":
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

    def delegation(self, token: Token) -> None:
        lemma = token.lemma_.lower()
        if lemma not in self.vocab.delegation_nouns or token.pos_ not in ("NOUN", "PROPN"):
            return
        verb = token.head
        verb_lemma = verb.lemma_.lower()
        negated = any(c.dep_ == "neg" for c in verb.children)
        if negated:
            return
        venue = self.venue_of(verb)
        if lemma in ("team", "representatives") and not any(
            c.lower_ in TEAM_MARKERS for c in token.children
        ) and not self._talks_venue(venue):
            return  # a team is a negotiating team only when said so, or bound for the talks
        if token.dep_ == "dobj" and verb_lemma in self.vocab.send_verbs:
            owners = self.noun_owner_direct(token) or self.subjects(verb) or []
            self.add(owners, "attending", verb, "stances.delegation.sent", token, venue=venue)
            return
        if token.dep_ != "nsubj":
            return
        owners = self.noun_owner_direct(token)
        if not owners:
            return
        if verb_lemma in self.vocab.leave_verbs:
            if venue and (venue in self.venues or self._for_talks(verb)):
                self.add(owners, "attending", verb, "stances.delegation.returned", token,
                         venue=venue)
            else:
                self.add(owners, "withdrew", verb, "stances.delegation.left", token)
        elif verb_lemma in ("be", "remain", "stay"):
            ready = [  # "the delegation is ready to fly to Istanbul"
                x for c in verb.children if c.dep_ == "acomp"
                for x in c.children if x.dep_ == "xcomp"
                and x.lemma_.lower() in self.vocab.arrive_verbs
            ]
            if ready:
                verb, venue = ready[0], self.venue_of(ready[0])
            if venue and (ready or self._talks_venue(venue)):
                self.add(owners, "attending", verb, "stances.delegation.present", token,
                         venue=venue)
        elif verb_lemma in self.vocab.arrive_verbs and (
            self._talks_venue(venue) or self._for_talks(verb) or verb_lemma == "meet"
        ):
            self.add(owners, "attending", verb, "stances.delegation.present", token, venue=venue)

    def _talks_venue(self, venue: str | None) -> bool:
        return bool(venue) and self.canonical_venue(venue) in self.venues

    def canonical_venue(self, venue: str | None) -> str | None:
        """A venue as the article's talks name it: "Egypt" is the talks in Cairo when the
        two resolve to the same country."""
        if not venue or venue in self.venues:
            return venue
        root = root_of(resolve_text(venue))
        for known in self.venues:
            if root and root_of(resolve_text(known)) == root:
                return known
        return venue

    def modifier_actors(self, noun: Token) -> list[tuple[str, Token]]:
        """Actors named by a noun's left modifiers, coordinated ones included
        ("Russian and Ukrainian delegations")."""
        found: list[tuple[str, Token]] = []
        for child in noun.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i < noun.i:
                for token in [child, *child.conjuncts]:
                    actor = as_party(actor_of_token(self.analysis, token))
                    if actor and actor not in {a for a, _ in found}:
                        found.append((actor, token))
        return found

    def noun_owner_direct(self, noun: Token) -> list[tuple[str, Token]]:
        """The party a delegation belongs to, from the phrase itself only."""
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

    def _for_talks(self, verb: Token) -> bool:
        return any(
            child.dep_ == "prep" and child.lower_ == "for"
            and any(self.vocab.is_negotiation_noun(g) for g in child.children)
            for child in verb.children
        )

    def venue_of(self, token: Token) -> str | None:
        """A place named by "in/to/at X" on ``token`` (a verb or a noun of the talks)."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "to", "at"):
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj" and grandchild.ent_type_ in ("GPE", "LOC", "FAC"):
                        return self._entity_text(grandchild)
            if (
                child.dep_ == "compound" and child.i < token.i and child.ent_type_ in ("GPE", "LOC")
                and self.vocab.is_process_noun(token)
            ):  # "the Istanbul talks"
                return self._entity_text(child)
            if child.dep_ == "prep" and child.lower_ == "of" and token.pos_ == "NOUN":
                for grandchild in child.children:  # "this round of talks in Cairo"
                    if grandchild.dep_ == "pobj" and self.vocab.is_process_noun(grandchild):
                        return self.venue_of(grandchild)
        return None

    def _entity_text(self, token: Token) -> str:
        for ent in token.sent.ents:
            if ent.start <= token.i < ent.end:
                return ent.text.removeprefix("the ").strip()
        return token.text

    def ended_talks(self, token: Token) -> None:
        """A party declares the talks over: withdrew (only when a party says it)."""
        if not self.vocab.is_process_noun(token) or token.pos_ not in ("NOUN", "PROPN"):
            return
        predicate = None
        if token.dep_ in ("nsubj", "nsubjpass"):
            head = token.head
            words = {head.lemma_.lower(), head.lower_} | {
                c.lower_ for c in head.children if c.dep_ in ("acomp", "advmod", "prt", "prep")
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
        self.add(parties, "withdrew", predicate, "stances.talks_ended", token,
                 venue=self.venue_of(token))

    def mediator(self, token: Token) -> None:
        lemma = token.lemma_.lower()
        if lemma not in self.vocab.mediator_nouns or token.pos_ not in ("NOUN", "PROPN"):
            return
        parties: list[tuple[str, Token]] = []
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss") and child.i < token.i:
                for conj in [child, *child.conjuncts]:
                    actor = as_party(actor_of_token(self.analysis, conj))
                    if actor:
                        parties.append((actor, conj))
            elif child.dep_ == "appos":
                parties.extend(self.phrase_actors(child))
            elif child.dep_ == "prep" and child.lower_ in ("from", "including", "like"):
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        parties.extend(self.phrase_actors(grandchild))
        if token.dep_ == "appos":
            parties.extend(self.phrase_actors(token.head))
        elif token.dep_ == "attr":
            parties.extend(self.subjects(token.head) or [])
        elif token.dep_ == "pobj" and token.head.lower_ == "as":
            parties.extend(self.subjects(token.head.head) or [])
        self.add(parties, "mediating", token, "stances.mediator_noun")

    def broker(self, token: Token) -> None:
        """"X-brokered talks", "a deal mediated by X"."""
        if token.lemma_.lower() not in ("broker", "mediate", "sponsor", "facilitate"):
            return
        if token.dep_ not in ("amod", "acl"):
            return
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
        self.add(parties, "mediating", token, "stances.brokered")

    def proposal_owner(self, token: Token) -> None:
        """"a X proposal", "X's plan", "the proposal from X": X proposed it."""
        if token.lemma_.lower() not in PROPOSAL_OWNED or token.pos_ != "NOUN":
            return
        parties: list[tuple[str, Token]] = []
        left = [t for t in token.subtree if t.i < token.i]
        for modifier in left:
            if modifier.dep_ == "poss" and modifier.lower_ in PRONOUNS:
                continue
            if modifier.dep_ in ("det", "punct") or modifier.pos_ not in ("PROPN", "ADJ", "NOUN"):
                continue
            actor = as_party(actor_of_token(self.analysis, modifier))
            if actor and actor not in {a for a, _ in parties}:
                parties.append((actor, modifier))
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        parties.extend(self.phrase_actors(grandchild))
        self.add(parties, "proposed", token, "stances.proposal_owner", token)

    def talks_between(self, token: Token) -> None:
        """"talks between A and B", "A held talks with B", "A and B met for talks"."""
        lemma = token.lemma_.lower()
        if self.vocab.is_process_noun(token) and token.pos_ == "NOUN":
            preps = [c for c in token.children if c.dep_ == "prep"]
            if token.dep_ == "nsubj":  # "talks were held … between A and B"
                preps += [
                    t for t in token.head.subtree if t.dep_ == "prep" and t.lower_ == "between"
                ]
            for child in preps:
                if child.lower_ in ("between", "with"):
                    for grandchild in child.children:
                        if grandchild.dep_ == "pobj":
                            self.add(self.phrase_actors(grandchild), "attending", token,
                                     "stances.talks_between", venue=self.venue_of(token))
            if token.dep_ == "dobj" and token.head.lemma_.lower() in (
                "hold", "conduct", "begin", "start", "resume", "open", "have"
            ):
                verb = token.head
                if any(c.dep_ == "neg" for c in verb.children):
                    return
                self.add(self.subjects(verb) or [], "attending", verb, "stances.held_talks",
                         token, venue=self.venue_of(verb) or self.venue_of(token))
                for child in verb.children:
                    if child.dep_ == "prep" and child.lower_ == "with":
                        doing = [g for g in child.subtree if g.dep_ in ("pcomp", "acl")]
                        if any(g.tag_ == "VBG" for g in doing):
                            continue  # "with X shuttling between them": a circumstance
                        for grandchild in child.children:
                            if grandchild.dep_ == "pobj":
                                self.add(self.phrase_actors(grandchild), "attending", verb,
                                         "stances.held_talks")
        elif lemma == "meet" and token.pos_ == "VERB":
            sent_has_talks = any(self.vocab.is_process_head(t) for t in token.sent)
            if not sent_has_talks or any(c.dep_ == "neg" for c in token.children):
                return
            venue = self.venue_of(token)
            self.add(self.subjects(token) or [], "attending", token, "stances.met", venue=venue)
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "with":
                    for grandchild in child.children:
                        if grandchild.dep_ == "pobj":
                            self.add(self.phrase_actors(grandchild), "attending", token,
                                     "stances.met", venue=venue)

    def contacts(self, token: Token) -> None:
        """"X held calls with A and B": remember who talked to whom."""
        lemma = token.lemma_.lower()
        if lemma in self.vocab.contact_nouns and token.pos_ == "NOUN" and token.dep_ == "dobj":
            verb = token.head
            heads = [
                g for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"
            ]
        elif lemma in ("speak", "talk", "meet") and token.pos_ == "VERB":
            verb = token
            heads = [
                g for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"
            ]
        else:
            return
        callers = self.subjects(verb) or []
        recipients = [actor for head in heads for actor, _ in self.phrase_actors(head)]
        recipients += [
            actor for head in heads for actor, _ in self.modifier_actors(head)
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
            found.append(
                Candidate(
                    party=caller,
                    stance="mediating",
                    trigger=verb,
                    span=self.doc[min(caller_token.i, verb.i) : max(caller_token.i, verb.i) + 1],
                    rule="stances.contacts_both_sides",
                    claimed_by=self.claimer(verb),
                    date=sentence_date(verb.sent, self.analysis.published),
                )
            )
        return found

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

    # --- rounds, venues and the process name ---------------------------------------
    def survey(self) -> None:
        """Venues of rounds, the article's own names for the talks, and its proposals."""
        for token in self.doc:
            lemma = token.lemma_.lower()
            if self.vocab.is_process_head(token):
                label = self._label(token)
                if label:
                    self.labels[label] += 1
            if token.pos_ not in ("NOUN", "PROPN"):
                continue
            if self.vocab.is_process_noun(token):
                venue = self.venue_of(token)
                for child in token.children:
                    if child.dep_ == "compound" and child.ent_type_ == "GPE":
                        venue = venue or child.text
                    if child.dep_ == "amod" and child.lower_ in ORDINALS and venue:
                        self.ordinals[venue] = ORDINALS[child.lower_]
                if venue:
                    self.venues[venue] += 1
                    self.first_venue.setdefault(venue, token.i)
            if (
                lemma in self.vocab.proposal_nouns or token.lower_ in self.vocab.proposal_nouns
            ) and not self.proposals.is_part_of_another(token):
                self.proposals.register(token)

    def _label(self, head: Token) -> str | None:
        """The words right before "talks" that name them ("the Gaza ceasefire talks"),
        read from the surface: the small parser often mistakes such runs."""
        start = head.i
        while start > head.sent.start:
            previous = self.doc[start - 1]
            joined = previous.text in ("-", "–") and start - 2 >= head.sent.start
            if not (joined or previous.pos_ in ("PROPN", "NOUN", "ADJ")) or previous.is_stop:
                break
            start -= 1
        if start == head.i:
            return None
        label = self.doc[start : head.i + 1].text.strip("\"“”'- ")
        first = self.doc[start]
        if first.is_sent_start and first.pos_ != "PROPN" and label:
            label = label[0].lower() + label[1:]  # a capital only because a sentence starts
        return label

    # --- the whole document ------------------------------------------------------
    def read(self) -> list[Stance]:
        if not any(self.vocab.is_negotiation_noun(t) for t in self.doc):
            return []
        self.has_process = any(self.vocab.is_process_head(t) for t in self.doc)
        self.survey()
        self.proposals.finish()
        for token in self.doc:
            self.stance_verb(token)
            self.stance_noun(token)
            self.delegation(token)
            self.ended_talks(token)
            self.mediator(token)
            self.broker(token)
            self.proposal_owner(token)
            self.talks_between(token)
            self.contacts(token)
        return self.assemble()

    def principals(self) -> list[str]:
        score: Counter[str] = Counter()
        order: dict[str, int] = {}
        mediating: Counter[str] = Counter()
        for candidate in self.candidates:
            root = root_of(candidate.party)
            order.setdefault(root, len(order))
            if candidate.stance == "mediating":
                mediating[root] += 2
            elif candidate.stance in STRONG_STANCE - {"proposed"}:
                score[root] += 2
            elif candidate.stance in ("attending", "proposed"):
                score[root] += 1
        ranked = sorted(
            (root for root in score if score[root] > mediating[root]),
            key=lambda root: (-score[root], order[root]),
        )
        return opposing_pair(ranked) or ranked[:2]

    def assemble(self) -> list[Stance]:
        principals = self.principals()
        candidates = list(self.candidates)
        for candidate in self.candidates:
            for recipient in candidate.recipients:
                if root_of(recipient) not in principals:
                    candidates.append(
                        Candidate(
                            party=recipient,
                            stance="mediating",
                            trigger=candidate.trigger,
                            span=candidate.trigger.sent,
                            rule="stances.informed_third_party",
                            claimed_by=candidate.claimed_by,
                            date=candidate.date,
                        )
                    )
        for candidate in list(candidates):
            if (
                candidate.stance == "proposed"
                and principals
                and root_of(candidate.party) not in principals
            ):  # a proposal from outside the sides: its author mediates
                candidates.append(
                    Candidate(
                        party=candidate.party,
                        stance="mediating",
                        trigger=candidate.trigger,
                        span=candidate.span,
                        rule=candidate.rule + ".third_party",
                        claimed_by=candidate.claimed_by,
                        date=candidate.date,
                        obj=candidate.obj,
                    )
                )
        candidates.extend(self._go_betweens(principals))
        self._attach_conditions(candidates)
        mediators = {root_of(c.party) for c in candidates if c.stance == "mediating"}
        candidates = [  # a mediator at the table is there as the mediator
            c for c in candidates
            if not (
                c.stance == "attending"
                and root_of(c.party) in mediators
                and root_of(c.party) not in principals
            )
        ]
        key = "–".join(sorted(principals)) + " talks" if principals else "talks"
        label = self._best_label()
        main_venue = self._main_venue()
        merged: dict[tuple, Stance] = {}
        for candidate in candidates:
            venue = self.canonical_venue(candidate.venue) or main_venue
            round_name = self._round_name(venue)
            stance_proposal = self._proposal_of(candidate, round_name)
            item_key = (candidate.party, candidate.stance, stance_proposal)
            evidence = evidence_for(candidate.span, rule=candidate.rule,
                                    trigger=candidate.trigger.text)
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
                    date=candidate.date,
                    conditions=list(dict.fromkeys(candidate.conditions)),
                    claimed_by=candidate.claimed_by,
                    evidence=[evidence],
                )
                continue
            existing.evidence.append(evidence)
            for condition in candidate.conditions:
                if condition not in existing.conditions:
                    existing.conditions.append(condition)
            if self._claimer_rank(candidate.claimed_by, candidate.party) < self._claimer_rank(
                existing.claimed_by, existing.party
            ):
                existing.claimed_by = candidate.claimed_by
            if candidate.date and (existing.date is None or candidate.date > existing.date):
                existing.date = candidate.date
        return list(merged.values())

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
                    c for c in candidates
                    if c.party == candidate.party and not c.condition_only and c.stance in stances
                ]
            for other in others:
                other.conditions.extend(candidate.conditions)
            if others:
                candidates.remove(candidate)
            else:
                candidate.stance = "reservations"
                candidate.condition_only = False

    def _best_label(self) -> str | None:
        """The most specific name: one with a proper name first, then the most frequent."""
        if not self.labels:
            return None

        def named(label: str) -> bool:
            return any(word[:1].isupper() for word in label.split()[:-1])

        return max(self.labels, key=lambda label: (named(label), self.labels[label], len(label)))

    def _main_venue(self) -> str | None:
        if not self.venues:
            return None
        return max(self.venues, key=lambda v: (self.venues[v], -self.first_venue.get(v, 0)))

    def _round_name(self, venue: str | None) -> str | None:
        if not venue:
            return None
        ordinal = self.ordinals.get(venue)
        return f"{venue} round" + (f" {ordinal}" if ordinal else "")

    def _proposal_of(self, candidate: Candidate, round_name: str | None) -> str | None:
        """What a stance is about: a round (attending, withdrew, or talks as the object),
        else the proposal its object names."""
        obj = candidate.obj
        proposal_noun = obj is not None and (
            obj.lemma_.lower() in self.vocab.proposal_nouns
            or obj.lower_ in self.vocab.proposal_nouns
        )
        if obj is not None and self.vocab.is_process_noun(obj) and not proposal_noun:
            venue = self.venue_of(obj)
            if venue:
                return self._round_name(venue)
            return self._label(obj) or round_name or obj.text
        if candidate.stance in ("attending", "withdrew") and round_name:
            return round_name
        return self.proposals.name_for(obj, candidate.trigger.i) or round_name


@extractors.register("stances")
def make_stances_extractor(nlp: Language):
    vocab = vocabulary()

    def extract(doc: Doc) -> None:
        if doc._.accord.on_topic:
            doc._.accord.stances.extend(StanceReader(doc, vocab).read())

    return extract
