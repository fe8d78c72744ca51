"""A column of estimates in thousands (115.2, 98.7 ...) is decimal all through: the odd whole
number in it (115) is one more estimate, not a count to round while the rest are removed."""

from __future__ import annotations

from collections import Counter

from wpxl.analyse.cells import DECIMAL
from wpxl.model import Coord, Role


def decimal_columns(
    rows: list[int], cols: list[int], roles: dict[Coord, Role], reasons: dict[Coord, str]
) -> None:
    """Counts in a column where most figures are decimals are removed as decimals too."""
    lines = set(rows)
    by_col = Counter(c for (r, c), why in reasons.items() if why == DECIMAL and r in lines)
    for col in cols:
        decimals = by_col.get(col, 0)
        if decimals < 2:  # most columns: no decimal at all, nothing to count
            continue
        counts = [(r, col) for r in rows if roles.get((r, col)) is Role.COUNT]
        if decimals >= len(counts):
            for coord in counts:
                roles[coord] = Role.DROPPED
                reasons[coord] = DECIMAL
