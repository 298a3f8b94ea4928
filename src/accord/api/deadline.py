"""Stop an analysis once its request's deadline has passed.

A thread cannot be killed, so a request that timed out used to leave its analysis
running on the single analyzer thread: the next requests queued behind it and timed
out in turn. Instead the deadline travels with the job (in a thread-local), and the
pipeline checks it before each component, so an abandoned analysis ends at the next
component boundary and frees the thread. The text cap (:mod:`accord.ingest.textrule`)
keeps any one component short, which is what bounds the overrun.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from spacy.language import Language

from accord.model import Document, Report
from accord.nlp.pipeline import make_doc
from accord.report import report_from_doc

T = TypeVar("T")

_current = threading.local()


class DeadlinePassed(RuntimeError):
    """The request this analysis was for has already been answered with a timeout."""


def run_before(deadline: float, function: Callable[..., T], *args) -> T:
    """Call ``function(*args)`` on this thread with ``deadline`` (a ``time.monotonic()``
    value) in force; a job whose deadline passed while it was queued does not start."""
    _current.deadline = deadline
    try:
        check()
        return function(*args)
    finally:
        _current.deadline = None


def check() -> None:
    """Raise :class:`DeadlinePassed` if the deadline in force on this thread has passed."""
    deadline = getattr(_current, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise DeadlinePassed("the request's deadline passed; analysis abandoned")


def analyze_within_deadline(nlp: Language, document: Document) -> Report:
    """``nlp(document)`` as a report, checking the deadline before every component."""
    doc = make_doc(nlp, document)
    for _, component in nlp.pipeline:
        check()
        doc = component(doc)
    check()
    return report_from_doc(doc)
