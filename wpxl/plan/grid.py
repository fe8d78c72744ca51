"""A sheet's roles and counts laid out row by row, for walking the parts of its totals.

A total down a column visits one cell a row. Looked up by (row, column) in the sheet's maps,
each visit hashes a new key and lands somewhere new in memory; on a large sheet that was most
of the plan's time. Laid out once, row by row, the same walk indexes a list a row.
"""

from __future__ import annotations

from wpxl.model import CellValue, Role, SheetAnalysis, SheetCoord

_COUNT, _TOTAL = Role.COUNT, Role.TOTAL  # named once: a class look-up each naming


class Grid:
    def __init__(self, analysis: SheetAnalysis) -> None:
        self.roles: dict[int, list[Role | None]] = {}  # row -> each column's role, None if none
        self.counts: dict[int, list[CellValue]] = {}  # row -> a count's value, None elsewhere
        cells, current = analysis.sheet.cells, None
        for (row, col), role in analysis.roles.items():
            if row != current:  # a row's cells mostly come together: its lists found once
                current, roles = row, self.roles.get(row)
                if roles is None:
                    roles = self.roles[row] = []
                    self.counts[row] = []
                counts = self.counts[row]
            value = cells[(row, col)].value if role is _COUNT else None
            # the width asked, not an IndexError caught: a row's columns mostly come in order,
            # so nearly every cell would raise one, which cost more than the rest of the loop
            width = len(roles)
            if col < width:  # a column before the row's last so far
                roles[col], counts[col] = role, value
                continue
            if col > width:  # columns with no role between: both lists widen
                roles += [None] * (col - width)
                counts += [None] * (col - width)
            roles.append(role)  # most cells: the next column of their row
            counts.append(value)

    def row(self, row: int, cols: list[int]) -> list[tuple[int, CellValue]]:
        """The counts among ``cols`` of a row, with their columns, in the order of ``cols``."""
        roles = self.roles.get(row)
        if roles is None:
            return []
        counts, width = self.counts[row], len(roles)
        return [(c, counts[c]) for c in cols if c < width and roles[c] is _COUNT]

    def carried(self, parts: list[SheetCoord]) -> list[SheetCoord] | None:
        """Those of parts on this sheet that are counts or totals; None if one lies outside
        every cell with a role (the maps then tell)."""
        roles = self.roles
        try:
            return [p for p in parts if roles[p[1]][p[2]] in (_COUNT, _TOTAL)]
        except (KeyError, IndexError):
            return None

    def values(self, parts: list[SheetCoord]) -> list[CellValue]:
        """The values of carried parts on this sheet: a count's, or None for a total."""
        counts = self.counts
        return [counts[p[1]][p[2]] for p in parts]
