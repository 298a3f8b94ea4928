"""Characterisations: ``described the round as frank``, ``called the deal a "path to
peace"``, ``defended the raid as necessary to stop smuggling``. The thing and what it is
called are the statement.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.extract.quotes.candidate import subtree_range
from accord.nlp.docviews import doc_text


def characterisation(cue: Token) -> tuple[int, int] | None:
    """``called the deal a "path to peace"``, ``described the round as frank``,
    ``which the ministry described as "useful"``: the thing and what it is called."""
    complement = None
    for child in cue.children:
        if child.i < cue.i:
            continue
        if (
            child.dep_ in ("oprd", "acomp")
            or child.dep_ == "prep"
            and child.lower_ == "as"
            or child.dep_ in ("advcl", "amod", "npadvmod")
            and child.left_edge.lower_ == "as"  # "as deeply serious" hung on the adjective
        ):
            complement = child
    if complement is None:
        # "described the discussions as serious": the parser may hang "as" inside the object
        for child in cue.children:
            if (
                child.dep_ == "dobj"
                and child.i > cue.i
                and any(t.lower_ == "as" and t.i > child.i for t in child.subtree)
            ):
                start, end = subtree_range(child)
                return _to_closing_mark(cue, (start, _with_purpose(cue, child, end)))
        return None
    thing = [c for c in cue.children if c.dep_ == "dobj" and c.i < complement.i]
    start = subtree_range(thing[0])[0] if thing else subtree_range(complement)[0]
    end = _with_purpose(cue, complement, subtree_range(complement)[1])
    last = complement.right_edge
    if last.pos_ == "CCONJ":
        # "as useful and held in a friendly spirit": the parser hung the
        # second half on the cue; the words after "and" still say what it was called
        rest = [c for c in cue.children if c.i > last.i and not c.is_punct]
        if rest:
            end = subtree_range(rest[0])[1]
    return _to_closing_mark(cue, (start, end)) if end > start else None


def _with_purpose(cue: Token, complement: Token, end: int) -> int:
    """``justified the raid as needed | to halt arms flows``: an infinitive the parser hung
    on the cue right after what the thing was called is part of it."""
    for child in cue.children:
        if (
            child.dep_ in ("xcomp", "advcl")
            and child.left_edge.i == complement.right_edge.i + 1
            and child.left_edge.lower_ == "to"
        ):
            return subtree_range(child)[1]
    return end


def _to_closing_mark(cue: Token, piece: tuple[int, int]) -> tuple[int, int]:
    """A characterisation that opens a quotation ends where the quotation does: the parser
    may cut ``as "frank and useful and were held …"`` at the second "and"."""
    text = doc_text(cue.doc)
    start, end = piece
    inside = text[start:end]
    if inside.count("“") <= inside.count("”") and inside.count('"') % 2 == 0:
        return piece
    sentence_end = cue.sent.end_char
    closing = [i for i in (text.find("”", end), text.find('"', end)) if 0 <= i < sentence_end + 2]
    return (start, min(closing) + 1) if closing else piece
