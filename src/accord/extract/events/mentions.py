"""The actors a noun phrase names: its own mention and conjuncts, collectives and heads of a
body, possessors, national adjectives and authors ("the plan X put forward"), "both sides",
country names used as places."""

from __future__ import annotations

from spacy.tokens import Token

from accord.data import load_data, words
from accord.extract.actors import LOCATED_RULE
from accord.extract.actors.names import names_the_sides
from accord.extract.actors.phrases import conjoined_names
from accord.extract.analysis import ActorMention, Analysis
from accord.extract.events.context import FORCE_SECTORS, noun_sector, quote_of
from accord.extract.events.grammar import Lexicon
from accord.extract.events.syntax import SUBJECTS, clause_subject, compound_phrase, path_to
from accord.extract.referents import acted_for, root_of
from accord.extract.third_parties import THIRD_PARTY_PARTICIPLES, mediator_before, third_parties
from accord.resolve.actors import (
    COUNTRY_NAME_KINDS,
    country_of,
    gazetteer,
    intergovernmental_ids,
    phrase_entry,
    sector_of,
)

NON_ACTOR_KINDS = {"media"}
#: Pronouns that stand for the speaker's side in a quote.
FIRST_PERSON = frozenset(words("grammar", "first_person_pronouns"))
#: Of the pair nouns (actors.names.names_the_sides: "urged both sides"), those that stand for
#: state actors only ("warned both capitals").
STATE_PAIR_NOUNS = frozenset(words("actors", "state_pair_nouns"))
#: Heads that stand for their "of" complement ("a group of diplomats", "members of").
COLLECTIVES = frozenset(words("actors", "collectives"))
#: Verbs whose subject authors what they put forth ("the plan that Brazil put forward",
#: "the offer Chile made"): that subject owns the proposal.
AUTHORING_VERBS = frozenset(load_data("events/grammar")["proposing_verbs"]) | {"make"}
#: Participles whose agent is present at a thing, not its doer ("a ceremony attended by X").
BYSTANDER_PARTICIPLES = frozenset(load_data("events/grammar")["bystander_participles"])
RELATIVE_PRONOUNS = frozenset(words("grammar", "relative_pronouns"))
#: Heads that act for the body their "of" complement names ("the head of Egypt's
#: intelligence service").
OFFICE_HEADS = frozenset(words("actors", "office_heads"))


def named_actors(token: Token, analysis: Analysis) -> list:
    """The actor mentions a noun phrase head names, with its coordinated members.

    A collective or quantity head hands over to its "of" (or "from") complement ("a group of
    Moroccan diplomats", "thousands of Nigerians", "delegations from Congo and the M23").
    """
    found: list = []
    origins: list = []
    if token.lemma_.lower() in COLLECTIVES or token.like_num or token.pos_ == "NUM":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found += named_actors(pobj, analysis)
                origins, found = (found, []) if child.lower_ == "from" else (origins, found)
        if found:
            return found
    represented = acted_for(token)
    if represented is not None:
        return named_actors(represented, analysis)
    mention = analysis.mention_covering(token)
    if mention is None and token.lemma_.lower() in OFFICE_HEADS:
        headed = [
            actor
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for body in prep.children
            if body.dep_ == "pobj"
            for actor in phrase_actors(body, analysis)
        ]
        if headed:
            return headed
    # "the warring parties" stands for the two sides, whatever one body it was resolved to
    pair = the_two_parties(token, analysis) if mention is None or mention.kind != "name" else []
    if pair:
        found += _pair_mentions(token, pair)
    elif mention is not None and not is_media(mention):
        found.append(mention)
        found += list(mention.members)  # "They agreed", after "Ghana and Togo met"
        found += conjoined_names(token, mention)
        found += _conjoined_places(token, mention, analysis)
    elif mention is None:
        found += _the_mediators(token, analysis) or first_person(token, analysis)
    found += [o for o in origins if actor_of(o) not in {actor_of(f) for f in found}]
    for child in token.children:
        if child.dep_ == "conj" or child.dep_ == "appos" and child.pos_ == "PROPN" and not pair:
            # "Armenia, Azerbaijan agree": a headline list (a pair noun's apposition is read)
            found += named_actors(child, analysis)
    return found


def listed_before(subject: Token, analysis: Analysis) -> list:
    """ "Thailand, Cambodia agree to talks": a headline lists its subjects with a comma and
    no "and", and the parser hangs the first one off the verb or off the second name. An actor
    named just before the subject, with only a comma between, is a subject too."""
    doc = subject.doc
    comma = subject.i - 1  # the comma before the subject's own words
    while comma >= 0 and doc[comma].text != "," and doc[comma].head.i == subject.i:
        comma -= 1
    if comma < 1 or doc[comma].text != ",":
        return []
    first = doc[comma - 1]
    while first.head.i < comma and first.head.i != first.i:  # the head of the first name
        first = first.head
    sibling = first.head.i == subject.head.i and first.dep_ in ("npadvmod", "nsubj", "dep")
    modifier = first.head.i == subject.i and first.dep_ in ("nmod", "compound", "npadvmod")
    if not (sibling or modifier):
        return []
    mention = analysis.mention_covering(first)
    if mention is None or is_media(mention) or mention.kind != "name":
        return []
    return [mention]


def _the_mediators(token: Token, analysis: Analysis) -> list[ActorMention]:
    """ "a proposal presented by the mediators", "Mediators traveled to Juba": the mediator
    the text has shown (the same reading as "the mediators said" in quotes); a mediator with
    a modifier of its own ("a UN mediator", "mediators from Qatar") is whoever that names,
    not this."""
    if token.lemma_.lower() != "mediator" or token.pos_ != "NOUN":
        return []
    determiners = [c.lower_ for c in token.children if c.dep_ == "det"]
    if not (set(determiners) & {"the", "both"} or not determiners and token.tag_ == "NNS"):
        return []  # "the mediators", "Mediators traveled to Juba"; not "a mediator"
    if any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in token.children):
        return []
    if any(c.dep_ == "prep" and c.lower_ in ("from", "of") for c in token.children):
        return []  # "mediators from Qatar" are whoever the phrase names
    actor = mediator_before(token, analysis)
    if actor is None:
        return []
    start = token.left_edge.i
    text = token.doc[start : token.i + 1].text
    return [ActorMention(start, token.i + 1, actor, text, kind="description", rule="mediators")]


def _pair_mentions(token: Token, sides: list[str]) -> list[ActorMention]:
    """ "both delegations" as a mention of each side it stands for: parties the text names,
    not a place named by its country's id (which a meeting's own venue is)."""
    doc = token.doc
    start, end = token.left_edge.i, token.i + 1
    text = doc[start:end].text
    return [ActorMention(start, end, side, text, kind="description", rule="pair") for side in sides]


def the_two_parties(token: Token, analysis: Analysis) -> list[str]:
    """ "urged both sides", "warned the two capitals": the two parties named most recently
    before, other than the subjects of the clauses around it (a state noun wants states).
    A pair named together ("Russia and Ukraine") wins over two separate mentions."""
    if not names_the_sides(token):
        return []
    apposed = _apposed_sides(token, analysis)
    if apposed:
        return apposed
    clauses = [token.head, *token.head.ancestors]
    # a mediator named so far carries proposals between the sides; it is never one of them,
    # nor is an organisation of states ("IGAD said … the warring parties")
    mediators = named_mediators(analysis, token.doc, before=token.i) | intergovernmental_ids()
    # neither the clause's own subject nor a reporting speaker is one of the two sides; if
    # that leaves no pair, the speaker may be one
    subjects = _subject_keys(clauses, token, analysis)
    own_subjects = _subject_keys(clauses[:1], token, analysis)
    return (
        _sides_before(token, analysis, subjects | mediators)
        # "Sudan has seen clashes between the army and the RSF, with the two sides …": the
        # sides of the fighting, though the country they fight in heads the sentence
        or _sides_before(token, analysis, own_subjects | mediators, same_sentence=True)
        or _pair_before(token, analysis, subjects | mediators)
        or _pair_before(token, analysis, own_subjects | mediators)
    )


def _apposed_sides(token: Token, analysis: Analysis) -> list[str]:
    """ "both parties (Israel and Hamas)", "the two sides, Ghana and Togo,": the sides the
    pair noun's own apposition names, whoever else the story named before."""
    sides: list[str] = []
    for child in token.children:
        if child.dep_ != "appos":
            continue
        for member in (child, *child.conjuncts):
            mention = analysis.mention_covering(member)
            if mention is not None and not is_media(mention) and mention.actor not in sides:
                sides.append(mention.actor)
    return sides if len(sides) >= 2 else []


def named_mediators(analysis: Analysis, doc, before: int | None = None) -> frozenset[str]:
    """The sides (roots) the text shows mediating or hosting (before token ``before``, if
    given), among the mentions the actors extractor found."""

    def actor_of_token(i: int) -> str | None:
        mention = analysis.mention_covering(doc[i])
        return mention.actor if mention is not None else None

    return third_parties(doc, actor_of_token, before)


def _sides_before(
    token: Token, analysis: Analysis, excluded: set, same_sentence: bool = False
) -> list[str]:
    """The two sides last named with "between" before a token ("fighting between the army
    and the RSF"): the sides a story is about, whoever was named together since. With
    ``same_sentence``, only in the token's own sentence."""
    doc = token.doc
    start = token.sent.start if same_sentence else 0
    for word in reversed(doc[start : token.i]):
        if word.lower_ != "between" or word.dep_ != "prep":
            continue
        covering = (analysis.mention_covering(t) for t in _party_words(word))
        # "the Rapid Support Forces (RSF)" is one side
        sides = list(dict.fromkeys(m.actor for m in covering if m is not None and not is_media(m)))
        keys = {root_of(actor) for actor in sides}
        if len(sides) == 2 and len(keys) == 2 and not keys & excluded:
            return sides
    return []


def _party_words(between: Token) -> list[Token]:
    """The words naming the parties of a "between" phrase: each conjoined object with its
    modifiers and apposition ("the army and the Rapid Support Forces (RSF)"), not the places
    or times after them ("… in the capital city of Khartoum")."""
    found: list[Token] = []
    for party in (g for g in between.children if g.dep_ == "pobj"):
        for side in (party, *party.conjuncts):
            found += side.doc[side.left_edge.i : side.i + 1]
            found += [t for c in side.children if c.dep_ == "appos" for t in c.subtree]
    return found


def _subject_keys(verbs: list[Token], token: Token, analysis: Analysis) -> set:
    keys = set()
    for verb in verbs:
        for subject in (c for c in verb.children if c.dep_ in SUBJECTS and c.i != token.i):
            covering = (analysis.mention_covering(t) for t in subject.subtree)
            keys |= {root_of(m.actor) for m in covering if m is not None}
    return keys


def _pair_before(token: Token, analysis: Analysis, excluded: set) -> list[str]:
    states_only = token.lemma_.lower() in STATE_PAIR_NOUNS
    earlier = [
        m
        for m in sorted(analysis.mentions, key=lambda m: m.start, reverse=True)
        if m.start < token.i
        and m.actor
        and not is_media(m)
        and root_of(m.actor) not in excluded
        and ("." in m.actor or not states_only)
    ]
    doc = token.doc
    for mention in earlier:  # a pair named together first: "Russia and Ukraine"
        head = doc[mention.end - 1]
        for other in head.children:
            partner = analysis.mention_covering(other) if other.dep_ == "conj" else None
            if partner in earlier and root_of(partner.actor) != root_of(mention.actor):
                return [mention.actor, partner.actor]
    found: list[str] = []
    for mention in earlier:
        key = root_of(mention.actor)
        if key not in {root_of(a) for a in found}:
            found.append(mention.actor)
        if len(found) == 2:
            return found
    return []


def leftmost_actors(token: Token, analysis: Analysis) -> list:
    """Actors an object names; with several names in it, the first ("help Israel target X")
    and the names coordinated with it ("American and British ships": both)."""
    for left in token.doc[token.left_edge.i : token.i]:
        mention = analysis.mention_covering(left)
        attached = left.head.i == token.i or left.head.head.i == token.i
        if mention is not None and mention.end <= token.i and attached and not is_media(mention):
            coordinated = (analysis.mention_covering(c) for c in left.conjuncts if c.i < token.i)
            return [mention] + [
                other
                for other in coordinated
                if other is not None and other is not mention and not is_media(other)
            ]
    return named_actors(token, analysis)


def unresolved_actor(token: Token) -> bool:
    """A subject that is a political actor whose organisation the text does not name:
    a titled person ("President Dos Santos"), a group headed by a sector or title noun
    ("opposition leaders", "the government of Sindh province")."""
    gaz = gazetteer()
    if _capitalised_head(token, gaz.unresolved_heads):
        return True  # "Rebels signed …", a sentence's or a headline's capital: the noun
    if token.ent_type_ == "PERSON" or token.pos_ == "PROPN":
        words = [t.lower_ for t in token.doc[token.left_edge.i : token.i]]
        return any(w in gaz.political_titles for w in words)
    if token.pos_ != "NOUN":
        return False
    modifiers = [c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")]
    heads = {token.lower_, token.lemma_.lower()}
    heads |= {f"{m} {h}" for m in modifiers for h in list(heads)}  # "armed groups"
    return bool(heads & gaz.unresolved_heads)


def _capitalised_head(token: Token, heads: set[str]) -> bool:
    """A common actor noun the tagger took for a name because it is capitalised, standing
    alone ("Rebels", not "Rebels" in a longer name)."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.lower_ in heads
        and not any(c.pos_ == "PROPN" for c in token.children)
    )


def noun_senses(token: Token, lexicon: Lexicon) -> list:
    """Every sense the lexicon gives the noun, under its lemma and as written."""
    return lexicon.nouns.get(token.lemma_.lower(), []) + lexicon.nouns.get(token.lower_, [])


def is_attack_word(token: Token, lexicon: Lexicon) -> bool:
    return token.lower_ in ("explosion", "blast", "bomb", "mine") or any(
        sense.action == "ASSAULT" for sense in noun_senses(token, lexicon)
    )


def country_named(token: Token, capitals: bool = False) -> list[str]:
    """A country name used as a place ("apologised to Brazil") still names its government;
    with ``capitals``, so does a capital ("an appeal to Berlin"), for acts done to a party
    and never to a place."""
    entry = phrase_entry(compound_phrase(token)) or phrase_entry(token.text)
    if entry is not None and (entry.kind == "country" or capitals and entry.kind == "capital"):
        return [entry.actor]
    return []


def phrase_actors(token: Token, analysis: Analysis) -> list:
    """Actors a noun phrase names, itself or through a possessor or national adjective; a
    possessed force is its owner's ("its forces" → RUS.MIL after "Russia's Defence Ministry")."""
    named = named_actors(token, analysis)
    if named:
        return named
    owners = own_actors(token, analysis)
    sector = noun_sector(token) if owners else None
    if sector in FORCE_SECTORS:
        return [
            f"{country_of(actor_of(o))}.{sector}" if country_of(actor_of(o)) else o for o in owners
        ]
    return owners


def actor_of(item) -> str | None:
    return item.actor if isinstance(item, ActorMention) else item


def _conjoined_places(token: Token, mention: ActorMention, analysis: Analysis) -> list:
    """ "Officials from Greece and Turkey", "the presidents of Ghana and Togo": a sector noun
    placed in one country, or a body of it, stands for each coordinated one in its sector (the
    mention resolved the first country only)."""
    located = mention.rule == LOCATED_RULE
    preps = ("from", "of", "in") if located else ("of",)
    sector = sector_of(mention.actor)
    members = []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or not (located or mention.start <= place.i < mention.end):
                continue  # a body's own "of" phrase ("the presidents of Ghana"), inside the name
            for conj in place.conjuncts:
                entry = phrase_entry(conj.text)
                country = entry.country if entry and entry.kind in COUNTRY_NAME_KINDS else None
                for member in named_actors(conj, analysis):
                    members.append(f"{country}.{sector}" if sector and country else member)
    return members


def own_actors(
    noun: Token,
    analysis: Analysis,
    agents: bool = True,
    by_agent: bool = False,
    from_is_place: bool = False,
) -> list:
    """Actors inside a noun phrase before its head: possessor, national adjective or compound
    ("Israel's invasion", "US Predator attacks", "Vietnamese-led forces"); with ``agents``
    its "by" or "from" complement ("an offer from Kabul" that a verb carries), with
    ``by_agent`` its "by" complement alone ("a call by the UN for a pause"). With
    ``from_is_place`` a "from" complement is what is left, never the doer ("its withdrawal
    from ECOWAS")."""
    agent_preps = ("by",) if from_is_place else ("by", "from")
    found: list = []
    seen: set[int] = set()
    for left in noun.doc[noun.left_edge.i : noun.i]:
        mention = analysis.mention_covering(left)
        if mention is None and left.dep_ == "poss":
            # "our positions" in a quote; "both governments' decision"
            found += first_person(left, analysis) or _pair_mentions(
                left, the_two_parties(left, analysis)
            )
        if mention is None or id(mention) in seen or is_media(mention):
            continue
        if any(a.dep_ == "prep" for a in path_to(left, noun)):
            continue  # inside a prepositional phrase: not this noun's own actor
        seen.add(id(mention))
        found.append(mention)
        found += conjoined_names(left, mention)
    for child in noun.children:
        # the parser labels a noun's "by" phrase an agent as often as a preposition
        if child.dep_ in ("prep", "agent") and (
            child.lower_ in agent_preps and agents or child.lower_ == "by" and by_agent
        ):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found += named_actors(pobj, analysis)
        elif (
            child.dep_ in ("relcl", "acl")
            and child.lemma_.lower() in AUTHORING_VERBS
            and any(c.dep_ == "nsubj" for c in child.children)
        ):
            # "the framework that Chile had submitted", "the offer Chile made": its author
            for subject in child.children:
                if subject.dep_ == "nsubj" and subject.lower_ not in RELATIVE_PRONOUNS:
                    found += named_actors(subject, analysis)
        elif (
            child.dep_ == "acl"
            and child.tag_ == "VBN"
            and child.lemma_.lower() not in THIRD_PARTY_PARTICIPLES
            and child.lemma_.lower() not in BYSTANDER_PARTICIPLES
        ):
            # "the proposal put forward by Washington", "strikes carried out by Israel"; not
            # "talks mediated by Norway", whose agent is no side to them
            for agent in child.children:
                if agent.dep_ == "agent":
                    for pobj in agent.children:
                        if pobj.dep_ == "pobj":
                            found += named_actors(pobj, analysis)
    return found


def is_media(mention: ActorMention) -> bool:
    entry = gazetteer().names.get(mention.actor.lower()) or gazetteer().exact.get(mention.actor)
    return entry is not None and entry.kind in NON_ACTOR_KINDS


def unique_actors(items: list) -> list[str]:
    seen: list[str] = []
    for item in items:
        actor = item.actor if isinstance(item, ActorMention) else item
        if actor and actor not in seen:
            seen.append(actor)
    return seen


def mention_text(items: list, actor: str | None) -> str | None:
    for item in items:
        if isinstance(item, ActorMention) and item.actor == actor:
            return item.text
    return None


def first_person(token: Token, analysis: Analysis) -> list[str]:
    """ "we", "us", "our" in a quote: the speaker's organisation ("our positions", said M23)."""
    if token.lower_ not in FIRST_PERSON:
        return []
    quote = quote_of(analysis, token)
    return [quote.speaker_actor] if quote is not None and quote.speaker_actor else []


def commanded_forces(command: Token, command_verbs: set[str]) -> str | None:
    """The forces a party commands by one of ``command_verbs``, when they are its own:
    "Ghana's president ordered the army to strike", "Togo ordered its troops to withdraw" →
    GHA.MIL, TGO.MIL. Forces named as another country's ("ordered the Togolese army to …")
    are not, and a commander of no one country commands no one's."""
    if command.lemma_.lower() not in command_verbs:
        return None
    forces = next((c for c in command.children if c.dep_ == "dobj"), None)
    if forces is None or noun_sector(forces) not in FORCE_SECTORS:
        return None
    analysis = command.doc._.accord
    commander = clause_subject(command)
    commanders = phrase_actors(commander, analysis) if commander is not None else []
    countries = {country_of(actor_of(item)) for item in commanders}
    if len(countries) != 1 or None in countries:
        return None
    (country,) = countries
    named = unique_actors(phrase_actors(forces, analysis))
    if named:
        return named[0] if all(country_of(actor) == country for actor in named) else None
    return f"{country}.{noun_sector(forces)}"
