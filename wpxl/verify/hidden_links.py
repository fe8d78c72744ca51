"""The proof's own reading of figures read from a hidden sheet's outcome figures.

wpxl.read reads a formula reading a hidden sheet as the value it showed, and keeps the formula
aside (``Sheet.hidden_links``). Its own words may name nothing ('This month', 'Achieved') in
a table of job starts while the figure it reads, on a hidden 'JO' sheet, is a job outcome: the
proof reads each such formula's references (a cell, a range summed, whole columns looked up
in, a defined name over one, the whole sheet an OFFSET starts on) and the hidden sheet's words
itself (wpxl.verify.outcomes), never the analyse stage's reading, and a figure reading any
outcome figure there is an outcome volume wherever it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wpxl.model import Sheet
from wpxl.model.lookup_columns import name_words, narrowed_lookups, reaches_past, whole_columns
from wpxl.verify.formulas import other_sheet_ranges
from wpxl.verify.measure_words import Measures
from wpxl.verify.outcomes import OutcomeContext

if TYPE_CHECKING:
    from wpxl.verify.books import SourceBook

Coord = tuple[int, int]


class HiddenOutcomes:
    """Whether an input formula reads an outcome figure of a hidden sheet, its sheets read once."""

    def __init__(self, source: SourceBook, measures: Measures) -> None:
        self._source, self._measures = source, measures
        entries = source.survey.entries
        self._hidden = {
            name.lower(): i
            for i, e in enumerate(entries)
            if e.state != "visible"
            for name in (e.name, e.shown)
        }
        self._names = {
            defined: (i, bounds)
            for i, e in enumerate(entries)
            if e.state != "visible"
            for defined, bounds in source.survey.names.get(e.name, {}).items()
        }
        self._read: dict[int, tuple[Sheet, OutcomeContext]] = {}

    def __call__(self, formula: str) -> bool:
        for index, coord in self._cells(formula):
            sheet, context = self._sheet(index)
            value = getattr(sheet.cells.get(coord), "value", None)
            figure = isinstance(value, int | float) and not isinstance(value, bool)
            if figure and context.is_outcome(coord):
                return True
        return False

    def _cells(self, formula: str) -> list[tuple[int, Coord]]:
        formula = narrowed_lookups(formula)
        cells = [
            (self._hidden[r.sheet.lower()], c)
            for r in other_sheet_ranges(formula)
            if r.sheet is not None and r.sheet.lower() in self._hidden
            for c in r.coords()
        ]
        if reaches_past(formula):  # OFFSET reaches past what it names: every cell of its sheets
            for index in {i for i, _ in cells}:
                cells += [(index, c) for c in self._sheet(index)[0].cells]
        for name, cols in whole_columns(formula):  # a lookup's JO!A:B
            index = self._hidden.get(name.lower())
            if index is not None:
                cells += [(index, c) for c in self._sheet(index)[0].cells if c[1] in cols]
        words = name_words(formula)
        for word in words & self._names.keys():
            index, (top, left, bottom, right) = self._names[word]
            cells += [(index, (r, c)) for r in range(top, bottom + 1)
                      for c in range(left, right + 1)]  # fmt: skip
        return cells

    def _sheet(self, index: int) -> tuple[Sheet, OutcomeContext]:
        if index not in self._read:
            sheet = self._source.read_again(index)
            self._read[index] = (sheet, OutcomeContext(sheet, self._measures))
        return self._read[index]
