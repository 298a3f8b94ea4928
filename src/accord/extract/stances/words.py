"""Fixed word lists of the stances readers.

The negotiation vocabulary proper (stance verbs and nouns, delegation, process and
mediator nouns…) lives in ``accord/data/negotiation/vocabulary.yaml``; these are the
small closed classes and thresholds the readers test against directly, kept in one
place so every reader module agrees on them.
"""

PRONOUNS = {"it", "they", "its", "their", "he", "she", "his", "her", "them", "we", "our"}

NEGATIONS = {"not", "n't", "never", "no"}

INTENT_MODALS = {"would", "will", "wo", "cannot", "can", "shall"}

POSSIBILITY_MODALS = {"could", "might", "may"}

STRONG_STANCE = {"accepted", "rejected", "reservations", "proposed", "withdrew"}

#: Stance nouns too common to count without an explicit negotiation object.
WEAK_NOUNS = {
    "remarks",
    "comments",
    "notes",
    "changes",
    "modifications",
    "amendment",
    "amendments",
    "yes",
    "no",
    "signature",
    "exit",
    "suspension",
    "withdrawal",
    "pullout",
    "veto",
}

#: "did not go to the talks": staying away is withdrawing
ABSENCE_VERBS = frozenset({"go", "come", "travel", "fly", "show"})

#: "X-brokered talks", "a deal mediated by X"
BROKER_VERBS = frozenset({"broker", "mediate", "sponsor", "facilitate"})

PROPOSAL_OWNED = {
    "proposal",
    "plan",
    "offer",
    "initiative",
    "memorandum",
    "draft",
    "roadmap",
    "counterproposal",
    "framework",
    "formula",
    "package",
    "proposals",
}

TEAM_MARKERS = {"negotiating", "negotiation", "technical", "security", "peace", "expert", "level"}

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}

CLAIMER_RANK = {"party": 0, "other": 1, "outlet": 2}

DEMANDS = {"demand", "demands", "ultimatum", "condition", "conditions"}

ANAPHORIC_NOUNS = {
    "group",
    "movement",
    "organisation",
    "organization",
    "militia",
    "faction",
    "kingdom",
    "government",
    "administration",
    "country",
    "side",
    "alliance",
    "bloc",
}

RELATIVE_PRONOUNS = {"that", "which", "who"}

CONDITIONAL_MARKS = {"if", "unless", "when", "once", "until"}
