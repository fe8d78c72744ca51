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

MoJ's sexes by offence or ethnicity set each group's total over its lines, a group of one line
among them ('Robbery') and lines no group holds at the end ('Unrecorded', 'Not stated'),
which the sex's line adds up too: the head adds up as many of the totals and those lines as
make its figure, to the last digit, a total among two lines at least (where most columns do,
the fewest). The next sex's line among them never does: it is the sum of the lines after it.
"""

from __future__ import annotations

from wpxl.analyse.header_repeats import empty
from wpxl.analyse.values import as_number, exact_sum
from wpxl.model import Cell, Coord, Role, Table

MIN_MATCHES = 2
MIN_PARTS = 2
ITEMS = 30  # the most lines under a head it is read to add up


def total_named_heads(table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]) -> None:
    """Mark each line heading the totals under it as a total over them (see the doc), in place."""
    rows = table.body_rows
    following: dict[int, list[int | None]] = {}  # a column's next total line, from each line
    ends = _Ends(table)
    for at, head in enumerate(rows):
        col = next((c for c in table.body_cols if roles.get((head, c)) is Role.COUNT), None)
        if col is None:
            continue
        if col not in following:
            following[col] = _next_totals(rows, col, roles)
        first = following[col][at + 1] if at + 1 < len(rows) else None
        if first is None or not ends.one_side(head, (rows[first], col)):
            continue  # most lines: the next total under them adds them up
        items = _lines_under(ends, head, at + 1, (col, cells), roles, following[col])
        readings = []  # as many of them as add up: where most columns do, the fewest lines
        counted: set[int] = set()
        width = sum(bool(as_number(cells[(head, c)].value)) for c in table.body_cols
                    if roles.get((head, c)) is Role.COUNT)  # fmt: skip
        for end, (_, counts) in enumerate(items, start=1):
            counted |= counts
            kept = [(row, bool(c)) for row, c in items[:end] if row not in counted]
            parts, totals = [row for row, _ in kept], sum(total for _, total in kept)
            if len(parts) < MIN_PARTS or not totals:
                continue  # a total among two lines at least: counts alone are no block
            found = {
                (head, c): [(r, c) for r in parts]
                for c in table.body_cols
                if roles.get((head, c)) is Role.COUNT and _adds_up(head, parts, c, cells)
            }
            matches = sum(as_number(cells[p].value) != 0 for p in found)
            if totals >= MIN_PARTS or 2 * matches > width:  # one total: most columns agree
                readings.append(found)
        found = max(readings, key=len, default={})
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


class _Ends(dict[Coord, tuple[int, int]]):
    """The first and last lines each total of a table adds up, read once asked: a grand total
    over thousands of lines is asked of every line over it."""

    def __init__(self, table: Table) -> None:
        super().__init__()
        self.table = table

    def __missing__(self, total: Coord) -> tuple[int, int]:
        rows = [r for _, r, _ in self.table.totals.get(total, ())]
        ends = self[total] = (min(rows), max(rows)) if rows else (1 << 30, -1)
        return ends

    def one_side(self, head: int, total: Coord) -> bool:
        """Whether ``total`` adds up lines under the head only, or above it only (a 'Persons'
        block after the sexes': its lines add up theirs), not the head or lines either side."""
        first, last = self[total]
        return first > head or last < head


def _lines_under(
    ends: _Ends,
    head: int,
    start: int,
    column: tuple[int, dict[Coord, Cell]],
    roles: dict[Coord, Role],
    following: list[int | None],
) -> list[tuple[int, frozenset[int]]]:
    """The lines under the head it may add up, in order (``ITEMS`` at most), each with the
    lines of the column it adds up (none for a count): each total of lines under the head
    (or above it only: 'Persons' after the sexes, its lines theirs), and each count no total
    adds up (a group of one line, 'Robbery', among groups with their totals, or 'Unrecorded'
    after them), up to a line that is neither. A line a total among them adds up
    ('Pakistani' under 'Asian or Asian British') is passed over, as is one the next total
    adds up (an office's, under it its district's total), and a line blank in the column, as
    the proof reads lines holding figures only (MoJ's 'Males' a blank line over its groups'
    totals)."""
    table = ends.table
    rows = table.body_rows
    col, cells = column
    items: list[tuple[int, frozenset[int]]] = []
    counted: set[int] = set()
    for at in range(start, len(rows)):
        row = rows[at]
        if empty(cells.get((row, col))) or row in counted:
            continue
        role = roles.get((row, col))
        if role is Role.TOTAL and ends.one_side(head, (row, col)):
            counts = frozenset(r for _, r, c in table.totals.get((row, col), ()) if c == col)
            items.append((row, counts))
            counted |= counts
        elif role is Role.COUNT:
            nearest = following[at + 1] if at + 1 < len(rows) else None
            total = (rows[nearest], col) if nearest is not None else None
            if total is not None and (table.sheet, row, col) in table.totals.get(total, ()):
                continue
            items.append((row, frozenset()))
        else:
            break
        if len(items) == ITEMS:
            break
    return items


def _adds_up(head: int, parts: list[int], col: int, cells: dict[Coord, Cell]) -> bool:
    value = cells[(head, col)].value
    figures = [cells[(r, col)].value if (r, col) in cells else None for r in parts]
    return bool(exact_sum(value, figures))
