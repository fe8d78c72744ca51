"""A block of running totals stacked under the block it runs on: "Referrals to date" under
"Referrals by month".

A pack shows a month's figures in one block and, under it, the same lines from the start of the
year ("Cumulative", "Year to date") in a block of their own, titled so: each cell the sum of
the same column's cells of the block above, from its first line to the line of the same label.
Read on its own the second block looks like counts; rounded on their own they are the rounded
original running totals, not the sums of the rounded months above (guidance R5). So, once a
sheet's tables are read, such a block is checked against the nearest block above holding its
columns and, line by line, its labels, and where the arithmetic holds exactly (in two or more
lines that are not 0, as a running column within a table: wpxl.analyse.running_totals), each of
its cells is rebuilt over the cells above.
"""

from __future__ import annotations

from wpxl.analyse.running_totals import mark_running, running_over
from wpxl.analyse.words import is_cumulative_words
from wpxl.model import Cell, Coord, Role, Sheet, Table


def running_blocks(tables: list[Table], sheet: Sheet, roles: dict[Coord, Role]) -> None:
    """Mark each block titled as running on whose columns run on over the block above as totals
    over its cells (``roles`` and the block's ``totals`` changed in place)."""
    for table in tables:
        if not is_cumulative_words(table.title or ""):
            continue  # most tables
        above = [t for t in tables if t.area.bottom < table.area.top
                 and set(table.body_cols) <= set(t.body_cols)]  # fmt: skip
        if not above:
            continue
        block = max(above, key=lambda t: t.area.bottom)
        lines = _same_lines(table, block, sheet.cells)
        if lines is None:
            continue
        for col in table.body_cols:
            here = [(row, col) for row, _ in lines]
            found = running_over(here, [(row, col) for _, row in lines], sheet.cells, roles)
            if found is not None:
                mark_running(table, roles, {col: found})


def _same_lines(
    table: Table, block: Table, cells: dict[Coord, Cell]
) -> list[tuple[int, int]] | None:
    """Each line of ``table`` with the line of ``block`` its label names, in the same order;
    None when a line's label is not there, or the order differs."""
    theirs = {label: row for row in block.body_rows if (label := _label(block, row, cells))}
    lines = []
    for row in table.body_rows:
        other = theirs.get(_label(table, row, cells))
        if other is None or (lines and other <= lines[-1][1]):
            return None
        lines.append((row, other))
    return lines or None


def _label(table: Table, row: int, cells: dict[Coord, Cell]) -> str:
    texts = [cells[(row, col)].value for col in table.label_cols if (row, col) in cells]
    return " ".join(" ".join(str(t).split()).casefold() for t in texts if t not in (None, ""))
