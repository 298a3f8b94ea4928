"""Build the event classifier (``make model``) from annotated data in the repo and ``../shared``.

Training data, each read into candidates by the same parse and lexicons the extractor uses:

* the PLOVER gold-standard sentences of ``../shared/peer/plover-gsr-dev.jsonl`` whose id ends
  in an even number (``PLOVER-GSR01-AGREE-0002``); the odd half is never trained on, so
  that it measures accord on sentences nobody tuned to;
* the example articles' gold (``examples/gold``);
* sentences written from the PLOVER manual's definitions, one or more per type and mode
  (``accord/data/training/plover_sentences.yaml``);
* the real-article set's tune split (``eval/real``), when its texts have been re-created.

A candidate is labelled with a gold type when the event it codes matches a gold event (for
articles: source and target; for sentences: the marked trigger word) and ``NONE`` when it
matches none. Features: see :mod:`accord.extract.events.features`. The type classifier is a
logistic regression calibrated by Platt scaling on held-out folds; the mode classifier a
logistic regression over the positives. Everything runs with one fixed seed, so the same
inputs give the same model; the model records its inputs and their sha256.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import joblib
import numpy as np
import sklearn
import yaml
from scipy.sparse import csr_matrix, hstack
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from accord.eval.realset import tune_documents
from accord.eval.scoring import as_options, event_matches, plover_convention
from accord.extract.events.classifier import MODEL_NAME, MODEL_VERSION, NO_EVENT
from accord.extract.events.features import candidate_features
from accord.model import Document

SEED = 13
#: Folds for Platt scaling; a type needs at least this many examples to be learnt.
FOLDS = 3


def peer_is_training(record_id: str) -> bool:
    """The training half of the PLOVER peer records: the id's trailing number is even."""
    return int(record_id.rsplit("-", 1)[1]) % 2 == 0


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Example:
    """One training text and what is known to be in it."""

    document: Document
    events: list[dict] = field(default_factory=list)  # article gold events
    action: str | None = None  # one-sentence gold: the type …
    triggers: set[str] = field(default_factory=set)  # … and its trigger words
    mode: str | None = None


@dataclass
class TrainingSet:
    dense: list[np.ndarray] = field(default_factory=list)
    symbolic: list[dict] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    modes: list[str] = field(default_factory=list)

    def add(self, dense: np.ndarray, symbolic: dict, label: str, mode: str) -> None:
        self.dense.append(dense)
        self.symbolic.append(symbolic)
        self.labels.append(label)
        self.modes.append(mode)


_MARKED = re.compile(r"\(EVT: ([^)]*)\)")


def peer_examples(path: Path, keep=peer_is_training) -> list[Example]:
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if not keep(record["id"]):
            continue
        words = {
            w.lower() for marked in _MARKED.findall(record["markup"] or "") for w in marked.split()
        }
        examples.append(
            Example(
                Document.from_text(record["text"], external_id=record["id"]),
                action=record["action"],
                triggers=words,
            )
        )
    return examples


def written_examples(path: Path) -> list[Example]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))["sentences"]
    return [
        Example(
            Document.from_text(entry["text"], external_id=f"written-{number}"),
            action=entry["type"],
            triggers={w.lower() for w in entry["trigger"].split()},
            mode=entry.get("mode"),
        )
        for number, entry in enumerate(entries)
    ]


def article_examples(paths: list[Path]) -> list[Example]:
    examples = []
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / gold["text"]).read_text(encoding="utf-8")
        document = Document.from_text(
            text, outlet=gold.get("outlet"), published=gold.get("published"), external_id=path.stem
        )
        examples.append(Example(document, events=gold.get("events", [])))
    return examples


def _same_roles(gold: dict, event) -> bool:
    sources, targets = as_options(gold["source"]), as_options(gold.get("target"))
    if event.source in sources and event.target in targets:
        return True
    return bool(gold.get("symmetric")) and event.target in sources and event.source in targets


def label_of(example: Example, action: str, trigger, events: list) -> str | None:
    """The gold type a candidate's coded events stand for, ``NONE``, or None when unknown."""
    if example.action is not None:
        words = {trigger.lower_, trigger.lemma_.lower()}
        if not example.triggers:  # no trigger marked: only a candidate of the gold type is known
            typed = any(
                plover_convention(action, e.status, trigger.text) == example.action for e in events
            )
            return action if typed else None
        if words & example.triggers:
            # PLOVER codes promised cooperation as AGREE; accord keeps the type and a status
            if any(
                plover_convention(action, e.status, trigger.text) == example.action for e in events
            ):
                return action
            return example.action
        return NO_EVENT
    if any(event_matches(gold, event) for gold in example.events for event in events):
        return action
    for gold in example.events:
        if any(_same_roles(gold, event) for event in events):
            return as_options(gold["action"])[0]
    for gold in example.events:
        # the right type with one side wrong: an event the role finder misread, not a
        # non-event (the classifier decides the type; the parse decides the roles)
        if any(
            _one_side(gold, event) and event.action in as_options(gold["action"])
            for event in events
        ):
            return action
    return NO_EVENT


def _one_side(gold: dict, event) -> bool:
    sides = (set(as_options(gold["source"])) | set(as_options(gold.get("target")))) - {None}
    return event.source in sides or event.target in sides


def rule_coder(nlp):
    """The lexicon coder with no model: it proposes the candidates."""
    from accord.extract.events.classifier import EventClassifier
    from accord.extract.events.coder import EventCoder

    return EventCoder(nlp, classify=EventClassifier(None, 0.0))


def collect(examples: list[Example], nlp) -> TrainingSet:
    """Parse every example, read its candidates and label each one."""
    from accord.nlp.pipeline import make_doc

    coder = rule_coder(nlp)
    later = [
        name
        for name in nlp.pipe_names
        if name in ("accord_events", "accord_stances", "accord_framing", "accord_claims")
    ]
    data = TrainingSet()
    with nlp.select_pipes(disable=later):
        docs = nlp.pipe((make_doc(nlp, e.document) for e in examples), batch_size=16)
        for example, doc in zip(examples, docs, strict=True):
            analysis = doc._.accord
            if not analysis.on_topic:
                continue
            candidates = list(coder.triggers(doc))
            if not candidates:
                continue
            dense, symbolic = candidate_features(candidates)
            for row, coded in enumerate(candidates):
                action, trigger, lexicon_mode = coded.action, coded.trigger, coded.mode
                before = len(analysis.events)
                coder.emit(doc, analysis, coded)
                events = analysis.events[before:]
                if not events:
                    continue  # no source: never an event, whatever the model says
                label = label_of(example, action, trigger, events)
                if label is None:
                    continue
                mode = "none"
                if label != NO_EVENT:
                    wanted = example.mode if example.action is not None else None
                    mode = wanted or (lexicon_mode if label == action else None) or "none"
                    mode = f"{label}:{mode}" if mode != "none" else "none"
                data.add(dense[row], symbolic[row], label, mode)
    return data


def fit(data: TrainingSet, seed: int = SEED) -> dict:
    """Vectoriser, calibrated type classifier and mode classifier, fitted with one seed."""
    counts = Counter(data.labels)
    keep = [i for i, label in enumerate(data.labels) if counts[label] >= FOLDS]
    vectorizer = DictVectorizer(sort=True)
    sparse = vectorizer.fit_transform([data.symbolic[i] for i in keep])
    matrix = hstack([csr_matrix(np.stack([data.dense[i] for i in keep])), sparse]).tocsr()
    labels = np.array([data.labels[i] for i in keep])
    base = LogisticRegression(C=2.0, max_iter=5000, random_state=seed)
    folds = stable_folds([data.symbolic[i] for i in keep])
    types = CalibratedClassifierCV(base, method="sigmoid", cv=folds).fit(matrix, labels)
    positive = [row for row, i in enumerate(keep) if data.labels[i] != NO_EVENT]
    mode_labels = [data.modes[keep[row]] for row in positive]
    modes = None
    if len(set(mode_labels)) > 1:
        modes = LogisticRegression(C=2.0, max_iter=5000, random_state=seed)
        modes.fit(matrix[positive], mode_labels)
    return {
        "vectorizer": vectorizer,
        "types": types,
        "modes": modes,
        "labels": dict(sorted(Counter(labels.tolist()).items())),
    }


def stable_folds(features: list[dict]) -> list[tuple[np.ndarray, np.ndarray]]:
    """The calibration folds, each candidate's chosen by a hash of its symbolic features (text
    that reads the same on every machine): adding or removing a training candidate leaves
    every other one in its fold. Shuffled folds moved them all, and with them 3 to 6 % of
    the model's decisions for a change of two candidates in a thousand."""
    keys = [json.dumps(sorted(f.items())).encode() for f in features]
    fold = np.array([int(hashlib.sha256(key).hexdigest(), 16) % FOLDS for key in keys])
    return [(np.flatnonzero(fold != k), np.flatnonzero(fold == k)) for k in range(FOLDS)]


def inputs_of(paths: list[Path], root: Path) -> dict[str, str]:
    """Each input file (relative to the repo where it can be) and its sha256."""
    recorded = {}
    for path in sorted(set(paths)):
        try:
            name = str(path.resolve().relative_to(root.resolve()))
        except ValueError:
            name = os.path.relpath(path.resolve(), root.resolve())
        recorded[name] = sha256_of(path)
    return recorded


def data_files() -> list[Path]:
    """The lexicons that propose candidates: a model is tied to the ones it was built with."""
    from importlib import resources

    folder = Path(str(resources.files("accord.data") / "events"))
    return sorted(folder.glob("*.yaml"))


def build(
    peer: Path | None,
    gold: list[Path],
    written: Path | None,
    real: Path | None,
    root: Path,
    nlp,
    seed: int = SEED,
) -> dict:
    """The model bundle (what :class:`accord.extract.events.classifier.EventModel` loads)."""
    examples: list[Example] = []
    used: list[Path] = list(data_files())
    if peer is not None:
        examples += peer_examples(peer)
        used.append(peer)
    examples += article_examples(gold)
    used += gold
    used += [(path.parent / json.loads(path.read_text())["text"]) for path in gold]
    if written is not None:
        examples += written_examples(written)
        used.append(written)
    if real is not None:
        for gold_entry, document in tune_documents(real):
            examples.append(Example(document, events=gold_entry.get("events", [])))
            used.append(real / "gold" / f"{document.external_id}.json")
            used.append(real / "texts" / f"{document.external_id}.txt")
    data = collect(examples, nlp)
    fitted = fit(data, seed)
    return {
        "name": MODEL_NAME,
        "version": MODEL_VERSION,
        "seed": seed,
        "sklearn": sklearn.__version__,
        "inputs": inputs_of(used, root),
        "examples": len(examples),
        "candidates": len(data.labels),
        **fitted,
    }


def save(bundle: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(bundle, path, compress=3)
