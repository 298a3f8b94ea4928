"""Rounds, venues and the name of the talks: a survey of the document before the
readers run (venues of rounds, ordinals, the article's own labels for the talks, its
proposals), and, at the merge, the round and proposal each stance is about.

A mixin of :class:`~accord.extract.stances.reader.StanceReader`; it reads and fills the
state the reader sets up (``venues``, ``first_venue``, ``ordinals``, ``labels``,
``proposals``).
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.stances.common import Candidate, used_as_noun
from accord.extract.stances.words import ORDINALS
from accord.nlp.docviews import doc_tokens


class ProcessNamer:
    """The rounds, venues and names of the negotiation process."""

    def survey(self) -> None:
        """Venues of rounds, the article's own names for the talks, and its proposals."""
        for token in doc_tokens(self.doc):
            lemma = token.lemma_.lower()
            if self.vocab.is_process_head(token):
                label = self._label(token)
                if label:
                    self.labels[label] += 1
            if not used_as_noun(token):
                continue
            if self.vocab.is_process_noun(token):
                venue = self.venue_of(token)
                if venue is None and token.dep_ in ("nsubj", "nsubjpass"):
                    venue = self.venue_of(token.head)  # "talks were held (opened) in Oslo"
                for child in token.children:
                    hyphenated = any(g.tag_ == "HYPH" for g in child.children)
                    if child.dep_ == "compound" and child.ent_type_ == "GPE" and not hyphenated:
                        venue = venue or child.text  # "the Doha talks", not "Russia-Ukraine talks"
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
            return round_name or self._label(obj) or obj.text  # the talks: their round
        if candidate.stance in ("attending", "withdrew") and round_name:
            return round_name
        return self.proposals.name_for(obj, candidate.trigger.i) or round_name
