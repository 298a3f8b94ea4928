"""Plotly figure specs (plain dicts) for the corpus views.

The browser draws them with the ``plotly.min.js`` bundled in the ``plotly``
package and served by the app; this module only arranges stored records into
traces. Dates fall back to the document's publication date when the record has
none, so an event is placed on the day it was reported.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict

from accord.store import Item

COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
STATUS_SYMBOL = {"occurred": "circle", "planned": "diamond", "denied": "x", "hypothetical": "star"}
STANCE_COLOUR = {
    "proposed": "#4c78a8",
    "accepted": "#54a24b",
    "rejected": "#e45756",
    "reservations": "#f58518",
    "mediating": "#b279a2",
    "attending": "#72b7b2",
    "withdrew": "#9d755d",
}
LAYOUT = {
    "margin": {"l": 110, "r": 20, "t": 30, "b": 50},
    "height": 420,
    "font": {"family": "system-ui, sans-serif", "size": 12},
    "plot_bgcolor": "#fbfbfd",
    "legend": {"orientation": "h", "y": -0.18},
}


def when(item: Item):
    return item.record.date or item.document.published


def date_axis(dates: list) -> dict:
    """A date axis padded by a few days, so one day's records do not stretch to milliseconds."""
    axis = {"type": "date", "tickformat": "%Y-%m-%d"}
    if dates:
        pad = dt.timedelta(days=3)
        axis["range"] = [(min(dates) - pad).isoformat(), (max(dates) + pad).isoformat()]
    return axis


def event_timeline(items: list[Item]) -> dict:
    """Events over time: one row per source actor, one colour per PLOVER type."""
    by_action: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        if when(item) is not None:
            by_action[item.record.action].append(item)
    traces = []
    for action in sorted(by_action):
        group = by_action[action]
        traces.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": action,
                "x": [when(i).isoformat() for i in group],
                "y": [i.record.source or "(unknown)" for i in group],
                "text": [_event_hover(i) for i in group],
                "hovertemplate": "%{text}<extra></extra>",
                "marker": {
                    "size": 12,
                    "symbol": [STATUS_SYMBOL.get(i.record.status, "circle") for i in group],
                    "line": {"width": 1, "color": "#333"},
                },
            }
        )
    sources = {i.record.source for group in by_action.values() for i in group}
    layout = LAYOUT | {
        "height": max(LAYOUT["height"], 160 + 26 * len(sources)),  # a readable row per actor
        "xaxis": date_axis([when(i) for g in by_action.values() for i in g])
        | {"title": {"text": "date"}},
        "yaxis": {"title": {"text": "source actor"}, "type": "category", "automargin": True},
    }
    return {"data": traces, "layout": layout}


def _event_hover(item: Item) -> str:
    event = item.record
    outlet = item.document.outlet or "unknown outlet"
    return f"{event.source or '?'} {event.action} {event.target or '—'} ({event.status}) · {outlet}"


def network_edges(items: list[Item]) -> list[dict]:
    """Source → target pairs with the actions between them and how often each was reported."""
    edges: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for item in items:
        event = item.record
        if event.source and event.target and event.source != event.target:
            edges[(event.source, event.target)][event.action] += 1
    return [
        {"source": s, "target": t, "actions": dict(actions.most_common())}
        for (s, t), actions in sorted(edges.items())
    ]


def event_network(items: list[Item]) -> dict:
    """Who did what to whom: each group of connected actors on its own circle, an arrow per
    (source, target) pair. Separate conflicts in one corpus thus stay apart on the page."""
    edges = network_edges(items)
    if not edges:
        return {"data": [], "layout": LAYOUT}
    groups = _components(edges)
    position = _layout(groups)
    weight: Counter = Counter()
    for edge in edges:
        n = sum(edge["actions"].values())
        weight[edge["source"]] += n
        weight[edge["target"]] += n
    annotations = []
    label_x, label_y, labels = [], [], []
    for edge in edges:
        (x0, y0), (x1, y1) = position[edge["source"]], position[edge["target"]]
        cooperative = sum(n for a, n in edge["actions"].items() if a in COOPERATIVE)
        colour = "#54a24b" if cooperative * 2 >= sum(edge["actions"].values()) else "#e45756"
        annotations.append(
            {
                "x": x1, "y": y1, "ax": x0, "ay": y0,
                "xref": "x", "yref": "y", "axref": "x", "ayref": "y",
                "showarrow": True, "arrowhead": 3, "arrowsize": 1.2, "arrowwidth": 1.5,
                "arrowcolor": colour, "standoff": 12, "startstandoff": 12, "text": "",
            }
        )  # fmt: skip
        label_x.append(x0 + (x1 - x0) * 0.5)
        label_y.append(y0 + (y1 - y0) * 0.5)
        actions = ", ".join(f"{a}×{n}" if n > 1 else a for a, n in edge["actions"].items())
        labels.append(f"{edge['source']} → {edge['target']}: {actions}")
    actors = sorted(position)
    nodes = {
        "type": "scatter",
        "mode": "markers+text",
        "name": "actors",
        "x": [position[a][0] for a in actors],
        "y": [position[a][1] for a in actors],
        "text": actors,
        "textposition": "top center",
        "textfont": {"size": 11},
        "hovertemplate": "%{text}<extra></extra>",
        "marker": {
            "size": [12 + 3 * math.sqrt(weight[a]) for a in actors],
            "color": "#4c78a8",
            "line": {"width": 1, "color": "#fff"},
        },
    }
    # the actions ride on the arrows: written out when there are few, on hover when many
    few = len(edges) <= 16
    edge_labels = {
        "type": "scatter",
        "mode": "text" if few else "markers",
        "name": "actions",
        "x": label_x,
        "y": label_y,
        "text": [label.split(": ", 1)[1] for label in labels] if few else labels,
        "hovertext": labels,
        "hoverinfo": "text",
        "textfont": {"size": 10, "color": "#444"},
        "marker": {"size": 8, "color": "rgba(0,0,0,0.15)"},
    }
    columns = math.ceil(math.sqrt(len(groups)))
    rows = math.ceil(len(groups) / columns)
    hidden = {"visible": False}
    layout = LAYOUT | {
        "height": min(1600, 360 + int(110 * rows * (1 + _radius(groups[0])))),
        "showlegend": False,
        "xaxis": hidden,
        "yaxis": hidden | {"scaleanchor": "x"},
        "annotations": annotations,
        "plot_bgcolor": "#ffffff",
        "margin": {"l": 20, "r": 20, "t": 30, "b": 20},
    }
    return {"data": [edge_labels, nodes], "layout": layout}


def _components(edges: list[dict]) -> list[list[str]]:
    """Groups of actors linked by any event, largest first (union-find over the edges)."""
    parent: dict[str, str] = {}

    def root(actor: str) -> str:
        parent.setdefault(actor, actor)
        while parent[actor] != actor:
            parent[actor] = parent[parent[actor]]
            actor = parent[actor]
        return actor

    for edge in edges:
        parent[root(edge["source"])] = root(edge["target"])
    groups: dict[str, list[str]] = defaultdict(list)
    for actor in sorted(parent):
        groups[root(actor)].append(actor)
    return sorted(groups.values(), key=lambda group: (-len(group), group[0]))


def _layout(groups: list[list[str]]) -> dict[str, tuple[float, float]]:
    """Each group on a circle sized to it, the circles on a grid, biggest top left."""
    columns = math.ceil(math.sqrt(len(groups)))
    cell = 2 * _radius(groups[0]) + 1.2
    position = {}
    for index, group in enumerate(groups):
        row, column = divmod(index, columns)
        radius = _radius(group)
        centre = (column * cell, -row * cell)
        for name, (x, y) in _circle(group).items():
            position[name] = (round(centre[0] + radius * x, 4), round(centre[1] + radius * y, 4))
    return position


def _radius(group: list[str]) -> float:
    return 0.3 * math.sqrt(len(group))


def _circle(names: list[str]) -> dict[str, tuple[float, float]]:
    """Points on the unit circle, the first at the top, going clockwise."""
    if len(names) == 1:
        return {names[0]: (0.0, 0.0)}
    step = 2 * math.pi / len(names)
    return {
        name: (math.cos(math.pi / 2 - i * step), math.sin(math.pi / 2 - i * step))
        for i, name in enumerate(names)
    }


def board_timeline(positions: list) -> dict:
    """One negotiation process over time: each party's reported stances as coloured marks.

    ``positions`` are :class:`accord.corpuswide.talks.Position` records (dated already).
    """
    by_stance: dict[str, list] = defaultdict(list)
    for position in positions:
        if position.date is not None:
            by_stance[position.stance].append(position)
    order = list(STANCE_COLOUR)
    traces = []
    for stance in sorted(by_stance, key=lambda s: order.index(s) if s in order else len(order)):
        group = by_stance[stance]
        traces.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": stance,
                "x": [p.date.isoformat() for p in group],
                "y": [p.party for p in group],
                "text": [f"{p.party} {stance} {p.proposal or ''} · says {p.source}" for p in group],
                "hovertemplate": "%{text}<extra></extra>",
                "marker": {"size": 14, "color": STANCE_COLOUR.get(stance, "#888")},
            }
        )
    dates = [p.date for group in by_stance.values() for p in group]
    layout = LAYOUT | {
        "height": 280,
        "xaxis": date_axis(dates),
        "yaxis": {"type": "category", "title": {"text": "party"}},
    }
    return {"data": traces, "layout": layout}


def framing_profile(counts: dict[str, Counter]) -> dict:
    """Framing markers per outlet in the outlet's own voice, stacked by kind."""
    outlets = sorted(counts)
    kinds = sorted({kind for counter in counts.values() for kind in counter})
    traces = [
        {
            "type": "bar",
            "name": kind,
            "x": outlets,
            "y": [counts[outlet][kind] for outlet in outlets],
        }
        for kind in kinds
    ]
    layout = LAYOUT | {
        "barmode": "stack",
        "height": 340,
        "yaxis": {"title": {"text": "markers"}},
        "xaxis": {"type": "category"},
    }
    return {"data": traces, "layout": layout}
