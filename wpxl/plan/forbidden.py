"""The workbook's figures no carried text may quote, and the numbers it keeps as they are.

Learnt a group of sheets at a time, as each is planned, so the words carried from every sheet
can be judged once the whole workbook is known (wpxl.plan.carried_words).
"""

from __future__ import annotations

from wpxl.analyse.values import as_number
from wpxl.model import Role, SheetAnalysis, Workbook
from wpxl.plan.figures import Figures


def true_totals(analyses: list[SheetAnalysis], figures: Figures, base: int) -> set[float]:
    """True totals wpxl worked out, and the true sums of the tables' lines of counts: a note
    quoting one must go even if no cell holds it."""
    found = set()
    for analysis in analyses:
        for table in analysis.tables:
            for coord in table.totals:
                true = figures.true((analysis.sheet.name, *coord))
                if true % base:
                    found.add(float(true))
    return found | line_sums(analyses, figures, base)


def line_sums(analyses: list[SheetAnalysis], figures: Figures, base: int) -> set[float]:
    """True sums of each table's columns and rows of counts: the totals a table need not type
    as figures. One typed as text ("Total: 1921 people", "1,921 referrals") is no total wpxl
    rebuilds, and a number shaped like a year is let off in a text unless the workbook must not
    show it (wpxl.plan.quoting): the text would quote the true total beside the rounded counts
    it adds up. Read a row at a time from the sheet's grid, the columns' sums kept as it goes:
    a walk down each column of a large sheet would miss memory's cache at every cell."""
    found: set[float] = set()
    true = figures.true_count
    for analysis in analyses:
        grid = figures.grid(analysis.sheet.name)
        for table in analysis.tables:
            cols = [c for c in table.body_cols if c not in table.total_cols]
            sums, counted = dict.fromkeys(cols, 0), dict.fromkeys(cols, 0)
            for row in table.body_rows:
                if row in table.total_rows:
                    continue
                counts = grid.row(row, cols)
                line = 0
                for col, value in counts:
                    figure = value if type(value) is int else true(value)
                    line += figure
                    sums[col] += figure
                    counted[col] += 1
                if len(counts) > 1 and line % base:
                    found.add(float(line))
            found.update(float(sums[c]) for c in cols if counted[c] > 1 and sums[c] % base)
    return found


def unrounded_numbers(book: Workbook, base: int) -> set[float]:
    """Input numbers (on every sheet, hidden ones too) that rounding would change."""
    found = set()
    for sheet in book.sheets:
        for cell in sheet.cells.values():
            value = cell.value  # most cells: a whole number, its own number (as as_number says)
            number = value if type(value) is int else as_number(value)
            if number is not None and number % base:
                found.add(float(number))
    return found


def codes(analyses: list[SheetAnalysis]) -> frozenset[float]:
    """Numbers analyse read as codes or identifiers (site codes, "01234"): kept as they are."""
    noncount = Role.NONCOUNT  # named once: each naming of an enum member is a class look-up
    return frozenset(
        float(number)
        for analysis in analyses
        for coord, role in analysis.roles.items()
        if role is noncount and (number := as_number(analysis.sheet.cells[coord].value)) is not None
    )
