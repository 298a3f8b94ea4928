"""The real-article development set: a manifest of third-party articles whose texts are not
committed, their gold files, and a fixed split into a tune and a blind part.

Layout (see ``eval/real/README.md``): ``manifest.jsonl`` (or, before the lead merges them,
``manifest.d/*.jsonl`` fragments) with one ``{"id", "url", "query", "outlet", "published",
"sha256", ...}`` per line; ``gold/<id>.json``; ``texts/<id>.txt`` re-created from the queries.
A text that is missing or whose sha256 differs from the manifest's is named in one line and
left out, so a half re-created set can still be scored.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from accord.eval.scoring import Score, score_report
from accord.model import Document
from accord.report import analyze_documents

SPLITS = ("tune", "blind")


class ManifestError(ValueError):
    """A manifest that cannot be read."""


def split_of(article_id: str) -> str:
    """``blind`` for one third of the ids, by a hash fixed for good; ``tune`` for the rest."""
    digest = hashlib.sha256(article_id.encode("utf-8")).hexdigest()
    return "blind" if int(digest, 16) % 3 == 0 else "tune"


def is_manifest(path: Path) -> bool:
    """A real-set manifest (``manifest.jsonl`` or a line carrying ``sha256``), as opposed to a
    PLOVER peer file, which is also JSONL."""
    if path.is_dir():
        return True
    if path.name == "manifest.jsonl" or path.parent.name == "manifest.d":
        return True
    try:
        with path.open(encoding="utf-8") as handle:
            first = next((line for line in handle if line.strip()), "")
        return "sha256" in json.loads(first) if first else False
    except (OSError, ValueError):
        return False


@dataclass
class Article:
    """One manifest entry, with the paths its text and gold live at."""

    entry: dict
    root: Path

    @property
    def id(self) -> str:
        return self.entry["id"]

    @property
    def split(self) -> str:
        return split_of(self.id)

    @property
    def text_path(self) -> Path:
        return self.root / "texts" / f"{self.id}.txt"

    @property
    def gold_path(self) -> Path:
        return self.root / "gold" / f"{self.id}.json"

    def problem(self) -> str | None:
        """Why this article cannot be scored (one line), or None when it can."""
        if not self.text_path.is_file():
            return f"{self.id}: text missing ({self.text_path})"
        if not self.gold_path.is_file():
            return f"{self.id}: gold missing ({self.gold_path})"
        try:
            json.loads(self.gold_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            return f"{self.id}: gold unreadable ({error})"
        expected = self.entry.get("sha256")
        actual = hashlib.sha256(self.text_path.read_bytes()).hexdigest()
        if expected and actual != expected:
            return (
                f"{self.id}: text differs from the manifest "
                f"(sha256 {actual[:12]}…, expected {expected[:12]}…)"
            )
        return None

    def load(self) -> tuple[dict, Document]:
        text = self.text_path.read_text(encoding="utf-8")
        gold = json.loads(self.gold_path.read_text(encoding="utf-8"))
        document = Document.from_text(
            text,
            outlet=self.entry.get("outlet") or gold.get("outlet"),
            published=self.entry.get("published") or gold.get("published"),
            external_id=self.id,
        )
        return gold, document


def manifest_files(path: Path) -> tuple[Path, list[Path]]:
    """The set's root folder and its manifest file(s): a folder means its ``manifest.jsonl``,
    or its ``manifest.d`` fragments when the merged manifest is not there yet."""
    if path.is_dir():
        merged = path / "manifest.jsonl"
        if merged.is_file():
            return path, [merged]
        return path, sorted((path / "manifest.d").glob("*.jsonl"))
    root = path.parent.parent if path.parent.name == "manifest.d" else path.parent
    return root, [path]


def read_manifest(path: Path) -> list[Article]:
    """Every article of a manifest (or a set folder), one per id, in manifest order."""
    root, files = manifest_files(path)
    articles: dict[str, Article] = {}
    for file in files:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise ManifestError(f"{file}: cannot read manifest ({error.strerror})") from error
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                article_id = entry["id"]
            except (ValueError, KeyError, TypeError) as error:
                raise ManifestError(f"{file}:{number}: not a manifest entry ({error})") from error
            articles.setdefault(article_id, Article(entry, root))
    return list(articles.values())


def select(articles: list[Article], split: str) -> list[Article]:
    if split == "all":
        return articles
    if split not in SPLITS:
        raise ManifestError(f"--split must be tune, blind or all, got {split!r}")
    return [article for article in articles if article.split == split]


@dataclass
class SplitScores:
    """Scores per split, and the articles that could not be scored (one line each)."""

    scores: dict[str, Score] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "splits": {
                name: {"files": self.counts[name], **score.as_dict()}
                for name, score in self.scores.items()
            },
            "problems": self.problems,
        }


def usable_articles(path: Path, split: str) -> tuple[list[Article], list[str]]:
    """The chosen split's articles that can be scored, and one line for each that cannot."""
    usable, problems = [], []
    for article in select(read_manifest(path), split):
        problem = article.problem()
        if problem:
            problems.append(problem)
        else:
            usable.append(article)
    return usable, problems


def score_real_set(path: Path, nlp: Language, split: str = "all") -> SplitScores:
    """Score the chosen split(s) of a real set: ``all`` gives tune and blind side by side."""
    wanted = SPLITS if split == "all" else (split,)
    usable, problems = usable_articles(path, split)
    result = SplitScores(problems=problems)
    loaded = [article.load() for article in usable]
    reports = analyze_documents([document for _, document in loaded], nlp)
    for name in wanted:
        result.scores[name], result.counts[name] = Score(), 0
    for article, (gold, _), report in zip(usable, loaded, reports, strict=True):
        result.scores[article.split] += score_report(gold, report)
        result.counts[article.split] += 1
    return result


def tune_documents(path: Path) -> list[tuple[dict, Document]]:
    """The tune split's scoreable articles (gold and document), for training; empty when the
    texts have not been re-created."""
    if not path.exists():
        return []
    try:
        articles = read_manifest(path)
    except ManifestError:
        return []
    return [a.load() for a in select(articles, "tune") if a.problem() is None]
