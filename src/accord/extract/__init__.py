"""Extractors: each module registers one capability in :mod:`accord.registry`.

Importing this package registers the built-in extractors.
"""

from accord.extract import actors, claims, events, framing, quotes, stances  # noqa: F401
