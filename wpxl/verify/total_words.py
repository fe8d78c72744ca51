"""What the proof's readings of totals ask of any line: whether its words name a total, and
whether a cell holds a figure. Kept apart from the readings themselves, so the proof's reading
of outcomes (which a total line adding up an outcome asks about) uses them too."""

from __future__ import annotations

import re
from functools import lru_cache

from wpxl.model import Cell

_TOTAL = re.compile(
    r"^\s*(?:grand\s+total|overall|all|all\s+\w.*|.*\btotals?\b.*)\s*:?\s*$", re.IGNORECASE
)
_RATE = re.compile(r"%|\b(?:rates?|percent|share|average|mean|median)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)  # asked of every line's and column's words: few differ
def names_total(words: str) -> bool:
    """Words naming a total line ('Total', 'Leeds total', 'All areas'), not a rate of one."""
    return bool(_TOTAL.match(words)) and not _RATE.search(words)


def figure(cell: Cell | None) -> float | None:
    """The cell's number (not a boolean), asked of every cell by a dozen readings: the value's
    own type is looked at, not ``isinstance`` (a reader's values are plain int and float)."""
    if cell is None:
        return None
    value = cell.value
    kind = type(value)
    if kind is float:
        return value  # type: ignore[return-value]
    return float(value) if kind is int else None  # type: ignore[arg-type]
