"""The event coder: triggers → roles → classifier → status → events, once per document."""

from __future__ import annotations

from spacy.tokens import Doc

from accord.config import Settings
from accord.extract.analysis import Analysis
from accord.extract.events.classifier import EventClassifier, configured_model
from accord.extract.events.emit import Emitter
from accord.extract.events.grammar import Grammar
from accord.extract.events.roles import Roles
from accord.extract.events.status import Status
from accord.extract.events.triggers import Triggers


class EventCoder:
    def __init__(self, nlp, classify: EventClassifier | None = None) -> None:
        self.grammar = Grammar.load()
        self.lexicon = self.grammar.lexicon
        self.roles = Roles(self.grammar)
        self.triggers = Triggers(self.grammar, self.roles)
        self.status = Status(self.grammar)
        settings = Settings.load()
        self.emit = Emitter(self.grammar, self.status, settings.unnamed_doers)
        # the trained model decides on the lexicon's candidates (a model-less one keeps all)
        self.classify = classify or EventClassifier(
            configured_model(), settings.event_threshold, self.lexicon
        )

    def __call__(self, doc: Doc) -> None:
        self.extract_batch([doc])

    def extract_batch(self, docs: list[Doc]) -> None:
        """Code a batch of documents: candidates from each, one classifier pass for all."""
        # not about politics (sport, business, weather …): no event
        on_topic = [doc for doc in docs if doc._.accord.on_topic]
        candidates = [(doc, list(self.triggers(doc))) for doc in on_topic]
        for doc, kept in zip(on_topic, self.classify.batch(candidates), strict=True):
            analysis: Analysis = doc._.accord
            for coded in kept:
                self.emit(doc, analysis, coded)
