"""Typed views of the vocabulary data files (framing terms, negotiation vocabulary).

The files themselves live under ``accord/data/``; these modules turn them into the
small typed objects the extractors and the cross-document work share.
"""
