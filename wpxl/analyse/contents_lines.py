"""Numbers outside any table that number lines of text: a contents list (1, 2, 3 ... each
beside a worksheet's description) names its lines, and counts nothing, so its numbers are
kept as they are rather than dropped as figures no table explains."""

from __future__ import annotations

from wpxl.analyse.values import as_number, is_numbering, is_text
from wpxl.model import Cell, Coord


def numbered_lines(free: list[Coord], cells: dict[Coord, Cell]) -> set[Coord]:
    """Numbers outside any table that number lines of text (a contents list: 1, 2, 3 ... each
    beside a worksheet's description): labels, kept as they are."""
    by_col: dict[int, list[Coord]] = {}
    for row, col in free:
        cell, beside = cells[(row, col)], cells.get((row, col + 1))
        number = cell.formula is None and as_number(cell.value) is not None
        if number and beside is not None and is_text(beside.value):
            by_col.setdefault(col, []).append((row, col))
    numbered: set[Coord] = set()
    for coords in by_col.values():
        values = [cells[c].value for c in sorted(coords)]
        if is_numbering(values, ""):
            numbered.update(coords)
    return numbered
