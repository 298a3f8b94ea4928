"""The board proper, as the CLI and the web UI both draw it: one row per party (the sides
first, then the mediators), one column per proposal (its neutral readable name), then one
per round, and in each cell the party's latest stance with who says so and when.

Each cell keeps the index of its position in the board's timeline, so a drawing can link
the cell to the evidence sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from accord.corpuswide.talks import Board, Position


@dataclass
class Column:
    key: str | None  # the proposal or round name positions carry; None: the process itself
    title: str
    kind: str  # "proposal", "round" or "process"


@dataclass
class Cell:
    position: Position
    timeline_index: int | None
    disputed: bool = False


@dataclass
class Row:
    party: str
    role: str  # "party", "mediator" or "" (neither: an actor that only attends)
    cells: list[Cell | None] = field(default_factory=list)


@dataclass
class Grid:
    columns: list[Column]
    rows: list[Row]


def board_grid(board: Board) -> Grid:
    latest = {(p.party, p.proposal): p for p in board.latest}
    used = {p.proposal for p in board.latest}
    columns = [
        Column(entry.key, entry.title, "proposal") for entry in board.proposals if entry.key in used
    ]
    named = {c.key for c in columns}
    rounds = [r.name for r in board.rounds]
    columns += [Column(name, name, "round") for name in rounds if name in used]
    named |= set(rounds)
    columns += [
        Column(key, key, "proposal") for key in sorted(k for k in used if k and k not in named)
    ]
    if None in used:
        columns.append(Column(None, "the process", "process"))
    index = {id(p): i for i, p in enumerate(board.timeline)}
    timeline_index = {
        (p.party, p.proposal, p.stance, p.doc_id, p.date): i for i, p in enumerate(board.timeline)
    }
    disputed = {(d.party, d.proposal) for d in board.disputes}
    actors = list(board.parties) + [m for m in board.mediators if m not in board.parties]
    actors += sorted({p.party for p in board.latest} - set(actors))
    rows = []
    for actor in actors:
        role = "party" if actor in board.parties else "mediator" if actor in board.mediators else ""
        row = Row(actor, role)
        for column in columns:
            position = latest.get((actor, column.key))
            if position is None:
                row.cells.append(None)
                continue
            at = index.get(id(position))
            if at is None:
                at = timeline_index.get(
                    (position.party, position.proposal, position.stance, position.doc_id,
                     position.date)
                )  # fmt: skip
            row.cells.append(Cell(position, at, (actor, column.key) in disputed))
        if any(row.cells):
            rows.append(row)
    return Grid(columns, rows)
