"""Link near-duplicate documents (one wire story copied by several outlets) with MinHash LSH.

Copies are linked, not dropped: each outlet's copy is still a document of its own,
since who ran a story and how they edited it matters to media monitors.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE_WORDS = 3
SEED = 1
SCHEME = "affine32"  # datasketch's hashing scheme; stored signatures are only valid with it
_WORD = re.compile(r"\w+")
_DTYPE = np.dtype("<u4")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Overlapping ``size``-word sequences of the lower-cased words in ``text``.

    Punctuation, case and spacing are dropped first, so re-typeset copies match.
    """
    words = _WORD.findall(text.lower())
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


class NearDuplicateIndex:
    """Finds, for each new document, an earlier document whose text is nearly the same.

    ``threshold`` is the estimated Jaccard similarity of word shingles above which two
    documents count as copies; LSH candidates are checked against it, so a link is
    never just a hash-band collision.
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = 128):
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._minhashes: dict[str, LeanMinHash] = {}
        self._links: dict[str, str | None] = {}
        self._order: dict[str, int] = {}

    def signature(self, text: str) -> bytes:
        """The MinHash signature of ``text`` as bytes (``num_perm`` little-endian uint32)."""
        minhash = MinHash(num_perm=self.num_perm, seed=SEED, scheme=SCHEME)
        minhash.update_batch(list(shingles(text)))
        return np.asarray(minhash.hashvalues, dtype=_DTYPE).tobytes()

    def add(self, doc_id: str, signature: bytes) -> str | None:
        """Index ``doc_id`` and return the id of its closest earlier near-duplicate, if any.

        Adding an id again changes nothing and returns the same answer as the first time.
        """
        if doc_id in self._links:
            return self._links[doc_id]
        minhash = self._minhash(signature)
        match = None
        if not minhash.is_empty():
            scored = [
                (minhash.jaccard(self._minhashes[other]), -self._order[other], other)
                for other in self._lsh.query(minhash)
            ]
            close = [item for item in scored if item[0] >= self.threshold]
            match = max(close)[2] if close else None
            self._lsh.insert(doc_id, minhash, check_duplication=False)
            self._minhashes[doc_id] = minhash
        self._order[doc_id] = len(self._order)
        self._links[doc_id] = match
        return match

    def _minhash(self, signature: bytes) -> LeanMinHash:
        if len(signature) != self.num_perm * _DTYPE.itemsize:
            raise ValueError(
                f"signature of {len(signature)} bytes does not fit num_perm={self.num_perm}"
            )
        return LeanMinHash(
            seed=SEED, hashvalues=np.frombuffer(signature, dtype=_DTYPE), scheme=SCHEME
        )
