"""Fixed word lists of the stances readers.

The negotiation vocabulary proper (stance verbs and nouns, delegation, process and
mediator nouns…) lives in ``accord/data/negotiation/vocabulary.yaml``; these are the
small closed classes and thresholds the readers test against directly, kept in one
place so every reader module agrees on them.
"""

from accord.data import words

PRONOUNS = frozenset(words("grammar", "party_pronouns"))
#: Pronouns that stand for every member of a coordinated subject ("A and B said they …").
PLURAL_PRONOUNS = frozenset(words("grammar", "plural_pronouns"))

NEGATIONS = frozenset(words("grammar", "negations"))

INTENT_MODALS = frozenset(words("grammar", "intent_modals"))

POSSIBILITY_MODALS = frozenset(words("grammar", "possibility_modals"))
OBLIGATION_MODALS = frozenset(words("grammar", "obligation_modals"))

STRONG_STANCE = frozenset(words("stances", "strong_stance_words"))

#: Stance nouns too common to count without an explicit negotiation object.
WEAK_NOUNS = frozenset(words("stances", "weak_nouns"))

#: "X's call for talks", "appeals for dialogue from X": X proposes the talks
CALL_NOUNS = frozenset(words("stances", "call_nouns"))

#: "unlikely to sign", "reluctant to accept": a stance verb said as not to be expected
DOUBTING_ADJECTIVES = frozenset(words("stances", "doubting_adjectives"))
INTENTION_VERBS = frozenset(words("stances", "intention_verbs"))

#: "talks held at X's invitation": X hosts them
INVITE_NOUNS = frozenset(words("stances", "invite_nouns"))

#: "sent a team to negotiate": verbs of the talks themselves, a purpose that makes a team
#: a negotiating team
TALKING_VERBS = frozenset(words("stances", "talking_verbs"))

#: "did not go to the talks": staying away is withdrawing
ABSENCE_VERBS = frozenset(words("stances", "absence_verbs"))

#: "X-brokered talks", "a deal mediated by X"
BROKER_VERBS = frozenset(words("stances", "broker_verbs"))

PROPOSAL_OWNED = frozenset(words("proposals", "owned_proposals"))

TEAM_MARKERS = frozenset(words("stances", "team_markers"))


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

DEMANDS = frozenset(words("proposals", "demands"))

ANAPHORIC_NOUNS = frozenset(words("actors", "anaphoric_nouns"))

RELATIVE_PRONOUNS = frozenset(words("grammar", "relative_pronouns"))

CONDITIONAL_MARKS = frozenset(words("grammar", "conditional_markers"))

#: "left for Jeddah", "will head to Cairo": a delegation on its way to a place
BOUND_FOR_VERBS = frozenset(words("stances", "bound_for_verbs"))
BOUND_TO_VERBS = frozenset(words("stances", "bound_to_verbs"))
TEMPORAL_MARKS = frozenset(words("grammar", "temporal_markers"))
CO_SIGNING_VERBS = frozenset(words("stances", "co_signing_verbs"))
AGREEMENT_NOUNS = frozenset(words("stances", "agreement_nouns"))
IN_FORCE_VERBS = frozenset(words("stances", "in_force_verbs"))
UNASSERTED_PREPOSITIONS = frozenset(words("stances", "unasserted_prepositions"))
SIGNING_NOUNS = frozenset(words("stances", "signing_nouns"))
SUMMARY_NOUNS = frozenset(words("stances", "summary_nouns"))
CHAIR_VERBS = frozenset(words("stances", "chair_verbs"))
AUSPICES_NOUNS = frozenset(words("stances", "auspices_nouns"))
ANNOUNCE_VERBS = frozenset(words("stances", "announce_verbs"))
EFFORT_NOUNS = frozenset(words("stances", "effort_nouns"))
ROLE_NOUNS = frozenset(words("stances", "role_nouns"))
CIRCUMSTANCE_PREPS = frozenset(words("stances", "circumstance_prepositions"))
INVITE_VERBS = frozenset(words("stances", "invite_verbs"))
URGE_VERBS = frozenset(words("stances", "urge_verbs"))
MEDIATING_MODIFIERS = frozenset(words("stances", "mediating_modifiers"))
GOAL_VERBS = frozenset(words("stances", "goal_verbs"))
SUPPORT_NOUNS = frozenset(words("stances", "support_nouns"))
HOLDER_SECTORS = frozenset(words("stances", "holder_sectors"))
BOTH_SIDES_NOUNS = frozenset(words("stances", "both_sides_nouns"))
WARRING_MODIFIERS = frozenset(words("stances", "warring_modifiers"))
ONLY_WHEN_MARKS = frozenset(words("stances", "only_when_marks"))
PARTICIPATION_VERBS = frozenset(words("stances", "participation_verbs"))
EARLIER_TALKS_WORDS = frozenset(words("stances", "earlier_talks_words"))
OPENING_VERBS = frozenset(words("stances", "opening_verbs"))
ADDRESS_NOUNS = frozenset(words("stances", "address_nouns"))
GO_BETWEEN_VERBS = frozenset(words("stances", "go_between_verbs"))
GO_BETWEEN_OBJECTS = frozenset(words("stances", "go_between_objects"))
CARRYING_VERBS = frozenset(words("stances", "carrying_verbs"))
CONVEYING_VERBS = frozenset(words("stances", "conveying_verbs"))
HELPING_VERBS = frozenset(words("stances", "helping_verbs"))
VOICING_VERBS = frozenset(words("stances", "voicing_verbs"))
RECEIVING_VERBS = frozenset(words("stances", "receiving_verbs"))
MEDIATING_ENVOY_MODIFIERS = frozenset(words("stances", "mediating_envoy_modifiers"))
PROCESS_LEADING_VERBS = frozenset(words("stances", "process_leading_verbs"))
CONVEYED_NOUNS = frozenset(words("stances", "conveyed_nouns"))
PLANNING_PASSIVES = frozenset(words("stances", "planning_passives"))
PARTICIPANT_PASSIVES = frozenset(words("stances", "participant_passives"))
HOSTING_VERBS = frozenset(words("stances", "hosting_verbs"))
BACKING_VERBS = frozenset(words("stances", "backing_verbs"))
WISHED_TALKS_NOUNS = frozenset(words("stances", "wished_talks_nouns"))
UNSURE_TALKS_MODIFIERS = frozenset(words("stances", "unsure_talks_modifiers"))
#: Rules that name a third party only: a side found by them is no mediator.
THIRD_PARTY_RULES = (
    "stances.effort",
    "stances.opened_talks",
    "stances.conveyed",
    "stances.led_process",
    "stances.helped",
    "stances.special_envoy",
    "stances.led_talks",
    "stances.announced_agreement",
)

#: Stances that are a party's place in the talks, not an answer to one proposal: an article
#: that shows a mediator at work, or a delegation at the table, twice shows one role.
PROCESS_ROLES = frozenset({"mediating", "attending"})
