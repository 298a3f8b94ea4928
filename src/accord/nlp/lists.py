"""Lists of names the parser reads as appositions.

In "representatives from Greece, Turkey, and Britain" or "attended by Kofi Mensah, Yao Agbo,
and officials from Benin" the small English model often hangs the middle name on the first
as an apposition (a second name for the same thing), so every reader of conjuncts (sources,
parties, attendees) loses it. A name in apposition to a name, after a comma, where the same
head goes on with ", and …", is a member of the list: it is relabelled ``conj``. An
apposition that describes ("Kofi Mensah, Ghana's president, and …", "…, President of Ghana,
and …") keeps its label: its head is a common noun or it has a prepositional phrase of its own.
When the parser has hung the list's last name on a head outside the list ("from Togo, the bloc
ECOWAS, and Benin", with "Benin" a conjunct of the verb), that name and its "and" rejoin the
list's first name.
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
            last = _stray_last_item(token)
            if last is not None:  # the list's last name joins its first
                last.head, doc[last.i - 1].head = token.head, token.head
                doc[last.i - 1].dep_ = "cc"
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
    if goes_on and any(c.dep_ == "cc" and c.i > token.i for c in head.children):
        return True
    return _stray_last_item(token) is not None


def _stray_last_item(token: Token) -> Token | None:
    """ "from Togo, the bloc ECOWAS, and Benin", with "Benin" hung on the verb: the name right
    after the apposition's ", and", when the parser gave it to a head outside the list."""
    doc = token.doc
    after = token.right_edge.i + 1
    if after + 2 >= len(doc) or doc[after].text != "," or doc[after + 1].lower_ != "and":
        return None
    last = doc[after + 2]
    while last.head.i == last.i + 1 and last.dep_ == "compound":
        last = last.head  # "the Volta Front": its head word
    if not _name(last) or last.head.i in range(token.head.left_edge.i, token.right_edge.i + 1):
        return None
    if last.dep_ != "conj" or token.head in last.subtree:
        return None
    return last


def _name(token: Token) -> bool:
    """A proper name, also one the tagger took for a common noun ("the bloc ECOWAS")."""
    return (
        token.pos_ == "PROPN"
        or token.ent_type_ in NAME_ENTITIES
        or (token.is_upper and len(token) > 1 and token.is_alpha)
    )
