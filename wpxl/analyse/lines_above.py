"""A table's total line set above its header, a blank row between: 'All areas | 218' over
'Area | Apr 2013' and the areas' lines.

Blocks parted by blank rows are tables of their own, so the line read as a table of one line
of counts, each rounded on its own (220 where the areas below show 60 + 120 + 60), which
guidance R5 forbids; the proof refused the copy. A line alone set one or two blank rows over
a table in the same columns, each of its figures the exact sum of the counts in its column of
that table, is that table's total line, rebuilt as the SUM of those counts, where its label
names a whole ('All areas', 'Total referrals', 'Grand total') or the table's header stands
between ('Great Britain' over 'Area | 2011/12': typed, the copy showed it rounded on its own,
the sum of the rounded areas only by chance).
"""

from __future__ import annotations

import re

from wpxl.analyse.values import exact_sum
from wpxl.model import Cell, Coord, Role, Table

_WHOLE = re.compile(r"\b(?:all|total|grand\s+total|overall|in\s+total)\b", re.IGNORECASE)


def total_lines_above(
    tables: list[Table], cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> None:
    """Mark each line above a table that adds up its columns as their totals (``roles`` and
    the line's table's ``totals``, in place)."""
    for upper in tables:
        if len(upper.body_rows) != 1 or not upper.label_cols:
            continue
        row = upper.body_rows[0]
        label = " ".join(str(_value(cells, (row, c)) or "") for c in upper.label_cols)
        places = [(row, c) for c in upper.body_cols if roles.get((row, c)) is Role.COUNT]
        lower = next((t for t in tables if _just_below(upper, t)), None)
        if lower is None or not places or not (_WHOLE.search(label) or lower.header_rows):
            continue  # a line naming no whole totals a table only over its header
        parts = {place: _column(lower, place[1], roles) for place in places}
        if not parts or not all(
            len(counts) >= 2 and exact_sum(_value(cells, place), [_value(cells, c) for c in counts])
            for place, counts in parts.items()
        ):
            continue
        for place, counts in parts.items():
            roles[place] = Role.TOTAL
            upper.totals[place] = tuple((upper.sheet, *count) for count in counts)


def _just_below(upper: Table, lower: Table) -> bool:
    """Whether ``lower`` starts one or two blank rows under ``upper``, from the same column."""
    gap = lower.area.top - upper.area.bottom
    return lower is not upper and 2 <= gap <= 3 and lower.area.left == upper.area.left


def _column(table: Table, col: int, roles: dict[Coord, Role]) -> list[Coord]:
    """The counts of ``table`` in column ``col``, or, in its Total column, each line's total
    of its own counts (none where the column is not its)."""
    if col not in table.body_cols:
        return []
    counts = [(row, col) for row in table.body_rows if roles.get((row, col)) is Role.COUNT]
    return counts or [
        (row, col)
        for row in table.body_rows
        if roles.get((row, col)) is Role.TOTAL and _along((row, col), table)
    ]


def _along(place: Coord, table: Table) -> bool:
    """Whether the total at ``place`` adds up cells of its own row (a line's total)."""
    parts = table.totals.get(place, ())
    return bool(parts) and all(part[1] == place[0] for part in parts)


def _value(cells: dict[Coord, Cell], place: Coord) -> object:
    cell = cells.get(place)
    return None if cell is None else cell.value
