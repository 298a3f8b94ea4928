"""Near-duplicates: wire copies across outlets are linked, unrelated stories are not."""

from __future__ import annotations

import pytest

from accord.ingest import NearDuplicateIndex
from accord.ingest.dedupe import shingles
from ingest_support import OTHER_STORY, STORY, STORY_COPY


def test_wire_copy_is_linked_to_the_earlier_story_and_unrelated_story_is_not():
    index = NearDuplicateIndex()
    assert index.add("original", index.signature(STORY)) is None
    assert index.add("copy", index.signature(STORY_COPY)) == "original"
    assert index.add("ferry", index.signature(OTHER_STORY)) is None


def test_copy_is_linked_whichever_arrives_first():
    index = NearDuplicateIndex()
    assert index.add("copy", index.signature(STORY_COPY)) is None
    assert index.add("original", index.signature(STORY)) == "copy"


def test_adding_again_changes_nothing():
    index = NearDuplicateIndex()
    index.add("original", index.signature(STORY))
    assert index.add("copy", index.signature(STORY_COPY)) == "original"
    assert index.add("copy", index.signature(STORY_COPY)) == "original"
    assert index.add("original", index.signature(STORY)) is None


def test_signature_is_stable_bytes_that_survive_a_round_trip():
    first, second = NearDuplicateIndex(), NearDuplicateIndex()
    signature = first.signature(STORY)
    assert isinstance(signature, bytes) and len(signature) == 128 * 4
    assert signature == second.signature(STORY)
    second.add("stored", bytes(signature))
    assert second.add("copy", first.signature(STORY_COPY)) == "stored"


def test_case_punctuation_and_spacing_do_not_matter():
    index = NearDuplicateIndex(threshold=0.95)
    index.add("original", index.signature(STORY))
    retyped = " ".join(STORY.upper().replace(",", "").split())
    assert index.add("retyped", index.signature(retyped)) == "original"


def test_stricter_threshold_separates_the_edited_copy():
    index = NearDuplicateIndex(threshold=0.97)
    index.add("original", index.signature(STORY))
    assert index.add("copy", index.signature(STORY_COPY)) is None


def test_empty_text_is_never_a_duplicate():
    index = NearDuplicateIndex()
    assert index.add("a", index.signature("")) is None
    assert index.add("b", index.signature("...")) is None


def test_signature_of_the_wrong_size_is_refused():
    index = NearDuplicateIndex(num_perm=64)
    with pytest.raises(ValueError, match="num_perm=64"):
        index.add("x", NearDuplicateIndex(num_perm=128).signature(STORY))


def test_shingles_are_word_triples_of_normalised_text():
    assert shingles("Talks, resumed in GENEVA!") == {b"talks resumed in", b"resumed in geneva"}
    assert shingles("Two words") == {b"two words"}
