"""The document topic gate: is this article about politics at all?

News that is not about politics (sport, business, weather, technology, culture)
is full of war metaphors and organisation names; the issue's precision rule is
that it yields no events, quotes or stances. The decision is made once per
document, after the actor mentions are known, and every later extractor reads
``analysis.on_topic`` instead of deciding again.

A document is off topic when its off-topic words outnumber its political words
by the margin in ``data/events/topics.yaml``, or when it has neither actor
mentions nor political words. One pass, set lookups only.
"""

from __future__ import annotations

from spacy.tokens import Doc

from accord.data import load_data
from accord.nlp.docviews import doc_tokens
from accord.registry import extractors


class TopicGate:
    def __init__(self) -> None:
        topics = load_data("events/topics")
        self.political_words = set(topics["political"])
        self.off_topic_words = set(topics["off_topic"])
        self.margin = topics["margin"]

    def counts(self, doc: Doc) -> tuple[int, int]:
        """Political and off-topic content words in the document."""
        political = off = 0
        for token in doc_tokens(doc):
            if token.is_alpha and not token.is_stop:
                lemma = token.lemma_.lower()
                political += lemma in self.political_words
                off += lemma in self.off_topic_words
        return political, off

    def __call__(self, doc: Doc) -> None:
        analysis = doc._.accord
        political, off = self.counts(doc)
        analysis.on_topic = not (
            off > self.margin * max(political, 1) or not (analysis.mentions or political)
        )


@extractors.register("topic")
def make_topic_gate(nlp):
    return TopicGate()
