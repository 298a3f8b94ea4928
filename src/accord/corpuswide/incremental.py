"""Cross-document analyses kept up to date as articles arrive, without recomputing the store.

Every ``accord ingest`` run ends with :func:`refresh`, which takes the documents stored
since the last update (``documents.refreshed_at`` is NULL) into the stored corpus-wide
contradictions and negotiation boards; ``accord contradictions`` and ``accord talks``
then only read those tables. What is incremental, precisely:

Contradictions. Two claims can only contradict when they share a subject, come from
different actors and were stated within ``WINDOW_DAYS`` of each other
(:mod:`accord.corpuswide.contradictions`). So a batch of new documents is compared with
the stored quotes dated inside the batch's window (a date range query) whose claims
share a subject with the batch's, and only pairs with a side in the batch are
compared. Each document is compared with the documents taken in before it and with
the rest of its batch; a pair with a later document is found when that one is taken
in. The cost follows the number of claims in the window, not the size of the store.
Copies of a story (near-duplicates linked to an earlier document) are left out on both
sides, as framing profiles leave them out: the story counts once, not once per outlet
that ran it.
Contradictions are stored under a stable id (a hash of their two quotes), so finding
one again overwrites it. The pairs are those a full recompute finds, with one
exception: a full recompute splits a subject with more than ``MAX_BLOCK`` claims by
predicate, and the windowed block here may be small enough not to be split, so
semantic matches across predicates can be kept here that a recompute drops.

Boards. Which process keys belong to one process is decided corpus-wide (linking),
but it needs only per-key counts, which one ``GROUP BY`` over the stances gives; the
links are recomputed from them at every update, exactly as a full build does. A
board is a function of its own process's stances, so only boards whose linked keys
or stance counts changed are rebuilt, each from all of its process's stances: the
cost follows the size of the processes new articles touch, not the store (a process
every article touches costs its whole size each time). Boards linked by meaning
(``accord talks --semantic``) are built on demand, not stored.

Updates hold the store's refresh lock (:mod:`accord.store.crossdoc`), so concurrent
ingest runs update one after the other, and a run killed before its update leaves its
documents for the next one.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from accord.corpuswide.assessments import process_parties, quote_assessments
from accord.corpuswide.blame import quote_blames
from accord.corpuswide.contradictions import (
    SCOPE,
    WINDOW_DAYS,
    Embed,
    find_contradictions,
    stated_claims,
    subject_block,
)
from accord.corpuswide.talks import ProcessKeys, build_board, link_keys, positions_from
from accord.model import Contradiction
from accord.store.copies import copies_among
from accord.store.crossdoc import Refresher, StoredBoard, refreshing, up_to_date

#: Documents taken in per transaction: bounds memory and how long the lock is held.
CHUNK = 1000


@dataclass
class Refreshed:
    """What one update did."""

    documents: int = 0  # documents taken in
    contradictions: int = 0  # corpus-wide contradictions found for them
    boards: int = 0  # boards rebuilt
    contradiction_seconds: float = 0.0
    board_seconds: float = 0.0

    @property
    def seconds(self) -> float:
        return self.contradiction_seconds + self.board_seconds

    def as_dict(self) -> dict:
        return {name: round(value, 3) for name, value in asdict(self).items()}


def refresh(
    corpus, embed: Embed | None = None, wait: bool = True, chunk: int = CHUNK
) -> Refreshed | None:
    """Take every stored document not taken in yet into the stored contradictions and
    boards. With ``wait=False`` (for readers) returns None at once if another process
    holds the refresh lock; nothing is locked when there is nothing to do."""
    done = Refreshed()
    if up_to_date(corpus):
        return done
    started = time.perf_counter()
    while True:
        with refreshing(corpus, wait) as refresher:
            if refresher is None:
                return None
            pending = refresher.pending(chunk)
            if not pending:
                break
            found = new_contradictions(corpus, pending, embed=embed, refreshed_only=True)
            refresher.replace_contradictions(SCOPE, found, doc_ids=pending)
            refresher.mark_refreshed(pending)
        done.documents += len(pending)
        done.contradictions += len(found)
    done.contradiction_seconds = time.perf_counter() - started
    with refreshing(corpus, wait) as refresher:
        if refresher is None:
            return None
        done.boards = update_boards(corpus, refresher)
    done.board_seconds = time.perf_counter() - started - done.contradiction_seconds
    return done


def rebuild_boards(corpus) -> int:
    """Rebuild every stored board from all stored stances; the number of boards."""
    with refreshing(corpus) as refresher:
        return update_boards(corpus, refresher, everything=True)


def update_boards(corpus, refresher: Refresher, everything: bool = False) -> int:
    """Relink the process keys from their counts and rebuild the boards whose keys or
    counts changed (all of them with ``everything``); drop boards of merged processes."""
    keys = ProcessKeys()
    for process, label, round_name, party, stance, count in refresher.stance_counts():
        keys.add(process, label, round_name, party, stance, count)
    members: dict[str, dict[str, int]] = defaultdict(dict)
    for key, process in link_keys(keys).items():
        members[process][key] = keys.sizes[key]
    stored = {} if everything else refresher.board_members()
    stale = sorted(process for process, counts in members.items() if stored.get(process) != counts)
    boards = (_board(corpus, process, members[process]) for process in stale)
    refresher.save_boards(boards, keep=set(members))
    return len(stale)


def _board(corpus, process: str, members: dict[str, int]) -> StoredBoard:
    positions = positions_from(corpus.items("stances", processes=sorted(members)))
    board = build_board(process, positions)
    return StoredBoard(data=board.as_dict(), names=board.names, members=members)


def new_contradictions(
    corpus,
    new_doc_ids: Iterable[str],
    embed: Embed | None = None,
    window_days: int = WINDOW_DAYS,
    refreshed_only: bool = False,
) -> list[Contradiction]:
    """Contradictions with at least one side in ``new_doc_ids`` (already stored), against
    every other stored document, or only those already taken in (``refreshed_only``).

    Copies (documents linked to an earlier one as near-duplicates) take no part: the
    story they copy speaks for them, so a story syndicated by 300 outlets counts as one
    source, and no document is ever set against its own copy."""
    new_ids = set(new_doc_ids) - copies_among(corpus, new_doc_ids)
    new_items = list(corpus.items("quotes", doc_ids=sorted(new_ids)))
    new_narration = list(corpus.narration(doc_ids=new_ids))
    new_claims = stated_claims(new_items, new_narration)
    judged = [
        item for item in new_items if quote_assessments(item.record) or quote_blames(item.record)
    ]
    if not new_claims and not judged:
        return []
    subjects = {subject_block(stated.claim.subject) for stated in new_claims}
    dates = [stated.date for stated in new_claims]
    dates += [item.record.date or item.document.published for item in judged]
    window = {}
    if all(dates):
        reach = dt.timedelta(days=window_days)
        window = {"since": min(dates) - reach, "until": max(dates) + reach}
    refreshed = True if refreshed_only else None
    candidates = [
        item
        for item in corpus.items("quotes", refreshed=refreshed, **window)
        if item.document.id not in new_ids
        and (
            any(
                subject_block(claim.subject) in subjects
                for claim in item.record.claims
                if claim.subject
            )
            or (judged and (quote_assessments(item.record) or quote_blames(item.record)))
        )
    ]
    narrated = [
        (document, sentence)
        for document, sentence in corpus.narration(refreshed=refreshed, **window)
        if document.id not in new_ids
        and any(
            subject_block(claim.subject) in subjects for claim in sentence.claims if claim.subject
        )
    ]
    copies = copies_among(
        corpus, {item.document.id for item in candidates} | {d.id for d, _ in narrated}
    )
    candidates = [item for item in candidates if item.document.id not in copies]
    narrated = [(d, sentence) for d, sentence in narrated if d.id not in copies]
    documents = new_ids | {item.document.id for item in candidates}
    return find_contradictions(
        [*new_items, *candidates],
        embed=embed,
        window_days=window_days,
        involving=new_ids,
        narration=[*new_narration, *narrated],
        parties=process_parties(corpus.items("stances", doc_ids=sorted(documents))),
    )
