"""Running totals: a column of figures "to date" beside the figures it adds up.

"Referrals, year to date" beside "Referrals in month": each cell is the sum of the month's
figures from the first row down to its own. Rounded on its own it would not be the sum of the
rounded months the copy shows beside it, so it is rebuilt over them like any total. Taken only
when the column's words say it runs on and the arithmetic holds exactly in every row, in two or
more rows that are not 0; a cumulative outcome column is removed before this (cells.py).
"""

from __future__ import annotations

from wpxl.analyse.values import as_number
from wpxl.analyse.words import is_cumulative_words
from wpxl.model import Cell, Coord, Role, Table

MIN_MATCHES = 2


def running_totals(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role], col_words: dict[int, str]
) -> None:
    """Mark each running-total column's cells as totals over the column it runs on (the
    nearest one to its left whose words do not say it runs on)."""
    for col in table.body_cols:
        if not is_cumulative_words(col_words.get(col, "")):
            continue  # most columns
        source = next(
            (c for c in reversed(table.body_cols) if c < col
             and not is_cumulative_words(col_words.get(c, ""))),
            None,
        )  # fmt: skip
        found = None if source is None else _running(table, col, source, cells, roles)
        for coord, parts in (found or {}).items():
            roles[coord] = Role.TOTAL
            table.totals[coord] = tuple((table.sheet, *part) for part in parts)


def _running(
    table: Table, col: int, source: int, cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> dict[Coord, list[Coord]] | None:
    """Each count of ``col`` and the counts of ``source`` from the first row to its own that
    it is the sum of, or None when it is not their sum somewhere (or too seldom to tell). On a
    total row the count runs on over every count above it."""
    found: dict[Coord, list[Coord]] = {}
    parts: list[Coord] = []
    total, matches = 0.0, 0
    for row in table.body_rows:
        here, beside = (row, col), (row, source)
        counted, over = roles.get(here) is Role.COUNT, roles.get(beside)
        if over is Role.COUNT:
            parts.append(beside)
            total += as_number(cells[beside].value) or 0
        elif not counted:
            continue  # a line with no figure to run on, or a total line left blank
        elif over is not Role.TOTAL:
            return None
        if not counted or as_number(cells[here].value) != total:
            return None
        matches += total != 0
        found[here] = list(parts)
    return found if matches >= MIN_MATCHES else None
