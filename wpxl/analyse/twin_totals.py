"""A line of figures typed as a copy of the total line beside it: the same total, twice.

A quarter's report gives each payment group its months, a 'Quarter total' and a 'Year to
date': in the first quarter the year to date is the quarter, figure for figure. The trees of
totals read the quarter as the sum of its months and find nothing left for the year to date to
add up (the months are taken), so it stayed a count: rounded on its own, it showed 580 beside a
quarter of 600 made of the rounded months (guidance R5). A line whose every figure is, to the
last digit, the figure of the total line next to it (before or after it), or else of another
total line of its table (a 'Total' column first, the year to date last), in two or more places
not 0, is that total again, and is rebuilt over it. Read after the trees, on both axes.
"""

from __future__ import annotations

from wpxl.analyse.values import as_number
from wpxl.model import Cell, Coord, Role, Table

MIN_MATCHES = 2


def total_twins(table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]) -> None:
    """Mark each line of counts that copies the total line next to it as totals over that
    line's cells (``roles``, the table's ``totals`` and its total lines, in place)."""
    for across in (False, True):
        lines = table.body_rows if across else table.body_cols
        totals = _TotalsByFigure(table, across, cells)
        for at, line in enumerate(lines):
            near = lines[max(at - 1, 0) : at] + lines[at + 1 : at + 2]
            first = _first_count(table, line, across, cells, roles)
            if first is None:
                continue  # no count to copy a total: no twin would do
            for twin in near + [t for t in totals.holding(*first) if t not in near and t != line]:
                found = _copies(table, line, twin, across, cells, roles)
                if found:
                    for coord, part in found.items():
                        roles[coord] = Role.TOTAL
                        table.totals[coord] = ((table.sheet, *part),)
                    (table.total_rows if across else table.total_cols).add(line)
                    break


def _copies(
    table: Table,
    line: int,
    twin: int,
    across: bool,
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
) -> dict[Coord, Coord]:
    """Each count of ``line`` with the total of ``twin`` at its place, when every figure of
    ``line`` is a count equal to a total there, two or more of them not 0; else nothing."""
    found: dict[Coord, Coord] = {}
    matches = 0
    for place in table.body_cols if across else table.body_rows:
        coord, part = ((line, place), (twin, place)) if across else ((place, line), (place, twin))
        value = as_number(cells[coord].value) if coord in cells else None
        if value is None or roles.get(coord) is Role.TOTAL:
            continue  # its own Total row's cell adds up its figures already
        if roles.get(coord) is not Role.COUNT or roles.get(part) is not Role.TOTAL:
            return {}
        if as_number(cells[part].value) != value or coord in _parts(table, part):
            return {}  # not a copy, or a line it adds up (an office under its total, or under
            # a line over that total alone: its twin would add itself up)
        found[coord] = part
        matches += value != 0
    return found if matches >= MIN_MATCHES else {}


def _first_count(
    table: Table, line: int, across: bool, cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> tuple[int, float] | None:
    """The first place along ``line`` that ``_copies`` compares, and its figure: a total line
    copied there holds the same figure."""
    for place in table.body_cols if across else table.body_rows:
        coord = (line, place) if across else (place, line)
        value = as_number(cells[coord].value) if coord in cells else None
        if value is not None and roles.get(coord) is not Role.TOTAL:
            return place, value
    return None


class _TotalsByFigure:
    """The table's total lines by their figure at a place, so a line is compared only with
    those holding its first figure there (against every total line, a table of 800 subtotals
    and 7,200 lines took a minute). Read again as lines become totals."""

    def __init__(self, table: Table, across: bool, cells: dict[Coord, Cell]) -> None:
        self._table, self._across, self._cells = table, across, cells
        self._by_place: dict[int, dict[float, list[int]]] = {}
        self._known = 0

    def holding(self, place: int, value: float) -> list[int]:
        """The total lines, in order, whose figure at ``place`` is ``value``."""
        totals = self._table.total_rows if self._across else self._table.total_cols
        if len(totals) != self._known:  # lines only ever become totals
            self._by_place, self._known = {}, len(totals)
        index = self._by_place.get(place)
        if index is None:
            index = self._by_place[place] = {}
            for total in sorted(totals):
                coord = (total, place) if self._across else (place, total)
                cell = self._cells.get(coord)
                number = as_number(cell.value) if cell is not None else None
                if number is not None:
                    index.setdefault(number, []).append(total)
        return index.get(value, [])


def _parts(table: Table, total: Coord) -> set[Coord]:
    """Every cell the total adds up, through the totals among its parts too."""
    found: set[Coord] = set()
    waiting = [total]
    while waiting:
        for _, r, c in table.totals.get(waiting.pop(), ()):
            if (r, c) not in found:
                found.add((r, c))
                waiting.append((r, c))
    return found
