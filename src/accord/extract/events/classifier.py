"""The trained event classifier: of the candidates the parse finds, which are political
events, of which PLOVER type, and in which mode.

The lexicons and the dependency parse propose candidates (a trigger with its roles); a model
trained on annotated sentences (``accord.train.event_model``, ``make model``) decides. Its
probabilities are calibrated (Platt scaling on held-out folds), so the ``event_threshold``
setting reads as "keep an event the model gives at least this chance": lower it for recall,
raise it for precision. The model is a versioned file inside the package, loaded offline;
every event it keeps names it in its evidence (``model.event-classifier@<version>``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import joblib
import numpy as np
from scipy.sparse import csr_matrix, hstack
from spacy.tokens import Doc

from accord.extract.events.coded import Coded
from accord.extract.events.features import candidate_features

#: The label of a candidate that is no political event.
NO_EVENT = "NONE"
MODEL_NAME = "event-classifier"
MODEL_VERSION = 2
#: Set to a path to use another model file, or to ``rules`` for the lexicon coder alone.
MODEL_ENV = "ACCORD_EVENT_MODEL"


#: A threshold that wins over the setting while set (the precision/recall curve keeps all).
_THRESHOLD_OVERRIDE: ContextVar[float | None] = ContextVar("event_threshold", default=None)


@contextmanager
def threshold_override(threshold: float) -> Iterator[None]:
    """Within the block, the classifier keeps events from this threshold up."""
    token = _THRESHOLD_OVERRIDE.set(threshold)
    try:
        yield
    finally:
        _THRESHOLD_OVERRIDE.reset(token)


def active_threshold(setting: float) -> float:
    """The threshold events are kept from: an override while one is set, else the setting."""
    override = _THRESHOLD_OVERRIDE.get()
    return setting if override is None else override


def shipped_model_path() -> Path:
    return Path(
        str(resources.files("accord.data") / "models" / f"{MODEL_NAME}-{MODEL_VERSION}.joblib")
    )


@dataclass
class Decision:
    action: str
    mode: str | None
    probability: float


class EventModel:
    """A fitted model: feature vectoriser, calibrated type classifier and mode classifier."""

    def __init__(self, bundle: dict) -> None:
        self.bundle = bundle
        self.name = f"{bundle['name']}@{bundle['version']}"
        self.vectorizer = bundle["vectorizer"]
        self.types = bundle["types"]
        self.modes = bundle["modes"]

    @property
    def inputs(self) -> dict[str, str]:
        """The files the model was built from and their sha256."""
        return self.bundle["inputs"]

    @classmethod
    def load(cls, path: Path) -> EventModel:
        return cls(joblib.load(path))

    def matrix(self, dense: np.ndarray, symbolic: list[dict]):
        return hstack([csr_matrix(dense), self.vectorizer.transform(symbolic)]).tocsr()

    def decide(self, candidates: list[Coded], senses=lambda c: {c.action}) -> list[Decision]:
        """One decision per candidate: the likeliest of the types its trigger can have
        (``senses``), the calibrated probability that it is an event at all (one minus
        ``NONE``'s) and, where one fits, its mode."""
        if not candidates:
            return []
        features = self.matrix(*candidate_features(candidates))
        probabilities = self.types.predict_proba(features)
        classes = list(self.types.classes_)
        mode_probabilities = self.modes.predict_proba(features) if self.modes else None
        none = classes.index(NO_EVENT)
        decisions = []
        for row, coded in enumerate(candidates):
            allowed = [classes.index(a) for a in senses(coded) if a in classes]
            typed = probabilities[row][allowed] if allowed else probabilities[row]
            action = classes[allowed[int(np.argmax(typed))]] if allowed else coded.action
            mode = self._mode(action, coded, mode_probabilities, row)
            decisions.append(Decision(action, mode, float(1.0 - probabilities[row][none])))
        return decisions

    def _mode(self, action: str, coded: Coded, probabilities, row: int) -> str | None:
        """The model's mode when it is one of this type's and likelier than not; else the
        lexicon's when the lexicon read the same type."""
        if probabilities is not None:
            classes = list(self.modes.classes_)
            best = int(np.argmax(probabilities[row]))
            label = classes[best]
            if probabilities[row][best] >= 0.5 and label.startswith(action + ":"):
                return label.split(":", 1)[1]
        return coded.mode if coded.action == action else None


class EventModelMissing(RuntimeError):
    """The event model file named (or shipped) cannot be read."""


@lru_cache(maxsize=4)
def _load(path: str) -> EventModel:
    try:
        return EventModel.load(Path(path))
    except (OSError, EOFError, KeyError, ValueError) as error:
        raise EventModelMissing(
            f"cannot load the event model {path} ({error.__class__.__name__}); "
            f"rebuild it with `make model`, or set {MODEL_ENV}=rules"
        ) from error


def configured_model() -> EventModel | None:
    """The model the events extractor uses: the shipped one unless ``ACCORD_EVENT_MODEL``
    names another file, or ``rules`` (no model: the lexicon coder decides alone)."""
    choice = os.environ.get(MODEL_ENV, "")
    if choice == "rules":
        return None
    path = Path(choice) if choice else shipped_model_path()
    return _load(str(path))


class EventClassifier:
    """Applies the model to a document's candidates, keeping those above the threshold."""

    def __init__(self, model: EventModel | None, threshold: float, lexicon=None) -> None:
        self.model = model
        self.threshold = threshold
        self.lexicon = lexicon

    def __call__(self, doc: Doc, candidates: list[Coded]) -> list[Coded]:
        return self.batch([(doc, candidates)])[0]

    def batch(self, documents: list[tuple[Doc, list[Coded]]]) -> list[list[Coded]]:
        """The kept candidates of several documents, decided in one pass of the model (its
        cost is mostly per call, so a batch of documents costs little more than one)."""
        if self.model is None:
            return [candidates for _, candidates in documents]
        threshold = active_threshold(self.threshold)
        flat = [coded for _, candidates in documents for coded in candidates]
        decisions = iter(self.model.decide(flat, self.senses))
        kept: list[list[Coded]] = []
        for _, candidates in documents:
            kept.append([])
            for coded in candidates:
                decision = next(decisions)
                if decision.probability < threshold:
                    continue
                coded.action, coded.mode = decision.action, decision.mode
                coded.confidence = round(decision.probability, 3)
                coded.rule = f"model.{self.model.name}:{coded.rule.removeprefix('events.')}"
                kept[-1].append(coded)
        return kept

    def senses(self, coded: Coded) -> set[str]:
        """The types the trigger's lexicon entries give ("cut" ties: SANCTION; "cut" water:
        COERCE), and the one the parse read: the model chooses among these, so a few hundred
        training sentences never turn an air strike into a retreat."""
        types = {coded.action}
        if self.lexicon is None:
            return types
        trigger, anchor = coded.trigger, coded.anchor
        lemma = trigger.lemma_.lower()
        for table in (self.lexicon.verbs, self.lexicon.nouns):
            types |= {sense.action for sense in table.get(lemma, [])}
        types |= {sense.action for sense in self.lexicon.adjectives.get(trigger.lower_, [])}
        light = self.lexicon.light.get(anchor.lemma_.lower(), {}).get(lemma)
        if light is not None:
            types.add(light.action)
        return types
