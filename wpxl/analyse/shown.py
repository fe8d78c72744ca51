"""The number a table's body cell shows, worked out once while its totals are read."""

from __future__ import annotations

from itertools import repeat
from typing import TYPE_CHECKING

from wpxl.analyse.places import PLACE
from wpxl.analyse.totals import Axis
from wpxl.analyse.values import as_number
from wpxl.model import Coord, Role, SheetCoord

if TYPE_CHECKING:
    from wpxl.analyse.roles import TableReader


_UNSEEN = object()  # a memo miss: None is a cell's answer too
_COUNT = Role.COUNT  # named once: each naming of an enum member is a class look-up


class ShownOnce:
    """``TableReader.shown`` worked out once a cell (its number stays put while roles are
    decided), a formula total's from its parts' once each: a table's totals are read along both
    axes, and a grand total over thousands of cells is asked about once a column. A plain memo,
    not a recursive cached closure: that would be a reference cycle holding every cell's number
    until the collector next runs."""

    def __init__(self, reader: TableReader) -> None:
        self._reader = reader
        self._memo: dict[Coord, float | None] = {}
        self._busy: set[Coord] = set()
        self._last: tuple[list[int], list[int], list[list[float | None]]] | None = None

    def __call__(self, coord: Coord) -> float | None:
        memo = self._memo
        value = memo.get(coord, _UNSEEN)
        if value is not _UNSEEN:
            return value  # type: ignore[return-value]
        reader = self._reader
        cell = reader.cells.get(coord)
        if cell is not None and cell.formula is None and reader.roles.get(coord) is _COUNT:
            memo[coord] = value = as_number(cell.value)  # a typed count: most cells
            return value
        if cell is None or cell.formula is None:
            memo[coord] = value = reader.shown(coord)
            return value
        parts = reader.table.totals.get(coord) or ()
        local = bool(parts) and {p[0] for p in parts} == {reader.sheet.name}
        if not local or coord in self._busy:
            value = reader.shown(coord)
        else:
            self._busy.add(coord)
            value = self._sum(parts)
            self._busy.discard(coord)
        memo[coord] = value
        return value

    def _sum(self, parts: tuple[SheetCoord, ...]) -> float:
        """The parts' numbers added up in order. Mostly cells already worked out, read from the
        memo in one go; a part not worked out yet is then, in its turn (working it out may work
        out a later part, which is then read from the memo)."""
        found = list(map(self._memo.get, map(PLACE, parts), repeat(_UNSEEN)))
        if _UNSEEN in found:
            found = [
                self((r, c)) if v is _UNSEEN else v
                for (_, r, c), v in zip(parts, found, strict=True)
            ]
        value = 0
        for part in found:
            if part is not None:
                value += part  # type: ignore[operator]
        return value

    def vectors(self, axis: Axis) -> dict[int, list[float | None]]:
        """Each line's numbers across the table, for reading its totals as a tree: a cell
        already worked out (the commonest) is read from the memo in line. The columns read
        after the rows are the same numbers turned round (each worked out once and kept in
        the memo, so reading them again would find what the rows found)."""
        last = self._last
        if last is not None and last[2] and axis.lines == last[1] and axis.across == last[0]:
            return dict(zip(axis.lines, map(list, zip(*last[2], strict=True)), strict=True))
        found = self._read(axis)
        self._last = list(axis.lines), list(axis.across), list(found.values())
        return found

    def _read(self, axis: Axis) -> dict[int, list[float | None]]:
        memo, by_row, across = self._memo, axis.by_row, axis.across
        cells, roles = self._reader.cells, self._reader.roles
        found: dict[int, list[float | None]] = {}
        for line in axis.lines:
            vector: list[float | None] = []
            for other in across:
                coord = (line, other) if by_row else (other, line)
                value = memo.get(coord, _UNSEEN)
                if value is _UNSEEN:
                    cell = cells.get(coord)
                    typed = cell is not None and type(cell.value) is int and cell.formula is None
                    if typed and roles.get(coord) is _COUNT:  # as __call__ reads a count
                        value = memo[coord] = cell.value  # type: ignore[union-attr]
                    else:
                        value = self(coord)
                vector.append(value)  # type: ignore[arg-type]
            found[line] = vector
        return found
