"""accord.api: the JSON HTTP API over ``report`` and the store (see ``docs/web.md``).

``create_api(corpus, analyze)`` in :mod:`accord.api.app` builds the FastAPI app;
the web UI (:mod:`accord.web`) adds its pages on top of it.
"""
