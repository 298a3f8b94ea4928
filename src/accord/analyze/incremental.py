"""Contradictions of newly stored articles, found without recomputing the whole store.

Two claims can only contradict when they share a subject, come from different
actors and were stated within ``WINDOW_DAYS`` of each other
(:mod:`accord.analyze.contradictions`). So the claims a new batch is compared
with are the stored quotes dated inside the batch's window (a date range query)
whose claims share a subject with the batch's claims; the block-and-compare of
:func:`~accord.analyze.contradictions.find_contradictions` then runs on that
small set. The cost follows the number of claims in the window, not the size
of the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from accord.analyze.contradictions import (
    WINDOW_DAYS,
    Embed,
    find_contradictions,
    stated_claims,
)
from accord.model import Contradiction


def new_contradictions(
    corpus,
    new_doc_ids: Iterable[str],
    embed: Embed | None = None,
    window_days: int = WINDOW_DAYS,
) -> list[Contradiction]:
    """Contradictions with at least one side in ``new_doc_ids`` (already stored)."""
    new_ids = set(new_doc_ids)
    new_items = [
        item for doc_id in sorted(new_ids) for item in corpus.items("quotes", doc_id=doc_id)
    ]
    new_claims = stated_claims(new_items)
    if not new_claims:
        return []
    subjects = {stated.claim.subject for stated in new_claims}
    dates = [stated.date for stated in new_claims if stated.date]
    window = {}
    if dates and len(dates) == len(new_claims):
        reach = dt.timedelta(days=window_days)
        window = {"since": min(dates) - reach, "until": max(dates) + reach}
    candidates = [
        item
        for item in corpus.items("quotes", **window)
        if item.document.id not in new_ids
        and any(claim.subject in subjects for claim in item.record.claims)
    ]
    return find_contradictions(
        [*new_items, *candidates], embed=embed, window_days=window_days, involving=new_ids
    )
