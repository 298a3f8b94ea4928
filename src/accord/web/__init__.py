"""accord.web: the browser UI served by ``accord serve`` (see ``docs/web.md``).

Jinja2 templates and static assets live in this package; charts are drawn by the
Plotly bundle shipped in the ``plotly`` Python package, served by the app itself.
"""
