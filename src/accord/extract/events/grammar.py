"""The coder's vocabulary: trigger lexicons (one PLOVER type per file in
``accord/data/events``) and the grammar cues of ``events/grammar.yaml``."""

from __future__ import annotations

from dataclasses import dataclass

from accord.data import data_names, load_data
from accord.nlp.prepositions import FIGHT_NOUNS


@dataclass(frozen=True)
class Sense:
    """One reading of a trigger: the type it codes, its mode, and what its object must be."""

    action: str
    mode: str | None
    objects: frozenset[str] | None  # None: any object
    needs_target: bool = False  # coded only with a recipient (or two doers of it)
    subjects: frozenset[str] | None = None  # None: any subject ("a delegation arrived")
    particle: str | None = None  # the particle the reading needs ("call off a strike")
    #: the subject undergoes the act and its "from" phrase does it ("received arms from X")
    converse: bool = False


#: Modifiers that change a light verb's noun's type: "held drills" is a show of force
#: (MOBILIZE), "held joint drills" military cooperation (COOPERATE).
QUALIFIERS = frozenset({"joint"})


@dataclass
class Lexicon:
    verbs: dict[str, list[Sense]]
    nouns: dict[str, list[Sense]]
    adjectives: dict[str, list[Sense]]
    light: dict[str, dict[str, Sense]]  # verb lemma → noun lemma → sense
    #: verb lemma → noun lemma → senses that need a modifier of the noun ("joint drills");
    #: the sense's ``objects`` are the modifiers
    qualified_light: dict[str, dict[str, list[Sense]]]

    @classmethod
    def load(cls) -> Lexicon:
        verbs: dict[str, list[Sense]] = {}
        nouns: dict[str, list[Sense]] = {}
        adjectives: dict[str, list[Sense]] = {}
        light: dict[str, dict[str, Sense]] = {}
        qualified: dict[str, dict[str, list[Sense]]] = {}
        classes = load_data("events/grammar")["word_classes"]
        for name in data_names("events"):
            data = load_data(name)
            if "type" not in data:
                continue
            action = data["type"]
            for key, table in (("verbs", verbs), ("nouns", nouns), ("adjectives", adjectives)):
                for lemma, value in (data.get(key) or {}).items():
                    table.setdefault(lemma, []).append(_sense(action, value, classes))
            for verb, noun_list in (data.get("light") or {}).items():
                for noun in noun_list:
                    *modifiers, head = noun.split()
                    if modifiers and modifiers[0] in QUALIFIERS:
                        sense = Sense(action, None, frozenset(modifiers))
                        qualified.setdefault(verb, {}).setdefault(head, []).append(sense)
                    else:
                        light.setdefault(verb, {}).setdefault(head, Sense(action, None, None))
        for table in (verbs, nouns, adjectives):
            # constrained readings are tried first, phrasal ones before all: "gave up its
            # weapons" disarms before "gave weapons" aids
            for senses in table.values():
                senses.sort(
                    key=lambda s: (
                        s.particle is None,
                        s.objects is None and s.subjects is None and s.particle is None,
                    )
                )
        return cls(verbs, nouns, adjectives, light, qualified)


def _sense(action: str, value, classes: dict[str, list[str]]) -> Sense:
    """A reading of a trigger from its lexicon entry; an object written ``__<class>__`` for a
    class of ``word_classes`` (grammar.yaml) stands for every word of the class."""
    if isinstance(value, dict):
        objects = value.get("objects")
        if objects is not None:
            objects = [word for item in objects for word in _class_words(item, classes)]
        subjects = value.get("subjects")
        return Sense(
            action,
            value.get("mode"),
            None if objects is None else frozenset(objects),
            bool(value.get("needs_target")),
            None if subjects is None else frozenset(subjects),
            value.get("particle"),
            bool(value.get("converse")),
        )
    return Sense(action, value, None)


def _class_words(item: str, classes: dict[str, list[str]]) -> list[str]:
    """The words an object of an entry stands for: a class's words for ``__<class>__``,
    else itself (``__place__`` and the other markers the coder tests stay as they are)."""
    if item.startswith("__") and item.strip("_") in classes:
        return classes[item.strip("_")]
    return [item]


@dataclass
class Grammar:
    """Everything the coder reads from data: the lexicon and ``events/grammar.yaml``."""

    lexicon: Lexicon
    planned_governors: set[str]
    future_aux: set[str]
    hypothetical_aux: set[str]
    conditional_marks: set[str]
    temporal_condition_marks: set[str]
    blame_adjectives: set[str]
    blaming_verbs: set[str]
    blame_nouns: set[str]
    bearing_verbs: set[str]
    claiming_verbs: set[str]
    command_verbs: set[str]
    judgements: set[str]
    boundary_nouns: set[str]
    violation_verbs: set[str]
    blamed_harms: set[str]
    planned_modifiers: set[str]
    hypothetical_modifiers: set[str]
    absorbing: set[str]
    target_preps: dict[str, set[str]]
    nominal_preps: set[str]
    symmetric: set[str]
    reciprocal: set[str]
    mutual_fights: set[str]
    place_targets: set[str]
    generic_light: set[str]
    proposing: set[str]
    silent: set[str]
    speech: set[str]
    obligation: set[str]
    obligation_verbs: set[str]
    denial: set[str]
    denial_nouns: set[str]
    object_controlled: set[str]
    absorbed_complements: dict[str, set[str]]
    agreement_governors: set[str]
    foreign: set[str]
    warning: set[str]
    claims: set[str]
    place_nouns: set[str]
    pacts: set[str]
    unmet_pact_governors: set[str]
    occurrence: set[str]
    abstract_objects: set[str]
    weapon_tests: set[str]
    arsenal: set[str]
    naming: set[str]
    material: set[str]
    #: verbs of excluding a member from a body ("was suspended from ECOWAS")
    excluding: set[str]
    background_nominal: set[str]
    letting: set[str]
    stipulating: set[str]
    benefactive: set[str]
    causes: set[str]
    helpers: set[str]
    warding: set[str]
    war_nouns: set[str]
    consequence_verbs: set[str]
    consequence_nouns: set[str]
    topic_verbs: set[str]
    #: ships and boats (``word_classes``): what is done to one is done to its country
    vessels: set[str]
    #: verbs that lay a harm on someone, and the preposition naming whom ("blamed X on Y")
    laying_verbs: dict[str, str]

    @classmethod
    def load(cls) -> Grammar:
        g = load_data("events/grammar")
        return cls(
            lexicon=Lexicon.load(),
            planned_governors=set(g["planned_governors"]),
            future_aux=set(g["future_aux"]),
            hypothetical_aux=set(g["hypothetical_aux"]),
            conditional_marks=set(g["conditional_marks"]),
            temporal_condition_marks=set(g["temporal_condition_marks"]),
            blame_adjectives=set(g["blame_adjectives"]),
            blaming_verbs=set(g["blaming_verbs"]),
            blame_nouns=set(g["blame_nouns"]),
            bearing_verbs=set(g["bearing_verbs"]),
            claiming_verbs=set(g["claiming_verbs"]),
            command_verbs=set(g["command_verbs"]),
            judgements=set(load_data("events/accuse")["judgements"]),
            boundary_nouns=set(g["boundary_nouns"]),
            violation_verbs=set(g["violation_verbs"]),
            blamed_harms=set(g["blamed_harms"]),
            planned_modifiers=set(g["planned_modifiers"]),
            hypothetical_modifiers=set(g["hypothetical_modifiers"]),
            absorbing=set(g["absorbing_governors"]),
            target_preps={k: set(v) for k, v in g["target_preps"].items()},
            nominal_preps=set(g["nominal_target_preps"]),
            symmetric=set(g["symmetric_types"]),
            reciprocal=set(g["reciprocal_verbs"]),
            mutual_fights=set(FIGHT_NOUNS),
            place_targets=set(g["place_target_types"]),
            generic_light=set(g["generic_light"]),
            proposing=set(g["proposing_verbs"]),
            silent=set(g["silent_complements"]),
            speech=set(g["speech_verbs"]),
            obligation=set(g["obligation_aux"]),
            obligation_verbs=set(g["obligation_verbs"]),
            denial=set(g["denial_verbs"]),
            denial_nouns=set(g["denial_nouns"]),
            object_controlled=set(g["object_controlled_governors"]),
            absorbed_complements={k: set(v) for k, v in g["absorbed_complements"].items()},
            agreement_governors=set(g["agreement_governors"]),
            foreign=set(g["foreign_modifiers"]),
            warning=set(g["warning_verbs"]),
            claims=set(g["claim_nouns"]),
            pacts=set(g["pact_nouns"]),
            unmet_pact_governors=set(g["unmet_pact_governors"]),
            occurrence=set(g["occurrence_verbs"]),
            abstract_objects=set(g["abstract_objects"]),
            weapon_tests=set(g["weapon_test_marks"]),
            arsenal=set(g["arsenal_nouns"]),
            naming=set(g["naming_verbs"]),
            material=set(g["material_types"]),
            excluding=set(g["excluding_verbs"]),
            background_nominal=set(g["background_nominal_types"]),
            letting=set(g["letting_verbs"]),
            stipulating=set(g["pact_nouns"]) | set(g["stipulating_documents"]),
            place_nouns=set(g["place_nouns"]),
            benefactive=set(g["benefactive_nouns"]),
            causes=set(g["cause_nouns"]),
            helpers=set(g["helper_nouns"]),
            warding=set(g["warding_verbs"]),
            war_nouns=set(g["war_nouns"]),
            consequence_verbs=set(g["consequence_verbs"]),
            consequence_nouns=set(g["consequence_nouns"]),
            topic_verbs=set(g["topic_verbs"]),
            vessels=set(g["word_classes"]["vessel"]),
            laying_verbs=dict(g["laying_verbs"]),
        )
