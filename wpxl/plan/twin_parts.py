"""A group of one shown once on a percentage sheet: a pivot's '(blank)' region over its one
'(blank)' authority.

The two lines hold the same figures under the same name, the first a total over the second
alone: on a sheet of shares they would read '(blank) 18 %', '(blank) 18 %', two lines a reader
cannot tell apart (the proof refuses such lines: which share is whose?). The part is left off
the sheet; the total's share is the group's, and the base still counts the part once.
"""

from __future__ import annotations

from wpxl.model import Coord, SheetAnalysis, Table


def without_twin_parts(cells: list[Coord], table: Table, analysis: SheetAnalysis) -> list[Coord]:
    """``cells`` less each one a total of its column adds up alone, on a line named as the
    total's line is."""
    sheet = analysis.sheet

    def name(row: int) -> str:
        found = (sheet.cells.get((row, col)) for col in table.label_cols)
        return " ".join(str(c.value).strip() for c in found if c is not None and c.value)

    twins = {
        (row, col)
        for (at, col), parts in table.totals.items()
        if len(parts) == 1 and parts[0][0] == sheet.name and parts[0][2] == col
        for _, row, _ in parts
        if row != at and name(row) == name(at)
    }
    return [cell for cell in cells if cell not in twins] if twins else cells
