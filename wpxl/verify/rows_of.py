"""The input's cells of a sheet by row, left to right, for the proof's readings of labels
(``label_figures``, ``year_parts``, ``extract_keys``), each row's line indexed once; and a
line's cells within its own table (``own_table``)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import itemgetter

from wpxl.model import Cell

Coord = tuple[int, int]


class RowsOf:
    """The input's cells of a row, left to right (the sheet indexed by row once).

    An object of its own, shared with YearParts, not a method of LabelFigures: a bound method
    kept by YearParts would tie the two in a reference cycle, and every sheet's cells (the
    copy's and the input's, through the pair) would wait for the cyclic garbage collector,
    which then walked them all, instead of going when the sheet is done."""

    def __init__(self, cells: dict[Coord, Cell]) -> None:
        self._cells = cells
        self._rows: dict[int, list[tuple[int, Cell]]] | None = None
        self._ahead: dict[int, list[tuple[int, Cell]]] = {}
        self._runs: dict[int, tuple[list[int], dict[int, tuple[int, int]]]] = {}
        self._filled: dict[tuple[int, int, int], set[int]] = {}  # ``filled_on``'s, by rows

    def __call__(self, row: int) -> list[tuple[int, Cell]]:
        if self._rows is None and row in self._ahead:
            return self._ahead[row]
        if self._rows is None:
            self._rows = self._index(None)
        return self._rows.get(row, [])

    def own_table(self, row: int, col: int) -> list[tuple[int, Cell]]:
        """``own_table`` of the row's line, its runs of filled columns found once a row: asked
        at each of 2,000 columns of a header row, reading the row each time was the square of
        them."""
        line = self(row)
        known = self._runs.get(row)
        if known is None:
            known = self._runs[row] = ([c for c, _ in line], _runs(line))
        cols, runs = known
        left = runs[col - 1][0] if col - 1 in runs else col
        right = runs[col + 1][1] if col + 1 in runs else col
        return line[bisect_left(cols, left) : bisect_right(cols, right)]

    def filled_on(self, rows: range) -> set[int]:
        """The columns filled on any of ``rows``: the same for every column of a table asking
        of its run of lines (each read down its whole run again)."""
        key = (rows.start, rows.stop, rows.step)
        filled = self._filled.get(key)
        if filled is None:
            filled = self._filled[key] = {c for r in rows for c, cell in self(r) if not blank(cell)}
        return filled

    def read_ahead(self, rows: set[int]) -> None:
        """Index only ``rows``: asked of a few rows (the tops of columns), a sheet of a million
        cells need not be indexed whole, which holds each of its cells once more."""
        self._ahead = self._index(rows)

    def _index(self, wanted: set[int] | None) -> dict[int, list[tuple[int, Cell]]]:
        rows: dict[int, list[tuple[int, Cell]]] = {r: [] for r in wanted} if wanted else {}
        for (r, c), cell in self._cells.items():
            if wanted is None or r in rows:
                rows.setdefault(r, []).append((c, cell))
        for line in rows.values():
            line.sort(key=itemgetter(0))
        return rows


def blank(cell: Cell) -> bool:
    """An empty cell, or one of spaces alone. A formula its program never worked out (a
    script's, no cached value) is a figure still: a region's line of such SUMs is its table's."""
    if cell.formula is not None:
        return False
    return cell.value is None or (isinstance(cell.value, str) and not cell.value.strip())


def _runs(line: list[tuple[int, Cell]]) -> dict[int, tuple[int, int]]:
    """Each filled column of a line with the first and last column of its unbroken run."""
    filled = [c for c, cell in line if not blank(cell)]
    found: dict[int, tuple[int, int]] = {}
    start = 0
    for i, c in enumerate(filled):
        if i == len(filled) - 1 or filled[i + 1] != c + 1:
            found.update(dict.fromkeys(filled[start : i + 1], (filled[start], c)))
            start = i + 1
    return found


def own_table(line: list[tuple[int, Cell]], col: int) -> list[tuple[int, Cell]]:
    """The cells of a row's line on either side of ``col`` up to a blank column: a table set
    beside another on the same rows ('CPA | 1 | 2 | 3', a blank, 'Durham | 77') heads its own
    columns, the other's figures no part of its header."""
    filled = {c for c, cell in line if not blank(cell)}
    left, right = col, col
    while left - 1 in filled:
        left -= 1
    while right + 1 in filled:
        right += 1
    return [(c, cell) for c, cell in line if left <= c <= right]


def blank_across(row_of: RowsOf, row: int, rows: range, col: int) -> bool:
    """Whether ``row`` is blank across the table holding ``col`` on ``rows``: its columns run
    either side of ``col`` up to a column blank on every one of them. A table set beside it
    ('CPA | 2010 | Total' over a blank row, beside 'CPA | Q1 2013' over its lines at once)
    fills the sheet's row, not this table's."""
    filled = row_of.filled_on(rows)
    left, right = col, col
    while left - 1 in filled:
        left -= 1
    while right + 1 in filled:
        right += 1
    return not any(left <= c <= right and not blank(cell) for c, cell in row_of(row))
