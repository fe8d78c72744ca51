"""A line the programme's words call an outcome rate whose every figure divides shared counts.

'Referrals | Job starts | Conversion rate', the rate '=C4/B4' down its column: 'conversion' is
the programme's word for job outcomes over job starts, so a line so headed beside job starts was
read as outcomes and removed as 'a rate that uses outcome figures'. But its formulas say what it
divides, and here it is job starts over referrals, both shared rounded: such a rate gives no
outcome back, and the plan rebuilds it over the rounded cells as any rate of shared counts. Only
a line every figure of which is such a quotient, each part in a line naming a shared measure,
is read so; a typed rate says nothing of what it divides, and stays an outcome rate.
"""

from __future__ import annotations

from wpxl.analyse.formulas import ratio_refs, whole_percent_refs
from wpxl.analyse.wrapped import unwrapped
from wpxl.model import Cell, Coord, Measure, Table


def divides_shared_counts(
    table: Table, cells: dict[Coord, Cell], row: int | None = None, col: int | None = None
) -> bool:
    """Whether each figure of the rate line at ``row`` (or ``col``) is a formula dividing one
    cell by another on its own line across, both in lines naming a shared measure (not an
    outcome); and one figure is."""
    if row is not None:
        line = [(row, c) for c in table.body_cols]
        measures, across, own = table.row_measures, table.body_cols, 1
    else:
        line = [(r, col) for r in table.body_rows]
        measures, across, own = table.col_measures, table.body_rows, 0
    found = False
    for coord in line:
        cell = cells.get(coord)
        if cell is None or (cell.value is None and cell.formula is None):
            continue
        formula = None if cell.formula is None else unwrapped(cell.formula)
        ratio = None if formula is None else ratio_refs(formula) or whole_percent_refs(formula)
        if ratio is None:
            return False
        for ref in ratio:
            at = (ref.top, ref.left)
            measure = measures.get(at[1 - own]) if at[own] in across else None
            if measure is None or measure is Measure.UNKNOWN or measure.is_outcome:
                return False
        found = True
    return found
