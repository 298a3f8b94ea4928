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
list's first name; so does a middle name it read as an adverbial noun of the verb, with the
rest of the list hung on it ("from the US, the bloc IGAD, and Norway").
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
    # last to first: a later member relabelled first lets the one before it see the list go
    # on ("FARDC, Wazalendo militias, the FDLR, and …": the FDLR, then the militias)
    for index in np.flatnonzero(doc.to_array([DEP]) == appos)[::-1]:  # few per document
        token = doc[int(index)]
        if _listed_name(token):
            token.dep_ = "conj"
            last = _stray_last_item(token)
            if last is not None:  # the list's last name joins its first
                last.head, doc[last.i - 1].head = token.head, token.head
                doc[last.i - 1].dep_ = "cc"
    deps = doc.to_array([DEP])
    hung = (deps == doc.vocab.strings["npadvmod"]) | (deps == doc.vocab.strings["conj"])
    for index in np.flatnonzero(hung):  # in text order: a list's names join it one by one
        token = doc[int(index)]
        before = _list_before(token)
        if before is not None:
            joiner = doc[token.left_edge.i - 1]  # the list's comma, or its "and"
            if joiner.lower_ == "and":
                joiner.head, joiner.dep_ = before, "cc"
            token.head, token.dep_ = before, "conj"
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
    if any(c.dep_ in ("cc", "conj") and c.i > token.i for c in token.children):
        # "Turkey, Jordan, and other states", "FARDC, Wazalendo militias, the FDLR, and …":
        # the list goes on from this name
        return True
    goes_on = any(c.dep_ == "conj" and c.i > token.i for c in head.children)
    if goes_on and any(c.dep_ == "cc" and c.i > token.i for c in head.children):
        return True
    return _stray_last_item(token) is not None


def _stray_last_item(token: Token) -> Token | None:
    """ "from Togo, the bloc ECOWAS, and Benin", with "Benin" hung on the verb: the name right
    after the apposition's ", and", when the parser gave it to a head outside the list."""
    doc = token.doc
    end = token.right_edge.i
    while end > token.i and doc[end].is_punct:
        end -= 1  # the comma the parser gave the apposition ("the bloc ECOWAS ,")
    after = end + 1
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


def _list_before(token: Token) -> Token | None:
    """ "from the US, the bloc IGAD, and Norway", with "IGAD" read as an adverbial noun of the
    verb or a conjunct of it, and "Norway" a conjunct of either: a name the parser hung outside
    a list of names, right after the list's comma (or its ", and"). Returns the name before
    it, the object of a preposition or a member of the list, which it joins."""
    verb_conjunct = token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX")
    if not (token.dep_ == "npadvmod" or verb_conjunct) or not _name(token):
        return None
    doc = token.doc
    comma = token.left_edge.i - 1
    last = comma >= 0 and doc[comma].lower_ == "and"
    comma -= int(last)
    if comma < 1 or doc[comma].text != ",":
        return None
    before = doc[comma - 1]
    if not _name(before) or before.dep_ not in ("pobj", "conj"):
        return None
    if before.dep_ == "conj" and before.head.pos_ in ("VERB", "AUX"):
        return None  # the name before is hung outside too: no list to join
    if token.dep_ == "npadvmod" and not last:
        goes_on = {c.dep_ for c in token.children if c.i > token.i}
        return before if {"cc", "conj"} <= goes_on else None
    return before


def _name(token: Token) -> bool:
    """A proper name, also one the tagger took for a common noun ("the bloc ECOWAS"), or a
    plural noun a name heads with no article or owner ("Wazalendo militias"): a group named,
    not described ("a Hutu militia", "Ghana's allies" describe)."""
    return (
        _proper(token)
        or (token.is_upper and len(token) > 1 and token.is_alpha)
        or (
            token.tag_ == "NNS"
            and any(c.dep_ == "compound" and _proper(c) for c in token.children)
            and not any(c.dep_ in ("det", "poss") for c in token.children)
        )
    )


def _proper(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in NAME_ENTITIES
