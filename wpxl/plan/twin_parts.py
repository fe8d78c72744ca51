"""A group of one shown once on a percentage sheet: a pivot's '(blank)' region over its one
'(blank)' authority.

The two lines hold the same figures under the same name, the first a total over the second
alone: on a sheet of shares they would read '(blank) 18 %', '(blank) 18 %', two lines a reader
cannot tell apart (the proof refuses such lines: which share is whose?). The part is left off
the sheet; the total's share is the group's, and the base still counts the part once.
"""

from __future__ import annotations

from wpxl.model import Coord, SheetAnalysis, Table
from wpxl.plan.percent_sections import line_label


def without_twin_parts(cells: list[Coord], table: Table, analysis: SheetAnalysis) -> list[Coord]:
    """``cells`` less each one a total of its column adds up alone, on a line named as the
    total's line is (``line_label``: as the shares sheet's check of repeated names reads it)."""
    sheet = analysis.sheet
    twins = {
        (row, col)
        for (at, col), parts in table.totals.items()
        if len(parts) == 1 and parts[0][0] == sheet.name and parts[0][2] == col
        for _, row, _ in parts
        if row != at and line_label(table, analysis, row) == line_label(table, analysis, at)
    }
    return [cell for cell in cells if cell not in twins] if twins else cells
