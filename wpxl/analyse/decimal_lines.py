"""A column of estimates in thousands (115.2, 98.7 ...) is decimal all through: the odd whole
number in it (115) is one more estimate, not a count to round while the rest are removed, and
is removed with the reason they are (a decimal, or a count stated in thousands)."""

from __future__ import annotations

from collections import Counter

from wpxl.analyse.cells import DECIMAL
from wpxl.analyse.thousands import IN_THOUSANDS
from wpxl.model import Coord, Role

_DECIMALS = frozenset({DECIMAL, IN_THOUSANDS})


def decimal_columns(
    rows: list[int], cols: list[int], roles: dict[Coord, Role], reasons: dict[Coord, str]
) -> None:
    """Counts in a column where most figures are decimals are removed as decimals too."""
    lines = set(rows)
    by_col: Counter[int] = Counter()
    thousands: set[int] = set()  # columns of counts stated in thousands
    for (row, col), why in reasons.items():
        if why in _DECIMALS and row in lines:
            by_col[col] += 1
            if why == IN_THOUSANDS:
                thousands.add(col)
    for col in cols:
        decimals = by_col.get(col, 0)
        if decimals < 2:  # most columns: no decimal at all, nothing to count
            continue
        counts = [(r, col) for r in rows if roles.get((r, col)) is Role.COUNT]
        if decimals >= len(counts):
            for coord in counts:
                roles[coord] = Role.DROPPED
                reasons[coord] = IN_THOUSANDS if col in thousands else DECIMAL
