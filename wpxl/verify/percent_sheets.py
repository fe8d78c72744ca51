"""Percentage sheets can be told apart: no two say the same words.

Areas stacked on one sheet as tables of their own, each under its area's name ('Buxton'), each
an outcome table: each becomes a percentage sheet ('Job outcomes 2 %' ...), and the sheets
whose intro named no area said the same words, their shares different: no reader could tell
which area each is. The proof reads the copy alone: two percentage sheets whose words, but
for the sheet's own name, are the same, are refused.
"""

from __future__ import annotations

from collections.abc import Mapping

from wpxl.model import Cell
from wpxl.verify.leaks import Finding

Coord = tuple[int, int]
ALIKE = (
    "a percentage sheet whose words are those of sheet '{}' (which table each shows is not "
    "said); name the table each shows"
)


class SheetWords:
    """The words of each percentage sheet read so far, to find two alike."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, ...], str] = {}

    def add(self, sheet: str, cells: Mapping[Coord, Cell]) -> list[Finding]:
        """The finding if ``sheet`` says the words of a sheet read before, but for its name."""
        words = tuple(
            sorted(v for c in cells.values() if isinstance(v := c.value, str) and v != sheet)
        )
        other = self.seen.setdefault(words, sheet)
        return [] if other == sheet else [Finding(f"'{sheet}'", ALIKE.format(other))]
