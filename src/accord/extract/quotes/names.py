"""Names as a text writes them, for matching a speaker against names given earlier."""

from __future__ import annotations


def strip_marks(text: str) -> str:
    """The words without quotation marks, surrounding apostrophes or commas."""
    return " ".join(text.replace("“", "").replace("”", "").replace('"', "").split()).strip("'‘’ ,")


def clean_name(name: str) -> str:
    """A name as written, without quote marks or a possessive ending."""
    name = strip_marks(name)
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip()
