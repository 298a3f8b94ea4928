"""The near-duplicate index kept in the store: MinHash LSH with its buckets in a table.

An in-memory LSH index grows with the corpus (about 4 KB a document) and must be
rebuilt at every start; filing each signature's band hashes in ``minhash_bands``
keeps ingestion memory flat, persists the index across runs, and lets several
processes share it. Candidates sharing a bucket are confirmed by the estimated
Jaccard similarity of the stored signatures, so a link is never just a bucket
collision. Band layout (``bands`` × ``rows``) follows datasketch's choice for the
threshold and number of permutations, fixed for a store by the defaults below.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import numpy as np
from datasketch import MinHashLSH
from sqlalchemy import and_, or_, select

from accord.store import schema
from accord.store.upsert import upsert

THRESHOLD = 0.8
NUM_PERM = 128


def band_layout(threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows per band) that datasketch's LSH picks for this threshold."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def band_keys(signature: bytes, num_perm: int = NUM_PERM, layout=None) -> list[str]:
    """One short hash per band of a signature of ``num_perm`` fixed-width values."""
    bands, rows = layout or band_layout(num_perm=num_perm)
    width = len(signature) // num_perm * rows
    return [
        hashlib.blake2b(signature[band * width : (band + 1) * width], digest_size=8).hexdigest()
        for band in range(bands)
    ]


def similarity(a: bytes, b: bytes, num_perm: int = NUM_PERM) -> float:
    """Estimated Jaccard similarity: the share of equal MinHash values."""
    if len(a) != len(b) or not a:
        return 0.0
    left = np.frombuffer(a, dtype=np.uint8).reshape(num_perm, -1)
    right = np.frombuffer(b, dtype=np.uint8).reshape(num_perm, -1)
    return float((left == right).all(axis=1).mean())


class StoredNearDuplicates:
    """Finds, for each new document, the closest earlier stored document that it nearly copies.

    ``connection`` is the writer's (so documents saved earlier in the same, not yet
    committed, transaction are found); ``signer`` turns a text into a signature
    (``accord.ingest.NearDuplicateIndex.signature``). Call :meth:`add` for a document
    just before saving it.
    """

    def __init__(
        self,
        connection,
        signer: Callable[[str], bytes],
        threshold: float = THRESHOLD,
        num_perm: int = NUM_PERM,
    ) -> None:
        self.connection = connection
        self.signer = signer
        self.threshold = threshold
        self.num_perm = num_perm
        self.layout = band_layout(threshold, num_perm)

    def signature(self, text: str) -> bytes:
        return self.signer(text)

    def add(self, doc_id: str, signature: bytes) -> str | None:
        """File ``doc_id`` in the index; return the earlier document it copies, if any."""
        if signature == b"\xff" * len(signature):  # an empty MinHash: a text without words
            return None
        keys = band_keys(signature, self.num_perm, self.layout)
        best, best_score = None, self.threshold
        for other, other_signature in self._candidates(doc_id, keys):
            score = similarity(signature, other_signature, self.num_perm)
            if score > best_score or (best is None and score >= self.threshold):
                best, best_score = other, score
        rows = [{"band": band, "hash": key, "doc_id": doc_id} for band, key in enumerate(keys)]
        upsert(self.connection, schema.minhash_bands, rows, update_existing=False)
        return best

    def _candidates(self, doc_id: str, keys: list[str]):
        """Stored documents sharing a bucket with ``keys``, earliest ingested first."""
        bands, documents = schema.minhash_bands, schema.documents
        # an OR of one (band, hash) pair per band: SQLite answers each from the primary key,
        # where a row-value IN scans the whole table (quadratic over a run); the number of
        # bands is fixed, so the statement is still built and cached once
        shared = or_(
            *(and_(bands.c.band == band, bands.c.hash == key) for band, key in enumerate(keys))
        )
        query = (
            select(documents.c.id, documents.c.minhash)
            .where(
                documents.c.id.in_(select(bands.c.doc_id).where(shared)),
                documents.c.id != doc_id,
                documents.c.minhash.is_not(None),
            )
            .order_by(documents.c.ingested_at, documents.c.id)
        )
        return [(row.id, bytes(row.minhash)) for row in self.connection.execute(query)]
