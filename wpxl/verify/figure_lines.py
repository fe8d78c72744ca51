"""The input sheet's plain figures by line and by column, read once for a sheet pair.

A dozen readings of 'totals over totals' (``totals_of_totals``) each walked every cell of a
large sheet to gather its figures by row or by column (about 1 µs a cell, 62,500 cells a
sheet, again and again). Here the walk is made once, when first asked, and kept on the pair
(dropped with it), for the input's own cells only: a band of a sheet's columns or the sheet
turned over is read afresh each time. Each line is a dict in the sheet's cell order, as the
readings built their own: they only read it (a reading that filters makes its own dict).
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
    """Each line's figures by their place along it: lines are rows, or columns (``down``)."""
    lines: Lines = {}
    for (row, col), cell in cells.items():
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
    (asked by many readings), else read for this asking only (a band, the sheet turned)."""
    if pair.source is None or cells is not pair.source.cells:
        return FigureLines(cells)
    kept = pair.figures
    if not isinstance(kept, FigureLines) or kept.cells is not cells:
        kept = pair.figures = FigureLines(cells)
    return kept


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
