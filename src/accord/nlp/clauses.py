"""Clause shapes the extractors read the same way.

A content clause its complementizer "that" introduces ("said that the talks would resume",
"the demand that Ghana withdraw", "the hope that the army will attend") is what a cue says,
what a demand asks, or what a wish wants: the quotes, the event roles and the stance
readers all look for it, and read it alike."""

from __future__ import annotations

from spacy.tokens import Token


def introduced_by_that(clause: Token) -> bool:
    """Is ``clause`` a content clause its complementizer "that" introduces ("… that the talks
    would resume")?"""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
