"""Cut a sheet into blocks of cells separated by blank rows and columns (recursive XY-cut).

A table, its title lines and its notes are usually separate blocks; ``tables`` reassembles them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import pairwise

from wpxl.model import CellRange, Coord


def find_blocks(coords: Iterable[Coord]) -> dict[CellRange, list[Coord]]:
    """Rectangles covering the occupied cells, split wherever a whole row or column is blank,
    each with the occupied cells inside it, top to bottom, left to right."""
    cells = sorted(dict.fromkeys(coords))  # a sheet's cells come in order: sorted in one pass
    found: list[tuple[CellRange, list[Coord]]] = []
    if cells:
        _cut(cells, found)
    return dict(sorted(found, key=lambda item: (item[0].top, item[0].left)))


def _cut(cells: list[Coord], found: list[tuple[CellRange, list[Coord]]]) -> None:
    for axis in (0, 1):
        groups = _split(cells, axis)
        if len(groups) > 1:
            for group in groups:
                _cut(group, found)
            return
    rows = [r for r, _ in cells]
    cols = [c for _, c in cells]
    found.append((CellRange(min(rows), min(cols), max(rows), max(cols)), sorted(cells)))


def _split(cells: list[Coord], axis: int) -> list[list[Coord]]:
    """Group cells into runs along ``axis`` with no blank line between members (a cell's group
    is how many blank gaps lie before its line); most blocks have none along one axis."""
    lines = sorted({c[axis] for c in cells})
    gaps = [b for a, b in pairwise(lines) if b > a + 1]
    if not gaps:
        return [cells]
    groups: list[list[Coord]] = [[] for _ in range(len(gaps) + 1)]
    for cell in cells:
        groups[bisect_right(gaps, cell[axis])].append(cell)
    return groups
