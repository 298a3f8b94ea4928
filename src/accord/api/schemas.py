"""Request and response shapes of the HTTP API (they make up its OpenAPI schema)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, create_model, field_validator

from accord.ingest.records import InputError
from accord.ingest.textrule import MAX_TEXT_CHARS, check_text
from accord.model import (
    Contradiction,
    Event,
    FramingMarker,
    Quote,
    ReportDocument,
    Stance,
)

T = TypeVar("T")


def _iso_date(value: object) -> object:
    """Dates only as YYYY-MM-DD text (pydantic alone would also take 0 as 1970-01-01)."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError as error:
            raise ValueError("must be a date, YYYY-MM-DD") from error
    if isinstance(value, dt.date) or value is None:
        return value
    raise ValueError("must be a date, YYYY-MM-DD")


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]

SHORT = 200  # the longest outlet, title or filter value accepted


class AnalyzeRequest(BaseModel):
    """One article to analyse; nothing is stored."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(
        min_length=1,
        max_length=MAX_TEXT_CHARS,
        description="The article text: some non-blank text, no NUL characters.",
        # documented for clients (and schemathesis); enforced, with clear messages, below
        json_schema_extra={"pattern": r"^[^\x00]*[^\s\x00][^\x00]*$"},
    )
    outlet: str | None = Field(default=None, max_length=SHORT)
    published: IsoDate | None = Field(default=None, description="Publication date, YYYY-MM-DD.")
    title: str | None = Field(default=None, max_length=1000)

    @field_validator("text")
    @classmethod
    def _has_words(cls, text: str) -> str:
        try:
            return check_text(text)
        except InputError as error:
            raise ValueError(str(error)) from error


class Page(BaseModel, Generic[T]):
    """One page of a listing; ``next_offset`` is null on the last page."""

    items: list[T]
    limit: int
    offset: int
    next_offset: int | None = None


class DocumentSummary(BaseModel):
    """A stored document without its text."""

    id: str
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    external_id: str | None = None
    source: str | None = None
    copy_of: str | None = Field(default=None, description="The earlier document this copies.")


class EventItem(BaseModel):
    document: ReportDocument
    record: Event


class QuoteItem(BaseModel):
    document: ReportDocument
    record: Quote


class StanceItem(BaseModel):
    document: ReportDocument
    record: Stance


class ContradictionItem(BaseModel):
    document: ReportDocument
    record: Contradiction


class FramingItem(BaseModel):
    document: ReportDocument
    record: FramingMarker


def item_model_of(record_model: type[BaseModel]) -> type[BaseModel]:
    """A listing item (the record with its document) for a plug-in record kind's model."""
    return create_model(
        f"{record_model.__name__}Item", document=(ReportDocument, ...), record=(record_model, ...)
    )


class Health(BaseModel):
    status: str
    documents: int | None = None
    pipeline: str
