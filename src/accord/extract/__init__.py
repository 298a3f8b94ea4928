"""Extractors: each module registers one capability in :mod:`accord.registry`.

Importing this package registers the built-in extractors.
"""

from accord.extract import (  # noqa: F401
    actors,
    claims,
    counterparts,
    events,
    framing,
    llm,
    mediations,
    open_actors,
    quotes,
    stances,
    table_meetings,
    topic,
)
