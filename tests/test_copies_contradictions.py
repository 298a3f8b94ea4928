"""Copies of one story count as one source for contradictions, and one update's work is
bounded. Issue 17, defect 2 (the 300-copy case is measured by bench/copies.py)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import spacy

import accord.corpuswide.contradictions as contradictions
from accord.corpuswide.contradictions import analyze_corpus, find_contradictions
from accord.corpuswide.incremental import refresh
from accord.engines.local import ingest
from accord.model import Claim, Quote, ReportDocument
from accord.store import Corpus
from accord.store.copies import copies_among
from accord.store.corpus import Item

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from copies import copy, measure  # noqa: E402  (the bench's own story and run)

from test_incremental import no_embedding, stored  # noqa: E402


def test_copies_of_one_story_add_no_contradictions(tmp_path):
    result = measure(12, tmp_path)
    assert result["near_duplicates_linked"] == 11
    assert result["contradictions_found"] == 0
    assert result["contradictions_stored"] == 0


def test_two_stories_still_contradict_each_other_once(tmp_path):
    """Not vacuous: a different story stating the opposite is found, once, however many
    copies of the first story the store holds."""
    day = dt.date(2026, 3, 2)
    with Corpus(f"sqlite:///{tmp_path / 'store.db'}") as corpus:
        pairs = [copy(number) for number in range(5)]
        reports = {document.id: report for document, report in pairs}
        ingest([d for d, _ in pairs], corpus, spacy.blank("en"),
               analyze=lambda docs: [reports[d.id] for d in docs], embed=no_embedding,
               prefetch_claims=False)  # fmt: skip
        copies = copies_among(corpus, reports)
        assert len(copies) == 4
        other = stored(corpus, 99, day, [("RUS.GOV", "ceasefire", "accept", False)])
        refresh(corpus, embed=no_embedding)
        found = list(corpus.items("contradictions", scope="corpus"))
        recomputed = analyze_corpus(corpus, embed=no_embedding)
    original = next(iter(set(reports) - copies))
    # the original's two "accept" statements (ISR.GOV, EGY.GOV) against RUS.GOV's "not accept"
    assert len(found) == 2
    for item in found:
        sides = {item.record.a.doc_id, item.record.b.doc_id}
        assert sides == {original, other}
    cross = [item.record for item in recomputed if not item.document.id]
    assert len(cross) == 2 and all(copies.isdisjoint({c.a.doc_id, c.b.doc_id}) for c in cross)


def _item(doc: str, actor: str, polarity: bool, day: dt.date) -> Item:
    claim = Claim(subject="truce", predicate="hold", polarity=polarity,
                  text=f"truce {'' if polarity else 'not '}hold")  # fmt: skip
    quote = Quote(id="q1", speaker=actor, speaker_actor=actor, kind="indirect",
                  content=claim.text, date=day, claims=[claim])  # fmt: skip
    return Item(document=ReportDocument(id=doc, published=day), record=quote)


def test_one_block_compares_at_most_max_pairs_the_closest_in_time(monkeypatch, caplog):
    monkeypatch.setattr(contradictions, "MAX_PAIRS", 6)
    day = dt.date(2026, 1, 10)
    items = [_item(f"a{n}", "AAA.GOV", True, day - dt.timedelta(days=n)) for n in range(6)]
    items += [_item(f"b{n}", "BBB.GOV", False, day + dt.timedelta(days=n)) for n in range(6)]
    found = find_contradictions(items, embed=no_embedding)
    assert len(found) == 6  # 36 opposing pairs, 6 compared
    gaps = sorted(abs((c.a.date - c.b.date).days) for c in found)
    assert gaps == [0, 1, 1, 2, 2, 2]
    assert "only the 6 closest in time compared" in caplog.text
