"""The "events" extractor: who did what to whom, coded to PLOVER over the dependency parse.

Triggers come from the lexicons in ``accord/data/events`` (one PLOVER type per file):
verbs, nouns, predicative adjectives and light-verb + noun pairs. One spaCy
``Matcher`` pass finds candidate triggers; each is then read off the parse:

* roles — the subject (or the ``by`` agent of a passive, the controller of an
  ``xcomp``, the noun a participle modifies) is the source; the object, dative, a
  type-specific preposition, the possessor or origin of the object ("an Indian
  proposal", "an offer from Kabul") or the subject of a demanded clause is the target.
  Coordinated actors each get an event; conjoined subjects of a symmetric type with no
  other recipient are each other's recipient. Nominal triggers take their source from a
  light verb's subject ("launched an offensive"), a possessor ("Israel's invasion") or a
  national adjective ("Israeli strikes").
* status — negation (``denied``; a negated acceptance is REJECT), future auxiliaries and
  intent governors ("plans to", "is preparing") or modifiers ("imminent") (``planned``),
  modals and conditionals (``hypothetical``).
* absorbing governors — "threatened to invade" is THREATEN only, "refused to meet" REJECT
  only, "helped X target Y" AID only.

Each event carries its voice (the quote it sits in), place, date, evidence and rule id.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from accord.data import data_names, load_data
from accord.extract.analysis import ActorMention, Analysis, evidence_for
from accord.model import Event
from accord.registry import extractors
from accord.resolve.actors import gazetteer, phrase_entry
from accord.resolve.dates import resolve_date
from accord.resolve.places import resolve_place

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
NEGATIONS = {"not", "n't", "never", "no"}
NON_ACTOR_KINDS = {"media"}
#: Prepositions that place an event ("struck positions near Rafah").
LOCATIVE = {"in", "at", "near", "into", "to"}
#: Marks an unnamed perpetrator: the event is kept with no source.
UNKNOWN = "?"
#: Prepositions through which intent reaches an event ("planning on pursuing", "set for talks").
CHAIN_PREPS = {"on", "with", "to", "for", "toward", "towards"}
#: Governors whose infinitive complement did happen ("managed to", "continued to").
IMPLICATIVE = {"manage", "continue", "begin", "start", "keep", "resume", "go", "proceed",
               "fail", "help", "dare", "bother", "happen", "get"}
#: Objects that stand for another party's offer: agreeing to or rejecting one
#: answers whoever made it ("rejected the deal").
PROPOSALS = {"deal", "proposal", "plan", "offer", "agreement", "ceasefire", "cease-fire",
             "truce", "formula", "initiative", "terms", "demand", "demands", "conditions",
             "framework", "accord", "settlement", "draft", "resolution", "roadmap",
             "memorandum", "blueprint", "package", "amendments", "text", "moratorium"}
#: Pronouns that may stand for a proposal just named ("refused to sign up to it").
PROPOSAL_PRONOUNS = {"it", "this", "that"}
#: Proposal nouns general enough to refer back to any proposal tabled earlier ("the proposal").
GENERIC_PROPOSALS = {"proposal", "plan", "offer", "deal", "initiative", "idea"}
#: Plural heads that, with "both" or "two", stand for the two parties named before
#: ("urged both sides"); the state ones only for state actors ("warned both capitals").
PAIR_NOUNS = {"side", "party", "country", "capital", "government", "delegation", "camp",
              "neighbour", "neighbor", "nation", "belligerent", "rival"}
STATE_PAIR_NOUNS = {"country", "capital", "government", "neighbour", "neighbor", "nation"}
#: Heads that stand for their "of" complement ("a group of diplomats", "members of").
COLLECTIVES = {"group", "number", "dozen", "dozens", "hundred", "hundreds", "thousand",
               "thousands", "million", "millions", "member", "members", "some", "many",
               "most", "majority", "team", "delegation", "contingent", "band", "batch",
               "patch", "unit", "couple", "score", "scores", "all", "none", "leader", "leaders"}
#: Types that, with no recipient named, act on the source's own country: repression hits
#: its population, a protest targets its government, a concession eases its own rules.
DOMESTIC = {"COERCE": "", "PROTEST": ".GOV", "CONCEDE": ""}
#: Hostile types: conditioned on "if …" they are threats ("may halt mediation if …").
CONFLICT = {"SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "PROTEST"}
#: Types whose "from" names the place left or cut off ("withdrew from Panama").
FROM_PLACES = {"RETREAT", "SANCTION"}
#: Types whose recipient is the proposer when only the proposal is named.
ANSWERS = {"AGREE", "REJECT", "CONCEDE"}
#: Rule suffix of a REJECT coded from a negated acceptance ("did not accept").
NEGATED_ACCEPTANCE = "negated-acceptance"


@dataclass(frozen=True)
class Sense:
    """One reading of a trigger: the type it codes, its mode, and what its object must be."""

    action: str
    mode: str | None
    objects: frozenset[str] | None  # None: any object
    needs_target: bool = False


@dataclass
class Lexicon:
    verbs: dict[str, list[Sense]]
    nouns: dict[str, list[Sense]]
    adjectives: dict[str, list[Sense]]
    light: dict[str, dict[str, Sense]]  # verb lemma → noun lemma → sense

    @classmethod
    def load(cls) -> Lexicon:
        verbs: dict[str, list[Sense]] = {}
        nouns: dict[str, list[Sense]] = {}
        adjectives: dict[str, list[Sense]] = {}
        light: dict[str, dict[str, Sense]] = {}
        for name in data_names("events"):
            data = load_data(name)
            if "type" not in data:
                continue
            action = data["type"]
            for key, table in (("verbs", verbs), ("nouns", nouns), ("adjectives", adjectives)):
                for lemma, value in (data.get(key) or {}).items():
                    table.setdefault(lemma, []).append(_sense(action, value))
            for verb, noun_list in (data.get("light") or {}).items():
                for noun in noun_list:
                    head = noun.split()[-1]
                    light.setdefault(verb, {}).setdefault(head, Sense(action, None, None))
        for table in (verbs, nouns, adjectives):
            for senses in table.values():  # constrained readings are tried first
                senses.sort(key=lambda s: s.objects is None)
        return cls(verbs, nouns, adjectives, light)


def _sense(action: str, value) -> Sense:
    if isinstance(value, dict):
        objects = value.get("objects")
        return Sense(action, value.get("mode"),
                     None if objects is None else frozenset(objects),
                     bool(value.get("needs_target")))
    return Sense(action, value, None)


@dataclass
class Coded:
    """An event read off the parse, before it becomes an :class:`Event`."""

    action: str
    mode: str | None
    anchor: Token  # the token whose clause gives status (trigger verb or light verb)
    trigger: Token
    sources: list[ActorMention | str]
    targets: list[ActorMention | str]
    rule: str


class EventCoder:
    def __init__(self, nlp) -> None:
        self.lexicon = Lexicon.load()
        self.grammar = load_data("events/grammar")
        g = self.grammar
        self.planned_governors = set(g["planned_governors"])
        self.future_aux = set(g["future_aux"])
        self.hypothetical_aux = set(g["hypothetical_aux"])
        self.conditional_marks = set(g["conditional_marks"])
        self.planned_modifiers = set(g["planned_modifiers"])
        self.hypothetical_modifiers = set(g["hypothetical_modifiers"])
        self.absorbing = set(g["absorbing_governors"])
        self.target_preps = {k: set(v) for k, v in g["target_preps"].items()}
        self.nominal_preps = set(g["nominal_target_preps"])
        self.symmetric = set(g["symmetric_types"])
        self.place_targets = set(g["place_target_types"])
        self.generic_light = set(g["generic_light"])
        self.proposing = set(g["proposing_verbs"])
        self.matcher = Matcher(nlp.vocab)
        lex = self.lexicon
        self.matcher.add("VERB", [[{"LEMMA": {"IN": sorted(lex.verbs)}, "POS": "VERB"}]])
        nouns = sorted(set(lex.nouns) | {n for table in lex.light.values() for n in table})
        self.matcher.add("NOUN", [[{"LEMMA": {"IN": nouns}, "POS": "NOUN"}],
                                  [{"LOWER": {"IN": nouns}, "POS": "NOUN"}]])
        self.silent = set(g["silent_complements"])
        self.speech = set(g["speech_verbs"])
        self.obligation = set(g["obligation_aux"])
        self.matcher.add("SPEECH", [[{"LEMMA": {"IN": sorted(self.speech)}, "POS": "VERB"}]])
        self.matcher.add("ADJ", [[{"LOWER": {"IN": sorted(lex.adjectives)},
                                   "POS": {"IN": ["ADJ", "VERB"]}}]])

    # --- entry point ---------------------------------------------------------------------
    def __call__(self, doc: Doc) -> None:
        analysis: Analysis = doc._.accord
        if not analysis.on_topic:
            return  # not about politics (sport, business, weather …): no event
        seen: set[tuple[int, str]] = set()
        for match_id, start, _ in sorted(self.matcher(doc), key=lambda m: m[1]):
            token = doc[start]
            kind = doc.vocab.strings[match_id]
            if (token.i, kind) in seen:
                continue
            seen.add((token.i, kind))
            coded = (
                self._obligation(token) if kind == "SPEECH"
                else self._verb(token) if kind == "VERB"
                else self._noun(token) if kind == "NOUN"
                else self._adjective(token)
            )
            if coded is not None:
                self._emit(doc, analysis, coded)

    # --- triggers ------------------------------------------------------------------------
    def _verb(self, verb: Token) -> Coded | None:
        if self._absorbed(verb):
            return None
        if verb.lower_ in self.lexicon.adjectives and not any(
            c.dep_ == "agent" for c in verb.children
        ):
            return self._adjective(verb)  # "Israel is opposed to …" is a state, not a passive
        if _participle_modifier(verb):
            return None  # "occupied Palestine", "the besieged town": a description
        sense = self._verb_sense(verb)
        if sense is None or _declines_to_speak(verb, self.silent):
            return None  # "declined to comment" is no rejection
        action, rule = sense.action, "verb"
        if _negated(verb) and action in ("AGREE", "CONCEDE"):
            action, rule = "REJECT", f"verb.{NEGATED_ACCEPTANCE}"
        sources, targets, passive = self._clause_roles(verb, action)
        if passive:
            rule += ".passive"
        if sense.needs_target and not targets:
            return None  # "insisted that the talks would continue": no one is asked anything
        return Coded(action, sense.mode, verb, verb, sources, targets, f"events.{rule}")

    def _obligation(self, verb: Token) -> Coded | None:
        """"Russia said Sudan must return the helicopter": a demand on the clause's subject."""
        analysis = verb.doc._.accord
        for clause in verb.children:
            if clause.dep_ != "ccomp":
                continue
            if not any(c.dep_ == "aux" and c.lower_ in self.obligation for c in clause.children):
                continue
            subject = _subject(clause)
            speaker = _subject(verb)
            if subject is None or speaker is None:
                continue
            targets = _np_actors(subject, analysis)
            sources = _actors(speaker, analysis)
            if sources and targets:
                return Coded("REQUEST", None, verb, clause, sources, targets,
                             "events.speech.obligation")
        return None

    def _verb_sense(self, verb: Token) -> Sense | None:
        lemma = verb.lemma_.lower()
        for sense in self.lexicon.verbs.get(lemma, []):
            if sense.objects is None or self._object_fits(verb, sense.objects):
                # a light verb with a nominal trigger of another type codes the noun's type
                return sense
        return None

    def _object_fits(self, verb: Token, wanted: frozenset[str]) -> bool:
        analysis = verb.doc._.accord
        for child in verb.children:
            if child.dep_ in ("dobj", "dative", "nsubjpass", "attr", "oprd"):
                words = {child.lemma_.lower(), child.lower_}
                words |= {c.lower_ for c in child.children if c.dep_ in ("compound", "amod")}
                for of in child.children:  # "700 kg of medicine", "thousands of refugees"
                    if of.dep_ == "prep" and of.lower_ == "of":
                        words |= {g.lemma_.lower() for g in of.children if g.dep_ == "pobj"}
                        words |= {g.lower_ for g in of.children if g.dep_ == "pobj"}
                if words & wanted:
                    return True
                if "__actor__" in wanted and analysis.mention_covering(child):
                    return True
                if "__place__" in wanted and (child.ent_type_ in ("GPE", "LOC", "FAC")
                                              or resolve_place(child.text)):
                    return True
            if child.dep_ == "prep" and f"__{child.lower_}__" in wanted:
                return True
            if child.dep_ in ("prt", "advmod") and f"__{child.lower_}__" in wanted:
                return True
            if child.dep_ == "prep":
                for grandchild in child.children:
                    if grandchild.lower_ in wanted or f"__{grandchild.lower_}__" in wanted:
                        return True
            if child.dep_ == "xcomp":
                lemma = child.lemma_.lower()
                if f"__{lemma}__" in wanted:
                    return True
                if "__violent__" in wanted and any(
                    s.action == "ASSAULT" for s in self.lexicon.verbs.get(lemma, [])
                ):
                    return True
        return False

    def _noun(self, noun: Token) -> Coded | None:
        senses = self.lexicon.nouns.get(noun.lemma_.lower()) or self.lexicon.nouns.get(
            noun.lower_, []
        )
        governor = _governing_verb(noun)
        light_sense = None
        if governor is not None:
            light_sense = self.lexicon.light.get(governor.lemma_.lower(), {}).get(
                noun.lemma_.lower()
            ) or self.lexicon.light.get(governor.lemma_.lower(), {}).get(noun.lower_)
        sense = None
        for candidate in senses:
            if candidate.objects is None or self._noun_fits(noun, candidate.objects):
                sense = candidate
                break
        if light_sense is not None:
            sense = light_sense if sense is None or light_sense.action != sense.action else sense
        if sense is None:
            return None
        analysis = noun.doc._.accord
        if governor is not None and light_sense is None:
            if self._verb_sense(governor) is not None or self._absorbed(governor):
                return None  # "rejected the invasion": the verb's event covers it
            if governor.lemma_.lower() not in self.generic_light:
                governor = None
        if governor is not None and self._absorbed(governor):
            return None
        action = sense.action
        # "an offer from Kabul" names the offerer only when a verb carries the noun;
        # "would need approval from the Commission" on its own codes no event
        sources = _own_actors(noun, analysis, agents=governor is not None)
        if governor is not None:
            verb_sources, verb_targets, _ = self._clause_roles(governor, action)
            sources = sources or verb_sources
        else:
            verb_targets = []
        if not sources:
            return None
        targets = self._nominal_targets(noun, action)
        if not targets and noun.dep_ == "compound":
            targets = self._nominal_targets(noun.head, action)  # "mediation effort between …"
        targets = targets or verb_targets
        anchor = governor if governor is not None else noun
        rule = "events.noun.light" if governor is not None else "events.noun"
        if governor is not None and _negated(governor) and action in ("AGREE", "CONCEDE"):
            action, rule = "REJECT", f"{rule}.{NEGATED_ACCEPTANCE}"
        return Coded(action, sense.mode, anchor, noun, sources, targets, rule)

    def _noun_fits(self, noun: Token, wanted: frozenset[str]) -> bool:
        if not wanted:
            return False
        for child in noun.children:
            if child.dep_ == "prep" and f"__{child.lower_}__" in wanted:
                return True
            if "__military__" in wanted and child.lower_ in ("military", "ground", "air"):
                return True
            if "__military__" in wanted and child.dep_ == "prep" and child.lower_ in ("in", "on"):
                return any(resolve_place(g.text) for g in child.children)
        return False

    def _adjective(self, adjective: Token) -> Coded | None:
        if adjective.dep_ not in ("acomp", "amod", "ROOT", "ccomp", "xcomp", "conj"):
            return None
        verb = adjective.head if adjective.dep_ == "acomp" else adjective
        senses = self.lexicon.adjectives.get(adjective.lower_, [])
        if not senses:
            return None
        subject = _subject(verb) or next(
            (c for c in adjective.children if c.dep_ == "nsubjpass"), None
        )
        sources = _actors(subject, adjective.doc._.accord) if subject is not None else []
        if not sources:
            return None
        targets = []
        for child in adjective.children:
            if child.dep_ == "prep" and child.lower_ in ("about", "over", "by", "to", "with", "of"):
                targets += self._actors_in(child)
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and not targets:
                        targets += self._nominal_targets(pobj, senses[0].action)
        if not targets:
            return None  # "the US is concerned": a state of mind until it is about someone
        return Coded(senses[0].action, senses[0].mode, verb, adjective, sources, targets,
                     "events.adjective")

    # --- roles ---------------------------------------------------------------------------
    def _clause_roles(self, verb: Token, action: str) -> tuple[list, list, bool]:
        analysis = verb.doc._.accord
        subject = _subject(verb)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        sources: list = []
        if passive:
            for child in verb.children:
                if child.dep_ == "agent":
                    for pobj in child.children:
                        sources += _actors(pobj, analysis)
        elif subject is not None:
            sources += _np_actors(subject, analysis)
            if not sources and action == "ASSAULT" and _is_attack_word(subject, self.lexicon):
                sources = [UNKNOWN]  # "a roadside bombing killed …": perpetrator unnamed
            if not sources and _unresolved_actor(subject):
                sources = [UNKNOWN]  # "President Dos Santos conceded …": actor, country unknown
        own = set(_unique_actors(sources))

        def others(found: list) -> list:
            return [item for item in found if _actor_of(item) not in own]

        targets: list = []
        if passive and subject is not None:
            targets = others(
                _np_actors(subject, analysis)
                or self._nominal_targets(subject, action)  # "a camp for Congolese refugees"
                or self._place_target(subject, action)
            )
        if not targets and not passive:
            targets = others(self._object_targets(verb, action))
        if not targets:
            targets = others(self._prep_targets(verb, action))
        if not targets and action in ("REQUEST", "ACCUSE", "REJECT", "AID", "COOPERATE"):
            for child in verb.children:
                if child.dep_ == "ccomp":
                    inner = _subject(child)
                    if inner is not None:
                        targets += others(_np_actors(inner, analysis))
        if not targets and not (action in self.symmetric and len(own) > 1):
            # "Kinshasa and the M23 agreed to hand lists to the ICRC": the agreement is between
            # the subjects; the complement's recipient is not the agreement's
            for child in verb.children:
                if child.dep_ == "xcomp" and not _subject_of_own(child):
                    targets += others(self._complement_targets(child, action))
        return sources, targets, passive

    def _complement_targets(self, verb: Token, action: str) -> list:
        """"offered to hand over to Britain": the recipient named inside the complement."""
        analysis = verb.doc._.accord
        found: list = []
        for child in verb.children:
            if child.dep_ in ("dobj", "dative"):
                found += _np_actors(child, analysis) or self._nominal_targets(child, action)
            elif child.dep_ == "prep":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found += _np_actors(pobj, analysis) or _country_named(pobj)
                        if not found:
                            place = resolve_place(_compound_phrase(pobj))
                            found += [place.country] if place and place.country else []
        return found

    def _object_targets(self, verb: Token, action: str) -> list:
        analysis = verb.doc._.accord
        found: list = []
        for child in verb.children:
            if child.dep_ == "dative" and child.pos_ == "ADP":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found += _actors(pobj, analysis) or self._place_target(pobj, action)
            elif child.dep_ in ("dobj", "dative", "attr"):
                actors = _leftmost_actors(child, analysis)
                if actors:
                    found += actors
                    continue
                found += _own_actors(child, analysis) or self._nominal_targets(child, action)
                if not found:
                    found += self._place_target(child, action)
            elif child.dep_ == "xcomp" and action == "REQUEST":
                # "urged Israel to stop": object control, the object is the recipient
                pass
        return found

    def _prep_targets(self, verb: Token, action: str) -> list:
        analysis = verb.doc._.accord
        wanted = self.target_preps.get(action, set())
        found: list = []
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in wanted:
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    actors = _actors(pobj, analysis)
                    if not actors:
                        actors = _own_actors(pobj, analysis) or self._nominal_targets(pobj, action)
                    if not actors:
                        actors = _country_named(pobj)
                    if not actors and (child.lower_ != "from" or action in FROM_PLACES):
                        actors = self._place_target(pobj, action)
                    found += actors
            elif child.dep_ == "prt":
                continue
        return found

    def _nominal_targets(self, noun: Token, action: str) -> list:
        analysis = noun.doc._.accord
        found: list = []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in self.nominal_preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        actors = _actors(pobj, analysis) or [
                            m for m in _own_actors(pobj, analysis)
                            if not isinstance(m, ActorMention) or m.kind != "pronoun"
                        ]
                        if not actors:
                            actors = _country_named(pobj)
                        if not actors:
                            actors = self._nominal_targets(pobj, action) if child.lower_ in (
                                "to", "for", "on", "of", "with") else []
                        if not actors:
                            actors = self._place_target(pobj, action)
                        found += actors
            elif child.dep_ == "compound" and action in self.place_targets:
                found += self._place_target(child, action)
        return found

    def _place_target(self, token: Token, action: str) -> list:
        if action not in self.place_targets:
            return []
        if token.ent_type_ not in ("GPE", "LOC", "FAC", "PERSON", "ORG", "NORP", ""):
            return []
        if not token.text[:1].isupper():
            for child in token.children:  # "the town of Rafah", "parts of the Gaza Strip"
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return self._place_target(pobj, action)
            return []
        country = _country_named(token)
        if country:
            return country if action == "CONSULT" else [country[0].split(".")[0]]
        name = _compound_phrase(token)
        place = resolve_place(name) or resolve_place(token.text)
        if place is None or place.country is None:
            return []
        if action == "CONSULT":
            return [f"{place.country}.GOV"]  # the host of a visit is its government
        return [place.country]

    def _actors_in(self, token: Token) -> list:
        analysis = token.doc._.accord
        found = []
        for child in token.children:
            if child.dep_ == "pobj":
                found += _actors(child, analysis) or _own_actors(child, analysis)
        return found

    # --- governors -----------------------------------------------------------------------
    def _absorbed(self, verb: Token) -> bool:
        """Is the verb the complement of a governor that codes it ("threatened to invade")?"""
        token = verb
        for _ in range(3):
            if token.dep_ not in ("xcomp", "ccomp", "pcomp", "advcl") or token.head is token:
                return False
            governor = token.head
            if governor.pos_ == "ADP":
                governor = governor.head
            lemma = governor.lemma_.lower()
            if lemma in self.absorbing and token.dep_ in ("xcomp", "pcomp"):
                return True
            if lemma in self.absorbing and lemma in ("demand", "urge", "ask", "call", "insist",
                                                     "request", "deny") and token.dep_ == "ccomp":
                return True
            if token.dep_ == "advcl":
                return False
            token = governor
        return False

    # --- status ----------------------------------------------------------------------------
    def status(self, coded: Coded) -> str:
        anchor = coded.anchor
        chain = [anchor]
        token = anchor
        infinitive = False
        negatable = 1  # how many chain members a negation may sit on
        for _ in range(4):
            if token.dep_ in ("csubj", "advcl") and token.tag_ == "VBG" and not chain[1:]:
                # "Israel undertaking an operation will not advance …": the gerund takes the
                # modality of the clause it is the subject of, not its negation
                token = token.head
                chain.append(token)
                break
            if token.dep_ == "xcomp":
                if any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children):
                    infinitive = infinitive or token.head.lemma_.lower() not in IMPLICATIVE
                token = token.head
            elif token.dep_ == "conj":
                token = token.head
            elif token.dep_ in ("pcomp", "pobj") and token.head.lower_ in CHAIN_PREPS:
                token = token.head.head
            else:
                break
            chain.append(token)
            negatable += 1
        negated = hypothetical = planned = False
        for index, verb in enumerate(chain):
            for child in verb.children:
                lower = child.lower_
                negation = child.dep_ == "neg" or lower in NEGATIONS and child.dep_ in (
                    "advmod", "det")
                if negation and index < negatable and (index == 0 or coded.action != "REJECT"):
                    negated = True
                if child.dep_ == "aux":
                    if lower in self.future_aux or lower == "would" and self._reported_future(
                            verb):
                        planned = True
                    elif lower in self.hypothetical_aux:
                        hypothetical = True
                    elif lower == "going" or child.lemma_ == "go":
                        planned = True
                if child.dep_ == "mark" and lower in self.conditional_marks:
                    hypothetical = True
            if index > 0 and verb.lemma_.lower() in self.planned_governors:
                planned = True
            if verb.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in self.conditional_marks for c in verb.children
            ):
                hypothetical = True
            if verb.dep_ == "relcl" and any(c.lower_ in ("would", "could") for c in verb.children):
                hypothetical = True
        trigger = coded.trigger
        if trigger.pos_ == "NOUN":
            modifiers = {c.lower_ for c in trigger.children if c.dep_ in ("amod", "compound")}
            if trigger.dep_ in ("nsubj", "nsubjpass"):
                modifiers |= {c.lower_ for c in trigger.head.children if c.dep_ == "acomp"}
            if modifiers & self.planned_modifiers:
                planned = True
            if modifiers & self.hypothetical_modifiers:
                hypothetical = True
        planned = planned or infinitive
        if negated and hypothetical:
            return "hypothetical"
        if negated and not (coded.action == "REJECT" and NEGATED_ACCEPTANCE in coded.rule):
            # "did not accept" is the rejection itself; "had not rejected" denies one
            return "denied"
        if hypothetical:
            return "hypothetical"
        if planned:
            return "planned"
        return "occurred"

    def _reported_future(self, verb: Token) -> bool:
        """"The ministry said Turkey would host the talks": "would" is the reported "will" (the
        tense shifted back after a past speech verb), not a condition, unless negated or
        conditioned."""
        if verb.dep_ != "ccomp" or verb.head.tag_ != "VBD":
            return False
        if verb.head.lemma_.lower() not in self.speech:
            return False
        return not any(
            c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in self.conditional_marks
            or c.dep_ == "advcl" and any(m.lower_ in self.conditional_marks for m in c.children)
            for c in verb.children
        )

    # --- output ----------------------------------------------------------------------------
    def _emit(self, doc: Doc, analysis: Analysis, coded: Coded) -> None:
        location = self._location(coded)
        if location is not None and location.country:
            coded.sources = [_ethnic_in(item, location.country) for item in coded.sources]
        sources = _unique_actors(coded.sources)
        targets = _unique_actors(coded.targets)
        unnamed = UNKNOWN in sources
        sources = [source for source in sources if source != UNKNOWN]
        if not sources:
            if unnamed or coded.action == "ASSAULT" and targets and coded.rule.endswith("passive"):
                sources = [None]
            else:
                return
        if not targets and coded.action in ANSWERS:
            proposer = None
            if _answers_proposal(coded):
                proposer = _proposer(analysis, coded, set(sources), self.proposing)
            elif _bare_answer(coded):
                # "Ankara presents a plan; Kyiv agrees": only a tabled proposal is answered
                proposer = _proposer(analysis, coded, set(sources), self.proposing, owned=True)
            targets = [proposer] if proposer else []
        if not targets and coded.action in DOMESTIC:
            # where it happened, else at home: "rioted at a jail in northern Israel"
            where = [location.country] if location is not None and location.country else []
            targets = _domestic_target(coded.action, where or sources)
        status = self.status(coded)
        if status in ("planned", "hypothetical") and _ultimatum(
            coded.anchor, conditional=coded.action in CONFLICT
        ):
            # "will withdraw its force unless …" is a threat, the action its mode
            coded.mode, coded.action = coded.action.lower(), "THREATEN"
            status = "occurred"
        if not targets and coded.action == "THREATEN":
            # "threatened an offensive unless Baghdad accepted": the conditioned party
            targets = [t for t in _conditioned_party(coded.anchor, analysis) if t not in sources]
        pairs: list[tuple] = []
        if len(sources) > 1 and coded.action == "CONSULT" and coded.targets and all(
            isinstance(t, str) for t in coded.targets
        ):
            # "Congo, M23 resume Doha talks": the place two parties meet in is no third party
            targets = []
        if not targets and len(sources) > 1 and coded.action in self.symmetric:
            pairs.append((sources[0], sources[1]))
        else:
            for source in sources:
                kept = [t for t in targets if t != source] or [None]
                pairs += [(source, target) for target in kept]
        span = _evidence_span(coded)
        date = self._date(coded, analysis)
        voice = analysis.voice_of(coded.trigger)
        for source, target in pairs:
            confidence = 0.5 + (0.2 if target else 0.0) + (0.1 if source else 0.0)
            analysis.events.append(
                Event(
                    id=analysis.next_id("e"),
                    source=source,
                    action=coded.action,
                    target=target,
                    mode=coded.mode,
                    status=status,
                    voice=voice,
                    source_text=_mention_text(coded.sources, source),
                    target_text=_mention_text(coded.targets, target),
                    location=location,
                    date=date,
                    confidence=round(min(confidence, 0.95), 2),
                    evidence=[evidence_for(span, rule=coded.rule, trigger=coded.trigger.text)],
                )
            )

    def _location(self, coded: Coded):
        root = coded.anchor if coded.anchor.pos_ == "VERB" else coded.trigger
        for token in root.subtree:
            placed = token.dep_ == "pobj" and token.head.lower_ in LOCATIVE
            placed = placed or token.dep_ == "dobj" and token.head.i == coded.anchor.i
            if placed and token.text[:1].isupper():
                place = resolve_place(_compound_phrase(token))
                if place is not None:
                    return place
        return None

    def _date(self, coded: Coded, analysis: Analysis):
        sentence = coded.trigger.sent
        for ent in sentence.ents:
            if ent.label_ == "DATE":
                return resolve_date(ent.text, analysis.published)
        return None


# --- helpers -----------------------------------------------------------------------------
def _declines_to_speak(verb: Token, silent: set[str]) -> bool:
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in silent for c in verb.children)


def _participle_modifier(verb: Token) -> bool:
    """A past participle with no subject and no perfect/passive auxiliary modifies a noun."""
    if verb.tag_ != "VBN":
        return False
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent"):
            return False
        if child.dep_ == "aux" and child.lemma_ in ("have", "be"):
            return False
    return verb.dep_ in ("amod", "advcl", "acl", "xcomp", "conj", "ROOT") and any(
        c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children
    ) or verb.dep_ == "amod"


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or (c.lower_ == "never" and c.dep_ == "advmod")
               for c in verb.children)


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through xcomp/conj/relcl/participles."""
    token = verb
    for _ in range(4):
        for child in token.children:
            if child.dep_ in SUBJECTS:
                if child.lower_ in ("who", "which", "that") and token.dep_ == "relcl":
                    return token.head
                if child.pos_ == "VERB":  # "The Red Cross operating in Iraq said": a mis-parse
                    inner = next((c for c in child.children if c.dep_ in SUBJECTS), None)
                    return inner or child
                return child
        if token.dep_ == "xcomp":
            objects = [c for c in token.head.children if c.dep_ in ("dobj",)]
            if objects and token.head.lemma_.lower() in ("help", "urge", "ask", "allow", "force"):
                return objects[0]
            token = token.head
        elif token.dep_ in ("conj", "advcl", "acomp"):
            token = token.head
        elif token.dep_ == "acl" and token.head.dep_ == "dobj" and token.head.head.pos_ == "VERB":
            token = token.head.head  # "issued a declaration demanding …": the issuer
        elif token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            governor = _governing_verb(token.head)
            if governor is None and token.head.dep_ == "pobj":
                governor = token.head.head.head if token.head.head.head.pos_ == "VERB" else None
            if infinitive and governor is not None:
                token = governor  # "converging for a rally to protest": the ralliers protest
            else:
                return token.head
        elif token.dep_ == "pcomp" and token.head.head.pos_ in ("NOUN", "PROPN"):
            return token.head.head
        else:
            return None
    return None


def _governing_verb(noun: Token) -> Token | None:
    """The verb a nominal trigger is the object of ("launched an offensive", "proceed with")."""
    if noun.dep_ in ("dobj", "nsubjpass", "attr"):
        return noun.head if noun.head.pos_ in ("VERB", "AUX") else None
    if (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB"
            and noun.head.lower_ in ("with", "on", "in", "to", "into")):
        return noun.head.head
    if noun.dep_ in ("conj", "compound") and noun.head.pos_ in ("NOUN", "PROPN"):
        return _governing_verb(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        return _governing_verb(noun.head.head)  # "launched ten days of war games"
    return None


def _actors(token: Token, analysis: Analysis) -> list:
    """The actor mentions a noun phrase head names, with its coordinated members.

    A collective or quantity head hands over to its "of" complement ("a group of
    Moroccan diplomats", "thousands of Nigerians").
    """
    found: list = []
    if token.lemma_.lower() in COLLECTIVES or token.like_num or token.pos_ == "NUM":
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found += _actors(pobj, analysis)
        if found:
            return found
    mention = analysis.mention_covering(token)
    if mention is not None and not _is_media(mention):
        found.append(mention)
        found += _conjoined_demonyms(token, mention)
    elif mention is None:
        found += _the_two_parties(token, analysis)
    for child in token.children:
        if child.dep_ == "conj" or child.dep_ == "appos" and child.pos_ == "PROPN":
            found += _actors(child, analysis)  # "Armenia, Azerbaijan agree": a headline list
    return found


def _the_two_parties(token: Token, analysis: Analysis) -> list[str]:
    """"urged both sides", "warned the two capitals": the two parties named most recently
    before, other than the subjects of the clauses around it (a state noun wants states).
    A pair named together ("Russia and Ukraine") wins over two separate mentions."""
    lemma = token.lemma_.lower()
    if lemma not in PAIR_NOUNS or token.tag_ not in ("NNS", "NNPS"):
        return []
    if not any(c.lower_ in ("both", "two") for c in token.children):
        return []
    clauses = [token.head, *token.head.ancestors]
    # neither the clause's own subject nor a reporting speaker is one of the two sides; if
    # that leaves no pair, the speaker may be one
    return (_pair_before(token, analysis, _subject_keys(clauses, token, analysis))
            or _pair_before(token, analysis, _subject_keys(clauses[:1], token, analysis)))


def _subject_keys(verbs: list[Token], token: Token, analysis: Analysis) -> set:
    keys = set()
    for verb in verbs:
        for subject in (c for c in verb.children if c.dep_ in SUBJECTS and c.i != token.i):
            covering = (analysis.mention_covering(t) for t in subject.subtree)
            keys |= {_country_key(m.actor) for m in covering if m is not None}
    return keys


def _pair_before(token: Token, analysis: Analysis, excluded: set) -> list[str]:
    states_only = token.lemma_.lower() in STATE_PAIR_NOUNS
    earlier = [
        m for m in sorted(analysis.mentions, key=lambda m: m.start, reverse=True)
        if m.start < token.i and m.actor and not _is_media(m)
        and _country_key(m.actor) not in excluded and ("." in m.actor or not states_only)
    ]
    doc = token.doc
    for mention in earlier:  # a pair named together first: "Russia and Ukraine"
        head = doc[mention.end - 1]
        for other in head.children:
            partner = analysis.mention_covering(other) if other.dep_ == "conj" else None
            if partner in earlier and _country_key(partner.actor) != _country_key(mention.actor):
                return [mention.actor, partner.actor]
    found: list[str] = []
    for mention in earlier:
        key = _country_key(mention.actor)
        if key not in {_country_key(a) for a in found}:
            found.append(mention.actor)
        if len(found) == 2:
            return found
    return []


def _country_key(actor: str | None) -> str | None:
    """One side per country: RUS.GOV and RUS.MIL are the same party."""
    return actor.split(".")[0] if actor else actor


def _ethnic_in(item, country: str):
    """"Ethnic Albanians demonstrated in Serbia": an ethnic group acts where it lives."""
    if isinstance(item, ActorMention) and "ethnic" in item.text.lower().split():
        return f"{country}.CVL"
    return item


def _domestic_target(action: str, sources: list) -> list[str]:
    """The source's own country as recipient of a domestic action (see DOMESTIC)."""
    for source in sources:
        if source and "." in source:
            return [source.split(".")[0] + DOMESTIC[action]]
        if source and len(source) == 3 and source.isupper():
            return [source + DOMESTIC[action]]
    return []


def _ultimatum(anchor: Token, conditional: bool) -> bool:
    """Is the action conditioned on "unless …" (or, for hostile acts, "if …"): a threat?"""
    marks = {"unless", "if"} if conditional else {"unless"}
    for token in (anchor, anchor.head):
        for child in token.children:
            if child.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in marks for c in child.children
            ):
                return True
        if anchor.dep_ not in ("xcomp", "conj"):
            break
    return False


def _conditioned_party(anchor: Token, analysis: Analysis) -> list[str]:
    """Who must act for a threat to be lifted: the subject of its "unless"/"if" clause, on the
    threat verb or its complement ("threatened to strike unless Baghdad accepted …")."""
    heads = [anchor] + [c for c in anchor.children if c.dep_ == "xcomp"]
    for head in heads:
        for clause in head.children:
            if clause.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in ("unless", "if") for c in clause.children
            ):
                continue
            subject = _subject(clause)
            if subject is not None:
                return _unique_actors(_np_actors(subject, analysis))
    return []


def _answers_proposal(coded: Coded) -> bool:
    """Does the event answer a proposal ("agreed to the deal", "rejected the offer")?"""
    if coded.trigger.lemma_.lower() in ("reservations",):
        return True
    if coded.trigger.pos_ == "NOUN" and coded.action == "AGREE":
        return True  # "announced its approval": approval of the other side's offer
    return _answered_noun(coded) is not None


def _bare_answer(coded: Coded) -> bool:
    """A verb of answering with nothing answered named: "Kyiv agrees", "Moscow refused"."""
    anchor = coded.anchor
    return anchor.pos_ in ("VERB", "AUX") and anchor is coded.trigger and not any(
        c.dep_ in ("dobj", "prep", "xcomp", "ccomp", "nsubjpass", "attr", "dative", "prt")
        for c in anchor.children
    )


def _answered_noun(coded: Coded) -> str | None:
    """The proposal noun the event answers: "rejected the plan" → "plan"; through a complement
    and a pronoun, "refused to sign up to it" → the proposal named just before."""
    heads = [coded.anchor] + [c for c in coded.anchor.children if c.dep_ == "xcomp"]
    for head in heads:
        for child in head.children:
            nouns = [child] if child.dep_ in ("dobj", "nsubjpass") else []
            if child.dep_ == "prep":
                nouns = [g for g in child.children if g.dep_ == "pobj"]
            for noun in nouns:
                if noun.lower_ in PROPOSAL_PRONOUNS:
                    antecedent = _proposal_before(noun)
                    if antecedent is not None:
                        return antecedent
                    continue
                words = {noun.lemma_.lower()} | {
                    c.lower_ for c in noun.children if c.dep_ in ("compound", "conj")
                }
                if words & PROPOSALS:
                    return noun.lemma_.lower()
    return None


def _proposal_before(pronoun: Token) -> str | None:
    """The nearest proposal noun before a pronoun, in its sentence or the one before."""
    sentence = pronoun.sent
    start = pronoun.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    for token in reversed(pronoun.doc[start:pronoun.i]):
        if token.pos_ == "NOUN" and token.lemma_.lower() in PROPOSALS:
            return token.lemma_.lower()
    return None


def _proposer(
    analysis: Analysis, coded: Coded, sources: set[str], proposing: set[str],
    owned: bool = False,
) -> str | None:
    """Whoever made the proposal being answered. In order: the latest earlier actor in the
    document that owns or tabled one named by the same noun ("Turkey presented a plan" …
    "accepted the plan"); one that owns or tabled any proposal nearby (same sentence, 3 back);
    for a generic noun ("the proposal"), one anywhere earlier; else the most recent other actor
    nearby (unless only an owned or tabled proposal will do)."""
    trigger = coded.trigger
    doc = trigger.doc
    sentence = trigger.sent
    earlier = [
        m for m in analysis.mentions
        if m.start < trigger.i and m.actor not in sources and not _is_media(m)
    ]
    tabled = [(m, _owned_proposal(doc, m, proposing)) for m in earlier]
    tabled = [(m, noun) for m, noun in tabled if noun]
    answered = _answered_noun(coded)
    earliest = sentence.start
    for _ in range(3):
        if earliest == 0:
            break
        earliest = doc[earliest - 1].sent.start
    same = [m for m, noun in tabled if noun == answered]
    nearby = [m for m, _ in tabled if m.start >= earliest]
    generic = [m for m, _ in tabled] if answered in GENERIC_PROPOSALS else []
    candidates = [] if owned else [m for m in earlier if m.start >= earliest]
    in_sentence = [m for m in candidates if m.start >= sentence.start]
    chosen = same or nearby or generic or in_sentence or candidates
    return chosen[-1].actor if chosen else None


def _owned_proposal(doc: Doc, mention: ActorMention, proposing: set[str]) -> str | None:
    """The proposal noun a mention owns or tables: "Turkey's plan", "a Hamas proposal", "the
    Egyptian-Qatari framework", "Ankara presented both sides with a plan"."""
    head = doc[mention.end - 1]
    if head.dep_ in ("poss", "compound", "amod", "nmod") and (
        head.head.lemma_.lower() in PROPOSALS or head.head.lower_ in PROPOSALS
    ):
        return head.head.lemma_.lower()
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in proposing:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children
                if g.dep_ == "pobj"]
    for noun in objects:
        if noun.lemma_.lower() in PROPOSALS or noun.lower_ in PROPOSALS:
            return noun.lemma_.lower()
    return None


def _leftmost_actors(token: Token, analysis: Analysis) -> list:
    """Actors an object names; with several names in it, the first ("help Israel target X")."""
    for left in token.doc[token.left_edge.i : token.i]:
        mention = analysis.mention_covering(left)
        attached = left.head.i == token.i or left.head.head.i == token.i
        if mention is not None and mention.end <= token.i and attached and not _is_media(mention):
            return [mention]
    return _actors(token, analysis)


def _unresolved_actor(token: Token) -> bool:
    """A subject that is a political actor whose organisation the text does not name:
    a titled person ("President Dos Santos"), a group headed by a sector or title noun
    ("opposition leaders", "the government of Sindh province")."""
    gaz = gazetteer()
    if token.ent_type_ == "PERSON" or token.pos_ == "PROPN":
        words = [t.lower_ for t in token.doc[token.left_edge.i : token.i]]
        return any(w in gaz.political_titles for w in words)
    if token.pos_ != "NOUN":
        return False
    return token.lower_ in gaz.unresolved_heads or token.lemma_.lower() in gaz.unresolved_heads


def _is_attack_word(token: Token, lexicon: Lexicon) -> bool:
    senses = lexicon.nouns.get(token.lemma_.lower(), []) + lexicon.nouns.get(token.lower_, [])
    return token.lower_ in ("explosion", "blast", "bomb", "mine") or any(
        sense.action == "ASSAULT" for sense in senses
    )


def _country_named(token: Token) -> list[str]:
    """A country name used as a place ("apologised to Brazil") still names its government."""
    entry = phrase_entry(_compound_phrase(token)) or phrase_entry(token.text)
    if entry is not None and entry.kind == "country":
        return [entry.actor]
    return []


def _np_actors(token: Token, analysis: Analysis) -> list:
    """Actors a noun phrase names, itself or through a possessor or national adjective."""
    return _actors(token, analysis) or _own_actors(token, analysis)


def _subject_of_own(verb: Token) -> bool:
    return any(c.dep_ in SUBJECTS for c in verb.children)


def _actor_of(item) -> str | None:
    return item.actor if isinstance(item, ActorMention) else item


def _conjoined_demonyms(token: Token, mention: ActorMention) -> list:
    """"Senior Hungarian and Romanian officials": each national adjective, the head's sector."""
    doc = token.doc
    extra = []
    for modifier in doc[mention.start : mention.end]:
        if modifier.dep_ == "conj" and modifier.head.i in range(mention.start, mention.end):
            entry = phrase_entry(modifier.text)
            if entry is not None and entry.country:
                sector = mention.actor.split(".")[1] if "." in mention.actor else "GOV"
                extra.append(f"{entry.country}.{sector}")
    return extra


def _own_actors(noun: Token, analysis: Analysis, agents: bool = True) -> list:
    """Actors inside a noun phrase before its head: possessor, national adjective or compound
    ("Israel's invasion", "US Predator attacks", "Vietnamese-led forces")."""
    found: list = []
    seen: set[int] = set()
    for left in noun.doc[noun.left_edge.i : noun.i]:
        mention = analysis.mention_covering(left)
        if mention is None or id(mention) in seen or _is_media(mention):
            continue
        if any(a.dep_ == "prep" for a in _path_to(left, noun)):
            continue  # inside a prepositional phrase: not this noun's own actor
        seen.add(id(mention))
        found.append(mention)
        found += _conjoined_demonyms(left, mention)
    if agents:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found += _actors(pobj, analysis)
    return found


def _path_to(token: Token, ancestor: Token) -> list[Token]:
    """The tokens from ``token`` up to (not including) its ancestor in the parse."""
    path = []
    while token.i != ancestor.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def _is_media(mention: ActorMention) -> bool:
    entry = gazetteer().names.get(mention.actor.lower()) or gazetteer().exact.get(mention.actor)
    return entry is not None and entry.kind in NON_ACTOR_KINDS


def _unique_actors(items: list) -> list[str]:
    seen: list[str] = []
    for item in items:
        actor = item.actor if isinstance(item, ActorMention) else item
        if actor and actor not in seen:
            seen.append(actor)
    return seen


def _mention_text(items: list, actor: str | None) -> str | None:
    for item in items:
        if isinstance(item, ActorMention) and item.actor == actor:
            return item.text
    return None


def _compound_phrase(token: Token) -> str:
    start = min([token.i] + [c.i for c in token.lefts if c.dep_ == "compound"])
    return token.doc[start : token.i + 1].text


def _evidence_span(coded: Coded) -> Span:
    sentence = coded.trigger.sent
    return sentence


@extractors.register("events")
def make_events_extractor(nlp):
    return EventCoder(nlp)
