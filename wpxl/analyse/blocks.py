"""Cut a sheet into blocks of cells separated by blank rows and columns (recursive XY-cut).

A table, its title lines and its notes are usually separate blocks; ``tables`` reassembles them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import pairwise
from operator import itemgetter

from wpxl.model import Cell, CellRange, Coord

_ROW, _COL = itemgetter(0), itemgetter(1)


def occupied(cells: dict[Coord, Cell]) -> list[Coord]:
    """The sheet's cells that are not empty (``Cell.is_empty``, written out here: a property
    call for each of a sheet's million cells took longer than the test)."""
    return [
        coord
        for coord, cell in cells.items()
        if cell.formula is not None or (cell.value is not None and cell.value != "")
    ]


def find_blocks(coords: Iterable[Coord]) -> dict[CellRange, list[Coord]]:
    """Rectangles covering the occupied cells, split wherever a whole row or column is blank,
    each with the occupied cells inside it, top to bottom, left to right. ``coords`` name each
    cell once (they are a sheet's keys): a million of them are not made distinct again."""
    cells = sorted(coords)  # a sheet's cells come in order: sorted in one pass
    found: list[tuple[CellRange, list[Coord]]] = []
    if cells:
        _cut(cells, found)
    return dict(sorted(found, key=lambda item: (item[0].top, item[0].left)))


def _cut(cells: list[Coord], found: list[tuple[CellRange, list[Coord]]]) -> None:
    """``cells`` come sorted, top to bottom and left to right, and every group cut from them
    keeps their order: a block's first and last cells are on its top and bottom rows."""
    for axis in (0, 1):
        groups = _split(cells, axis)
        if len(groups) > 1:
            for group in groups:
                _cut(group, found)
            return
    cols = set(map(_COL, cells))
    found.append((CellRange(cells[0][0], min(cols), cells[-1][0], max(cols)), cells))


def _split(cells: list[Coord], axis: int) -> list[list[Coord]]:
    """Group cells into runs along ``axis`` with no blank line between members (a cell's group
    is how many blank gaps lie before its line); most blocks have none along one axis. Sorted
    cells split between rows where each gap's row starts."""
    key = _COL if axis else _ROW
    lines = sorted(set(map(key, cells)))
    gaps = [b for a, b in pairwise(lines) if b > a + 1]
    if not gaps:
        return [cells]
    if not axis:
        cuts = [0, *(bisect_left(cells, gap, key=_ROW) for gap in gaps), len(cells)]
        return [cells[a:b] for a, b in pairwise(cuts)]
    groups: list[list[Coord]] = [[] for _ in range(len(gaps) + 1)]
    for cell in cells:
        groups[bisect_right(gaps, cell[1])].append(cell)
    return groups
