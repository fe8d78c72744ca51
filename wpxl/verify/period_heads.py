"""The proof's reading of a header row numbering the months (weeks, quarters, periods) of the
year: 'Month' over the columns, then 'Region | 1 | 2 | 3 | 4 | 5 | 6' under it, with no total
column beside them; or single years of age, 'Age' over 'Area | 18 | 19 | 20 | 21'; or payment
groups or cohorts numbered from 1, 'Payment group' over 'Area | 1 | 2 | 3'.

Counts need their columns named: three or more whole numbers running 1, 2, 3 one apart along
the row (years of age from any age), none past the part's last (12 months, 53 weeks, 4
quarters, 13 periods, age 120, 9 payment groups, 99 cohorts), straight
under words naming that part over them ('Month', 'Week number', 'Month of referral') in a row
holding no figure there, name the columns, unless the row's corner names a measure
('Referrals | 1 | 2 | 3' is a line of figures, and a count of 1, 2 and 3 is as small as counts
come). Read from the input alone; the analyse stage is never asked.
"""

from __future__ import annotations

import re

from wpxl.model import Cell

Coord = tuple[int, int]

_PART = re.compile(
    r"^\s*(month|week|quarter|period|age|payment\s+group|cohort)s?"
    r"(?:\s+(?:number|no\.?|of\s+[a-z ]+)|\s*\(years\))?\s*:?\s*$",
    re.IGNORECASE,
)
_LAST = {"month": 12, "week": 53, "quarter": 4, "period": 13, "age": 120,
         "payment group": 9, "cohort": 99}  # fmt: skip
_MEASURE = re.compile(
    r"referr|attach|starts?\b|outcome|sustain|claimant|participant|people|person|volume|count"
    r"|number|total",
    re.IGNORECASE,
)
_MIN_NUMBERS = 3


def heads_periods(
    cells: dict[Coord, Cell], row: int, numbers: list[tuple[int, int | None]]
) -> bool:
    """Whether the row's whole ``numbers`` ((column, number), left to right) number the parts
    of the year over the columns (see the module's doc)."""
    values = [n for _, n in numbers]
    if len(values) < _MIN_NUMBERS or None in values:
        return False
    if values != list(range(values[0], values[0] + len(values))):  # type: ignore[arg-type]
        return False
    first, last = numbers[0][0], numbers[-1][0]
    if _MEASURE.search(_words(cells.get((row, first - 1)))):
        return False
    above = [cells.get((row - 1, col)) for col in range(first - 1, last + 1)]
    if any(c is not None and isinstance(c.value, int | float) for c in above):
        return False
    for cell in above[1:]:
        part = _PART.match(_words(cell))
        if part is not None:
            # years of age run from any age, the rest from 1
            name = " ".join(part.group(1).lower().split())
            return (values[0] == 1 or name == "age") and values[-1] <= _LAST[name]  # type: ignore[operator]
    return False


def _words(cell: Cell | None) -> str:
    return cell.value if cell is not None and isinstance(cell.value, str) else ""
