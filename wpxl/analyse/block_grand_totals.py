"""A line above or under blocks each ending in its own Total that adds up those totals.

A line ('All areas | Total', or a table's last line: ``closing_lines``) over blocks stacked on a
sheet, one a council, each with its Total: typed, it was rounded on its own (the rounded
original total), so it is rebuilt over the blocks' totals. A sheet may stack a block for each
of 150 councils, so the lines named a total, and the places each table's totals already add
up, are read once a sheet, not once a line and column of every block (the square of its
blocks: 121 s for 400 blocks of 50,000 cells).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from wpxl.analyse.closing_lines import closing_line
from wpxl.analyse.places import counted_places
from wpxl.analyse.stacked_totals import mark_totals, nonzero_sums
from wpxl.analyse.values import about, as_number, exact_sum, is_text
from wpxl.analyse.words import is_total_label
from wpxl.model import Cell, Coord, Role, Table


def total_of_block_totals(
    tables: list[Table], cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> None:
    """A line named a total (or a table's last) whose figures are still counts and are, in
    every column, the sum of the highest totals of the lines named a total above it, or else
    below it (each block's own Total): a total over those. Taken in each column where the
    arithmetic holds (a source can be out in one year, as the proof reads it), when it holds in
    a place not 0: the parts are named totals, so one count column is no coincidence."""
    named = _NamedTotals(tables, cells)
    for index, table in enumerate(tables):  # 'England', a place's name, may add up two too
        closing = closing_line(table, roles) if named.count >= 2 else None
        for row in table.body_rows:
            if not (row in named.rows[index] or row == closing):
                continue
            counts = [c for c in table.body_cols if roles.get((row, c)) is Role.COUNT]
            for above in (True, False) if counts else ():
                places: dict[Coord, list[Coord]] = {}
                lines: list[tuple[int, set[Coord]]] | None = None  # listed where a sum may hold
                for c in counts:
                    if not named.may_add_up(row, above, c, roles):
                        continue  # not the sum of the highest totals there: none to list
                    lines = named.lines(row, above) if lines is None else lines
                    parts = [(r, c) for r, counted in lines if _highest((r, c), counted, roles)]
                    value, figures = cells[(row, c)].value, [cells[p].value for p in parts]
                    if len(parts) >= 2 and exact_sum(value, figures):
                        places[(row, c)] = parts
                if nonzero_sums(places, cells) >= 1:
                    mark_totals(table, places, roles)
                    named.marked(index)
                    table.total_rows.add(row)
                    break


class _NamedTotals:
    """Each table's lines named a total, and the places its totals add up (read once asked,
    which most sheets never are, and again only for a table a total is marked on)."""

    def __init__(self, tables: list[Table], cells: dict[Coord, Cell]) -> None:
        self.tables, self.cells = tables, cells
        self._columns: dict[int, tuple[list[int], list[float], list[int]]] = {}
        self.rows = [
            dict.fromkeys(r for r in t.body_rows if _names_total(t, r, cells)) for t in tables
        ]
        self.count = sum(map(len, self.rows))
        self._counted: list[set[Coord] | None] = [None] * len(tables)

    def counted(self, index: int) -> set[Coord]:
        """The places table ``index``'s totals add up: its totals change only where
        ``marked`` says, so they are read when first asked after."""
        found = self._counted[index]
        if found is None:
            found = self._counted[index] = _counted(self.tables[index])
        return found

    def marked(self, index: int) -> None:
        self._counted[index] = None
        self._columns.clear()

    def may_add_up(self, line: int, above: bool, col: int, roles: dict[Coord, Role]) -> bool:
        """Whether the line's figure in ``col`` may be the sum of the highest totals above it
        (or below it), two or more, each a figure: from running sums of them down the column,
        read once a column until a total is marked, where listing them for each line of
        each block costs the square of the blocks."""
        if col not in self._columns:
            self._columns[col] = self._running(col, roles)
        rows, sums, blanks = self._columns[col]
        at, past = bisect_left(rows, line), bisect_right(rows, line)
        total, count, missing = (
            (sums[at], at, blanks[at]) if above
            else (sums[-1] - sums[past], len(rows) - past, blanks[-1] - blanks[past])
        )  # fmt: skip
        value = as_number(self.cells[(line, col)].value)
        if count < 2 or missing or value is None:
            return False
        return about(value, total)

    def _running(
        self, col: int, roles: dict[Coord, Role]
    ) -> tuple[list[int], list[float], list[int]]:
        """The column's highest totals on lines named a total, in order, with the running sum
        of their figures and of those holding none."""
        rows = sorted(
            row
            for index, lines in enumerate(self.rows)
            for row in lines
            if _highest((row, col), self.counted(index), roles)
        )
        sums, blanks = [0.0], [0]
        for row in rows:
            value = as_number(self.cells[(row, col)].value) if (row, col) in self.cells else None
            sums.append(sums[-1] + (value or 0))
            blanks.append(blanks[-1] + (value is None))
        return rows, sums, blanks

    def lines(self, line: int, above: bool) -> list[tuple[int, set[Coord]]]:
        """The rows above ``line`` (or below it) named a total, each with what its table's
        totals add up."""
        return [
            (row, self.counted(index))
            for index, rows in enumerate(self.rows)
            for row in rows
            if (row < line) == above and row != line
        ]


def _highest(place: Coord, counted: set[Coord], roles: dict[Coord, Role]) -> bool:
    """Whether a place on a line named a total is a total that no other total of its table
    adds up: its block's grand total, not a subtotal."""
    return roles.get(place) is Role.TOTAL and place not in counted


def _counted(table: Table) -> set[Coord]:
    return counted_places(table.totals.values())


def _names_total(table: Table, row: int, cells: dict[Coord, Cell]) -> bool:
    label = cells.get((row, table.label_cols[0])) if table.label_cols else None
    return label is not None and is_text(label.value) and is_total_label(str(label.value))
