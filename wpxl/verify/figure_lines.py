"""The input sheet's plain figures by line and by column, read once for a sheet pair.

A dozen readings of 'totals over totals' (``totals_of_totals``) each walked every cell of a
large sheet to gather its figures by row or by column (about 1 µs a cell, 62,500 cells a
sheet, again and again). Here the walk is made once, when first asked, and kept on the pair
(let go with it, or when those readings are done: ``forget``), for the input's own cells only;
a band of a sheet's columns is read afresh each time. A reading of columns as rows reads the
figures by column (``summed_runs``), not a copy of the sheet turned over. Each line is a dict
in the sheet's cell order, as the readings built their own: they only read it (a reading that
filters makes its own dict).
"""

from __future__ import annotations

from dataclasses import dataclass

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.total_words import figure

Coord = tuple[int, int]
Lines = dict[int, dict[int, float]]


@dataclass(slots=True)
class FigureLines:
    """The figures (``figure``: a number, not a boolean) of one dict of cells."""

    cells: dict[Coord, Cell]
    _rows: Lines | None = None
    _cols: Lines | None = None

    def by_row(self) -> Lines:
        """row -> column -> figure, rows and columns in the cells' order."""
        if self._rows is None:
            self._rows = _lines(self.cells, down=False)
        return self._rows

    def by_col(self) -> Lines:
        """column -> row -> figure, columns and rows in the cells' order."""
        if self._cols is None:
            self._cols = _lines(self.cells, down=True)
        return self._cols


def _lines(cells: dict[Coord, Cell], down: bool) -> Lines:
    """Each line's figures by their place along it: lines are rows, or columns (``down``).
    A whole count's figure is one float for all the cells holding it (``shared``): a new one
    a cell held 24 bytes each, twice over (by row and by column), beside a large sheet."""
    lines: Lines = {}
    shared: dict[int, float] = {}
    for (row, col), cell in cells.items():
        count = cell.value
        if count.__class__ is int:
            value = shared.get(count)  # type: ignore[call-overload]
            if value is None:
                value = shared[count] = float(count)  # type: ignore[arg-type]
        else:
            value = figure(cell)
        if value is not None:
            key, at = (col, row) if down else (row, col)
            line = lines.get(key)
            if line is None:
                lines[key] = {at: value}
            else:
                line[at] = value
    return lines


def figure_lines(pair: SheetPair, cells: dict[Coord, Cell]) -> FigureLines:
    """The figures of ``cells``: kept on the pair when they are its input sheet's own cells
    (asked by many readings), else read for this asking only (a band of its columns)."""
    kept = pair.figures
    if pair.source is None or cells is not pair.source.cells:
        return FigureLines(cells)
    if not isinstance(kept, FigureLines) or kept.cells is not cells:
        kept = pair.figures = FigureLines(cells)
    return kept


def forget(pair: SheetPair) -> None:
    """The pair's figures let go once the readings that ask for them are done: they would stay
    beside every later check's own until the next sheet."""
    pair.figures = None


def rows_right_of(
    pair: SheetPair, cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]], rows: object
) -> Lines:
    """Each of ``rows``' figures right of its label's column (``labels``: each row's first
    words), rows holding none left out: what a reading of lines beside their labels reads."""
    found: Lines = {}
    for row, line in figure_lines(pair, cells).by_row().items():
        if row in rows:  # type: ignore[operator]
            left = labels[row][0]
            kept = {col: value for col, value in line.items() if col > left}
            if kept:
                found[row] = kept
    return found
