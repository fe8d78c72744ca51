"""Cut a sheet into blocks of cells separated by blank rows and columns (recursive XY-cut).

A table, its title lines and its notes are usually separate blocks; ``tables`` reassembles them.
"""

from __future__ import annotations

from collections.abc import Iterable

from wpxl.model import CellRange, Coord


def find_blocks(coords: Iterable[Coord]) -> dict[CellRange, list[Coord]]:
    """Rectangles covering the occupied cells, split wherever a whole row or column is blank,
    each with the occupied cells inside it, top to bottom, left to right."""
    cells = sorted(set(coords))
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
    """Group cells into runs along ``axis`` with no blank line between members."""
    ordered = sorted(cells, key=lambda c: c[axis])
    groups: list[list[Coord]] = [[ordered[0]]]
    last = ordered[0][axis]
    for cell in ordered[1:]:
        if cell[axis] > last + 1:
            groups.append([])
        groups[-1].append(cell)
        last = cell[axis]
    return groups
