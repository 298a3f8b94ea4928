"""The words of negotiation (``accord/data/negotiation/vocabulary.yaml``) as lookups.

Kept apart from the stances extractor so the patterns there read as grammar
("a stance verb whose object names a proposal") and the word lists stay data.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from accord.data import load_data


@dataclass(frozen=True)
class Vocabulary:
    process_nouns: frozenset[str]
    process_heads: frozenset[str]
    proposal_nouns: frozenset[str]
    delegation_nouns: frozenset[str]
    mediator_nouns: frozenset[str]
    components: dict[str, tuple[str, ...]]
    verb_stances: dict[str, str]
    phrasal_stances: dict[tuple[str, str], str]
    noun_stances: dict[str, str]
    send_verbs: frozenset[str]
    arrive_verbs: frozenset[str]
    leave_verbs: frozenset[str]
    end_verbs: frozenset[str]
    end_words: frozenset[str]
    speech_verbs: frozenset[str]
    request_verbs: frozenset[str]
    blame_verbs: frozenset[str]
    condition_marks: frozenset[str]
    include_verbs: frozenset[str]
    contact_nouns: frozenset[str]
    contact_verbs: frozenset[str]
    attainment_verbs: frozenset[str] = frozenset()

    def is_negotiation_noun(self, token: Token) -> bool:
        lemma = token.lemma_.lower()
        return (
            lemma in self.process_nouns
            or lemma in self.proposal_nouns
            or token.lower_ in self.process_nouns
            or token.lower_ in self.proposal_nouns
        )

    def is_process_noun(self, token: Token) -> bool:
        return token.lemma_.lower() in self.process_nouns or token.lower_ in self.process_nouns

    def is_process_head(self, token: Token) -> bool:
        return token.lemma_.lower() in self.process_heads or token.lower_ in self.process_heads

    def noun_stance(self, token: Token) -> str | None:
        """The stance a noun names, by its lemma or its own form ("remarks", "conditions")."""
        return self.noun_stances.get(token.lemma_.lower()) or self.noun_stances.get(token.lower_)

    def components_in(self, span: Span | str) -> list[str]:
        """Canonical components a stretch of text names, in lexicon order."""
        text = " " + " ".join((span if isinstance(span, str) else span.text).lower().split()) + " "
        text = text.replace(",", " ").replace(".", " ").replace('"', " ").replace("“", " ")
        text = text.replace("”", " ")
        found = []
        for name, words in self.components.items():
            if any(f" {word} " in text or f" {word}s " in text for word in words):
                found.append(name)
        return found


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = load_data("negotiation/vocabulary")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(word).lower() for word in data.get(key) or ())

    verb_stances = {
        lemma: stance for stance, lemmas in data["stance_verbs"].items() for lemma in lemmas
    }
    phrasal = {
        (pair[0], pair[1]): stance
        for stance, pairs in data["phrasal_verbs"].items()
        for pair in pairs
    }
    noun_stances = {
        noun: stance for stance, nouns in data["stance_nouns"].items() for noun in nouns
    }
    return Vocabulary(
        process_nouns=words("process_nouns"),
        process_heads=words("process_heads"),
        proposal_nouns=words("proposal_nouns"),
        delegation_nouns=words("delegation_nouns"),
        mediator_nouns=words("mediator_nouns"),
        components={name: tuple(items) for name, items in data["components"].items()},
        verb_stances=verb_stances,
        phrasal_stances=phrasal,
        noun_stances=noun_stances,
        send_verbs=words("send_verbs"),
        arrive_verbs=words("arrive_verbs"),
        leave_verbs=words("leave_verbs"),
        end_verbs=words("end_verbs"),
        end_words=words("end_words"),
        speech_verbs=words("speech_verbs"),
        request_verbs=words("request_verbs"),
        blame_verbs=words("blame_verbs"),
        condition_marks=words("condition_marks"),
        include_verbs=words("include_verbs"),
        contact_nouns=words("contact_nouns"),
        contact_verbs=words("contact_verbs"),
        attainment_verbs=words("attainment_verbs"),
    )
