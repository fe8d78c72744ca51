"""How a row label looks (bold, less indented than its neighbours): a heading's look hints that
the row is a total, for the tree of totals to confirm by arithmetic."""

from __future__ import annotations

from itertools import pairwise

from wpxl.model import Cell, Coord


def label_looks(
    cells: dict[Coord, Cell], label_cols: list[int], rows: list[int]
) -> dict[int, tuple[int, bool]]:
    """Each row label's indent and boldness: a heading's look hints that it is a total."""
    looks = {}
    for row in rows:
        cell = next((c for col in label_cols if (c := cells.get((row, col)))), None)
        style = cell.style if cell is not None and not cell.is_empty else None
        looks[row] = (style.indent, style.bold) if style is not None else (0, False)
    return looks


def emphasised(looks: dict[int, tuple[int, bool]]) -> set[int]:
    """Lines whose label looks like a heading: bold among lines that are not all bold, or less
    indented than the line after or before it. ``looks``: each line's (indent, bold)."""
    lines = sorted(looks)
    bold = {x for x in lines if looks[x][1]}
    found = bold if len(bold) < len(lines) else set()
    for a, b in pairwise(lines):
        if looks[a][0] < looks[b][0]:
            found.add(a)
        elif looks[b][0] < looks[a][0]:
            found.add(b)
    return found
