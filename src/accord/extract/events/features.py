"""What the event classifier sees of a candidate: the trigger in context and its clause.

Two parts, built the same way at training and at run time:

* dense — the sentence and the trigger in context: the vectors spaCy's ``tok2vec`` layer
  computed for the parse (the mean over the sentence, the trigger's and the anchor's own).
  They cost nothing more. The packaged MiniLM encoder was tried first and coded the same
  held-out peer sentences no better, while it took two thirds of the analysis time;
* symbolic — the trigger's lemma and part of speech, the lexicon's reading (type, mode and
  the rule that found it), the dependency path from the trigger to its source and target,
  the entity types and actor sectors of the roles, negation and modality of the anchor.
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Span, Token

from accord.extract.analysis import ActorMention
from accord.extract.events.coded import Coded


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def dense_features(coded: Coded) -> np.ndarray:
    """The sentence (mean of its token vectors) and the trigger in context (its own vector),
    from the tensor spaCy's ``tok2vec`` already computed for the parse."""
    doc, sentence = coded.trigger.doc, coded.trigger.sent
    tensor = doc.tensor
    return np.concatenate(
        [
            _unit(tensor[sentence.start : sentence.end].mean(axis=0)),
            _unit(tensor[coded.trigger.i]),
            _unit(tensor[coded.anchor.i]),
        ]
    ).astype(np.float32)


def _path(trigger: Token, target: Token) -> str:
    """The dependency labels from the trigger down (or up) to a role's head, e.g. ``nsubj`` or
    ``^dobj>prep>pobj``: how the role hangs off the trigger."""
    ancestors = {token.i: steps for steps, token in enumerate([target, *target.ancestors])}
    down = []
    token = trigger
    while token.i not in ancestors:
        down.append("^" + token.dep_)
        if token.head == token:
            return "none"
        token = token.head
    up = [t.dep_ for t in [target, *target.ancestors][: ancestors[token.i]]]
    return ">".join(down + list(reversed(up)))[:40] or "self"


def _role_features(prefix: str, roles: list, coded: Coded, features: dict) -> None:
    doc = coded.trigger.doc
    features[f"{prefix}.count"] = min(len(roles), 3)
    for role in roles[:3]:
        if isinstance(role, ActorMention):
            head = Span(doc, role.start, role.end).root
            features[f"{prefix}.kind={role.kind}"] = 1
            features[f"{prefix}.ent={head.ent_type_ or 'none'}"] = 1
            features[f"{prefix}.path={_path(coded.trigger, head)}"] = 1
            sector = role.actor.split(".")[1] if "." in role.actor else "org"
            features[f"{prefix}.sector={sector}"] = 1
        else:
            features[f"{prefix}.implied"] = 1


def symbolic_features(coded: Coded) -> dict[str, float]:
    trigger, anchor = coded.trigger, coded.anchor
    rule = coded.rule.removeprefix("events.")
    features: dict[str, float] = {
        f"lemma={trigger.lemma_.lower()}": 1,
        f"pos={trigger.pos_}": 1,
        f"dep={trigger.dep_}": 1,
        f"head={trigger.head.lemma_.lower()}": 1,
        f"lexicon={coded.action}": 1,
        f"lexicon.mode={coded.mode or 'none'}": 1,
        f"rule={rule}": 1,
        f"lexicon={coded.action}|rule={rule.split('.')[0]}": 1,
        f"anchor={anchor.lemma_.lower()}" if anchor != trigger else "anchor=self": 1,
    }
    for child in anchor.children:
        if child.dep_ == "neg":
            features["negated"] = 1
        if child.dep_ == "aux":
            features[f"aux={child.lower_}"] = 1
    if anchor.dep_ in ("xcomp", "ccomp", "advcl"):
        features[f"governor={anchor.head.lemma_.lower()}"] = 1
    _role_features("source", coded.sources, coded, features)
    _role_features("target", coded.targets, coded, features)
    return features


def candidate_features(candidates: list[Coded]) -> tuple[np.ndarray, list[dict]]:
    """Dense rows and symbolic feature dicts for candidates (of one document or several),
    in order; each candidate carries its own document."""
    dense = np.stack([dense_features(c) for c in candidates]) if candidates else None
    return dense, [symbolic_features(c) for c in candidates]
