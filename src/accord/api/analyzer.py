"""Analyse posted articles off the event loop, one at a time, with a deadline.

The spaCy pipeline is loaded once, in the background, when the server starts, so
the first request does not pay for it twice and the server answers its other
routes meanwhile. Analyses run on a single worker thread: the pipeline is shared
and CPU-bound, so running several at once would only make each slower. A request
whose analysis waits in the queue or runs longer than the timeout gets a 504 (time spent
waiting for the pipeline to load at start-up does not count), and its analysis stops at
the next pipeline component (:mod:`accord.api.deadline`), so it does not hold up the
requests after it; the analysis itself never touches the store.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date

from accord.api.deadline import analyze_within_deadline, run_before
from accord.model import Document, Report
from accord.nlp.pipeline import ModelNotInstalled, load_pipeline

#: Seconds a request waits for the pipeline to finish loading before giving up with 503.
LOAD_WAIT = 300.0

AnalyzeFn = Callable[[str, str | None, date | None, str | None], Report]


class AnalysisTimeout(RuntimeError):
    """The analysis did not finish within the configured time."""


class AnalysisUnavailable(RuntimeError):
    """The pipeline could not be loaded (for example, the spaCy model is missing)."""


def pipeline_analyze(model: str) -> AnalyzeFn:
    """An analyze function backed by accord's spaCy pipeline for ``model``."""

    def analyze(text: str, outlet: str | None, published: date | None, title: str | None):
        try:
            nlp = load_pipeline(model)
        except ModelNotInstalled as error:
            raise AnalysisUnavailable(str(error)) from error
        document = Document.from_text(text, outlet=outlet, published=published, title=title)
        return analyze_within_deadline(nlp, document)

    analyze.warm_up = lambda: _load(model)  # type: ignore[attr-defined]
    return analyze


def _load(model: str) -> None:
    load_pipeline(model)


class Analyzer:
    """Runs an analyze function on one worker thread with a per-request timeout."""

    def __init__(self, analyze: AnalyzeFn, timeout: float) -> None:
        self._analyze = analyze
        self.timeout = timeout
        self._executor: ThreadPoolExecutor | None = None
        self._warm: Future | None = None

    def _worker(self) -> ThreadPoolExecutor:
        """The worker thread, started on first use (again after :meth:`close`)."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="accord-analyse")
        return self._executor

    def warm_up(self) -> None:
        """Start loading the pipeline in the background (queued before any request)."""
        warm = getattr(self._analyze, "warm_up", None)
        if warm is not None and self._warm is None:
            self._warm = self._worker().submit(_quietly, warm)

    def state(self) -> str:
        """``ready`` once the pipeline is loaded, ``loading`` before, ``lazy`` if never warmed."""
        if self._warm is None:
            return "lazy"
        return "ready" if self._warm.done() else "loading"

    async def analyze(
        self, text: str, outlet: str | None, published: date | None, title: str | None = None
    ) -> Report:
        if self._warm is not None and not self._warm.done():
            # the model is still loading: that wait is not the analysis' fault, so it does not
            # count against the timeout (a bounded wait all the same)
            try:
                await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(self._warm)), LOAD_WAIT)
            except TimeoutError as error:
                raise AnalysisUnavailable("the pipeline is still loading; try again") from error
        deadline = time.monotonic() + self.timeout
        future = self._worker().submit(
            run_before, deadline, self._analyze, text, outlet, published, title
        )
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.timeout)
        except TimeoutError as error:
            future.cancel()
            raise AnalysisTimeout(f"analysis took longer than {self.timeout:g} s") from error

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None


def _quietly(function: Callable[[], None]) -> None:
    """Warm-up failures surface on the first request, with a clear message, not at start."""
    try:
        function()
    except Exception:  # noqa: BLE001
        return
