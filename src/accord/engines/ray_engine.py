"""The distributed engine: the same per-article analysis, run on Ray Data worker actors.

The driver does what must happen in one place and in order — reading inputs,
duplicate and near-duplicate checks, the relevance pre-filter, writing the
store — exactly as the local engine does (it *is* the local engine's run, see
:func:`accord.engines.local.ingest`); only the analysis moves. Documents go to
a ``ray.data`` dataset in windows, ``map_batches`` runs :class:`ReportMaker` (a
callable class, so each worker actor loads the spaCy pipeline once) on a pool
of ``workers`` actors, and the reports come back in input order to be written
in batches. Each report is made by :func:`accord.engines.local.analyze_batch`
→ :func:`accord.report.analyze_documents`, the function every engine uses.

Writes are upserts keyed by the document's content hash, committed every
``commit_every`` documents, and documents already stored are skipped: a run
that is interrupted and started again on the same input finishes the job
without duplicates.

Without an address Ray starts locally, sized for a laptop (CPUs = workers, a
small object store, no dashboard, quiet logs); with ``--ray-address`` or
``RAY_ADDRESS`` the driver joins an existing cluster instead.
"""

from __future__ import annotations

import logging
import math
import os
import resource
from collections.abc import Iterator
from contextlib import contextmanager

from accord.config import DEFAULT_MODEL
from accord.model import Document, Report

#: Documents per dataset. The actor pool (and each actor's pipeline) lives as long as one
#: dataset, so a window should hold minutes of work; it also bounds the driver's memory.
DEFAULT_WINDOW = 2048
#: Object store of a local Ray: documents and reports of one window fit many times over.
LOCAL_OBJECT_STORE = 512 * 1024**2
#: Seconds to wait for the worker actors to load their pipelines before giving up.
ACTOR_START_TIMEOUT = 300
#: Memory a worker actor may use (spaCy model + one batch; measured peak about 0.7 GiB);
#: Ray schedules actors against it.
WORKER_MEMORY = 1024**3


class RayUnavailable(RuntimeError):
    """Ray is not installed (``pip install 'accord[ray]'``) or the cluster cannot be reached."""


def _ray():
    try:
        import ray
    except ImportError as error:
        raise RayUnavailable("the ray engine needs Ray: pip install 'accord[ray]'") from error
    return ray


def start_ray(workers: int = 2, address: str | None = None) -> bool:
    """Join the cluster at ``address`` (or ``RAY_ADDRESS``), else start a local Ray.

    Returns True when this call started (or joined) Ray, so the caller knows to shut it
    down; False when Ray was already running in this process (a test's, a notebook's).
    """
    ray = _ray()
    if ray.is_initialized():
        return False
    _quiet_loggers()
    quiet = {"logging_level": logging.ERROR, "log_to_driver": False}
    address = address or os.environ.get("RAY_ADDRESS") or None
    try:
        if address:
            ray.init(address=address, **quiet)
        else:
            ray.init(
                num_cpus=max(1, workers),
                object_store_memory=LOCAL_OBJECT_STORE,
                include_dashboard=False,
                **quiet,
            )
    except (ConnectionError, RuntimeError, ValueError) as error:
        where = address or "a local Ray"
        message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise RayUnavailable(f"cannot start or join {where}: {message}") from error
    return True


def _quiet_loggers() -> None:
    """Ray and Ray Data log progress at INFO to stderr; the user sees accord's own progress.
    Ray Data's own log file in the Ray session directory keeps everything."""
    logging.getLogger("ray").setLevel(logging.ERROR)
    import ray.data  # noqa: F401  (installs Ray Data's logging config, adjusted below)

    for handler in logging.getLogger("ray.data").handlers:
        if isinstance(handler, logging.StreamHandler) and not isinstance(
            handler, logging.FileHandler
        ):
            handler.setLevel(logging.ERROR)


def _configure_data_context() -> None:
    """Settings of this driver's datasets (applied even when Ray was started elsewhere)."""
    context = _ray().data.DataContext.get_current()
    context.enable_progress_bars = False
    context.enable_operator_progress_bars = False
    context.print_on_execution_start = False
    context.enable_auto_log_stats = False
    context.verbose_stats_logs = False
    context.execution_options.preserve_order = True  # reports come back in input order
    # dispatch only once every actor has its pipeline, so batches spread over all workers
    context.wait_for_min_actors_s = ACTOR_START_TIMEOUT


def stop_ray() -> None:
    ray = _ray()
    if ray.is_initialized():
        ray.shutdown()


@contextmanager
def ray_session(workers: int = 2, address: str | None = None) -> Iterator[None]:
    """Ray for the duration of a block; shut down at the end only if this block started it."""
    started = start_ray(workers, address)
    try:
        yield
    finally:
        if started:
            stop_ray()


class ReportMaker:
    """The worker side: one pipeline per actor, one report (or failure reason) per document."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 32) -> None:
        from accord.nlp.pipeline import load_pipeline

        self.nlp = load_pipeline(model)
        self.batch_size = batch_size

    def __call__(self, batch: dict) -> dict:
        from accord.engines.local import analyze_batch

        documents = [Document.model_validate_json(row) for row in batch["document"]]
        results = analyze_batch(documents, self.nlp, self.batch_size)
        return {
            "id": [document.id for document in documents],
            "report": [r.model_dump_json() if isinstance(r, Report) else "" for r in results],
            "error": ["" if isinstance(r, Report) else r for r in results],
            "pid": [os.getpid()] * len(documents),
            "peak_rss": [_peak_rss()] * len(documents),
        }


def _peak_rss() -> int:
    """This process's peak resident memory in bytes (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class RayAnalyzer:
    """Analyses a window of documents on a pool of Ray actors (the ``analyze`` hook of
    :func:`accord.engines.local.ingest`); yields reports as they arrive, in input order."""

    def __init__(self, workers: int = 2, model: str = DEFAULT_MODEL, batch_size: int = 8) -> None:
        self.workers = max(1, workers)
        self.model = model
        self.batch_size = max(1, batch_size)
        self.peak_rss: dict[int, int] = {}  # worker pid → its peak resident memory, bytes

    @property
    def worker_pids(self) -> set[int]:
        """The worker processes that made reports so far."""
        return set(self.peak_rss)

    def __call__(self, documents: list[Document]) -> Iterator[Report | str]:
        if not documents:
            return
        ray = _ray()
        _configure_data_context()
        rows = [{"document": document.model_dump_json()} for document in documents]
        blocks = max(self.workers, math.ceil(len(rows) / self.batch_size))
        dataset = ray.data.from_items(rows, override_num_blocks=blocks).map_batches(
            ReportMaker,
            fn_constructor_kwargs={"model": self.model, "batch_size": self.batch_size},
            batch_size=self.batch_size,
            # one batch running and one queued per actor: no actor idles, none hoards
            compute=ray.data.ActorPoolStrategy(size=self.workers, max_tasks_in_flight_per_actor=2),
            num_cpus=1,
            memory=WORKER_MEMORY,
        )
        expected = iter(documents)
        for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
            for pid, rss in zip(batch["pid"], batch["peak_rss"], strict=True):
                self.peak_rss[int(pid)] = max(self.peak_rss.get(int(pid), 0), int(rss))
            for doc_id, report, error in zip(
                batch["id"], batch["report"], batch["error"], strict=True
            ):
                document = next(expected)
                if document.id != doc_id:  # order is Ray's promise; check it, cheaply
                    raise RuntimeError("Ray returned reports out of order")
                yield Report.model_validate_json(report) if report else str(error)


@contextmanager
def ray_analysis(
    workers: int = 2,
    address: str | None = None,
    model: str = DEFAULT_MODEL,
    window: int = DEFAULT_WINDOW,
    batch_size: int = 8,
) -> Iterator[dict]:
    """Keywords for :func:`accord.engines.local.ingest` (or ``ingest_inputs``) that move the
    analysis onto Ray, valid while the block runs: the engine's batches become windows."""
    with ray_session(workers, address):
        yield {
            "analyze": RayAnalyzer(workers, model, batch_size),
            "batch_size": max(1, window),
            "prefetch_claims": spare_core(workers, address),
        }


def spare_core(workers: int, address: str | None = None) -> bool:
    """Whether the driver's machine has a core the claim encoder's helper can use while
    the workers parse: always when the workers are on a cluster, and on this machine
    only when they leave one free (else the helper would slow them down)."""
    if address or os.environ.get("RAY_ADDRESS"):
        return True
    return workers + 1 < (os.cpu_count() or 1)
