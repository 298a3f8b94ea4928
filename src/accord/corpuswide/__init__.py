"""Work across the stored documents: contradictions between sources, negotiation
boards and timelines, outlet framing profiles.

Named ``corpuswide`` (not ``analyze``) so that ``accord.analyze`` stays the
one-article function of the public API; ``accord.store.crossdoc`` stores what
this package computes.
"""
