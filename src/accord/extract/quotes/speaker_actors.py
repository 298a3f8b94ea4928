"""Which actor a speaker phrase speaks for.

A speaker's actor comes from the actors extractor's mentions inside the phrase,
except where a mention only gives the speaker's topic ("mediators in the Sudan
talks", "the Kosovo office of the Serbian government") or where a news outlet heads
the phrase. When the phrase names no actor, the document around it may: a state's
media, a body of a sector named before, the two sides last named, a longer name given
earlier, a phrase in apposition or title words cut off before a name.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from accord.extract.analysis import Analysis
from accord.extract.quotes.followups import BODY_SECTORS
from accord.extract.quotes.names import strip_marks
from accord.extract.quotes.relays import media_of
from accord.extract.quotes.speaker_phrases import (
    ANONYMOUS_HEADS,
    BODY_NOUN_SECTORS,
    DEFINITE,
    describe,
    has_possessor,
    phrase_tokens,
    topic_of,
)
from accord.nlp.datelines import dateline_country
from accord.nlp.docviews import entities_in
from accord.nlp.prepositions import owner_preps
from accord.resolve.actors import gazetteer, is_media, resolve_phrase
from accord.resolve.open_actors import context_country, is_acronym, mint_id

#: sectors a phrase's head gives a state actor named inside it ("the junta's media")
_HEAD_BODY_SECTORS = BODY_NOUN_SECTORS | {"MED"}


def actor_of(span: Span, analysis: Analysis, skip_person: str | None = None) -> str | None:
    """The actor a speaker phrase names: the actors extractor's mentions first.

    A phrase headed by a news outlet ("Russia's TASS news agency", "Bloomberg")
    speaks as that outlet, never as the state that owns or hosts it."""
    media = media_of(span)
    if media is not None:
        return media
    mentions = []
    topical = {token.i for token in span if topic_of(token, span.root)}
    topical |= {token.i for token in span if _owned_by_another(token, analysis)}
    for token in span:
        if token.i in topical:
            continue  # "mediators in the Sudan talks" are not Sudan
        mention = analysis.mention_covering(token)
        if mention is None or not mention.actor or mention in mentions:
            continue
        if topical.intersection(range(mention.start, mention.end)):
            continue  # "the Kosovo Office" of a government names what it deals with
        mentions.append(mention)
    for mention in mentions:
        if mention.start <= span.root.i < mention.end:
            if mention.rule.startswith("coref."):
                # "the Hamas-run health ministry" names its own actor: no antecedent
                own = resolve_phrase(strip_marks(span.text))
                return own or mention.actor
            return mention.actor
    if mentions:
        longest = max(mentions, key=lambda m: m.end - m.start).actor
        # "South Korea's Joint Chiefs": the whole phrase names the body of that country
        whole = resolve_phrase(strip_marks(span.text))
        if whole and longest and whole.split(".")[0] == longest.split(".")[0]:
            return whole
        return _with_head_sector(longest, span) if whole is None else longest
    own = [t for t in span if not topic_of(t, span.root)]
    text = strip_marks(span.doc[own[0].i : own[-1].i + 1].text) if own else ""
    if skip_person:
        text = text.replace(skip_person, " ").strip(" ,")
    if text:
        actor = resolve_phrase(text)
        if actor:
            return actor
    for ent in entities_in(span):
        if topic_of(ent.root, span.root):
            continue
        if ent.label_ in ("ORG", "GPE", "NORP") and (actor := resolve_phrase(ent.text)):
            return actor
    return None


def _owned_by_another(name: Token, analysis: Analysis) -> bool:
    """``the Kosovo office of the Serbian government``: a name modifying a body whose
    owner the text names ("of the Serbian government") says what the body deals with,
    not whose it is. An owner no actor is ("Department of State") leaves the name its."""
    preps = owner_preps(name)
    if not preps:
        return False
    owners = (analysis.mention_covering(t) for t in preps[0].subtree)
    return any(
        owner is not None and owner.actor and not owner.start <= name.i < owner.end
        for owner in owners
    )


def state_media(span: Span, analysis: Analysis) -> str | None:
    """``state TV says``, ``state media reported``: the state media of the country
    the dateline names, else of the story's state actors."""
    words = [t.lower_ for t in span if t.lower_ not in DEFINITE]
    if "state" not in words or gazetteer().sector(words) != "MED":
        return None
    country = dateline_country(span.doc) or context_country(m.actor for m in analysis.mentions)
    return f"{country}.MED" if country else None


def described_owner(noun: Token, analysis: Analysis) -> str | None:
    """``The army statement said``: the state body of that sector the text last named."""
    words = [t.text for t in noun.lefts if t.dep_ in ("compound", "amod")]
    sector = gazetteer().sector(words) if words else None
    if sector is None:
        return None
    earlier = [
        m
        for m in analysis.mentions
        if m.end <= noun.i and m.actor and m.actor.endswith("." + sector)
    ]
    return max(earlier, key=lambda m: m.start).actor if earlier else None


def pair_before(span: Span, analysis: Analysis) -> str | None:
    """``The two sides said``, ``both parties said`` after "Armenia and Azerbaijan held
    talks": the first of the last two actors the text named."""
    last: list[str] = []
    for mention in sorted(analysis.mentions, key=lambda m: m.start):
        if mention.end <= span.start and mention.actor and not is_media(mention.actor):
            if mention.actor in last:
                last.remove(mention.actor)
            last.append(mention.actor)
    return last[-2] if len(last) >= 2 else None


def earlier_full_name(span: Span, analysis: Analysis) -> str | None:
    """``the Council said`` after "Sudan's Sovereign Council met", ``JCS said`` after
    "the Joint Chiefs of Staff (JCS)": a capitalised name the text gave before inside a
    longer name, whose actor it keeps; an organisation's acronym no list has is its id, as
    :mod:`accord.resolve.open_actors` mints it."""
    name = describe(span)
    if not name[:1].isupper() or span.root.pos_ != "PROPN" and not span.root.is_title:
        return None
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    earlier = [
        mention
        for mention in analysis.mentions
        if mention.end <= span.start
        and mention.actor
        and not is_media(mention.actor)
        and mention.person is None
        and mention.text != name
        and pattern.search(mention.text)
    ]
    if earlier:
        return max(earlier, key=lambda m: m.start).actor
    if is_acronym(name) and span.root.ent_type_ == "ORG" and not gazetteer().sector([name]):
        return mint_id(name, name)  # not "MFA", "MoD": a state body's generic initials
    return None


def appositive_actor(span: Span) -> str | None:
    """``the head of the Russian delegation, presidential aide X,``: the side the phrase
    in apposition names."""
    root = span.root
    related = [child for child in root.children if child.dep_ == "appos"]
    if root.dep_ == "appos":  # the parser hangs a chain of appositions on one word
        related += [c for c in root.head.children if c.dep_ == "appos" and c != root]
    for token in related:
        tokens = phrase_tokens(token)
        if not tokens:
            continue
        phrase = span.doc[tokens[0].i : tokens[-1].i + 1]
        if span.start <= phrase.start and phrase.end <= span.end:
            continue
        actor = resolve_phrase(strip_marks(phrase.text))
        if actor is None:
            for ent in entities_in(phrase):
                if ent.label_ in ("ORG", "GPE", "NORP") and (actor := resolve_phrase(ent.text)):
                    break
        if actor is not None and not is_media(actor):
            return actor
    return None


def person_actor(name: str, analysis: Analysis) -> str | None:
    """The actor of a person the actors extractor found under the same surname, else the
    actor the name itself resolves to."""
    for mention in analysis.mentions:
        if mention.person and name.split()[-1] in mention.person.split() and mention.actor:
            return mention.actor
    return resolve_phrase(name)


def _with_head_sector(actor: str | None, span: Span) -> str | None:
    """A state actor named in a phrase whose head is another of its bodies: "South Korea's
    Joint Chiefs of Staff (JCS)" → KOR.MIL, "the junta's media" → MMR.MED, when the phrase
    as a whole does not resolve. A person's title keeps the actor ("the army's spokesman")."""
    if not actor or "." not in actor:
        return actor
    words = [t.text for t in span if t.i <= span.root.i and not t.is_punct]
    sector = gazetteer().sector(words)
    return f"{actor.split('.')[0]}.{sector}" if sector in _HEAD_BODY_SECTORS else actor


def role_sector(actor: str | None, span: Span) -> str | None:
    """``a Malian military official``, ``a police spokesman``: a person's role noun says
    only that they speak for the state; the body word before it says which body."""
    if not actor or not actor.endswith(".GOV") or span.root.lemma_.lower() not in ANONYMOUS_HEADS:
        return actor
    for token in span:
        if token.i >= span.root.i or token.pos_ == "PROPN" or token.lower_ in ANONYMOUS_HEADS:
            continue
        sector = gazetteer().sector([token.text])
        if sector in BODY_NOUN_SECTORS:
            return f"{actor.split('.')[0]}.{sector}"
    return actor


def names_state_body(span: Span, head: Token) -> bool:
    """A phrase of common nouns naming a state body ("the foreign ministry", "the army");
    with a possessor ("the movement's military wing") the possessor says whose it is."""
    if has_possessor(head):
        return False
    words = [t.text for t in span if t.i <= span.root.i and not t.is_punct and t.pos_ != "DET"]
    return gazetteer().sector(words) in BODY_SECTORS


def modifier_actor(span: Span) -> str | None:
    """The actor the words before a description's head name ("the Kenyan official" → KEN)
    as a state or organisation, without the coreference guess for the whole phrase."""
    words = " ".join(t.text for t in span if t.i < span.root.i and t.lower_ not in DEFINITE)
    return resolve_phrase(words) if words else None


def statement_actor(noun: Token) -> str | None:
    """The actor the words before a statement noun name ("a Pakistani military statement"
    → PAK.MIL), without an owner phrase."""
    words = [
        t.text
        for t in noun.subtree
        if t.i < noun.i and t.dep_ in ("amod", "compound", "nmod") and not t.is_punct
    ]
    return resolve_phrase(" ".join(words)) if words else None


def title_before(span: Span) -> str | None:
    """``Houthi military spokesman Brig. Gen. Abdulkarim Hajar``: the title words right
    before a name, which an abbreviation's full stop may have cut off as another sentence."""
    doc = span.doc
    index = span.start - 1
    words: list[Token] = []
    while index >= 0 and len(words) < 8:
        token = doc[index]
        if "\n" in token.whitespace_ or token.is_space:
            break
        if token.pos_ not in ("PROPN", "NOUN", "ADJ", "PUNCT") or (
            token.is_punct and token.text != "."
        ):
            break
        words.insert(0, token)
        index -= 1
    text = " ".join(t.text for t in words if not t.is_punct)
    actor = resolve_phrase(text) if text else None
    return actor if actor is not None and not is_media(actor) else None
