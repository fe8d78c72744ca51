"""How many plain cells a total adds up, through the totals it adds up, on any sheet.

A total's figure may be off the input's by base/2 for each plain cell it adds up, so a total
over totals is allowed as much as all their cells together. A 'Summary' whose lines add up each
area sheet's Total row, under an 'All areas' line adding up those lines, adds up every area's
cells: counted as one cell each, the bound would be too tight for the honest sum.
"""

from __future__ import annotations

from collections.abc import Callable

from wpxl.verify.formulas import sum_formula
from wpxl.verify.leaks import WrittenCell

Coord = tuple[int, int]
# a cell of another sheet, counted: (sheet name, place) -> its plain cells
OtherSheets = Callable[[str, Coord], int]


class LeafCounts:
    """One sheet's totals counted; a cell of another sheet counts one, or as ``other`` says."""

    def __init__(
        self, cells: dict[Coord, WrittenCell], name: str, other: OtherSheets | None = None
    ) -> None:
        self._cells, self._name, self._other = cells, name, other
        self.known: dict[Coord, int] = {}

    def count(self, coord: Coord) -> int:
        known = self.known.get(coord)
        if known is not None:
            return known
        self.known[coord] = 1  # a total that adds up itself counts once, not forever
        cell = self._cells.get(coord)
        if cell is None or not isinstance(cell[0], float):
            result = 0
        elif cell[1] is None:
            result = 1
        else:
            parsed = sum_formula(cell[1])
            ranges, added = (parsed.ranges, parsed.added) if parsed else ([], 0)
            other = self._other
            result = int(added > 0) + sum(
                self.count(c)
                if r.sheet in (None, self._name)
                else (1 if other is None else other(r.sheet, c))
                for r in ranges
                for c in r.coords()
            )
        self.known[coord] = result
        return result


class BookLeafCounts:
    """Every sheet's totals counted through the others, each sheet read once when first asked."""

    def __init__(self, sheet: Callable[[str], dict[Coord, WrittenCell]]) -> None:
        self._sheet = sheet
        self._sheets: dict[str, LeafCounts] = {}

    def count(self, name: str, coord: Coord) -> int:
        counts = self._sheets.get(name)
        if counts is None:
            counts = self._sheets[name] = LeafCounts(self._sheet(name), name, self.count)
        return counts.count(coord)
