"""The "events" extractor: who did what to whom, coded to PLOVER over the dependency parse.

Triggers come from the lexicons in ``accord/data/events`` (one PLOVER type per file):
verbs, nouns, predicative adjectives and light-verb + noun pairs. One pass over the
parsed document's arrays (``scan``) finds candidate triggers; each is then read off the parse:

* roles — the subject (or the ``by`` agent of a passive, the controller of an
  ``xcomp``, the noun a participle modifies) is the source; the object, dative, a
  type-specific preposition, the possessor or origin of the object ("an Indian
  proposal", "an offer from Kabul") or the subject of a demanded clause is the target.
  Coordinated actors each get an event; conjoined subjects of a symmetric type with no
  other recipient are each other's recipient. Nominal triggers take their source from a
  light verb's subject ("launched an offensive"), a possessor ("Israel's invasion") or a
  national adjective ("Israeli strikes").
  Context fills what the clause leaves unnamed: unnamed troops reported by a state body
  are its forces, residents of a place its civilians, "our" in a quote the speaker's side,
  a titled official in a story datelined from one capital that country's; a mediation's
  recipients are the parties to what it mediates. Dateline cities and a sentence-final
  speaker ("…, the IDF said") are never roles.
* status — negation (``denied``; a negated acceptance is REJECT, and so is a future
  refusal: "will not hand over"), the complement of a denial ("denies sending troops",
  ``denied``), future auxiliaries, intent governors ("plans to", "is preparing"),
  modifiers ("imminent") and a headline's bare infinitive ("X and Y to resume talks")
  (``planned``), modals and conditionals (``hypothetical``).
* absorbing governors — "threatened to invade" is THREATEN only, "refused to meet" REJECT
  only, "helped X target Y" AID only ("to help support X" is the support).

Each event carries its voice (the quote it sits in), place, date, evidence and rule id; a
sentence codes one event per source, type and recipient country.

Modules: ``grammar`` (lexicons and grammar.yaml), ``triggers`` (finding and coding
trigger tokens), ``roles`` (sources and targets from the clause), ``mentions`` (the
actors a noun phrase names), ``context`` (quotes, dateline, unnamed actors), ``status``,
``answers`` (who a proposal or claim answered), ``places`` (place and date), ``emit``
(records), ``syntax`` (parse helpers), ``coder`` (the extractor).
"""

from __future__ import annotations

from accord.extract.events.coded import Coded
from accord.extract.events.coder import EventCoder
from accord.extract.events.grammar import Grammar, Lexicon, Sense
from accord.registry import extractors

__all__ = ["Coded", "EventCoder", "Grammar", "Lexicon", "Sense", "make_events_extractor"]


@extractors.register("events")
def make_events_extractor(nlp):
    return EventCoder(nlp)
