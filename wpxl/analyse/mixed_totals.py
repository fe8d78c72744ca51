"""A total adding up lines of different measures, said as what it is when it is refused.

'Office | Referrals | Job starts | Job outcomes | Total', the Total each office's sum of all
three: no measure names it, and the refusal asked the analyst to name its measure in the title
or the headers, which no words can do: it counts referrals, starts and outcomes together (and,
rounded beside the rounded referrals and starts, it gives the outcomes back). The refusal says
so now, and what to do.
"""

from __future__ import annotations

from wpxl.errors import AnalysisError
from wpxl.model import Coord, Measure, Table
from wpxl.model.sheetref import a1


def mixed_total(table: Table, sheet: str, coord: Coord) -> AnalysisError | None:
    """The refusal of the total at ``coord`` if its parts in the table count two measures or
    more; None if not so (another reason leaves it unnamed)."""
    measures: list[Measure] = []
    for part_sheet, row, col in table.totals.get(coord, ()):
        measure = table.measure_of((row, col)) if part_sheet == sheet else Measure.UNKNOWN
        if measure is not Measure.UNKNOWN and measure not in measures:
            measures.append(measure)
    if len(measures) < 2:
        return None
    named = [m.value for m in measures]
    added = f"{', '.join(named[:-1])} and {named[-1]}"
    return AnalysisError(
        f"sheet '{sheet}', table {table.index} (cell {a1(*coord)}): a total adding up "
        f"{added} together counts no one measure. Remove it, or total each measure on its "
        "own, and try again"
    )
