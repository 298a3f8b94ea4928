"""Placeholder API (being written): map a phrase to a neutral actor id."""


def resolve_phrase(text: str) -> str | None:
    """The actor id a phrase names ("the White House" → USA.GOV), or None."""
    return None
