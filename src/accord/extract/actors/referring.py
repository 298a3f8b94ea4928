"""Descriptions and pronouns: the actor a phrase refers back to rather than names.

"the government", "the group", "its", "he" take an antecedent from the mentions before
them by the salience rule of :mod:`accord.resolve.coref`; armed-side nouns go to
:mod:`accord.extract.side_nouns`, a local office ("the governor") to the territory named
just before it. An actor subject that nothing resolves is kept as an empty candidate, so
that a later "its" cannot reach past it to an older actor.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from accord.data import load_data, words
from accord.extract.actors.names import LOCATIVE
from accord.extract.actors.phrases import conjoined_names, description, left_edge
from accord.extract.actors.places import country_of_place, place_and_capital
from accord.extract.analysis import ActorMention, Analysis, sentence_index
from accord.extract.side_nouns import (
    SideResolver,
    armed_group_country,
    armed_home,
    is_side_noun,
    last_armed_side,
    name_national_rebels,
)
from accord.nlp.datelines import dateline_capital
from accord.nlp.docviews import doc_tokens, entities_in
from accord.resolve.actors import country_of, demonym_country, gazetteer, resolve_phrase
from accord.resolve.candidates import ANONYMOUS_MENTION_HEADS, mention_candidate
from accord.resolve.coref import Candidate, antecedent

#: Descriptions of a whole state ("the country"): its government, whatever body named it last.
POLITY_WORDS = frozenset(words("grammar", "polity_words"))
#: Verbs that report what someone said (the quote cues).
SPEECH_VERBS = frozenset(load_data("quotes/cues")["verbs"])
LOCAL_OFFICES = frozenset(words("grammar", "local_offices"))
#: Modifiers that make a bare plural the state's own body ("government troops").
STATE_OWNERS = frozenset(words("grammar", "state_owner_modifiers"))
PORTFOLIO_HEADS = frozenset(words("grammar", "portfolio_heads"))
#: Locative prepositions that name whom an act falls on after a polity word ("strikes on the
#: country", "sanctions on the nation"), not where something is.
RECIPIENT_PREPS = frozenset({"on", "onto"})
PRONOUNS = {
    "it": "thing",
    "its": "thing",
    "they": "thing",
    "their": "thing",
    "them": "thing",
    "he": "person",
    "him": "person",
    "his": "person",
    "she": "person",
    "her": "person",
}
#: Third-person pronouns that may stand for every member of a coordination.
PLURAL_PRONOUNS = frozenset(words("grammar", "plural_pronouns")) & PRONOUNS.keys()
DEFINITE = frozenset(words("grammar", "definite_determiners"))
#: Descriptions of fighters: they refer to an armed group or movement only.
COMBATANT_NOUNS = frozenset(words("actors", "combatant_nouns"))
#: Object pronouns that never refer to the subject of their own clause (that would be
#: "himself"): "Vucic accused him" is someone other than Vucic. "them" is left out: it
#: refers as often to things ("among them") as to actors, and a wrong exclusion sends it to
#: another actor.
OBJECT_PRONOUNS = frozenset({"him", "her"})
#: Pronouns that stand for one body, never for a plural noun ("its", not "their").
SINGULAR_PRONOUNS = frozenset({"it", "its"})

#: Regions a description of a state can name ("the Gulf state"), and forms of state its head
#: can ("the kingdom"): their states' codes.
_STATE_GROUPS = load_data("actors/world_regions")
WORLD_REGIONS: dict[str, frozenset[str]] = {
    key: frozenset(members) for key, members in _STATE_GROUPS["regions"].items()
}
STATE_FORMS: dict[str, frozenset[str]] = {
    key: frozenset(members) for key, members in _STATE_GROUPS["state_forms"].items()
}
#: A region's words as a whole phrase, the longest first ("north african" before "african").
_REGION_WORDS = re.compile(
    r"(?<![\w-])("
    + "|".join(sorted(map(re.escape, WORLD_REGIONS), key=len, reverse=True))
    + r")(?![\w-])"
)

#: Proposals a description word can own, as it speaks for a speaker ("an army plan").
PROPOSAL_HEADS = frozenset(words("proposals", "answered_proposals"))

#: Kinds of description whose plural names several bodies ("the parties agreed", "the armed
#: groups"), so no one antecedent: a plural the gazetteer lists itself ("the rebels") still
#: stands for one group. A plural of states ("the countries") keeps its nearest state: the
#: events read the other as its counterpart.
SEVERAL_WHEN_PLURAL = frozenset({"organisation"})


def referring_mentions(doc: Doc, named: list[ActorMention]) -> list[ActorMention]:
    """The descriptions, pronouns and side nouns outside ``named``, in document order, each
    resolved against ``named`` and the ones resolved before it."""
    name_national_rebels(named)
    covered = {i for m in named for i in range(m.start, m.end)}
    # "the trade bloc ECOWAS", "the armed group M23": a description that runs straight into
    # a name is that name's title, whatever the parse made of the two, and refers to it
    titled = {m.start - 1: m for m in named}
    candidates = [_candidate(doc, m) for m in named]
    resolved: list[ActorMention] = []
    weak_present = {m.actor for m in named}
    sides = SideResolver(doc, named, place_and_capital)
    home = armed_home(named)
    for token in doc_tokens(doc):
        if token.i in covered:
            continue
        if is_side_noun(token):
            mention = sides.mention(token, left_edge(token), candidates)
        else:
            mention = _refer(token, candidates, weak_present, sides.third_parties, home)
        if mention is not None and mention.kind == "description":
            mention = _owned_by_inner_name(mention, named, token.i)
        title = titled.get(token.i)
        if mention is not None and title is not None and mention.actor != title.actor:
            mention = _title_of(token, title)  # not whatever came before the name
        if mention is not None and token.lower_ in PLURAL_PRONOUNS and mention.kind == "pronoun":
            mention.members = _coordinated_members(doc, mention, [*named, *resolved], token.i)
        if mention is not None:
            sides.note(mention)
            resolved.append(mention)
            person = mention.rule in ("coref.person", "coref.source")
            candidates.append(_candidate(doc, mention, person=person))
            covered.update(range(mention.start, mention.end))
        elif _unresolved_subject(token, covered):
            # "The army accepted …" with no country in sight: a candidate with no actor,
            # so a following "its" is not taken by an earlier, less salient actor
            lemma = token.lemma_.lower()
            candidates.append(
                Candidate(
                    actor=None,
                    sentence=sentence_index(token),
                    token=left_edge(token),
                    is_subject=True,
                    is_state=gazetteer().descriptions.get(lemma) != "organisation",
                    is_person=False,
                    head=lemma,
                )
            )
    return resolved


def _coordinated_members(
    doc: Doc, pronoun: ActorMention, earlier: list[ActorMention], before: int
) -> tuple[str, ...]:
    """The other members of the coordination a plural pronoun's antecedent belongs to
    ("Ghana and Togo met. They agreed …": Togo besides Ghana); none for a single antecedent."""
    antecedent = max(
        (m for m in earlier if m.actor == pronoun.actor and m.start < before),
        key=lambda m: m.start,
        default=None,
    )
    if antecedent is None:
        return ()
    if antecedent.members:
        return antecedent.members  # "They met. They agreed …"
    head = doc[antecedent.end - 1]
    group = {t.i for t in (head, *head.conjuncts)}
    members = [
        m.actor
        for m in earlier
        if m.end - 1 in group and m is not antecedent and m.actor != pronoun.actor
    ]
    # "the Ghanaian and Togolese delegations": one mention, two names inside it
    members += conjoined_names(head, antecedent)
    return tuple(dict.fromkeys(m for m in members if m != pronoun.actor))


def _owned_by_inner_name(
    mention: ActorMention, named: list[ActorMention], head: int
) -> ActorMention:
    """ "the United States-led coalition forces": a state named inside the description says
    whose body it is, whatever state salience would have chosen."""
    own = country_of(mention.actor)
    for name in named:
        inner = country_of(name.actor)
        if mention.start <= name.start and name.end <= head and inner and own and inner != own:
            mention.actor = f"{inner}.{mention.actor.split('.')[1]}"
            return mention
    return mention


def _national_modifier(token: Token) -> str | None:
    """The country a description's national adjective names ("the Yemeni rebels")."""
    for modifier in token.lefts:
        if modifier.dep_ in ("amod", "compound"):
            country = demonym_country(modifier.text)
            if country:
                return country
    return None


def _described_states(token: Token) -> frozenset[str] | None:
    """The states a description can mean by the region its modifiers name ("the East African
    country", "the Horn of Africa nation") and the form of state its head names ("the
    kingdom"), from ``data/actors/world_regions.yaml``; None when it names neither."""
    words = " ".join(
        t.lower_ for t in token.doc[token.left_edge.i : token.i] if t.dep_ not in ("det", "poss")
    )
    regions = _REGION_WORDS.findall(words)
    found = [WORLD_REGIONS[max(regions, key=len)]] if regions else []
    form = STATE_FORMS.get(token.lemma_.lower())
    found += [form] if form else []
    return frozenset.intersection(*found) if found else None


def _country(actor: str) -> str | None:
    """A state actor's country, or the country of an armed group the gazetteer knows."""
    return country_of(actor) or armed_group_country(actor)


def _title_of(token: Token, name: ActorMention) -> ActorMention:
    """The description heading a name ("the trade bloc ECOWAS") stands for the name."""
    start = left_edge(token)
    return ActorMention(
        start,
        token.i + 1,
        name.actor,
        token.doc[start : token.i + 1].text,
        kind="description",
        rule="coref.title",
    )


def _qualified_organisation(token: Token) -> bool:
    """Is the noun a head that describes an organisation with this modifier ("the world
    body")?"""
    allowed = gazetteer().qualified_organisations.get(token.lemma_.lower())
    return bool(allowed) and any(
        c.dep_ in ("amod", "compound") and c.lower_ in allowed for c in token.lefts
    )


def _refer(
    token: Token,
    candidates: list[Candidate],
    weak_present: set[str],
    third_parties: frozenset[str] = frozenset(),
    home: str | None = None,
) -> ActorMention | None:
    """The mention a pronoun or definite description makes, resolved by salience; a
    description of a state with nothing to refer back to ("the junta" in a story about
    the MNDAA alone) is the state of ``home``, the country of the document's armed
    groups, when they are all of one."""
    gaz, doc = gazetteer(), token.doc
    lower = token.lower_
    if token.lemma_.lower() in LOCAL_OFFICES and token.pos_ == "NOUN":
        return _local_office(token)
    wanted = PRONOUNS.get(lower) if token.pos_ == "PRON" else None
    kind = "pronoun"
    if wanted is None and _office_of_a_title(token):
        wanted, kind = "state", "description"
    elif wanted is None and token.pos_ in ("NOUN", "PROPN", "ADJ"):
        wanted = gaz.descriptions.get(lower) or gaz.descriptions.get(token.lemma_.lower())
        if wanted is None and _qualified_organisation(token):
            wanted = "organisation"  # "the world body", "the continental body"
        if wanted is None:
            return None
        if wanted in SEVERAL_WHEN_PLURAL and token.tag_ == "NNS" and lower not in gaz.descriptions:
            return None  # "the parties", "the armed groups": several bodies, not one actor
        # "a rebel spokesman", "military sources" speak for the rebels, the military;
        # otherwise a description refers only as a definite noun phrase of its own
        if not _describes_a_speaker(token):
            if token.dep_ == "compound" or token.pos_ == "ADJ":
                return None
            determiner = [c.lower_ for c in token.lefts if c.dep_ in ("det", "poss")]
            owned = any(  # "government troops", "regime forces": the state's own
                c.dep_ in ("compound", "amod") and c.lower_ in STATE_OWNERS for c in token.lefts
            )
            if not owned and (not determiner or determiner[0] not in DEFINITE):
                return None
        if any(c.dep_ == "nummod" for c in token.lefts) or any(
            c.dep_ == "prep" and c.lower_ == "of" and not _portfolio(c) for c in token.rights
        ):
            return None  # "the two sides", "the occupation of Crimea": not anaphoric
        if (
            token.lemma_.lower() in POLITY_WORDS
            and token.dep_ == "pobj"
            and token.head.lower_ in LOCATIVE - RECIPIENT_PREPS
        ):
            return None  # "villages across the country": a place, as a country's name is
        modifiers = {c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")}
        if {lower, token.lemma_.lower()} & COMBATANT_NOUNS or (
            wanted == "state" and modifiers & COMBATANT_NOUNS
        ):
            wanted = "armed"  # "the rebels", "the rebel delegation": fighters, no state
        kind = "description"
    if wanted is None:
        return None
    sentence = sentence_index(token)
    # "the army delegation" is the army's: the modifiers' sector word counts too
    modifiers = [c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod")]
    sector = gaz.sector([*modifiers, token.lower_]) if wanted == "state" else None
    head = token.lemma_.lower() if kind == "description" else None
    # an object refers to neither its clause's subject nor any other mention of its actor
    # ("X met the envoy": the envoy is not X)
    if lower in SINGULAR_PRONOUNS:
        # "98 soldiers were captured by its fighters": "its" is no plural noun's
        candidates = [c for c in candidates if not c.plural]
    bound = _own_subject(token, description=kind == "description")
    subjects = {c.actor for c in candidates if c.token in bound and c.actor}
    candidates = [c for c in candidates if c.token not in bound and c.actor not in subjects]
    national = _national_modifier(token) if kind == "description" else None
    if national is not None:
        # "the Palestinian armed group" refers to a Palestinian actor, not the last group
        candidates = [c for c in candidates if c.actor is None or _country(c.actor) == national]
    described = _described_states(token) if kind == "description" and wanted == "state" else None
    if described is not None:
        # "the Gulf state", "the Caribbean country", "the kingdom": a state of that region or
        # form, not the nearest
        candidates = [c for c in candidates if c.actor is None or _country(c.actor) in described]
    where = _where_clause_country(token) if kind == "description" and wanted == "state" else None
    if where is None and kind == "description" and wanted == "state" and national is None:
        # "Venezuela's president said that the government and the opposition …": his own
        where = _reporting_state(token, candidates)
    if where is not None:
        # "in southern Togo, where government forces are fighting": the place's state
        candidates = [c for c in candidates if c.actor is None or _country(c.actor) == where]
    found = antecedent(
        candidates, wanted, sentence, token.i, sector, head, third_parties=third_parties
    )
    if found is None and kind == "description" and wanted in ("organisation", "armed"):
        found = last_armed_side(candidates, token.i)  # "the group", long after the M23
    actor = found.actor if found else None
    if kind == "description" and found is None:
        actor = _weak_default(token, weak_present)
        if actor is None and home is not None and _names_a_side(token, wanted):
            actor = f"{home}.{sector or 'GOV'}"
        if actor is None and wanted == "state":
            # "KYIV – The Defence Ministry said …", nothing named before: the dateline's state
            capital = dateline_capital(doc)
            code = resolve_phrase(capital) if capital else None
            actor = f"{code.split('.')[0]}.{sector or 'GOV'}" if code else None
    if actor is None:
        return None
    anonymous = wanted == "source" and bool(found) and found.anonymous
    if kind == "description" and wanted == "state" and found is not None:
        code = actor.split(".")[0]
        if sector is None and token.lemma_.lower() in POLITY_WORDS and country_of(actor):
            sector = "GOV"  # "the country" after "Russia's army" is Russia, not its army
        actor = f"{code}.{sector}" if sector else actor
    start = left_edge(token) if kind == "description" else token.i
    return ActorMention(
        start,
        token.i + 1,
        actor,
        doc[start : token.i + 1].text,
        kind=kind,
        rule=f"coref.{wanted}",
        anonymous=anonymous,
        names_state=kind == "pronoun" and found is not None and found.names_state,
    )


def _reporting_state(token: Token, candidates: list[Candidate]) -> str | None:
    """The country of the government that reports the clause a description stands in, when
    its subject names one ("Venezuelan President Maduro said that the government …"): the
    speaker's own state, not the last one named before. An envoy or an army speaking of "the
    government" may mean another's."""
    for clause in token.ancestors:
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERBS:
            speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
            if speaker is None:
                return None
            words = range(speaker.left_edge.i, speaker.i + 1)  # a mention may start before
            states = [
                c.actor
                for c in candidates
                if c.is_state
                and c.actor
                and c.sector == "GOV"  # an envoy's "the government" is often the host's
                and (c.token in words or c.token == speaker.i)
            ]
            return _country(states[-1]) if states else None
    return None


def _where_clause_country(token: Token) -> str | None:
    """The country of the place a "where" clause describes, when the token is the clause's
    subject ("… in southern Togo, where government forces have been fighting")."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl":
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    return country_of_place(verb.head)


def _portfolio(of: Token) -> bool:
    """ "of Foreign Affairs" in "the Ministry of Foreign Affairs": the portfolio a body's name
    goes on with (capitalised, naming no actor or place), not the thing it is of ("the
    ministry of Togo" names its state)."""
    head = of.head
    objects = [c for c in of.children if c.dep_ == "pobj"]
    if head.lemma_.lower() not in PORTFOLIO_HEADS or not head.text[:1].isupper() or not objects:
        return False
    phrase = of.doc[objects[0].left_edge.i : objects[0].right_edge.i + 1]
    return phrase.text[:1].isupper() and not (
        resolve_phrase(phrase.text) or country_of_place(objects[0])
    )


def _unresolved_subject(token: Token, covered: set[int]) -> bool:
    """A subject headed by a political actor the text does not name: "the army", "the
    government", "troops", "the rebels" (not a person: "officials", "the spokesman"),
    with no resolved name or pronoun inside it ("its army", "Israeli troops")."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "NOUN":
        return False
    gaz = gazetteer()
    lemma, lower = token.lemma_.lower(), token.lower_
    if lower in ANONYMOUS_MENTION_HEADS or lemma in ANONYMOUS_MENTION_HEADS:
        return False
    described = gaz.descriptions.get(lower) or gaz.descriptions.get(lemma)
    if described not in ("state", "organisation") and not (
        lower in gaz.unresolved_heads or lemma in gaz.unresolved_heads
    ):
        return False
    return not any(t.i in covered for t in token.children)


def _weak_default(token: Token, present: set[str]) -> str | None:
    """ "the movement" with no antecedent: a weak alias, if its organisation is in the doc."""
    entry = gazetteer().names.get(token.lower_)
    if entry is not None and entry.weak and entry.actor in present:
        return entry.actor
    return None


def _own_subject(pronoun: Token, description: bool = False) -> range:
    """The tokens of the subject of an object's own clause, which an object pronoun or a
    description cannot refer to ("X …, accusing him of …": the clause of a participle takes
    its governing verb's subject; "X met the envoy"). Empty for other words."""
    if pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return range(0)
    if not description and pronoun.lower_ not in OBJECT_PRONOUNS:
        return range(0)
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    while verb.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return range(subject.left_edge.i, subject.right_edge.i + 1)
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head == verb:
            break
        verb = verb.head
    return range(0)


def _candidate(doc: Doc, mention: ActorMention, person: bool = False) -> Candidate:
    head = doc[mention.end - 1]
    return mention_candidate(head, sentence_index(head), mention, person=person)


def _names_a_side(token: Token, wanted: str) -> bool:
    """A common noun for a state's government or forces ("the junta", "the army"), which
    in a story about one country's armed groups is that country's; not "the country"
    (whichever state was last in view) nor a name ("the National Liberation Army")."""
    return (
        wanted == "state"
        and token.pos_ == "NOUN"
        and not token.ent_type_
        and token.lemma_.lower() not in POLITY_WORDS
    )


def _office_of_a_title(token: Token) -> bool:
    """ "The Prime Minister's Office", "the President's office" with no country named: the
    government of the state in view, found as "the government" would be."""
    if token.lemma_.lower() != "office" or token.pos_ not in ("NOUN", "PROPN"):
        return False
    for owner in token.children:
        if owner.dep_ == "poss":
            words = [t.text for t in owner.subtree if t.dep_ != "case"]
            return gazetteer().is_title(words) and resolve_phrase(" ".join(words)) is None
    return False


def _describes_a_speaker(token: Token) -> bool:
    """A description word modifying a speaker noun or a proposal: "a rebel spokesman", "a
    paramilitary official", "military sources" speak for the rebels, the paramilitary, the
    military; "an army plan" is the army's."""
    head = token.head.lemma_.lower()
    return (
        token.dep_ in ("amod", "compound")
        and token.head.i > token.i
        and (head in gazetteer().speaker_heads or head in PROPOSAL_HEADS)
    )


def _local_office(token: Token) -> ActorMention | None:
    """ "The governor", "the regional governor", "the city's mayor": a local office belongs
    to the territory named last before it (its sentence or the one before), whoever acted
    there. An office with its own "of X" or a name is left to the gazetteer."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights) or token.ent_type_:
        return None
    determiners = {c.lower_ for c in token.lefts if c.dep_ in ("det", "poss")}
    if not determiners & {"the", "its", "their"} and not any(c.dep_ == "poss" for c in token.lefts):
        return None
    doc = token.doc
    sentence = token.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for ent in reversed(entities_in(doc[start : token.i])):
        if ent.label_ in ("GPE", "LOC", "FAC") or len(ent) == 1 and ent.label_ in ("PERSON", "ORG"):
            country = country_of_place(ent.root)  # "Kharkiv" is at times tagged a person
            if country is not None:
                return description(token, f"{country}.GOV", "coref.territory")
    return None


def refer_pronouns_to_minted(doc: Doc, analysis: Analysis, minted: set[str]) -> None:
    """Pronouns read again once :mod:`accord.extract.open_actors` has minted the groups the
    gazetteer does not list: "The Volta Liberation Front said it had captured Yendi".

    The first reading ran before those groups were mentions, so such a pronoun found no
    antecedent, or the listed actor nearest. Each "it" or "they" is resolved again by
    the same salience rule over every mention before it, and changes only when a minted
    group now wins; every other reading stays as it was.
    """
    if not minted:
        return
    candidates: list[Candidate] = []
    mentions = iter(sorted(analysis.mentions, key=lambda m: (m.end, m.start)))
    pending = next(mentions, None)
    for token in doc_tokens(doc):
        while pending is not None and pending.end <= token.i:
            candidates.append(_candidate(doc, pending))
            pending = next(mentions, None)
        if token.pos_ != "PRON" or PRONOUNS.get(token.lower_) != "thing":
            continue  # "he", "she" stand for people, whom the first reading resolved
        current = analysis.mention_covering(token)
        if current is not None and current.kind != "pronoun":
            continue
        found = _refer(token, candidates, set())
        if found is None or found.actor not in minted:
            continue
        if current is None:
            analysis.add_mention(found)
        elif current.actor != found.actor:
            current.actor, current.rule = found.actor, found.rule
