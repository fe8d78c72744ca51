"""The number a table's body cell shows, worked out once while its totals are read, kept in a
grid of the body (a row of numbers a body row) and read out a whole row or column at a time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial, reduce
from itertools import repeat
from operator import add, is_not
from typing import TYPE_CHECKING

from wpxl.analyse.totals import Axis
from wpxl.analyse.values import as_number, is_suppression_marker
from wpxl.model import Coord, Role, SheetCoord
from wpxl.model.parts import Parts, Run, places_of, run_places, sheets_of

if TYPE_CHECKING:
    from wpxl.analyse.roles import TableReader


_UNSEEN = object()  # not worked out yet: None is a cell's answer too
_COUNT = Role.COUNT  # named once: each naming of an enum member is a class look-up
_NOT_NONE = partial(is_not, None)


class ShownOnce:
    """``TableReader.shown`` worked out once a cell (its number stays put while roles are
    decided), a formula total's from its parts' once each: a table's totals are read along both
    axes, and a grand total over thousands of cells is asked about once a column.

    The body's numbers are a grid, one list a body row in the body's column order, not a map
    keyed by (row, col): the typed counts (most cells) are filled in a row at a time when the
    grid is made, each line's numbers are then a slice of the grid, and the columns the same
    lists read down, with no key made and hashed per cell. A cell outside the body (a part on
    a label column) is kept in a plain map. Neither is a recursive cached closure: that would
    be a reference cycle holding every cell's number until the collector next runs."""

    def __init__(self, reader: TableReader) -> None:
        self._reader = reader
        table = reader.table
        self._body_rows, self._body_cols = table.body_rows, table.body_cols
        self._rows = {row: i for i, row in enumerate(table.body_rows)}
        self._cols = {col: i for i, col in enumerate(table.body_cols)}
        self._grid = [_typed_counts(reader, row, table.body_cols) for row in table.body_rows]
        self.body_numbers = _body_numbers(reader, self._grid)  # before any cell is worked out
        self._memo: dict[Coord, float | None] = {}  # cells outside the body
        self._busy: set[Coord] = set()

    def __call__(self, coord: Coord) -> float | None:
        i, j = self._rows.get(coord[0]), self._cols.get(coord[1])
        if i is not None and j is not None:
            line = self._grid[i]
            value = line[j]
            if value is _UNSEEN:
                value = line[j] = self._work_out(coord)
            return value  # type: ignore[return-value]
        memo = self._memo
        value = memo.get(coord, _UNSEEN)
        if value is _UNSEEN:
            value = memo[coord] = self._work_out(coord)
        return value  # type: ignore[return-value]

    def _work_out(self, coord: Coord) -> float | None:
        reader = self._reader
        cell = reader.cells.get(coord)
        if cell is not None and cell.formula is None and reader.roles.get(coord) is _COUNT:
            return as_number(cell.value)  # a count named a count since the grid was made
        if cell is None or cell.formula is None:
            return reader.shown(coord)
        parts = reader.table.totals.get(coord) or ()
        local = bool(parts) and sheets_of(parts) == {reader.sheet.name}
        if not local or coord in self._busy:
            return reader.shown(coord)
        self._busy.add(coord)
        value = self._sum(parts)
        self._busy.discard(coord)
        return value

    def _sum(self, parts: Sequence[SheetCoord]) -> float:
        """The parts' numbers added up in order, each worked out in its turn (working one out
        may work out a later part, which is then read as it is). A run down a column of the
        body (or along one of its rows) whose numbers are all known is read off the grid whole
        and added up in C."""
        if type(parts) is not Parts:
            return self._add(places_of(parts), 0)
        value: float = 0
        for run in parts.runs:
            known = self._known(run)
            if known is None:
                value = self._add(run_places(run), value)
            else:
                value = reduce(add, filter(_NOT_NONE, known), value)
        return value

    def _add(self, places: Iterable[Coord], value: float) -> float:
        for place in places:
            part = self(place)
            if part is not None:
                value += part
        return value

    def _known(self, run: Run) -> list[object] | None:
        """The numbers of a run down one column or along one row of the body, read off the
        grid whole where each is known already; else None."""
        _, top, left, bottom, right = run
        i, j = self._rows.get(top), self._cols.get(left)
        if i is None or j is None:
            return None
        if left == right:
            end = i + bottom - top + 1
            if self._body_rows[i:end] != list(range(top, bottom + 1)):
                return None
            known = [line[j] for line in self._grid[i:end]]
        elif top == bottom:
            end = j + right - left + 1
            if self._body_cols[j:end] != list(range(left, right + 1)):
                return None
            known = self._grid[i][j:end]
        else:
            return None
        return None if _UNSEEN in known else known

    def vectors(self, axis: Axis) -> dict[int, list[float | None]]:
        """Each line's numbers across the table, for reading its totals as a tree: the body's
        lines are read from the grid whole, a cell not worked out yet worked out in its turn,
        in the order the lines are read (a total over another worked out first is read so)."""
        rows, cols = self._rows, self._cols
        by_row = axis.by_row
        at_lines = [(rows if by_row else cols).get(x) for x in axis.lines]
        at_across = [(cols if by_row else rows).get(x) for x in axis.across]
        if None in at_lines or None in at_across:  # a line beyond the body: cell by cell
            return {
                line: [self(axis.coord(line, other)) for other in axis.across]
                for line in axis.lines
            }
        grid = self._grid
        for line, i in zip(axis.lines, at_lines, strict=True):
            for other, j in zip(axis.across, at_across, strict=True):
                if (grid[i][j] if by_row else grid[j][i]) is _UNSEEN:
                    self(axis.coord(line, other))
        if by_row:
            whole = at_across == list(range(len(cols)))
            return {
                row: grid[i][:] if whole else [grid[i][j] for j in at_across]
                for row, i in zip(axis.lines, at_lines, strict=True)
            }
        picked = [grid[i] for i in at_across]
        return {
            col: [line[j] for line in picked] for col, j in zip(axis.lines, at_lines, strict=True)
        }


def _typed_counts(reader: TableReader, row: int, cols: list[int]) -> list[object]:
    """A body row's numbers as far as its typed counts give them (as ``ShownOnce`` reads a
    count: most cells), the rest left to be worked out: the row's cells and roles are each
    looked up at once."""
    places = list(zip(repeat(row), cols))
    return [
        (value if type(value := cell.value) is int else as_number(value))
        if role is _COUNT and cell is not None and cell.formula is None
        else _UNSEEN
        for cell, role in zip(
            map(reader.cells.get, places), map(reader.roles.get, places), strict=True
        )
    ]


def _body_numbers(reader: TableReader, grid: list[list[object]]) -> tuple[list[float], bool]:
    """The body's counts' numbers and whether any cell is a suppression marker, as
    ``typed_totals.body_numbers`` finds them, read off the grid just made rather than by a
    second walk of the body's cells: the grid holds every typed count's number already. Only
    the cells it left (totals, text, counts with no number) are looked at again; a text the
    grid holds a number of ('1,234') has digits, and no marker has any."""
    table, cells, roles = reader.table, reader.cells, reader.roles
    numbers = [v for line in grid for v in line if v is not _UNSEEN and v is not None]
    left = [
        (row, col)
        for row, line in zip(table.body_rows, grid, strict=True)
        for col, value in zip(table.body_cols, line, strict=True)
        if value is _UNSEEN or value is None
    ]
    marked = False
    for coord in left:
        cell = cells.get(coord)
        if cell is None:
            continue
        value = cell.value
        if type(value) is str:
            marked = marked or is_suppression_marker(value)
        if cell.formula is None or roles.get(coord) is not _COUNT:
            continue
        number = value if type(value) is int else as_number(value)  # a count worked out
        if number is not None:
            numbers.append(number)
    return numbers, marked
