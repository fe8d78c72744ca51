"""The proof's own reading of figures read from a hidden sheet's outcome figures.

wpxl.read reads a formula reading a hidden sheet as the value it showed, and keeps the formula
aside (``Sheet.hidden_links``). Its own words may name nothing ('This month', 'Achieved') in
a table of job starts while the figure it reads, on a hidden 'JO' sheet, is a job outcome: the
proof reads each such formula's references (a cell, a range summed, whole columns looked up
in, a defined name over one, the whole sheet an OFFSET starts on) and the hidden sheet's words
itself (wpxl.verify.outcomes), never the analyse stage's reading, and a figure reading any
outcome figure there is an outcome volume wherever it is shown.

A hidden cell that is itself a formula ('=Outcomes!B4' on a hidden 'Link' sheet of bare
references, or '=Calc!B4' reading another hidden sheet) passes on what it reads: the proof
follows it there, on hidden and visible sheets alike, until an outcome figure or no further
formula is found, each cell once. So does a cell of a hidden line ('=Z4' beside the job starts,
Z a hidden working column of '=Outcomes!B4'), and a figure read straight from another sheet's
outcome figure ('=Outcomes!B4' under 'Results') is one too (``reads_on``). So does a cell its
look hides (white, 1-point, ';;;', under a merge: ``Sheet.unseen_formulas``), which wpxl.read
does not carry as a cell but keeps the formula of: column Z of a white '=Outcomes!B4' read by
'=Z4', or a 'Workings' sheet of ';;;' links read by '=Workings!B4'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wpxl.model import Cell, Sheet
from wpxl.model.lookup_columns import name_words, narrowed_lookups, reaches_past, whole_columns
from wpxl.verify.formulas import formula_ranges, other_sheet_ranges
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
        self._sheets = {
            name.lower(): i for i, e in enumerate(entries) for name in (e.name, e.shown)
        }
        self._hidden_indices = set(self._hidden.values())
        self._read: dict[int, tuple[Sheet, OutcomeContext]] = {}
        self._followed: dict[tuple[int, Coord], bool] = {}
        # visible sheets' figures asked, by the sheet read (a regrouping of one shares its name)
        self._figures: dict[tuple[int, Coord], bool] = {}

    def __call__(self, formula: str) -> bool:
        return any(self._outcome_at(index, coord) for index, coord in self._cells(formula))

    def reads_on(self, formula: str) -> bool:
        """Whether a formula of a visible sheet reads an outcome figure of another sheet, hidden
        or visible, or a cell not carried that reads one on."""
        return self._reads(formula, None)

    def reads_outcomes_on(self, sheet: Sheet) -> bool:
        """Whether any figure of a visible sheet reads another sheet's outcome figure (most
        sheets' formulas name no other sheet)."""
        unseen = bool(sheet.unseen_formulas)  # '=Z4', Z4 a white link: asked too
        return any(
            self.figure_reads_on(sheet, coord)
            for coord, cell in sheet.cells.items()
            if cell.formula and (unseen or "!" in cell.formula)
        )

    def figure_reads_on(self, sheet: Sheet, coord: Coord) -> bool:
        """Whether a figure of a visible sheet reads another sheet's outcome figure, itself or
        through cells of its sheet's hidden lines ('=Z4', Z a hidden column of '=Outcomes!B4'),
        each followed once."""
        key = (id(sheet), coord)
        if key in self._figures:
            return self._figures[key]
        self._figures[key] = False  # a loop of formulas finds nothing
        cell = sheet.cells.get(coord)
        formula = (
            getattr(cell, "formula", None)
            or sheet.hidden_links.get(coord)
            or sheet.unseen_formulas.get(coord)
        )
        ranges = formula_ranges(formula) if formula else []
        found = any(r.sheet is not None for r in ranges) and self.reads_on(formula or "")
        rows, cols, unseen = sheet.hidden_rows, sheet.hidden_cols, sheet.unseen_formulas
        if not found and (rows or cols or unseen):
            here = [c for r in ranges if r.sheet is None for c in r.coords()]
            found = any(
                self.figure_reads_on(sheet, at)
                for at in here
                if at[0] in rows or at[1] in cols or at in unseen
            )
        self._figures[key] = found
        return found

    def _outcome_at(self, index: int, coord: Coord) -> bool:
        """Whether the cell is an outcome figure, or a formula reading one on (each cell once;
        a loop of formulas finds nothing)."""
        if (index, coord) in self._followed:
            return self._followed[(index, coord)]
        self._followed[(index, coord)] = False
        sheet, context = self._sheet(index)
        cell = sheet.cells.get(coord)
        found = _figure(cell) and context.is_outcome(coord)
        formula = (
            sheet.hidden_links.get(coord)
            or sheet.unseen_formulas.get(coord)
            or getattr(cell, "formula", None)
        )
        unseen = (
            not sheet.visible
            or coord[0] in sheet.hidden_rows
            or coord[1] in sheet.hidden_cols
            or coord in sheet.unseen_formulas
        )
        if not found and formula and unseen:
            found = self._reads(formula, index)
        self._followed[(index, coord)] = found
        return found

    def _reads(self, formula: str, home: int | None) -> bool:
        """Whether a formula (of sheet ``home``; None: its own sheet's cells are not asked)
        reads an outcome figure: on a hidden sheet, any cell ``_cells`` finds, one outcome among
        them enough; on a visible sheet, a range whose figures are all outcomes
        ('=Outcomes!B4'): a lookup into starts and outcomes (INDEX(Data!B4:C7, ..., 1)) may
        read the starts, which are shown as starts."""
        anywhere, wholly = self._cells(formula), []
        for r in formula_ranges(narrowed_lookups(formula)):
            index = home if r.sheet is None else self._sheets.get(r.sheet.lower())
            if index is None:
                continue
            if index not in self._hidden_indices:
                read = self._sheet(index)[0]
                cells, unseen = read.cells, read.unseen_formulas
                wholly.append(
                    [(index, c) for c in r.coords() if c in unseen or _figure(cells.get(c))]
                )
            elif r.sheet is None:
                anywhere += [(index, c) for c in r.coords()]
        return any(self._outcome_at(i, c) for i, c in anywhere) or any(
            all(self._outcome_at(i, c) for i, c in cells) for cells in wholly if cells
        )

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


def _figure(cell: Cell | None) -> bool:
    """Whether the cell holds a number (a figure), not words or a blank."""
    value = getattr(cell, "value", None)
    return isinstance(value, int | float) and not isinstance(value, bool)
