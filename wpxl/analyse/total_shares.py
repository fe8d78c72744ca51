"""A typed share of the total beside counts ('% of total', 'Share', '% of all'), rebuilt.

A column of typed shares beside job starts by payment group (0.334 beside 301 of 901) was
removed as a rate wpxl cannot work out: its header names no second measure, so no reading of
rates knew what it divides. Each share is its line's count over the count of the table's one
total line in the same column (a total line's own share is that total over itself, 100%):
where exactly one column of counts gives every typed value, to the precision it was typed
with, the share is rebuilt over the rounded cells as a formula (cell / total), as a share
typed as a formula is. A share of outcomes is removed still: the plan refuses any rate over an
outcome figure, and a header naming a measure ('Share of outcomes') is no share of the total.

The shares' own total line, a SUM of the shares ('=SUM(E4:E6)', 100%, beside the counts' total
the shares divide by), was removed as a rate wpxl cannot work out while the shares over it were
rebuilt: a sum of every share over the total on its own line is that total over itself, so it
is rebuilt as one (100% of the rounded total), as a typed total line's share is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wpxl.analyse.formulas import sum_refs
from wpxl.model import Cell, Coord, Role, Table

# a column's words naming a share of its table's total and nothing else
_SHARE = re.compile(
    r"^\s*(?:%|per\s*cent(?:age)?|percentage|share|proportion)"
    r"(?:\s+of\s+(?:the\s+)?(?:grand\s+)?(?:total|all))?\s*(?:\(%\)|%)?\s*$",
    re.IGNORECASE,
)
_COUNTED = (Role.COUNT, Role.TOTAL)


def total_shares(
    table: Table,
    typed: list[tuple[Coord, float]],
    roles: dict[Coord, Role],
    col_words: dict[int, str],
    figure: Callable[[Coord], float | None],
    tolerance: Callable[[float], float],
) -> None:
    """``table.ratios`` for each typed share of a column of shares of the total, where one
    column of counts explains every one of them (see the doc)."""
    by_col: dict[int, list[tuple[Coord, float]]] = {}
    for coord, value in typed:
        if coord not in table.ratios and _SHARE.match(col_words.get(coord[1], "")):
            by_col.setdefault(coord[1], []).append((coord, value))
    for col, shares in by_col.items():
        found = [
            pairs
            for other in table.body_cols
            if other != col
            and (pairs := _over_total(shares, other, table, roles, figure, tolerance))
        ]
        if len(found) == 1:
            table.ratios.update(found[0])


def _over_total(
    shares: list[tuple[Coord, float]],
    col: int,
    table: Table,
    roles: dict[Coord, Role],
    figure: Callable[[Coord], float | None],
    tolerance: Callable[[float], float],
) -> dict[Coord, tuple[Coord, Coord]] | None:
    """Each share as its line's figure in ``col`` over the column's one total line, if every
    one is so to its typed precision; else None."""
    totals = [row for row in table.body_rows if roles.get((row, col)) is Role.TOTAL]
    if len(totals) != 1:
        return None
    den = (totals[0], col)
    bottom = figure(den)
    if not bottom:
        return None
    pairs = {}
    for coord, value in shares:
        num = (coord[0], col)
        top = figure(num) if roles.get(num) in _COUNTED else None
        if top is None or abs(top / bottom - value) > tolerance(value):
            return None
        pairs[coord] = (num, den)
    return pairs


def summed_shares(table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]) -> None:
    """``table.ratios`` for each sum of shares that adds up every share of a column over the
    count total on the sum's own line: that total over itself (see the doc)."""
    for coord in [c for c, role in roles.items() if role is Role.DERIVED]:
        cell = cells.get(coord)
        if coord in table.ratios or cell is None or cell.formula is None:
            continue
        refs = sum_refs(cell.formula.lstrip("="))
        parts = {c for ref in refs or () if ref.sheet is None for c in ref.coords()}
        dens = {table.ratios[c][1] for c in parts if c in table.ratios}
        if (
            not parts
            or len(dens) != 1
            or not all(c in table.ratios or c not in cells for c in parts)
        ):
            continue
        (den,) = dens
        every = {c for c, (_, d) in table.ratios.items() if d == den and c[1] == coord[1]}
        if den[0] == coord[0] and roles.get(den) is Role.TOTAL and every <= parts:
            table.ratios[coord] = (den, den)
