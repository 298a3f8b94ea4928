"""Make a Plotly figure's labels plain text before the browser draws them.

Plotly reads a small HTML subset in every label it draws (trace names, axis
categories, point and hover text): ``<a href>`` becomes a clickable SVG link,
``<b>``/``<span style>`` restyle it. Labels here come from stored articles (an outlet's
name, a speaker, a claim), so an article could plant a link on the page. Plotly also
turns ``&lt;``, ``&gt;`` and ``&amp;`` back into characters when it draws, so escaping
those three in every data-derived string shows the label exactly as written and as
text only. The figure's own templates (``hovertemplate``) are ours and keep their tags.
"""

from __future__ import annotations

from html import escape
from typing import Any

#: Keys whose strings are accord's own Plotly settings, not labels from the data.
OWN_KEYS = frozenset({"hovertemplate", "type", "mode", "hoverinfo", "xref", "yref", "axref",
                      "ayref", "textposition", "symbol", "color", "arrowcolor"})  # fmt: skip


def escape_labels(figure: dict) -> dict:
    """A copy of ``figure`` with every label in its traces and annotations escaped."""
    layout = dict(figure.get("layout", {}))
    if "annotations" in layout:
        layout["annotations"] = _escaped(layout["annotations"])
    return {**figure, "data": _escaped(figure.get("data", [])), "layout": layout}


def _escaped(value: Any, key: str | None = None) -> Any:
    if isinstance(value, str):
        return value if key in OWN_KEYS else escape(value, quote=False)
    if isinstance(value, dict):
        return {name: _escaped(item, name) for name, item in value.items()}
    if isinstance(value, list | tuple):
        return [_escaped(item, key) for item in value]
    return value
