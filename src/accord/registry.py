"""The registries: built-in extractors and plug-ins register the same way.

An extractor factory is called once per pipeline with the ``nlp`` object and
returns a callable ``(doc) -> None`` that reads the spaCy ``Doc`` and the shared
:class:`accord.extract.analysis.Analysis` at ``doc._.accord`` and adds records to
it. Register one with::

    from accord.registry import extractor

    @extractor("my_extractor", after="quotes")
    def make_my_extractor(nlp):
        def extract(doc):
            ...
        return extract

The seams a plug-in has (docs/architecture.md shows them whole):

- **order**: ``before=``/``after=`` a named extractor (built-in or plug-in); without
  either, plug-ins run after every built-in, sorted by ``order`` (default 100);
- **replacement**: ``replaces="events"`` puts the plug-in in that built-in's place
  and drops the built-in;
- **switching off**: ``extractors.disabled`` in the settings (``accord.toml`` or
  ``ACCORD_EXTRACTORS_DISABLED``) leaves named extractors out of the pipeline;
- **batches**: if the returned callable also has ``extract_batch(docs)``,
  ``nlp.pipe`` hands it each batch of documents at once (for model-backed
  extractors) instead of one document at a time;
- **new record kinds**: a :class:`accord.store.kinds.RecordKind` registered in
  :data:`record_kinds`; the extractor adds records with ``analysis.add_record(kind,
  record)`` and they reach the report (``Report.extensions``), the store, the
  listings and the exports.

Third-party packages expose theirs through the entry-point groups
``accord_extractors`` and ``accord_record_kinds``, as datasette ships its
defaults as plugins; placement options are then attributes of the factory
(``make.after = "quotes"``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import catalogue

extractors = catalogue.create("accord", "extractors", entry_points=True)
record_kinds = catalogue.create("accord", "record_kinds", entry_points=True)

#: Built-in extractors in the order they depend on each other: actors first
#: (everyone needs mentions), then the topic gate (off-topic documents yield
#: no events, quotes or stances), quotes before events (an event's voice is the
#: quote it sits in), framing and stances after both, claims last.
DEFAULT_ORDER: tuple[str, ...] = (
    "actors",
    "open_actors",
    "topic",
    "quotes",
    "events",
    "counterparts",
    "stances",
    "mediations",
    "table_meetings",
    "framing",
    "claims",
)


class ExtractorOrderError(ValueError):
    """A plug-in asked for a place the registered extractors cannot give."""


def extractor(
    name: str,
    *,
    before: str | None = None,
    after: str | None = None,
    replaces: str | None = None,
    order: int = 100,
) -> Callable:
    """Register an extractor factory under ``name``, placed by ``before``/``after``
    or in a built-in's stead with ``replaces``."""

    def register(factory: Callable) -> Callable:
        factory.before, factory.after, factory.replaces = before, after, replaces
        factory.order = order
        extractors.register(name, func=factory)
        return factory

    return register


def extractor_names(disabled: Iterable[str] = ()) -> list[str]:
    """The extractors to run, in order: built-ins in dependency order (a replacement in
    its built-in's place), then plug-ins placed by ``before``/``after`` or by ``order``."""
    # an opt-in extractor (the language model's) runs only where a mode asks for it
    # (accord.nlp.modes), never among the rules
    factories = {
        name: factory
        for name, factory in extractors.get_all().items()
        if not getattr(factory, "opt_in", False)
    }
    off = set(disabled)
    unknown = off - set(factories)
    if unknown:
        raise ExtractorOrderError(
            f"cannot disable unknown extractor(s): {', '.join(sorted(unknown))}"
        )
    replacing = {
        getattr(factory, "replaces", None): name
        for name, factory in factories.items()
        if getattr(factory, "replaces", None) and name not in off
    }
    names = [
        replacing.get(name, name)
        for name in DEFAULT_ORDER
        if name in factories and replacing.get(name, name) not in off
    ]
    plugins = sorted(
        (
            name
            for name in factories
            if name not in DEFAULT_ORDER and name not in off and name not in replacing.values()
        ),
        key=lambda name: (getattr(factories[name], "order", 100), name),
    )
    placed = [name for name in plugins if _anchor(factories[name])]
    names += [name for name in plugins if not _anchor(factories[name])]
    last_after: dict[str, str] = {}  # several plug-ins after one anchor keep their order
    for name in _settled(placed, factories):
        factory = factories[name]
        anchor = _anchor(factory)
        if anchor not in names:
            raise ExtractorOrderError(
                f"extractor {name!r} is placed relative to {anchor!r}, which does not run"
            )
        if getattr(factory, "before", None):
            names.insert(names.index(anchor), name)
        else:
            names.insert(names.index(last_after.get(anchor, anchor)) + 1, name)
            last_after[anchor] = name
    return names


def _anchor(factory) -> str | None:
    return getattr(factory, "before", None) or getattr(factory, "after", None)


def _settled(placed: list[str], factories: dict) -> list[str]:
    """Placed plug-ins in an order where each one's anchor comes before it (a plug-in may
    be placed relative to another placed plug-in)."""
    pending, done = list(placed), []
    while pending:
        ready = [n for n in pending if _anchor(factories[n]) not in pending]
        if not ready:
            raise ExtractorOrderError(
                f"extractors placed relative to each other in a cycle: {pending}"
            )
        done += ready
        pending = [n for n in pending if n not in ready]
    return done
