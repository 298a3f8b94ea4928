"""The proposals an article talks about, so each stance names the one it is about.

Every noun phrase headed by a proposal noun ("the Egyptian-Qatari framework", "a Hamas
proposal for a prisoner swap", "the deal") is described by its proposers (actors among
its modifiers or after "by"/"from") and its components (ceasefire, prisoner exchange …).
Descriptions are grouped into proposals: one group per proposer, split when the same
proposer's phrases name disjoint components ("Turkey's ceasefire package" and "Turkey's
Black Sea plan"); a phrase with no proposer joins the group whose components it shares,
else the most recent group before it ("the deal" means the one just discussed).

A proposal's name is canonical so that it links across articles: the proposers' actor
roots, then its components, or its head noun when it names none ("RUS memorandum",
"EGY/QAT ceasefire + prisoner exchange").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Token

from accord.data import words
from accord.extract.analysis import Analysis
from accord.extract.referents import actor_of_phrase, actor_of_token, root_of
from accord.lexicons.negotiation import Vocabulary

_PRONOUNS = frozenset(words("grammar", "possessive_determiners"))
_GENERIC_HEADS = frozenset(words("proposals", "generic_heads"))


@dataclass
class Proposal:
    proposers: set[str] = field(default_factory=set)
    components: list[str] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # "Declaration of Principles"

    def name(self, order: list[str]) -> str:
        """``"<proposers> <specific noun>: <components>"``, e.g. "RUS memorandum: ceasefire"."""
        who = "/".join(sorted(self.proposers))
        parts = " + ".join(sorted(self.components, key=order.index))
        head = self.specific_head()
        if self.titles:  # a document with a proper title is named by it
            return f"{who} {Counter(self.titles).most_common(1)[0][0]}".strip()
        if head and parts:
            what = f"{head}: {parts}"
        else:
            what = head or parts or (self.heads or ["proposal"])[0]
        return f"{who} {what}".strip()

    def specific_head(self) -> str | None:
        specific = [head for head in self.heads if head not in _GENERIC_HEADS]
        return Counter(specific).most_common(1)[0][0] if specific else None


class Proposals:
    """The proposals of one document."""

    def __init__(self, analysis: Analysis, vocab: Vocabulary):
        self.analysis = analysis
        self.vocab = vocab
        self.groups: list[Proposal] = []
        self.by_token: dict[int, Proposal] = {}
        self.order = list(vocab.components)
        self._phrases: list[tuple[Token, set[str], list[str]]] = []

    def describe(self, head: Token) -> tuple[set[str], list[str]]:
        proposers: set[str] = set()
        for token in head.subtree:
            if token.i >= head.i:
                break
            if token.dep_ == "poss" and token.lower_ in _PRONOUNS:
                continue
            named = token.pos_ in ("PROPN", "ADJ", "NOUN")
            if named and token.ent_type_ not in ("DATE", "CARDINAL"):
                actor = actor_of_token(self.analysis, token)
                if actor:
                    proposers.add(root_of(actor))
        for verb in [c for c in head.children if c.dep_ in ("relcl", "acl")] + (
            [head.head] if head.dep_ == "dobj" else []
        ):  # "a proposal that X submitted", "X put forward a plan"
            # "a proposal that X submitted", "a truce brokered by X": X's proposal
            if self.vocab.verb_stances.get(verb.lemma_.lower()) in ("proposed", "mediating"):
                for child in verb.children:
                    if child.dep_ in ("nsubj", "agent"):
                        target = next((g for g in child.children if g.dep_ == "pobj"), child)
                        actor = actor_of_phrase(self.analysis, target)
                        if actor and target.lower_ not in _PRONOUNS:
                            proposers.add(root_of(actor))
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        actor = actor_of_phrase(self.analysis, grandchild)
                        if actor:
                            proposers.add(root_of(actor))
        left = head.left_edge.i
        right = max(
            [head.i]
            + [
                t.i
                for child in head.children
                if child.dep_ in ("prep", "compound", "amod")
                for t in child.subtree
            ]
        )
        components = self.vocab.components_in(head.doc[left : right + 1])
        return proposers, components

    def register(self, head: Token) -> None:
        """Record a proposal phrase, in document order (grouped by :meth:`finish`)."""
        proposers, components = self.describe(head)
        self._phrases.append((head, proposers, components))

    def finish(self) -> None:
        """Group the phrases: proposer groups first, then the phrases with no proposer."""
        for head, proposers, components in self._phrases:
            if not proposers:
                continue
            group = next(
                (
                    g
                    for g in self.groups
                    if g.proposers & proposers
                    and self._compatible(g, components, head.lemma_.lower())
                ),
                None,
            )
            self._join(group, head, proposers, components)
        for head, proposers, components in self._phrases:
            if proposers:
                continue
            noun = head.lemma_.lower()
            if noun not in _GENERIC_HEADS and noun in self.vocab.proposal_nouns:
                named = [g for g in self.groups if noun in g.heads]
                known = {c for g in self.groups for c in g.components}
                if not named and not set(components) & known:
                    self._join(None, head, proposers, components)  # a new document
                    continue
                if named:
                    self._join(named[-1], head, proposers, components)
                    continue
            sharing = [g for g in self.groups if set(components) & set(g.components)]
            pool = sharing or self.groups
            before = [g for g in pool if min(g.positions) <= head.i]
            group = (
                max(before, key=lambda g: max(p for p in g.positions if p <= head.i))
                if before
                else (pool[0] if pool else None)
            )
            self._join(group, head, proposers, components)

    def _join(self, group: Proposal | None, head: Token, proposers: set[str], components) -> None:
        if group is None:
            group = Proposal()
            self.groups.append(group)
        group.proposers |= proposers
        for component in components:
            if component not in group.components:
                group.components.append(component)
        group.heads.append(head.lemma_.lower())
        group.positions.append(head.i)
        title = _title(head)
        if title:
            group.titles.append(title)
        self.by_token[head.i] = group

    @staticmethod
    def _compatible(group: Proposal, components: list[str], head: str) -> bool:
        """The same proposer's phrases are one proposal unless they name different things
        with different specific nouns ("ceasefire package" vs "navigation plan")."""
        if not components or not group.components or set(components) & set(group.components):
            return True
        specific = {h for h in group.heads if h not in _GENERIC_HEADS}
        return head in _GENERIC_HEADS or not specific or head in specific

    def name_for(self, obj: Token | None, at: int) -> str | None:
        """The proposal a stance's object names; the nearest earlier one when it is vague."""
        if obj is not None and obj.i in self.by_token:
            return self.by_token[obj.i].name(self.order)
        if obj is not None:
            components = self.vocab.components_in(obj.doc[obj.left_edge.i : obj.right_edge.i + 1])
            sharing = [g for g in self.groups if set(components) & set(g.components)]
            if sharing:
                return sharing[-1].name(self.order)
            if components:  # "agreed to exchange prisoners": what it names, no earlier one
                return " + ".join(sorted(set(components), key=self.order.index))
        earlier = [g for g in self.groups if any(p <= at for p in g.positions)]
        if earlier:
            chosen = max(earlier, key=lambda g: max(p for p in g.positions if p <= at))
        else:
            chosen = self.groups[0] if self.groups else None
        return chosen.name(self.order) if chosen else None

    def components_of(self, name: str) -> set[str]:
        """The terms (ceasefire, prisoner exchange …) of the proposal a stance names."""
        for group in self.groups:
            if group.name(self.order) == name:
                return set(group.components)
        return {part for part in name.split(" + ") if part in self.order}

    def is_part_of_another(self, token: Token) -> bool:
        """ "exchange" in "a prisoner exchange deal", "ceasefire" in "a proposal for a
        ceasefire": a component of a larger proposal phrase, not a proposal of its own."""
        head = token.head
        modifier = token.dep_ in ("compound", "amod", "conj", "nmod")
        if modifier and self.vocab.is_negotiation_noun(head):
            return True
        if head.dep_ == "prep" and head.head != head:
            return self.vocab.is_negotiation_noun(head.head) or (
                self.vocab.components_in(head.head.text) != []
            )
        return False


def _title(head: Token) -> str | None:
    """The proper title of a named document: a capitalised head, not at a sentence start,
    with its capitalised "of …" complement ("Declaration of Principles", "Declaration of
    Commitment to Protect Civilians"); None for a common noun."""
    if not head.text[:1].isupper() or head.is_sent_start or head.pos_ not in ("PROPN", "NOUN"):
        return None
    end = head.i + 1
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == head.i + 1:
            words = [t for t in child.subtree]
            capitals = [t for t in words if t.text[:1].isupper()]
            if capitals:
                end = max(end, capitals[-1].i + 1)
    if end == head.i + 1:
        return None
    return head.doc[head.i : end].text.strip("\"“”' ")
