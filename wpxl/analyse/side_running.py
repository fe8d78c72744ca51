"""A running column set apart: "Referrals to date" after a blank column, a table of its own.

A sheet of months down the rows with the months' referrals, a blank spacer column, then
"Referrals to date": each cell the sum of the referrals from the first month to its own. Cut
at the blank column, the running column is a table of its own, whose cells look like counts;
rounded on their own they are the rounded original running totals, not the sums of the rounded
months beside them (guidance R5). So, once a sheet's tables are read, such a column is checked
against the table beside it, as a running column within a table is (wpxl.analyse.running_totals):
the column it runs on is that table's last whose words do not say it runs on, and the
arithmetic must hold exactly, in two or more rows that are not 0.
"""

from __future__ import annotations

from wpxl.analyse.running_totals import mark_running, running_down
from wpxl.analyse.side_totals import MAX_COLUMNS, header_name, shares_rows_beside
from wpxl.analyse.words import is_cumulative_words
from wpxl.model import Coord, Role, Sheet, Table


def running_side_columns(tables: list[Table], sheet: Sheet, roles: dict[Coord, Role]) -> None:
    """Mark each running column of a narrow table that runs on over the table to its left as
    totals over that table's cells (``roles`` and its table's ``totals`` changed in place)."""
    for table in tables:
        if not table.body_cols or len(table.body_cols) > MAX_COLUMNS:
            continue  # most tables: wider than a column or two set apart
        running = [c for c in table.body_cols if is_cumulative_words(header_name(table, c, sheet))]
        left = [t for t in tables if t.area.right < table.area.left
                and shares_rows_beside(table, t)]  # fmt: skip
        if not running or not left:
            continue
        nearest = max(left, key=lambda t: t.area.right)
        sources = [c for c in nearest.body_cols
                   if not is_cumulative_words(header_name(nearest, c, sheet))]  # fmt: skip
        if not sources:
            continue
        for col in running:
            found = running_down(table.body_rows, col, sources[-1], sheet.cells, roles)
            if found is not None:
                mark_running(table, roles, {col: found})
