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
        self.triggers = Triggers(nlp, self.grammar, self.roles)
        self.status = Status(self.grammar)
        self.emit = Emitter(self.grammar, self.status)
        # the trained model decides on the lexicon's candidates (a model-less one keeps all)
        self.classify = classify or EventClassifier(
            configured_model(), Settings.load().event_threshold, self.lexicon
        )

    def __call__(self, doc: Doc) -> None:
        analysis: Analysis = doc._.accord
        if not analysis.on_topic:
            return  # not about politics (sport, business, weather …): no event
        for coded in self.classify(doc, list(self.triggers(doc))):
            self.emit(doc, analysis, coded)
