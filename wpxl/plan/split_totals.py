"""A total of the job starts over their split by whether they reached an outcome stays, rounded.

'Result' down 'Achieved' (98), 'No job outcome' (346) and 'Total job starts' (=B4+B5), or
'Office | Achieved | Not yet achieved | Total job starts': the total adds up outcome cells (the
outcomes and the rest), so it was removed with them as 'a total that adds up outcome figures'.
But it counts the job starts, a volume R1 lets be shared: rounded, it shows nothing of the
split, whose lines all leave the volume sheet (the outcomes as shares of the outcomes alone,
the rest in no share: wpxl.plan.rest_lines). With its parts gone it cannot be their SUM, so it
is written as the count it is, rounded. Only a total whose own line names the job starts, over
parts each on a line naming outcomes, is read so; any other total over outcomes still goes.
"""

from __future__ import annotations

from wpxl.model import Measure, SheetCoord, Table

_STARTS = Measure.JOB_STARTS


def totals_the_split_starts(table: Table | None, key: SheetCoord) -> bool:
    """Whether the total at ``key`` is one of job starts by its own line's words, and each of
    its parts (as the input adds them up) is on the same sheet on a line of outcomes."""
    sheet, row, col = key
    parts = () if table is None else table.totals.get((row, col), ())
    if table is None or not parts:
        return False
    if table.row_measures.get(row) is _STARTS:  # a total row: its parts down its column
        lines, at = table.row_measures, 0
        across = [(r, c) for s, r, c in parts if s == sheet and c == col]
    elif table.col_measures.get(col) is _STARTS:
        lines, at = table.col_measures, 1
        across = [(r, c) for s, r, c in parts if s == sheet and r == row]
    else:
        return False
    if len(across) != len(parts):
        return False
    return all((m := lines.get(part[at])) is not None and m.is_outcome for part in across)
