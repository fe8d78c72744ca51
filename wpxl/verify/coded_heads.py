"""The proof's reading of a header row coding its columns under a corner that names the code:
'Payment group | 1 | 2 | 3 | 4' over areas' referrals, 'CPA | 1 | 2 | 3', 'Month | 4 | 5 | 6'
(the contract year's months from April), 'Week | 1 | 2 | 3', 'Age | 18 | 19 | 20', with no
'Total' column beside them.

Counts need their columns named, and a corner naming payment groups, contract package areas,
cohorts, months, quarters, weeks or ages and nothing else names no line of counts. So two or
more whole numbers (typed or as text) rising along the row, none past the code's last (9
payment groups, 12 months, 4 quarters, 99 areas or cohorts, 53 weeks, age 120), months and
quarters one apart (the year's last followed by its first), weeks (from 0 or 1) and single
years of age three or more one apart, right of such a corner and under no figure, name the
columns; rounded as a line of counts (0, 0, 0 or 20, 20, 20) the columns could no longer be
told apart, and the proof refuses them so (``kept_labels``). Read from the input alone; the
analyse stage is never asked.
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.model import Cell

Coord = tuple[int, int]

_CORNER = re.compile(
    r"\s*(payment\s+group|cpa|contract\s+package\s+area|cohort|month|quarter|week|age)s?"
    r"(?:\s*(?:no\.?|number)|\s*\(years\))?\s*:?\s*",
    re.IGNORECASE,
)
_LAST = {"payment group": 9, "cpa": 99, "contract package area": 99, "cohort": 99, "month": 12,
         "quarter": 4, "week": 53, "age": 120}  # fmt: skip
_YEAR_ROUND = ("month", "quarter")
_ONE_APART = ("week", "age")  # weeks numbered from 0 or 1, single years of age from any


def heads_coded(cells: dict[Coord, Cell], row: int, numbers: list[tuple[int, int | None]]) -> bool:
    """Whether the row's whole ``numbers`` ((column, number), left to right) code the columns
    under the corner left of them (see the module's doc)."""
    values = [n for _, n in numbers if n is not None]
    if len(values) < 2 or len(values) < len(numbers):
        return False
    first, last = numbers[0][0], numbers[-1][0]
    corner = cells.get((row, first - 1))
    named = _CORNER.fullmatch(corner.value) if corner is not None and isinstance(
        corner.value, str) else None  # fmt: skip
    if named is None:
        return False
    kind = " ".join(named.group(1).lower().split())
    top = _LAST[kind]
    if not all(0 <= v <= top for v in values) or (0 in values and kind != "week"):
        return False
    if kind in _ONE_APART:
        steps = len(values) >= 3 and all(b == a + 1 for a, b in pairwise(values))
        steps = steps and (kind == "age" or values[0] in (0, 1))
    elif kind in _YEAR_ROUND:
        steps = all(b == a % top + 1 for a, b in pairwise(values))
    else:
        steps = all(b > a for a, b in pairwise(values))
    above = [cells.get((row - 1, col)) for col in range(first, last + 1)]
    return steps and not any(c is not None and isinstance(c.value, int | float) for c in above)
