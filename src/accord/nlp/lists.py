"""Lists of names the parser reads as appositions.

In "representatives from Greece, Turkey, and Britain" or "attended by Kofi Mensah, Yao Agbo,
and officials from Benin" the small English model often hangs the middle name on the first
as an apposition (a second name for the same thing), so every reader of conjuncts (sources,
parties, attendees) loses it. A name in apposition to a name, after a comma, where the same
head goes on with ", and …", is a member of the list: it is relabelled ``conj``. An
apposition that describes ("Kofi Mensah, Ghana's president, and …", "…, President of Ghana,
and …") keeps its label: its head is a common noun or it has a prepositional phrase of its own.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP
from spacy.language import Language
from spacy.tokens import Doc, Token

#: Entity types of a name that can stand in a list of parties.
NAME_ENTITIES = {"ORG", "GPE", "NORP"}


@Language.component("accord_name_lists")
def relabel_listed_names(doc: Doc) -> Doc:
    appos = doc.vocab.strings["appos"]
    for index in np.flatnonzero(doc.to_array([DEP]) == appos):  # few per document
        token = doc[int(index)]
        if _listed_name(token):
            token.dep_ = "conj"
    return doc


def _listed_name(token: Token) -> bool:
    head = token.head
    if not (_name(token) and _name(head)) or token.i < head.i:
        return False
    start = token.left_edge.i
    if start == 0 or token.doc[start - 1].text != ",":
        return False
    if any(child.dep_ == "prep" for child in token.children):
        return False  # "…, President of Ghana, and …": a title
    if any(c.dep_ == "cc" and c.i > token.i for c in token.children):
        return True  # "Turkey, Jordan, and other states": the list goes on from this name
    goes_on = any(c.dep_ == "conj" and c.i > token.i for c in head.children)
    return goes_on and any(c.dep_ == "cc" and c.i > token.i for c in head.children)


def _name(token: Token) -> bool:
    """A proper name, also one the tagger took for a common noun ("the bloc ECOWAS")."""
    return (
        token.pos_ == "PROPN"
        or token.ent_type_ in NAME_ENTITIES
        or (token.is_upper and len(token) > 1 and token.is_alpha)
    )
