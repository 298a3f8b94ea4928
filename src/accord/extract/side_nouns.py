"""Whom a bare noun for an armed side refers to: "the rebels", "communist rebels", "insurgents".

News names a non-state side once ("the National Liberation Army (ELN)") and then calls it
by a common noun; or it never names one ("talks between the government and communist
rebels"). The rule, in order:

1. a definite phrase ("the rebels", "the insurgents") refers back to the armed side the
   document names before it: the most salient one in the coreference window, else the last
   one named anywhere before;
2. a phrase without a determiner ("rebels", "Maoist rebels") is that side only when the
   document has named exactly one armed side before it (an adjective may name another);
3. otherwise the phrase is the open-world side ``<country>.REB`` of the conflict's state:
   the state body it is paired with ("between the Philippine government and communist
   rebels", "the army and rebels"), else the place it is said to be in ("rebels in
   Mindanao"; never a capital, where talks are held). A mediator's nationality, a venue or
   the dateline's country is never taken for the conflict's.

With none of these the phrase stays unresolved: no actor is better than a wrong one. A
name or possessive inside the phrase says whose members they are ("the ELN rebels", "its
fighters"): a group's, or nobody's here when it is a state ("Russia's fighters").

Groups no gazetteer lists are minted after this pass; :func:`refer_to_minted` then applies
rules 1 and 2 to them.

A description of a side resolved by plain coreference ("the government", "the rebel
delegation") likewise passes over the states and groups shown mediating or hosting when
another candidate fits (:func:`accord.resolve.coref.antecedent`); they are found here. A
definite description of a group or of fighters ("the group", "the rebel delegation") with
no antecedent in the window takes the armed side named last (:func:`last_armed_side`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from accord.data import words
from accord.extract.analysis import ActorMention, Analysis, sentence_index
from accord.extract.third_parties import third_parties
from accord.resolve.actors import country_of, gazetteer, plover_code
from accord.resolve.candidates import organisation_kinds
from accord.resolve.coref import Candidate, antecedent

SIDE_NOUNS = frozenset(words("actors", "side_nouns"))
DEFINITE = frozenset(words("grammar", "definite_determiners"))
#: Sectors whose mentions make a state a side of an armed conflict (not its envoys or press).
SIDE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
#: The sector of the open-world side.
SIDE_SECTOR = "REB"
RULE = "coref.side"


def is_side_noun(token: Token) -> bool:
    """A noun for the members of an armed side heading its own phrase (not "rebel leader")."""
    return (
        token.pos_ in ("NOUN", "PROPN")
        and token.lower_ in SIDE_NOUNS
        and token.dep_ not in ("compound", "amod", "poss")
    )


def is_armed_side(candidate: Candidate) -> bool:
    """An armed group the gazetteer or the text names, or an open-world side."""
    return bool(candidate.actor) and (
        candidate.org_kind == "armed_group" or candidate.sector == SIDE_SECTOR
    )


def only_armed_group(candidates: Sequence[Candidate]) -> str | None:
    """The one armed group the whole document names, when a side noun comes before any
    ("Rebels seized the town …", and the group is named further down), else None."""
    groups = {c.actor for c in candidates if is_armed_side(c) and c.sector != SIDE_SECTOR}
    return groups.pop() if len(groups) == 1 else None


def last_armed_side(candidates: Sequence[Candidate], token: int) -> Candidate | None:
    """The armed side named last before ``token``, anywhere in the document: what "the
    rebels" or "the group" refer to when the coreference window holds no group."""
    earlier = [c for c in candidates if c.token < token and is_armed_side(c)]
    return max(earlier, key=lambda c: c.token, default=None)


class SideResolver:
    """Resolves side nouns in one document from the mentions the actors extractor found.

    ``actor_at`` maps a token index to the actor of the named mention covering it;
    ``place_country`` gives the country a place token names, and whether it is a capital.
    """

    def __init__(
        self,
        doc: Doc,
        named: Sequence[ActorMention],
        place_country: Callable[[Token], tuple[str | None, bool]],
    ) -> None:
        self.doc = doc
        self.place_country = place_country
        self.actor_at = {i: m.actor for m in named for i in range(m.start, m.end)}
        #: token → the state body a name (not a person, not a located noun) makes there
        self.state_at = {
            i: m.actor
            for m in named
            if m.kind == "name"
            and m.rule.startswith("gazetteer")
            and "." in m.actor
            and m.actor.split(".")[1] in SIDE_SECTORS
            for i in range(m.start, m.end)
        }
        self.third_parties = third_parties(doc, self.actor_at.get)

    def note(self, mention: ActorMention) -> None:
        """A mention coreference resolved: a pronoun may own a later side noun ("its
        fighters")."""
        self.actor_at.update((i, mention.actor) for i in range(mention.start, mention.end))

    def mention(
        self, token: Token, start: int, candidates: Sequence[Candidate]
    ) -> ActorMention | None:
        """The mention a side noun makes from token ``start`` to it, or None (see the
        module docstring)."""
        inside = {self.actor_at[i] for i in range(start, token.i) if i in self.actor_at}
        if inside:  # "the ELN rebels", "Houthi fighters", "its fighters": whose they are
            group = inside.pop() if len(inside) == 1 else None
            if group is None or "." in group:
                return None
            return side_mention(start, token, group)
        if any(self._names_whose(c) for c in token.rights):
            return None  # "rebels of the Arakan Army": the complement says whose
        actor = self._named_side(token, candidates)
        if actor is None:
            country = self.conflict_country(token)
            actor = f"{country}.{SIDE_SECTOR}" if country else None
        return side_mention(start, token, actor) if actor else None

    def _names_whose(self, prep: Token) -> bool:
        """An "of" complement naming a group ("of the Arakan Army"), not what they did
        ("accused the rebels of extortion")."""
        return (
            prep.dep_ == "prep"
            and prep.lower_ == "of"
            and any(
                c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.i in self.actor_at)
                for c in prep.children
            )
        )

    def _named_side(self, token: Token, candidates: Sequence[Candidate]) -> str | None:
        if not _is_definite(token):
            sides = {c.actor for c in candidates if c.token < token.i and is_armed_side(c)}
            if not sides:
                return only_armed_group(candidates)
            return sides.pop() if len(sides) == 1 else None
        found = antecedent(
            candidates, "armed", sentence_index(token), token.i, third_parties=self.third_parties
        ) or last_armed_side(candidates, token.i)
        return found.actor if found is not None else only_armed_group(candidates)

    def _partner(self, token: Token) -> str | None:
        """The country of the state body a side noun is paired with, two conjuncts alone
        ("the army and rebels", "between the government and communist rebels"); in a longer
        list the items are no pair of sides."""
        if len(token.conjuncts) != 1:
            return None
        actor = self.state_at.get(token.conjuncts[0].i)
        return actor.split(".")[0] if actor else None

    def conflict_country(self, token: Token) -> str | None:
        """The country of the state the side fights or negotiates with (module docstring)."""
        partner = self._partner(token)
        if partner is not None:
            return partner
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "from"):
                for place in (c for c in prep.children if c.dep_ == "pobj"):
                    country, capital = self.place_country(place)
                    if country and not capital:
                        return country
        return None


def armed_home(named: Sequence[ActorMention]) -> str | None:
    """The one country whose armed groups the document names (the TNLA → Myanmar), if
    they are all of one: the state that "the government" or "the junta" of a story about
    them means when the text never names it."""
    countries = {
        armed_group_country(m.actor) or country_of(m.actor)
        for m in named
        if organisation_kinds().get(m.actor) == "armed_group" or m.actor.endswith("." + SIDE_SECTOR)
    }
    countries.discard(None)
    return countries.pop() if len(countries) == 1 else None


def armed_group_country(actor: str) -> str | None:
    """The country of an armed group the gazetteer knows (the RSF → SDN), else None."""
    if organisation_kinds().get(actor) != "armed_group":
        return None
    return country_of(plover_code(actor))


def name_national_rebels(named: Sequence[ActorMention]) -> None:
    """ "The Houthis … the Yemeni rebels": a gazetteer name for a country's rebels is the one
    armed group of that country the document named before it, not its open-world side; with
    none named before, the one it names further down ("A rebel group in Myanmar announced a
    truce … The TNLA said")."""
    kinds = organisation_kinds()
    for mention in named:
        if not mention.actor.endswith("." + SIDE_SECTOR):
            continue
        country = mention.actor.split(".")[0]
        national = [
            (m.start, m.actor)
            for m in named
            if kinds.get(m.actor) == "armed_group" and plover_code(m.actor) == country
        ]
        groups = {actor for _, actor in named_before(national, mention.start)}
        if len(groups) == 1:
            mention.actor = groups.pop()


def named_before(occurrences: Sequence[tuple[int, str]], token: int) -> list[tuple[int, str]]:
    """The (token, actor) occurrences before ``token``; with none before, all of them when
    they are one actor's: the group a lead calls "rebels" and names further down."""
    before = [(start, actor) for start, actor in occurrences if start < token]
    if not before and len({actor for _, actor in occurrences}) == 1:
        return list(occurrences)
    return before


def side_mention(start: int, token: Token, actor: str) -> ActorMention:
    """The description mention a side noun makes, from token ``start`` to the noun."""
    text = token.doc[start : token.i + 1].text
    return ActorMention(start, token.i + 1, actor, text, kind="description", rule=RULE)


def _is_definite(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in token.lefts)


def _is_group_description(token: Token) -> bool:
    """A definite singular description of an organisation heading its own phrase ("the
    group", "the armed movement"), which refers back to one group."""
    return (
        token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and token.dep_ not in ("compound", "amod")
        and gazetteer().descriptions.get(token.lemma_.lower()) == "organisation"
        and _is_definite(token)
    )


def _minted_in_apposition(token: Token, occurrences: list[tuple[int, str]]) -> str | None:
    """The minted group a side noun or an organisation's description has in apposition ("a
    rebel group, the Volta Front,", "a rebel group in Ghana, the Volta Front,"), or None."""
    describes = is_side_noun(token) or (
        token.pos_ == "NOUN"
        and token.dep_ not in ("compound", "amod")
        and gazetteer().descriptions.get(token.lemma_.lower()) == "organisation"
    )
    if not describes:
        return None
    # the parse often hangs the name on the place of "a group in Myanmar, the …"
    places = [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for child in (c for holder in (token, *places) for c in holder.children):
        if child.dep_ != "appos":
            continue
        for start, actor in occurrences:
            if child.left_edge.i <= start <= child.i:
                return actor
    return None


def refer_to_minted(doc: Doc, analysis: Analysis, occurrences: list[tuple[int, str]]) -> None:
    """Side nouns and the groups :mod:`accord.extract.open_actors` mints after the actors
    extractor ran: the rule above, applied to the ``occurrences`` (start token, id) of the
    minted groups. A noun left unresolved or given an open-world side takes the minted
    group named before it; a pronoun that took the open-world side follows its noun. A
    definite description of a group ("the group") that found no antecedent among the listed
    actors takes the minted group named last before it."""
    moved: dict[str, str] = {}
    for token in doc:
        named = _minted_in_apposition(token, occurrences)
        if named is not None:
            # "a rebel group in Myanmar, the Ta'ang army, …": the name the description has
            # in apposition is the group, not the country's open-world rebels
            mention = analysis.mention_covering(token)
            if mention is None:
                analysis.add_mention(side_mention(token.left_edge.i, token, named))
            elif mention.actor.endswith("." + SIDE_SECTOR):
                moved[mention.actor] = mention.actor = named
            continue
        if _is_group_description(token) and analysis.mention_covering(token) is None:
            # "the group", "the armed movement", left unresolved: the group named last
            before = [(start, actor) for start, actor in occurrences if start < token.i]
            if before:
                analysis.add_mention(side_mention(token.left_edge.i, token, max(before)[1]))
            continue
        if not is_side_noun(token):
            continue
        mention = analysis.mention_covering(token)
        if mention is not None and not (
            mention.rule == RULE and mention.actor.endswith("." + SIDE_SECTOR)
        ):
            continue
        before = named_before(occurrences, token.i)
        if not before or (not _is_definite(token) and len({a for _, a in before}) != 1):
            continue
        group = max(before)[1]
        if mention is None:
            analysis.add_mention(side_mention(token.left_edge.i, token, group))
        else:
            moved[mention.actor] = group
            mention.actor = group
    for mention in analysis.mentions:
        if mention.kind == "pronoun" and mention.actor in moved:
            mention.actor = moved[mention.actor]
