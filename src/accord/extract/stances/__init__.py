"""The stances extractor: where each party stands in a negotiation, and who says so.

It reads the dependency parse with the words of ``accord/data/negotiation/vocabulary.yaml``
and the actor mentions the actors extractor left, and finds:

* stance verbs whose object names a proposal or the talks ("X rejected the deal",
  "a proposal that X submitted", "the plan was accepted by X"), their negation and
  conditions ("would reject any agreement lacking X" is a condition on X's
  position, not a new position);
* stance nouns owned by a party ("X's approval", "submitting its reservations about …");
* delegations that are sent, arrive, stay or go home ("its delegation was still in
  Cairo" → attending; "the delegation is returning" → withdrew), and talks a party
  declares over;
* mediators: named with a mediator noun, or the third parties a side informs of its
  position, or who put forward the proposal the sides answer;
* talks between parties ("talks between A and B", "A held talks with B").

``claimed_by`` is the speaker actor of the enclosing quote, else the subject of a
reporting verb above the stance ("X said Y rejected …"), else ``"outlet"``.
Each document's stances are merged per (party, stance, proposal), a mediator's or a
delegation's place in the talks (``mediating``, ``attending``) per (party, stance), and
tagged with one canonical process key built from the principal parties ("HAMAS–ISR
talks"), so that the same process links across articles; the article's own name for the
talks is kept as ``process_label``.

The package splits the work by job: :mod:`.words` and :mod:`.common` hold what all
parts share, :mod:`.parties`, :mod:`.objects` and :mod:`.process` find the pieces of a
stance, :mod:`.positions`, :mod:`.attendance` and :mod:`.mediation` are the per-token
readers, and :mod:`.reader` composes them into :class:`StanceReader`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from accord.extract.stances.common import Candidate, as_party, opposing_pair, stance_date
from accord.extract.stances.reader import StanceReader, trigger_words
from accord.lexicons.negotiation import vocabulary
from accord.registry import extractors

__all__ = [
    "Candidate",
    "StanceReader",
    "as_party",
    "make_stances_extractor",
    "opposing_pair",
    "stance_date",
    "trigger_words",
]


@extractors.register("stances")
def make_stances_extractor(nlp: Language):
    vocab = vocabulary()
    triggers = trigger_words(vocab)

    def extract(doc: Doc) -> None:
        if doc._.accord.on_topic:
            doc._.accord.stances.extend(StanceReader(doc, vocab, triggers).read())

    return extract
