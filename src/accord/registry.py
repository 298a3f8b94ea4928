"""The extractor registry: built-in extractors and plug-ins register the same way.

An extractor is a callable ``(doc) -> None`` that reads the spaCy ``Doc`` and
the shared :class:`accord.extract.analysis.Analysis` at ``doc._.accord`` and
adds records to it. Register one with::

    from accord.registry import extractors

    @extractors.register("my_extractor")
    def make_my_extractor(nlp):  # called once per pipeline
        def extract(doc):
            ...
        return extract

Third-party packages expose theirs through the ``accord_extractors`` entry-point
group, as datasette ships its defaults as plugins. The order extractors run in
comes from :data:`DEFAULT_ORDER` plus ``order`` of each factory (default 100).
"""

from __future__ import annotations

import catalogue

extractors = catalogue.create("accord", "extractors", entry_points=True)

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
    "framing",
    "claims",
)


def extractor_names() -> list[str]:
    """All registered extractors, built-ins first in dependency order, plug-ins after."""
    registered = list(extractors.get_all())
    builtin = [name for name in DEFAULT_ORDER if name in registered]
    extra = sorted(
        (name for name in registered if name not in DEFAULT_ORDER),
        key=lambda name: getattr(extractors.get(name), "order", 100),
    )
    return builtin + extra
