"""A share of a column (or line) with no total line, rebuilt over the rounded cells.

Job starts by payment group with no Total line, and beside them '% of total', typed (0.319 for
37 of 116) or written as =B4/SUM(B$4:B$7): removed as a rate wpxl cannot work out, since a
share of the total was only looked for over a total line. Each share is its line's count over
the sum of the one run of counts of its column (every line of the table's body a count there,
one after another): where the shares' words name a share (``total_shares.share_words``) and
exactly one column of counts gives every typed value to its typed precision, or the formula
divides a cell of the run by the SUM of that whole run, the share is rebuilt as
=B5/SUM(B5:B8) over the copy's rounded cells (``Table.share_sums``). A sum over other cells, or
over a run with a total, a blank or a note in it, is not such a share and is removed as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wpxl.analyse.formulas import parse_ref
from wpxl.model import Cell, Coord, Role, Table

Shares = list[tuple[Coord, float]]
_OVER_SUM = re.compile(r"^=?\s*(\$?[A-Z]{1,3}\$?\d+)\s*/\s*SUM\(\s*([^():,]+:[^():,]+)\s*\)\s*$")


def count_run(table: Table, roles: dict[Coord, Role], col: int) -> tuple[Coord, Coord] | None:
    """The first and last of the one unbroken run of counts down ``col`` covering every line of
    the table's body (no total line among them), or None."""
    rows = table.body_rows
    if not rows or rows != list(range(rows[0], rows[-1] + 1)):
        return None
    if any(roles.get((row, col)) is not Role.COUNT for row in rows):
        return None
    return (rows[0], col), (rows[-1], col)


def typed_shares_of_sums(
    table: Table,
    lines: dict[int, Shares],
    roles: dict[Coord, Role],
    others: Callable[[int], list[int]],
    figure: Callable[[Coord], float | None],
    tolerance: Callable[[float], float],
) -> None:
    """``table.share_sums`` for each column of typed shares (``lines``: by column, those its
    words name shares of a total) none of whose counts has a total line (see the doc);
    ``others`` gives the columns of counts a share column may divide."""
    for col, shares in lines.items():
        if any(coord in table.ratios or coord in table.share_sums for coord, _ in shares):
            continue
        found = []
        for other in others(col):
            run = count_run(table, roles, other)
            if run is None:
                continue
            figures = [figure((row, other)) for row in range(run[0][0], run[1][0] + 1)]
            whole = sum(f for f in figures if f is not None)
            if not whole or None in figures:
                continue
            if all(
                abs((figure((c[0], other)) or 0) / whole - v) <= tolerance(v) for c, v in shares
            ):
                found.append({c: ((c[0], other), *run) for c, _ in shares})
        if len(found) == 1:
            table.share_sums.update(found[0])


def formula_shares_of_sums(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> None:
    """``table.share_sums`` for each rate written as a cell over the SUM of the one run of
    counts of its column holding that cell (=B4/SUM(B$4:B$7), see the doc)."""
    derived = Role.DERIVED  # named once: each naming of an enum member is a class look-up
    if derived not in roles.values():  # most sheets hold no rate: one pass in C a table
        return
    for coord, role in roles.items():
        if role is not derived:
            continue
        cell = cells.get(coord)
        if cell is None or cell.formula is None:
            continue
        if coord in table.ratios or coord not in table.area:
            continue
        match = _OVER_SUM.match(cell.formula)
        num = parse_ref(match[1]) if match else None
        summed = parse_ref(match[2]) if match else None
        if num is None or summed is None or num.sheet or summed.sheet:
            continue
        run = count_run(table, roles, summed.left)
        at = (num.top, num.left)
        if (
            run is None
            or (summed.top, summed.left) != run[0]
            or (summed.bottom, summed.right) != run[1]
        ):
            continue
        if num.top == num.bottom and num.left == summed.left and run[0][0] <= at[0] <= run[1][0]:
            table.share_sums[coord] = (at, *run)
