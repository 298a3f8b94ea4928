"""A test plug-in: one extractor and one new record kind, registered by entry points.

Every token "ceasefire" becomes a ``Sighting`` with its evidence. The extractor
runs right after the built-in quotes extractor and works a batch at a time.
"""

from pydantic import BaseModel
from sqlalchemy import Integer, Text

from accord.model import Evidence
from accord.store.kinds import COMMON_FILTERS, Param, RecordKind, Stored, contains

RULE = "sightings.ceasefire"


class Sighting(BaseModel):
    id: str
    word: str
    sentence: int
    evidence: list[Evidence]


SIGHTINGS = RecordKind(
    name="sightings",
    model=Sighting,
    table="sightings",
    title="Sightings",
    description="Each mention of a ceasefire.",
    command_help="Stored sightings: each mention of a ceasefire.",
    columns=(Stored("word", Text, nullable=False), Stored("sentence", Integer)),
    filters=COMMON_FILTERS | {"word": lambda t, d, v: contains(t.c.word, v)},
    flat=("id", "word", "sentence", "evidence", "rule"),
    table_columns=("outlet", "word", "sentence", "evidence"),
    params=(Param("word", cli_help="Part of the word."), Param("outlet")),
)


def make_sightings(nlp):
    def extract(doc):
        extract_batch([doc])

    def extract_batch(docs):
        for doc in docs:
            analysis = doc._.accord
            sentences = {sent.start: index for index, sent in enumerate(doc.sents)}
            for token in doc:
                if token.lower_ != "ceasefire":
                    continue
                sentence = sentences[token.sent.start]
                evidence = Evidence(
                    doc_id=analysis.doc_id,
                    sentence=sentence,
                    start=token.idx,
                    end=token.idx + len(token),
                    text=token.text,
                    trigger=token.text,
                    rule=RULE,
                )
                record = Sighting(
                    id=analysis.next_id("g"),
                    word=token.text,
                    sentence=sentence,
                    evidence=[evidence],
                )
                analysis.add_record("sightings", record)
            doc.user_data["sightings_batched"] = len(docs)

    extract.extract_batch = extract_batch
    return extract


make_sightings.after = "quotes"
