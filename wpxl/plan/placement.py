"""Where each carried input cell lands in the output: below the banner, hidden lines closed up."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from wpxl.model import Coord, Sheet, SheetCoord
from wpxl.model.layout import BANNER_ROWS, reopened_line


class Placement:
    def __init__(self, sheet: Sheet, output_name: str) -> None:
        self.output_name = output_name
        self._hidden_rows = sorted(sheet.hidden_rows)
        self._hidden_cols = sorted(sheet.hidden_cols)
        self.plain = not self._hidden_rows and not self._hidden_cols
        self.hides_cols = bool(self._hidden_cols)
        self._rows: dict[int, int] = {}  # one output row number a row: not one int a cell

    def row(self, row: int) -> int:
        if not self._hidden_rows:
            return BANNER_ROWS + row
        return BANNER_ROWS + row - bisect_left(self._hidden_rows, row)

    def col(self, col: int) -> int:
        return col - bisect_left(self._hidden_cols, col) if self._hidden_cols else col

    def __call__(self, coord: Coord) -> Coord:
        row = self._rows.get(coord[0])
        if row is None:
            row = self._rows[coord[0]] = self.row(coord[0])
        if self.plain:  # most sheets hide nothing: every cell moves down by the banner
            return row, coord[1]
        return row, self.col(coord[1])

    def parts(self, run: Iterable[SheetCoord]) -> list[tuple[str, int, int]]:
        """Where a total's parts on this sheet land, named by the output sheet: a total may
        have thousands, so the plain case is one comprehension."""
        name = self.output_name
        if self.plain:
            return [(name, BANNER_ROWS + row, col) for _, row, col in run]
        return [(name, self.row(row), self.col(col)) for _, row, col in run]

    def source(self, coord: Coord) -> Coord:
        """The input cell a carried cell came from: what a removal names, for the analyst to
        find in their own workbook."""
        row = reopened_line(coord[0] - BANNER_ROWS, self._hidden_rows)
        return row, reopened_line(coord[1], self._hidden_cols)
