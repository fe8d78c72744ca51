"""A line named by its group alone that heads the group's totals: 'North' over its districts.

A table by region, district and office heads each region's block with its line, named 'North'
(no total word, told apart only by its bold), then gives each district's offices and the
district's total under them. The trees of totals read the districts (their offices are a run
next to them) and 'All regions' at the foot, but not 'North': the lines it adds up, the
district totals, are not a run next to it. Rounded on its own it showed 520 beside districts
of 200 and 340 (guidance R5). A line of counts, every one of which is, to the last digit, the
sum of the highest totals of the lines under it (those no other total under it adds up), up
to the first line neither a total nor added up by one there, in two or more places not 0, is
a total over them. An office line is added up by the next total under it (its district's);
the next region's line is not, and ends the block. Read after the trees, column by column.

MoJ's sexes by ethnicity end each sex's groups with lines no group holds ('Unrecorded', 'Not
stated'), which the sex's line adds up too: where the totals alone fall short, the head adds
up as few of the lines of counts after them as make the sum, to the last digit (the next
sex's line among them never does: it is the sum of the lines after it).
"""

from __future__ import annotations

from wpxl.analyse.header_repeats import empty
from wpxl.analyse.values import as_number, exact_sum
from wpxl.model import Cell, Coord, Role, Table

MIN_MATCHES = 2
MIN_PARTS = 2
TAIL = 3  # the most lines of counts after the totals a head may add up too


def total_named_heads(table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]) -> None:
    """Mark each line heading the totals under it as a total over them (see the doc), in place."""
    rows = table.body_rows
    following: dict[int, list[int | None]] = {}  # a column's next total line, from each line
    for at, head in enumerate(rows):
        col = next((c for c in table.body_cols if roles.get((head, c)) is Role.COUNT), None)
        if col is None:
            continue
        if col not in following:
            following[col] = _next_totals(rows, col, roles)
        first = following[col][at + 1] if at + 1 < len(rows) else None
        if first is None or not _all_under(table, head, (rows[first], col)):
            continue  # most lines: the next total under them adds up lines above them
        totals, tail = _highest_totals(table, head, at + 1, (col, cells), roles, following[col])
        if len(totals) < MIN_PARTS:
            continue
        readings = []  # the lines after them it adds up too: where most columns add up
        for end in range(len(tail) + 1):  # (a line of 0s there, 'Not stated', counted too)
            parts = totals + tail[:end]
            found = {
                (head, c): [(r, c) for r in parts]
                for c in table.body_cols
                if roles.get((head, c)) is Role.COUNT and _adds_up(head, parts, c, cells)
            }
            readings.append(found)
        found = max(readings, key=len)  # the first of the most: as few lines as add up
        if sum(as_number(cells[p].value) != 0 for p in found) >= MIN_MATCHES:
            for coord, places in found.items():
                roles[coord] = Role.TOTAL
                table.totals[coord] = tuple((table.sheet, *p) for p in places)


def _next_totals(rows: list[int], col: int, roles: dict[Coord, Role]) -> list[int | None]:
    following: list[int | None] = [None] * len(rows)
    nearest = None
    for at in range(len(rows) - 1, -1, -1):
        nearest = at if roles.get((rows[at], col)) is Role.TOTAL else nearest
        following[at] = nearest
    return following


def _all_under(table: Table, head: int, total: Coord) -> bool:
    return all(r > head for _, r, _ in table.totals.get(total, ()))


def _highest_totals(
    table: Table,
    head: int,
    start: int,
    column: tuple[int, dict[Coord, Cell]],
    roles: dict[Coord, Role],
    following: list[int | None],
) -> tuple[list[int], list[int]]:
    """The total lines under the head, up to the first line neither a total of lines under
    the head nor added up by the next total, that no other total among them adds up; and the
    lines of counts from that one on (``TAIL`` at most: a group's 'Unrecorded' and 'Not
    stated', no total's, or the next region's line and its first lines). A line blank in the
    column is passed over, as the proof reads lines holding figures only (MoJ's 'Males' a
    blank line over its groups' totals)."""
    rows = table.body_rows
    col, cells = column
    run: list[int] = []
    counted: set[int] = set()
    tail: list[int] = []
    for at in range(start, len(rows)):
        row = rows[at]
        if empty(cells.get((row, col))):
            continue
        role = roles.get((row, col))
        if row in counted and not tail:
            continue  # a line a total over it adds up ('Pakistani' under 'Asian or Asian British')
        if tail or role is not Role.TOTAL or not _all_under(table, head, (row, col)):
            nearest = following[at + 1] if at + 1 < len(rows) else None
            total = (rows[nearest], col) if nearest is not None else None
            if role is not Role.COUNT or len(tail) == TAIL:
                break
            if tail or total is None or (table.sheet, row, col) not in table.totals.get(total, ()):
                tail.append(row)  # the next total does not add it up: no region's line
            continue
        run.append(row)
        counted.update(r for _, r, c in table.totals.get((row, col), ()) if c == col)
    return [r for r in run if r not in counted], tail


def _adds_up(head: int, parts: list[int], col: int, cells: dict[Coord, Cell]) -> bool:
    value = cells[(head, col)].value
    figures = [cells[(r, col)].value if (r, col) in cells else None for r in parts]
    return bool(exact_sum(value, figures))
