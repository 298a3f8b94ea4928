"""The "open_actors" extractor: mentions of groups the gazetteer does not list.

It runs after the gazetteer's "actors" extractor. Each unlisted organisation the text
names ("the National Liberation Army (ELN)", "the Arakan Army", a name a group noun
introduces or that modifies one: "the armed group Sons of the Volta", "the Tano militia", an
acronym it uses alone and describes as a group: "ELN rebels", or a one-word name it uses
again as a doer: "Kobra attacked …; Kobra rejected …") is minted an id by
:mod:`accord.resolve.open_actors`; every later use of its name or acronym ("the ELN
said") becomes a mention of it, replacing any partial reading of the same words (the
"Army" of "National Liberation Army" is not the country's army), and a side noun the
actors extractor left unresolved or gave the conflict's open-world side ("the rebels" →
``MMR.REB``) takes the minted armed group or movement named before it. The minted actors
go into the report, and the store keeps them with their aliases for review.
"""

from __future__ import annotations

import calendar
from functools import cache

from spacy.tokens import Doc, Span, Token

from accord.extract.actors import HYPHENS
from accord.extract.actors.referring import refer_pronouns_to_minted
from accord.extract.analysis import ActorMention, Analysis
from accord.extract.open_persons import refer_persons_to_minted
from accord.extract.side_nouns import refer_to_minted
from accord.extract.third_parties import third_parties
from accord.model import Actor
from accord.nlp.datelines import dateline_tokens
from accord.nlp.docviews import doc_tokens, in_headline
from accord.registry import extractors
from accord.resolve.actors import (
    country_of,
    gazetteer,
    outlet_heads,
    phrase_entry,
    resolve_phrase,
    scan_names,
)
from accord.resolve.dates import names_a_day
from accord.resolve.open_actors import (
    MintedActor,
    context_country,
    is_acronym,
    is_known,
    is_organisation_name,
    is_outlet_name,
    is_state_force,
    is_state_government,
    kind_of,
    mint_id,
    names_no_actor,
    vocabulary,
)
from accord.resolve.places import resolve_place

RULE = "actors.open_world"
#: A listed actor's acronym the text defines ("the Government of Colombia (GoC)").
ACRONYM_RULE = "actors.acronym"
#: A state's command or forces named by generic words ("Northern Command") are its military.
COMMAND_RULE = "actors.open_world.state_command"
MIL_SECTOR = "MIL"
#: The sectors such a body may belong to by its last words; any other is its military.
STATE_FORCE_SECTORS = frozenset({"MIL", "COP"})
#: An unlisted name of a sitting government is its state's government (<country>.GOV).
GOVERNMENT_RULE = "actors.open_world.state_government"
GOV_SECTOR = "GOV"
#: A party the gazetteer does not list is its state's party sector ("Justice and Development
#: Party" → TUR.PTY), as the gold codes national parties, and a trade union its labour sector
#: ("the Ghana Union of Teachers" → GHA.LAB); listed ones keep their own ids.
STATE_SECTOR_KINDS = {
    "party": ("PTY", "actors.open_world.state_party"),
    "labour": ("LAB", "actors.open_world.state_labour"),
}
#: The kind of a minted news outlet.
MEDIA_KIND = "media"
#: Kinds of minted group a side noun ("the rebels") may refer to: fighters or a movement
#: ("the National Democratic Front"), never a party or an authority.
SIDE_KINDS = {"armed_group", "movement", None}
MAX_NAME_WORDS = 8
#: Prepositions other than "of" an organisation's name may go on with after its head word,
#: inside one named entity ("Authority on Development", "Council for Peace and Justice").
NAME_GOES_ON = ("on", "for")
DESCRIPTION_WINDOW = 8
#: Words before a bare acronym that may describe it ("the militant group TTP").
DESCRIPTION_BEFORE = 3
#: Bare acronyms shorter than this ("AA", "DC") are too often something else to mint.
MIN_BARE_ACRONYM = 3
#: What a bare acronym must be described as to be minted: fighters or a movement (an
#: unlisted party is its state's party sector, and is named in full for that).
BARE_ACRONYM_KINDS = frozenset({"armed_group", "movement"})
#: Entity types of a capitalised word before a group noun that is no group's name: a people
#: or a creed ("Kurdish militia", "Islamist group"), a person, a place.
NOT_GROUP_ENTITIES = frozenset({"NORP", "PERSON", "GPE", "LOC", "FAC", "DATE", "TIME"})


#: Month names, which follow a day in a name ("the 23 March Movement").
MONTH_NAMES = frozenset(m.lower() for m in calendar.month_name[1:])


def _name_before(doc: Doc, end: int) -> Span | None:
    """The capitalised name ending just before token ``end`` ("… Liberation Army (")."""
    vocab = vocabulary()
    start = end
    while start > 0 and end - start < MAX_NAME_WORDS:
        token = doc[start - 1]
        text = token.text
        if token.is_sent_start and text.lower() in vocab.not_names:
            break
        if text.lower() == "and" and _coordinates_names(doc, start):
            break
        if text[:1].isupper() or text[:1].isdigit() or text.lower() in vocab.connectors:
            start -= 1
            continue
        break
    while start < end and (
        doc[start].text.lower() in vocab.connectors
        or doc[start].text.lower() in vocab.not_names
        or _counted(doc[start])
    ):
        start += 1
    return doc[start:end] if start < end else None


def _counted(token: Token) -> bool:
    """A count before a name ("12 Volta Front members", "200 Volta Front fighters") is
    no part of it; a date in a name ("the 23 March Movement") is."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return (
        token.like_num
        and token.text.replace(",", "").isdigit()
        and not (following is not None and following.lower_ in MONTH_NAMES)
    )


def _coordinates_names(doc: Doc, after_and: int) -> bool:
    """ "the ANC and the Democratic Alliance": an "and" that joins two names rather than
    two words of one ("Justice and Equality Movement"): a determiner follows it, or an
    acronym or a listed actor's name ("the Ghana and Volta Front panels", "Ghanaian and")
    comes before it."""
    before = doc[after_and - 2] if after_and >= 2 else None
    return (after_and < len(doc) and doc[after_and].lower_ == "the") or (
        before is not None and (is_acronym(before.text) or resolve_phrase(before.text) is not None)
    )


#: Brackets an acronym follows its name in: "(ELN)", and the "[ELN]" some outlets use.
BRACKETS = {"(": ")", "[": "]"}


def _acronym_pairs(doc: Doc) -> list[tuple[Span, str]]:
    """Names followed by an acronym in brackets: "National Liberation Army (ELN)", outside
    the dateline."""
    pairs = []
    tokens = doc_tokens(doc)  # indexed by neighbours below
    _, dateline_end = dateline_tokens(doc)
    for token in tokens[1:-2]:
        if token.i < dateline_end:
            continue  # "KINGSTOWN, St Vincent (CMC) –": a place and the article's agency
        if BRACKETS.get(token.text) != tokens[token.i + 2].text:
            continue
        acronym = tokens[token.i + 1].text
        name = _name_before(doc, token.i)
        if name is None or not is_acronym(acronym):
            continue
        if names_a_day(name.text):
            continue  # "Beirut, Sep 6 (IANS)": a date before an agency's name, no long form
        words = [t.text for t in name]
        if (len(words) >= 2 or is_organisation_name(words)) and not names_no_actor(words):
            pairs.append((name, acronym))
    return pairs


def _headline_tokens(doc: Doc) -> set[int]:
    """Title-case headline lines name anything with capitals: no bare names are minted there."""
    return {t.i for t in doc_tokens(doc) if in_headline(doc, t.idx)}


def _bare_names(doc: Doc, headline: set[int]) -> list[Span]:
    """Capitalised names ending in an organisation head ("the Arakan Army"), outside the
    ``headline`` tokens."""
    heads, outlets = vocabulary().heads, outlet_heads()
    names = []
    for token in doc_tokens(doc):
        if token.i in headline or not token.text[:1].isupper():
            continue
        if token.text.lower() not in heads and token.text not in outlets:
            continue
        following = doc[token.i + 1 : token.i + 3]
        if following and (
            following[0].text[:1].isupper()
            or (
                len(following) > 1
                and following[1].text[:1].isupper()
                and (
                    following[0].lower_ == "of"
                    # "on" or "for" inside one named entity: "the Authority on Development",
                    # not "the Volta Front on Wednesday"
                    or following[0].lower_ in NAME_GOES_ON
                    and following[0].ent_iob_ == "I"
                    and following[1].ent_iob_ == "I"
                )
            )
        ):
            # the name goes on ("Liberation Army Command", "Armed Forces of Colombia", "the
            # Authority on Development"): its head is not this word
            continue
        name = _name_before(doc, token.i + 1)
        if name is not None and is_organisation_name([t.text for t in name]):
            names.append(name)
    return names


def _acting_names(doc: Doc, analysis: Analysis, headline: set[int]) -> list[Span]:
    """One-word names the tagger calls an organisation, that nothing else reads, used more
    than once and at least once as the subject of a verb ("Kobra attacked a base …; Kobra
    later rejected talks"): a group the text calls by its bare name. A name used once, or
    never as a doer, is left alone; acronyms need a description (:func:`_described_acronyms`)."""
    read = {t.text for m in analysis.mentions for t in doc[m.start : m.end]}
    organisations = {
        token.text
        for token in doc_tokens(doc)
        if token.ent_type_ == "ORG"
        and token.ent_iob_ == "B"
        and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
        and token.text[:1].isupper()
        and not token.is_upper
        and token.text not in read  # a word some mention reads, here or elsewhere
    }
    uses: dict[str, list[Token]] = {}
    for token in doc_tokens(doc):  # every use, tagged or not ("Kobra later rejected …")
        if token.text in organisations and token.pos_ == "PROPN" and token.i not in headline:
            uses.setdefault(token.text, []).append(token)
    not_names, business = vocabulary().not_names, gazetteer().business
    persons = {t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
    found = []
    for text, tokens in uses.items():
        if len(tokens) < 2 or text.lower() in not_names or text in persons:
            continue  # "Locsin said …" after "Foreign Secretary Teodoro Locsin": a person
        if any(t.i > 0 and _first_name(doc[t.i - 1]) for t in tokens):
            continue  # "aide Idriss Mahamat" … "Mahamat told reporters": a surname
        if any(w.lemma_.lower() in business for t in tokens for w in t.sent):
            continue  # "Apple accused its South Korean rival": a business
        if not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "VERB" for t in tokens):
            continue
        if resolve_place(text) or names_a_day(text) or phrase_entry(text) or is_outlet_name([text]):
            continue
        found.append(doc[tokens[0].i : tokens[0].i + 1])
    return found


def _first_name(token: Token) -> bool:
    """A capitalised proper noun compounded with the name after it, as a first name is."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.dep_ == "compound"


def _described_acronyms(doc: Doc, analysis: Analysis, spelled: set[str]) -> list[tuple[Span, str]]:
    """Acronyms the text uses alone, that no list names and that it describes as a group
    where it uses them ("M23 rebels", "the militant group TTP", "the PKK, an armed
    movement"), each with that kind; the first use stands for the name. An unlisted short
    capitalised word with no such description is as often a time zone, a unit, an agency
    or a ministry, and is left alone. ``spelled`` are the acronyms spelled out in brackets,
    minted with their names already."""
    uses: dict[str, list[Token]] = {}
    for token in doc_tokens(doc):
        text = token.text
        if text in spelled or len(text) < MIN_BARE_ACRONYM or not is_acronym(text):
            continue
        if analysis.mention_covering(token) is not None or phrase_entry(text) is not None:
            continue
        uses.setdefault(text, []).append(token)
    found = []
    for tokens in uses.values():
        kind = kind_of([word for token in tokens for word in _describing_words(token)])
        if kind in BARE_ACRONYM_KINDS:
            found.append((doc[tokens[0].i : tokens[0].i + 1], kind))
    return found


def _names_by_group_nouns(
    doc: Doc, analysis: Analysis, headline: set[int]
) -> list[tuple[Span, Span]]:
    """Names a group noun of open_world.yaml introduces or that modify one, each with the
    noun phrase that describes it: those after the noun first (``_name_after``), then those
    before it (``_name_before_noun``). The nouns are read once for both. A noun in the
    ``headline`` tokens or a business's ("the energy group …") names no group, nor does a
    name the lists know, a place or a day."""
    vocab = vocabulary()
    after, before = [], []
    for noun in doc_tokens(doc):
        if noun.lower_ not in vocab.naming_nouns or not noun.is_lower or noun.i in headline:
            continue
        if {t.lower_ for t in doc[noun.left_edge.i : noun.i]} & gazetteer().business:
            continue  # "the energy group Statford", "the Statford energy group": a business
        description = doc[noun.left_edge.i : noun.i + 1]
        name = _name_after(noun, analysis)
        if _unlisted(name, analysis):
            after.append((name, description))
        name = _name_before_noun(noun, headline)
        if name is not None and _unlisted(name, analysis):
            before.append((_plural_use(name) or name, description))
    return after + before


def _name_after(noun: Token, analysis: Analysis) -> Span:
    """The name a group noun introduces as its apposition ("the armed group Comuneros del
    Sur", "the Venezuelan gang Tren de Aragua"): the capitalised words right after it, with
    the connectors of a name between them; a listed actor after a connector starts another
    name. Empty when none follows."""
    doc, vocab = noun.doc, vocabulary()
    start = end = noun.i + 1
    while end < len(doc) and end - start < MAX_NAME_WORDS:
        if doc[end].text[:1].isupper() or doc[end].text[:1].isdigit():
            end += 1
            continue
        joined = end  # "Tren de Aragua", "Sons of the Volta", "Al-Shabaab"
        while joined < len(doc) and (
            doc[joined].lower_ in vocab.connectors or doc[joined].text in HYPHENS
        ):
            joined += 1
        if end == start or joined == end or joined == len(doc):
            break
        if not doc[joined].text[:1].isupper() or analysis.mention_covering(doc[joined]):
            break  # "the movement Zenda and Ghana": a listed actor starts another name
        end = joined
    return doc[start:end]


def _name_before_noun(noun: Token, headline: set[int]) -> Span | None:
    """The name that modifies a group noun ("the Zenda militia", "Ghana's Zenda group", "the
    Zenda armed group"): the capitalised proper nouns right before it, or before an
    adjective of an armed side and it, hyphenated parts joined. A people or a creed
    ("Kurdish militia"), a person, or a word that starts no name is not one; None then."""
    doc = noun.doc
    end = noun.i
    while end > 0 and doc[end - 1].is_lower and doc[end - 1].dep_ in ("amod", "compound"):
        if kind_of([doc[end - 1].text]) != "armed_group":
            break  # "the Zenda armed group": only a word of an armed side between
        end -= 1
    start = end
    while start > 0 and end - start < MAX_NAME_WORDS and _names_a_group(doc[start - 1]):
        start -= 1
        if start > 1 and doc[start - 1].text in HYPHENS and _names_a_group(doc[start - 2]):
            start -= 2  # "the RED-Tabara group"
    if start == end or start in headline or doc[start].lower_ in vocabulary().not_names:
        return None
    return doc[start:end]


def _unlisted(name: Span, analysis: Analysis) -> bool:
    """Is a name found by a group noun one no mention, list, place or day already reads?"""
    if not len(name) or any(analysis.mention_covering(t) is not None for t in name):
        return False
    return not (phrase_entry(name.text) or resolve_place(name.text) or names_a_day(name.text))


def _names_a_group(token: Token) -> bool:
    """A capitalised proper noun that may be a word of a group's name before its noun."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and token.dep_ in ("compound", "nmod", "amod")
        and token.ent_type_ not in NOT_GROUP_ENTITIES
    )


def _plural_use(name: Span) -> Span | None:
    """Where the text calls a group by the plural of the one word it puts before a group
    noun ("the Houthi group" … "the Houthis"): that plural is the group's own name."""
    if len(name) != 1:
        return None
    plural = name.text + "s"
    return next((name.doc[t.i : t.i + 1] for t in doc_tokens(name.doc) if t.text == plural), None)


def _describing_words(token: Token) -> list[str]:
    """The words around one use of an acronym that may say what it names: the few before
    it, the noun it modifies ("PKK militants"), its apposition and the phrase it is in
    apposition to ("the militant group, TTP")."""
    doc = token.doc
    words = [t.text for t in doc[max(0, token.i - DESCRIPTION_BEFORE) : token.i]]
    if token.dep_ == "compound":
        words.append(token.head.text)
    for child in token.children:
        if child.dep_ == "appos":
            words += [t.text for t in child.subtree]
    if token.dep_ == "appos":
        words += [t.text for t in token.head.subtree if t.i < token.i]
    return words


def _described_kind(doc: Doc, name: Span) -> str | None:
    """The kind from the name's words and the words around it ("an ethnic armed group")."""
    before = doc[max(0, name.start - 3) : name.start]
    after = doc[name.end : min(len(doc), name.end + DESCRIPTION_WINDOW)]
    if after and after[0].text in BRACKETS:
        after = doc[min(len(doc), name.end + 3) : min(len(doc), name.end + 3 + DESCRIPTION_WINDOW)]
    described = [t.text for t in before] + (
        [t.text for t in after] if after and after[0].text == "," else []
    )
    return kind_of([t.text for t in name]) or kind_of(described)


def _occurrences(doc: Doc, aliases: set[str]) -> list[tuple[int, int, str]]:
    """Token ranges where a name or an acronym is used, with the text used."""
    found = []
    for alias in sorted(aliases, key=len, reverse=True):
        for token in doc_tokens(doc):
            if not alias.startswith(token.text):
                continue
            end = token.i + 1  # "People's" is two tokens: match the text, not the words
            while end < len(doc) and len(doc[token.i : end].text) < len(alias):
                end += 1
            if doc[token.i : end].text == alias:
                found.append((token.i, end, alias))
    found.sort()
    kept, last_end = [], -1
    for start, end, alias in found:
        if start >= last_end:
            kept.append((start, end, alias))
            last_end = end
    return kept


def _names_known_group(analysis: Analysis, name: Span) -> bool:
    """Part of the name is already a listed organisation's name: it is that group (or a part
    of it), never a new one."""
    return any(
        m.start < name.end and name.start < m.end and "." not in m.actor and m.rule != RULE
        for m in analysis.mentions
        # a description coreference gave an earlier group ("the Likud Party" read as "the
        # party") is no name of that group
        if m.actor and not m.rule.startswith("coref.")
    )


def _replace_mentions(analysis: Analysis, start: int, end: int) -> None:
    """Drop the mentions that read part of a minted name as something else."""
    overlapping = [m for m in analysis.mentions if m.start < end and start < m.end]
    for mention in overlapping:
        if mention.end <= end + 3:  # "Colombia's National Liberation Army" read as COL.MIL
            analysis.mentions.remove(mention)
    analysis._mention_starts = None


def _make_room(doc: Doc, analysis: Analysis, start: int, end: int) -> None:
    """Drop the mentions inside an acronym's tokens, and cut one that reads a pair with it
    ("GoC-ELN" read as the ELN alone) down to the part after it."""
    for mention in [m for m in analysis.mentions if m.start < end and start < m.end]:
        analysis.mentions.remove(mention)
        rest = end + 1 if end < mention.end and doc[end].text in HYPHENS else end
        if mention.start >= start and rest < mention.end:
            mention.start, mention.text = rest, doc[rest : mention.end].text
            analysis.add_mention(mention)
    analysis._mention_starts = None


def _without_state_possessor(name: Span) -> Span | None:
    """ "Colombia's National Liberation Army": the name after a state's possessive. A body
    the state itself runs ("Pyongyang's Committee for National Unity", "South
    Korea's Joint Chiefs of Staff", "the Kyrgyz National Security Committee") is that
    state's, and nothing is minted (None)."""
    marks = [t.i for t in name if t.text in ("'s", "’s") and t.i > name.start]
    if not marks:
        first = phrase_entry(name[0].text) if len(name) > 1 else None
        if (
            first is not None
            and first.kind == "demonym"
            and kind_of([t.text for t in name[1:]]) in (None, "authority")
        ):
            return None  # "the Kyrgyz National Security Committee": the state's own body
        return name
    owner = resolve_phrase(name.doc[name.start : marks[0]].text)
    rest = name.doc[marks[0] + 1 : name.end]
    if owner is None or not len(rest):
        return name
    entry = phrase_entry(name.doc[name.start : marks[0]].text)
    if "." not in owner and (entry is None or entry.country is None):
        return name  # "Hamas's Qassam Brigades" is for the gazetteer; an org's unit is the org
    kind = kind_of([t.text for t in rest])
    return rest if kind not in (None, "authority") else None


def _owning_country(analysis: Analysis, name: Span) -> str | None:
    """The state a party or union belongs to when the text says so: a country or demonym in
    its name ("the Serbian Progressive Party"), or a state actor owning it ("Turkey's ruling
    Justice Party", "the president's ruling party"). None leaves it to the document's side."""
    inside = [entry for _, _, entry in scan_names([t.text for t in name]) if entry.country]
    if inside:
        return inside[0].country
    doc, start = name.doc, name.start
    while start > 0 and doc[start - 1].dep_ in ("amod", "compound") and doc[start - 1].is_lower:
        start -= 1  # "ruling", "opposition"
    if start == 0 or doc[start - 1].text not in ("'s", "’s", "'"):
        return None
    owner = analysis.mention_covering(doc[start - 2]) if start >= 2 else None
    return country_of(owner.actor) if owner is not None else None


def _side_country(doc: Doc, analysis: Analysis) -> str | None:
    """The country the document's state actors belong to most often, leaving out those
    shown mediating or hosting ("Norway is facilitating talks between the Philippine
    government and the NDF": the NDF is no Norwegian group)."""
    actor_at = {i: m.actor for m in analysis.mentions for i in range(m.start, m.end)}
    outside = third_parties(doc, actor_at.get)
    actors = [m.actor for m in analysis.mentions]
    sides = [actor for actor in actors if actor.split(".")[0] not in outside]
    return context_country(sides) or context_country(actors)


def find_open_actors(doc: Doc, analysis: Analysis) -> list[MintedActor]:
    """Mint every unlisted organisation the document names and add its mentions."""
    minted: dict[str, MintedActor] = {}
    # a state's forces, commands or parties, each with its sector as id and the rule that
    # found it: they become mentions of <country>.<sector>, never groups of their own
    state_bodies: list[tuple[MintedActor, str]] = []
    side_country = cache(lambda: _side_country(doc, analysis))  # read once, when first asked
    pairs = _acronym_pairs(doc)
    named = {name.text for name, _ in pairs}
    headline = _headline_tokens(doc)  # read once: both name finders leave headlines alone
    bare = _bare_names(doc, headline)
    candidates = pairs + [(name, None) for name in bare if name.text not in named]
    apposed = _names_by_group_nouns(doc, analysis, headline)
    in_names = {t.i for name, _ in apposed for t in name}
    described = [  # "the RED-Volta group": its "RED" is no group of its own
        (use, kind)
        for use, kind in _described_acronyms(doc, analysis, {acronym for _, acronym in pairs})
        if use.start not in in_names
    ]
    candidates += [(use, None) for use, _ in described]
    described_kinds = {use.text: kind for use, kind in described}
    taken = {name.text for name, _ in candidates}
    for name, description in apposed:
        if name.text not in taken:
            taken.add(name.text)
            candidates.append((name, None))
            described_kinds[name.text] = kind_of([description.root.text]) or "armed_group"
    candidates += [  # "Kobra attacked …; Kobra rejected …": a name used alone, last
        (name, None) for name in _acting_names(doc, analysis, headline) if name.text not in taken
    ]
    known: list[tuple[str, str]] = []  # a listed actor's acronym, defined in the text
    for name, acronym in candidates:
        if acronym is None and is_known(name.text):
            continue  # "the Sudan People's Liberation Army" is listed whole: not cut at "'s"
        name = _without_state_possessor(name)
        if name is None:
            continue
        text = name.text
        listed, acronym_listed = is_known(text), bool(acronym) and is_known(acronym)
        if listed and acronym and not acronym_listed:
            # "the Government of Colombia (GoC)": the acronym is that actor's here
            known.append((resolve_phrase(text), acronym))
            continue
        if acronym_listed and not listed:
            # "the House of Representatives (HoR)": the name the text spells out for a
            # listed acronym is that actor's here, however many bodies share the name
            known.append((resolve_phrase(acronym), text))
            continue
        if listed or acronym_listed or _names_known_group(analysis, name):
            continue
        aliases = {a for a in (text, acronym) if a}
        if is_state_force([t.text for t in name]):
            # "the Internal Security Forces" are its police as "security forces" are
            sector = gazetteer().sector([t.text for t in name])
            sector = sector if sector in STATE_FORCE_SECTORS else MIL_SECTOR
            force = MintedActor(id=sector, name=text, aliases=aliases)
            state_bodies.append((force, COMMAND_RULE))
            continue
        if is_state_government([t.text for t in name]):
            country = _owning_country(analysis, name)
            government = MintedActor(id=GOV_SECTOR, name=text, aliases=aliases, country=country)
            state_bodies.append((government, GOVERNMENT_RULE))
            continue
        sector_kind = STATE_SECTOR_KINDS.get(kind_of([t.text for t in name]) or "")
        if sector_kind and side_country():
            sector, rule = sector_kind
            country = _owning_country(analysis, name)
            body = MintedActor(id=sector, name=text, aliases=aliases, country=country)
            state_bodies.append((body, rule))
            continue
        acronym = acronym or _initials_used(doc, name)
        actor_id = mint_id(text, acronym)
        entry = minted.setdefault(actor_id, MintedActor(id=actor_id, name=text, acronym=acronym))
        entry.aliases.update(a for a in (text, acronym) if a)
        if is_outlet_name([t.text for t in name]):
            entry.kind = MEDIA_KIND  # "the Accra Times reported": an outlet, not Ghana
        entry.kind = entry.kind or described_kinds.get(text) or _described_kind(doc, name)
    for actor, acronym in known:
        for start, end, text in _occurrences(doc, {acronym}):
            _make_room(doc, analysis, start, end)
            analysis.add_mention(ActorMention(start, end, actor, text, rule=ACRONYM_RULE))
    if not minted and not state_bodies:
        return []
    country = side_country()
    for body, rule in state_bodies:
        home = body.country or country
        for start, end, alias in _occurrences(doc, body.aliases) if home else []:
            _replace_mentions(analysis, start, end)
            analysis.add_mention(ActorMention(start, end, f"{home}.{body.id}", alias, rule=rule))
    sides: list[tuple[int, str]] = []
    groups: list[tuple[int, int, str]] = []  # where each minted body other than an outlet is named
    for entry in minted.values():
        entry.country = country
        for start, end, alias in _occurrences(doc, entry.aliases):
            _replace_mentions(analysis, start, end)
            analysis.add_mention(
                ActorMention(start=start, end=end, actor=entry.id, text=alias, rule=RULE)
            )
            if entry.kind in SIDE_KINDS:
                sides.append((start, entry.id))
            if entry.kind != MEDIA_KIND:
                groups.append((start, end, entry.id))
    minted_ids = {alias: entry.id for entry in minted.values() for alias in entry.aliases}
    for name, description in apposed:
        # "the armed group" before its name is that group, not a side noun read back
        if name.text in minted_ids:
            _replace_mentions(analysis, description.start, description.end)
            analysis.add_mention(
                ActorMention(
                    description.start,
                    description.end,
                    minted_ids[name.text],
                    description.text,
                    kind="description",
                    rule=RULE,
                )
            )
    refer_to_minted(doc, analysis, sides)
    refer_persons_to_minted(doc, analysis, groups)
    refer_pronouns_to_minted(doc, analysis, {actor for _, _, actor in groups})
    return list(minted.values())


def _initials_used(doc: Doc, name: Span) -> str | None:
    """The acronym of a name that the text uses on its own, never defining it ("the Rapid
    Support Forces" … "the RSF seized the city"): the initials of its capitalised words,
    when a word of the text is exactly they. The name's own acronym is its id, as a defined
    one is, so both stand for one actor."""
    connectors = vocabulary().connectors
    words = [t.text for t in name if t.lower_ not in connectors and t.text[:1].isupper()]
    if len(words) < 2:
        return None
    initials = "".join(word[0] for word in words)
    used = any(t.text == initials for t in doc_tokens(doc) if not name.start <= t.i < name.end)
    return initials if used else None


def as_actor(minted: MintedActor) -> Actor:
    return Actor(
        id=minted.id,
        name=minted.name,
        country=minted.country,
        kind="outlet" if minted.kind == MEDIA_KIND else "organisation",
        category=minted.kind,
        aliases=sorted(minted.aliases),
        minted=True,
    )


@extractors.register("open_actors")
def make_open_actors_extractor(nlp):
    def extract(doc: Doc) -> None:
        analysis: Analysis = doc._.accord
        analysis.actors.extend(as_actor(m) for m in find_open_actors(doc, analysis))

    return extract
