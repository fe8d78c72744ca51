"""The proof's reading of a header row of times since an event: DWP's cohorts follow each
month's referrals 3, 6, 9, 12, 18 and 24 months on, under 'Months since referral' merged over
those columns, with no total column beside them.

Counts need their columns named: three or more whole numbers, none below 0, rising along the
row, straight under words naming a time since an event over them ('Months since referral',
'Weeks after attachment') in a row holding no figure there, name the columns, unless the
row's corner names a measure but no period ('Referrals | 3 | 6 | 9' is a row of figures;
'Month of referral' names the rows). Read from the input alone; the analyse stage is never
asked.

The words may stand over the cohorts' sizes just left of the numbers, nothing over the numbers
themselves, as a header typed in the first cell of the band it spans is ('Months since
referral' typed over 'Referrals').

The words must stand alone over the numbers, as a header merged over them does: a header row
naming its columns one by one ('Area | Months since referral | Attachments in month |
Attachments to date') is the header of a table whose first line of counts (Derby 3, 57, 212)
rises as a cumulative line does, and those counts stood unrounded. And a corner naming the
label column above the row ('Area' over 'Derby') makes the row's own corner a row's name, but
for words naming a period ('Cohort' over 'Month of referral': the label column's own header).
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.model import Cell

Coord = tuple[int, int]

# The words may follow what the columns count, as DWP's cohort tables head them ('Job outcomes
# by months since referral', 'Attachments (cumulative): months since referral').
_ELAPSED = re.compile(
    r"^\s*(?:[a-z][a-z ()-]*?(?:\s+by|\s*[,:\u2013-])\s+)?"
    r"(?:days?|weeks?|months?|quarters?|years?)\s+(?:since|after|from)\s+[a-z ]+\s*:?\s*$",
    re.IGNORECASE,
)
_MEASURE = re.compile(
    r"referr|attach|starts?\b|outcome|sustain|claimant|participant|people|person|volume|count"
    r"|number",
    re.IGNORECASE,
)
# a corner naming the rows as periods, or as cohorts or an event's month ('Cohort (month
# referred)', 'Referral month'): the row under it names columns though its words name a measure
_PERIOD = re.compile(
    r"^\s*(?:(?:financial|calendar|academic|referral|attachment|start)\s+)?"
    r"(?:years?|months?|quarters?|periods?|weeks?|cohorts?)\b",
    re.IGNORECASE,
)
_MIN_NUMBERS = 3


def heads_elapsed(
    cells: dict[Coord, Cell], row: int, numbers: list[tuple[int, int | None]]
) -> bool:
    """Whether the row's whole ``numbers`` ((column, number), left to right) name the columns
    as times since an event (see the module's doc)."""
    values = [n for _, n in numbers]
    if len(values) < _MIN_NUMBERS or None in values or min(values) < 0:  # type: ignore[type-var]
        return False
    if any(b <= a for a, b in pairwise(values)):  # type: ignore[operator]
        return False
    first, last = numbers[0][0], numbers[-1][0]
    left = first - 1  # over words heading figures of their own ('Referrals' over the cohorts')
    while _words(cells.get((row, left))) and _figure(cells.get((row + 1, left))):
        left -= 1
    corner = _words(cells.get((row, left)))
    if _MEASURE.search(corner) and not _PERIOD.match(corner):
        return False
    above = [cells.get((row - 1, col)) for col in range(first, last + 1)]
    if any(c is not None and isinstance(c.value, int | float) for c in above):
        return False
    heads = [words for c in above if (words := _words(c).strip())]
    if not heads:  # typed over the cohorts' sizes just left of the times, spanning them all
        over = [_words(cells.get((row - 1, c))).strip() for c in range(left + 1, first)]
        heads = [words for words in over if words]
    if len(heads) != 1 or not _ELAPSED.match(heads[0]):
        return False  # words over the columns one by one: the row is a table's first line
    named_above = _words(cells.get((row - 1, left))).strip()
    return not (named_above and corner.strip() and not _PERIOD.match(corner))


def _figure(cell: Cell | None) -> bool:
    """A typed figure, no formula's: the first line under a column's own header."""
    return (
        cell is not None
        and isinstance(cell.value, int | float)
        and not isinstance(cell.value, bool)
    )


def _words(cell: Cell | None) -> str:
    return cell.value if cell is not None and isinstance(cell.value, str) else ""
