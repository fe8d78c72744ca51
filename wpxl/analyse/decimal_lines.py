"""A column of estimates in thousands (115.2, 98.7 ...) is decimal all through: the odd whole
number in it (115) is one more estimate, not a count to round while the rest are removed."""

from __future__ import annotations

from wpxl.analyse.cells import DECIMAL
from wpxl.model import Coord, Role


def decimal_columns(
    rows: list[int], cols: list[int], roles: dict[Coord, Role], reasons: dict[Coord, str]
) -> None:
    """Counts in a column where most figures are decimals are removed as decimals too."""
    for col in cols:
        counts = [(r, col) for r in rows if roles.get((r, col)) is Role.COUNT]
        decimals = sum(1 for r in rows if reasons.get((r, col)) == DECIMAL)
        if decimals >= 2 and decimals >= len(counts):
            for coord in counts:
                roles[coord] = Role.DROPPED
                reasons[coord] = DECIMAL
