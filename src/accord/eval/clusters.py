"""Score cross-article results on multi-outlet clusters of the real-article set.

A cluster gold file (``eval/real/clusters/<name>.json``) describes one week of one
negotiation process as several outlets covered it: the parties, the mediators, the
media that only relay, the proposals (with the phrases each article uses for them),
the rounds, each party's stances by article and date, and the disagreements
between articles. The cluster's articles are ingested into a throw-away store, and
what the store then holds (the boards, the cross-document contradictions) is
compared with that gold:

* contradictions: matched one to one on the unordered pair of claimants and the
  unordered pair of articles; only cross-article predictions and gold count;
* proposals: how many board proposals there are per gold proposal (fragmentation),
  and which board proposals are common nouns ("agreement", "accord");
* roles: media ids among parties or mediators, and party/mediator assignment
  accuracy over every actor either side names;
* stances: matched on (article, party, stance); date accuracy over the matches.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from accord.corpuswide.talks import is_common_noun
from accord.eval.matching import Counts, match
from accord.eval.scoring import as_options
from accord.model import Document, content_id
from accord.resolve.actors import is_media


@dataclass
class ClusterScore:
    """What one cluster (or the sum of several) scores."""

    contradictions: Counts = field(default_factory=Counts)
    gold_proposals: int = 0
    board_proposals: int = 0
    common_noun_proposals: list[str] = field(default_factory=list)
    media_in_roles: list[str] = field(default_factory=list)
    roles_right: int = 0
    roles_total: int = 0
    stances: Counts = field(default_factory=Counts)
    stance_dates_right: int = 0

    def __iadd__(self, other: ClusterScore) -> ClusterScore:
        self.contradictions += other.contradictions
        self.stances += other.stances
        for name in (
            "gold_proposals",
            "board_proposals",
            "roles_right",
            "roles_total",
            "stance_dates_right",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.common_noun_proposals += other.common_noun_proposals
        self.media_in_roles += other.media_in_roles
        return self

    @property
    def fragmentation(self) -> float:
        """Board proposals per gold proposal (1.0 is one column per real proposal)."""
        return self.board_proposals / self.gold_proposals if self.gold_proposals else 0.0

    @property
    def role_accuracy(self) -> float:
        return self.roles_right / self.roles_total if self.roles_total else 1.0

    @property
    def stance_date_accuracy(self) -> float:
        return self.stance_dates_right / self.stances.tp if self.stances.tp else 1.0

    def as_dict(self) -> dict:
        return {
            "contradictions": self.contradictions.as_dict(),
            "proposals": {
                "gold": self.gold_proposals,
                "board": self.board_proposals,
                "per_gold_proposal": round(self.fragmentation, 3),
                "common_nouns": self.common_noun_proposals,
            },
            "roles": {
                "media_among_parties_or_mediators": self.media_in_roles,
                "accuracy": round(self.role_accuracy, 4),
                "right": self.roles_right,
                "total": self.roles_total,
            },
            "stances": self.stances.as_dict(),
            "stance_date_accuracy": round(self.stance_date_accuracy, 4),
        }


def _pair(a, b) -> frozenset:
    return frozenset({a, b})


def score_contradictions(
    gold: list[dict], predicted: list[dict], doc_ids: dict[str, str]
) -> Counts:
    """Cross-article contradictions matched on claimants and articles (both unordered).

    ``doc_ids`` maps the store's document ids to the cluster's article ids. A gold
    contradiction within one article is that article's own gold (scored with the
    article, in the real set's per-article gold), so it is left out here on both sides.
    """
    gold = [g for g in gold if g["a"]["doc"] != g["b"]["doc"]]
    cross = [
        c
        for c in predicted
        if c["a"].get("doc_id") != c["b"].get("doc_id")
        and c["a"].get("doc_id") in doc_ids
        and c["b"].get("doc_id") in doc_ids
    ]

    def matches(g: dict, c: dict) -> bool:
        if _pair(c["a"].get("by"), c["b"].get("by")) not in {
            _pair(a, b) for a in as_options(g["a"]["by"]) for b in as_options(g["b"]["by"])
        }:
            return False
        docs = _pair(doc_ids[c["a"]["doc_id"]], doc_ids[c["b"]["doc_id"]])
        return docs == _pair(g["a"]["doc"], g["b"]["doc"])

    _, counts = match(gold, cross, matches)
    return counts


def _board_proposals(boards: list[dict]) -> set[str]:
    names = set()
    for board in boards:
        for position in board.get("timeline", []) + board.get("latest", []):
            if position.get("proposal") and position.get("proposal") != position.get("round"):
                names.add(position["proposal"])
    return names


def score_roles(gold: dict, boards: list[dict]) -> tuple[list[str], int, int]:
    """Media ids among parties/mediators, and (right, total) role assignments."""
    relays = set(gold.get("relays", []))
    parties = {a for b in boards for a in b.get("parties", [])}
    mediators = {a for b in boards for a in b.get("mediators", [])}
    wrong_media = sorted(a for a in parties | mediators if is_media(a) or a in relays)
    predicted = {a: "party" for a in parties} | {a: "mediator" for a in mediators - parties}
    expected = {a: "party" for a in gold.get("parties", [])}
    expected |= {a: "mediator" for a in gold.get("mediators", []) if a not in expected}
    actors = set(predicted) | set(expected)
    right = sum(1 for a in actors if predicted.get(a) == expected.get(a))
    return wrong_media, right, len(actors)


def score_stances(
    gold: list[dict], boards: list[dict], doc_ids: dict[str, str]
) -> tuple[Counts, int]:
    """Stances matched on (article, party, stance); returns the counts and right dates."""
    predicted = [p for b in boards for p in b.get("timeline", []) if p.get("doc_id") in doc_ids]

    def matches(g: dict, p: dict) -> bool:
        return (
            doc_ids[p["doc_id"]] == g["doc"]
            and p["party"] in as_options(g["party"])
            and p["stance"] in as_options(g["stance"])
        )

    pairs, counts = match(gold, predicted, matches)
    dates = sum(  # over the matches that count as true positives: optional gold does not
        1
        for g, p in pairs.items()
        if not gold[g].get("optional")
        and predicted[p].get("date") in as_options(gold[g].get("date"))
    )
    return counts, dates


def score_cluster(
    gold: dict, boards: list[dict], contradictions: list[dict], doc_ids: dict[str, str]
) -> ClusterScore:
    """Score what a store built from the cluster's articles holds against the cluster gold."""
    score = ClusterScore()
    score.contradictions = score_contradictions(
        gold.get("contradictions", []), contradictions, doc_ids
    )
    proposals = _board_proposals(boards)
    score.gold_proposals = len(gold.get("proposals", []))
    score.board_proposals = len(proposals)
    score.common_noun_proposals = sorted(p for p in proposals if is_common_noun(p))
    score.media_in_roles, score.roles_right, score.roles_total = score_roles(gold, boards)
    score.stances, score.stance_dates_right = score_stances(
        gold.get("stances", []), boards, doc_ids
    )
    return score


def cluster_documents(gold: dict, manifest: dict[str, dict], texts: Path) -> list[Document]:
    """The cluster's articles as documents, with the outlet and date the manifest gives."""
    documents = []
    for article_id in gold["docs"]:
        entry = manifest[article_id]
        text = (texts / f"{article_id}.txt").read_text(encoding="utf-8")
        documents.append(
            Document.from_text(
                text,
                outlet=entry.get("outlet"),
                published=entry.get("published"),
                external_id=article_id,
            )
        )
    return documents


def evaluate_cluster(gold_path: Path, manifest: dict[str, dict], texts: Path, nlp) -> ClusterScore:
    """Ingest one cluster into a throw-away store and score its boards and contradictions."""
    from accord.engines.local import ingest
    from accord.store.corpus import Corpus

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    documents = cluster_documents(gold, manifest, texts)
    doc_ids = {content_id(d.text): d.external_id for d in documents}
    with tempfile.TemporaryDirectory() as folder:
        corpus = Corpus(f"sqlite:///{folder}/cluster.db")
        try:
            ingest(documents, corpus, nlp, prefetch_claims=False)
            boards = corpus.boards()
            contradictions = [c.model_dump(mode="json") for c in corpus.contradictions()]
        finally:
            corpus.close()
    return score_cluster(gold, boards, contradictions, doc_ids)


def evaluate_clusters(folder: Path, nlp) -> dict[str, ClusterScore]:
    """Every cluster gold file in ``folder`` (``eval/real/clusters``), scored against the
    texts and manifest of the real set it belongs to (its parent folder); the last entry,
    ``all``, sums them."""
    real = folder.parent
    manifest = {
        row["id"]: row
        for row in map(json.loads, (real / "manifest.jsonl").read_text("utf-8").splitlines())
        if row
    }
    scores: dict[str, ClusterScore] = {}
    total = ClusterScore()
    for path in sorted(folder.glob("*.json")):
        scores[path.stem] = evaluate_cluster(path, manifest, real / "texts", nlp)
        total += scores[path.stem]
    scores["all"] = total
    return scores
