"""A header row of times since an event: DWP's cohorts follow each month's referrals, 3, 6, 9,
12, 18 and 24 months on, under 'Months since referral' merged over those columns, with no
total column. With no 'Total' beside them the numbers were read as a row of figures and rounded
(0, 0, 0, 20, 20, 20), and the columns could no longer be told apart.

Counts need their columns named; numbers straight under words naming a time since an event,
and nothing else naming the columns, are those names. So the row heads the columns when its
values are three or more whole numbers, none below 0, rising, each typed or written as digits,
the row above holds words naming a time since an event ('Months since referral', 'Weeks after
attachment') over them and no figure, and its corner names no measure (but for a period:
'Month of referral' names the label column).

The words may stand over the cohorts' sizes just left of the numbers, nothing over the numbers
themselves, as a header typed in the first cell of the band it spans is ('Months since
referral' typed over 'Referrals'): the heads were read as a line of outcomes, shown as shares.

The words stand alone over the numbers, as a header merged over them does: under a header row
naming its columns one by one ('Area | Months since referral | Attachments in month |
Attachments to date'), a first line of counts rising as a cumulative line does (Derby 3, 57,
212) was read as this header and its counts kept unrounded. Nor does a row whose corner holds
words under a corner holding words ('Area' over 'Derby'): the row's corner names a row, but
for words naming a period ('Cohort' over 'Month of referral': the label column's header).
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.analyse.label_numbers import names_a_measure
from wpxl.analyse.values import typed_whole
from wpxl.analyse.words import is_period_words
from wpxl.model import Cell, Coord

# The words may follow what the columns count, as DWP's cohort tables head them ('Job outcomes
# by months since referral', 'Attachments (cumulative): months since referral').
_ELAPSED = re.compile(
    r"^\s*(?:[a-z][a-z ()-]*?(?:\s+by|\s*[,:\u2013-])\s+)?"
    r"(?:days?|weeks?|months?|quarters?|years?)\s+(?:since|after|from)\s+[a-z ]+\s*:?\s*$",
    re.IGNORECASE,
)
_MIN_NUMBERS = 3
# a corner naming the rows as cohorts, or an event's month ('Cohort (month referred)',
# 'Referral month'): the words name a measure, yet the row under them names no figures
_COHORT_CORNER = re.compile(
    r"^\s*(?:(?:referral|attachment|start)\s+)?(?:cohorts?|months?|quarters?)\b", re.IGNORECASE
)


def heads_elapsed_columns(cells: dict[Coord, Cell], row: int, cols: range) -> bool:
    """Whether the row's numbers name the columns as times since an event (see the doc);
    ``cols`` are the body's columns, the corner just left of them."""
    numbers: list[tuple[int, int]] = []
    start = cols.start
    while start < cols.stop and _heads_figures(cells, row, start):
        start += 1  # 'Referrals' over each cohort's size, before the times since referral
    for col in range(start, cols.stop):
        cell = cells.get((row, col))
        if cell is None or cell.is_empty:
            continue
        number = _number(cell)
        if number is None:
            return False
        numbers.append((col, number))
    if len(numbers) < _MIN_NUMBERS or any(b <= a for (_, a), (_, b) in pairwise(numbers)):
        return False
    corner = cells.get((row, cols.start - 1))
    if names_a_measure(corner) and not _names_periods(str(corner.value)):  # type: ignore[union-attr]
        return False  # 'Referrals | 3 | 6 | 9': figures ('Month of referral' names the rows)
    first, last = numbers[0][0], numbers[-1][0]
    above = [cells.get((row - 1, col)) for col in range(cols.start - 1, cols.stop)]
    if any(c is not None and _number(c) is not None for c in above):
        return False
    heads = [_words(cells.get((row - 1, col))) for col in range(first, last + 1)]
    heads = [words for words in heads if words]
    if not heads:  # typed over the cohorts' sizes just left of the times, spanning them all
        heads = [w for col in range(cols.start, start) if (w := _words(cells.get((row - 1, col))))]
    if len(heads) != 1 or _ELAPSED.match(heads[0]) is None:
        return False  # words over the columns one by one: the row is a table's first line
    named_above = _words(cells.get((row - 1, cols.start - 1)))
    return not (named_above and _words(corner) and not _names_periods(_words(corner)))


def _names_periods(corner: str) -> bool:
    """Whether the corner names the rows as periods or cohorts (``_COHORT_CORNER``)."""
    return is_period_words(corner) or _COHORT_CORNER.match(corner) is not None


def _words(cell: Cell | None) -> str:
    return cell.value.strip() if cell is not None and isinstance(cell.value, str) else ""


def _heads_figures(cells: dict[Coord, Cell], row: int, col: int) -> bool:
    """Whether the row's cell is words over a figure: a column's header of its own (the cohorts'
    sizes), before the times, not the row's corner."""
    under = cells.get((row + 1, col))
    return bool(_words(cells.get((row, col)))) and under is not None and _number(under) is not None


def _number(cell: Cell) -> int | None:
    value = cell.value
    if isinstance(value, str) and value.strip().isdecimal():
        return int(value)
    whole = typed_whole(cell)
    return whole if whole is not None and whole >= 0 else None
