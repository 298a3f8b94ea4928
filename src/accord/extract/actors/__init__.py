"""The "actors" extractor: every stretch of text that refers to a political actor.

Named mentions come from one PhraseMatcher pass over the gazetteer (countries,
demonyms, capitals, institutions, organisations, office-holders); each hit is
widened to the noun phrase it heads ("a senior Israeli official", "the head of
Hamas' Political Bureau") and resolved with :func:`accord.resolve.actors.resolve_phrase`.
Persons are learned from their titles and appositions ("White House spokesman John
Kirby" → John Kirby acts for USA.GOV; a later "Kirby" resolves the same). Definite
descriptions and pronouns are resolved by the salience rule in
:mod:`accord.resolve.coref`; a subject headed by an actor noun that nothing resolves ("The
army accepted …") takes part in it as a candidate with no actor, so that a following "its"
is left unresolved rather than given to an earlier, less salient actor. Bare nouns for an
armed side ("the rebels", "communist rebels") are resolved by :mod:`accord.extract.side_nouns`:
the group the text names, else the open-world rebels of the state they are paired with.

Capitals and countries used as places ("talks in Cairo", "returning to the United
States") are not actor mentions, nor are the places of the dateline opening the article
("KYIV/MOSCOW (Reuters) -", "GAZA CITY, May 7 (AP) –"): only an agency named there is
kept, as the name alone. Heads that are not political actors ("an Israeli company", "the
French team") drop the mention, except a team that negotiates ("the Israeli negotiating
team", "the Ukrainian delegation's team"), which acts for its state's government or its
organisation.

Modules: ``finder`` (the passes in order, and the named mentions), ``names`` (matching
gazetteer names, widening them, and setting aside those that are no actor), ``persons``
(persons and their titles), ``places`` (the country of a place, and sector nouns placed
in one), ``referring`` (descriptions and pronouns), ``phrases`` (the noun phrase they all
measure).
"""

from __future__ import annotations

from accord.extract.actors.finder import ActorFinder
from accord.extract.actors.names import HYPHENS
from accord.extract.actors.places import LOCATED_RULE
from accord.registry import extractors

__all__ = ["HYPHENS", "LOCATED_RULE", "ActorFinder", "make_actors_extractor"]


@extractors.register("actors")
def make_actors_extractor(nlp):
    return ActorFinder(nlp)
