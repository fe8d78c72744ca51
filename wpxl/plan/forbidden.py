"""The workbook's figures no carried text may quote, and the numbers it keeps as they are.

Learnt a group of sheets at a time, as each is planned, so the words carried from every sheet
can be judged once the whole workbook is known (wpxl.plan.carried_words).
"""

from __future__ import annotations

from wpxl.analyse.values import as_number
from wpxl.model import Role, SheetAnalysis, Workbook
from wpxl.plan.figures import Figures


def true_totals(analyses: list[SheetAnalysis], figures: Figures, base: int) -> set[float]:
    """True totals wpxl worked out: a note quoting one must go even if no cell holds it."""
    found = set()
    for analysis in analyses:
        for table in analysis.tables:
            for coord in table.totals:
                true = figures.true((analysis.sheet.name, *coord))
                if true % base:
                    found.add(float(true))
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
