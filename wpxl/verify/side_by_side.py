"""Tables set side by side on a sheet, parted by blank columns, as the proof reads them apart.

The proof's readings of lines take each row's first words for its label. Where two tables
stand side by side, a row's first words are the left table's, and the lines of the table to
its right are read as the same lines: its region lines over their areas went unread, and rounded
on their own they were shown, verified. Each band of columns between blank columns is read
again as a sheet of its own.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

from wpxl.model import Cell

Coord = tuple[int, int]


def side_by_side(cells: dict[Coord, Cell]) -> list[dict[Coord, Cell]]:
    """The sheet's cells in bands of columns parted by blank columns, left to right; none
    where no blank column parts its tables (most sheets)."""
    used = sorted({col for (_, col), cell in cells.items() if not cell.is_empty})
    starts = [b for a, b in pairwise(used) if b - a > 1]
    if not starts:
        return []
    bands: list[dict[Coord, Cell]] = [{} for _ in range(len(starts) + 1)]
    for (row, col), cell in cells.items():
        bands[bisect_right(starts, col)][(row, col)] = cell
    return bands
