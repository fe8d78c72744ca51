"""A header row numbering each group's columns again under the group's head in the row above:
quarters 1 to 4 under each year ('2013' merged over 'Area | 1 | 2 | 3 | 4', '2014' over the
next 1 to 4), months 1 to 12 under each financial year, weeks under each region, or years
2013, 2014, 2015 under each payment group. Read as a line of figures, each run was rounded
(0, 0, 0, 0 or 2020, 2020, 2020) and the columns could no longer be told apart.

A line of counts does not repeat the same run 1, 2, 3 (or the same years) group after group,
each starting just under a group's head. So the row heads its columns when its values are
whole numbers (typed or digits), words only after them ('Total'); the row above holds a head
(words, a year, '2013/14') over the first number of each run and nothing over the rest; the
runs are two or more, all the same, each 1 .. k (k >= 2) or consecutive years (or one run of
three or more under a year's head: '2013' over months 1 to 6); its corner is
blank or words naming no measure nor total, and not a row's name under the label column's
header ('Area' over 'Leeds'); and the row under it holds figures. The proof reads such rows
for itself (``wpxl.verify.grouped_runs``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from wpxl.model import Cell, Coord

_MEASURE = re.compile(
    r"referr|attach|start|outcome|sustain|claimant|participant|people|volume|count(?!r|y\b|ies)|number"
    r"|\btotal|^\s*all\b",
    re.IGNORECASE,
)
_FIRST_YEAR, _LAST_YEAR = 1990, 2100
_YEAR_WORDS = re.compile(r"^\s*(?:fy\s*)?(?:19|20)\d\d(?:\s*[/-]\s*(?:\d\d|\d{4}))?\s*$", re.I)
_FEWEST_ALONE = 3


def runs_under_group_heads(cells: Mapping[Coord, Cell], row: int, cols: Sequence[int]) -> bool:
    """Whether ``row`` numbers each group's columns again under its head (see the doc);
    ``cols`` are the table's columns, its label column first."""
    if not _names_its_labels(cells.get((row, cols[0])), cells.get((row - 1, cols[0]))):
        return False
    numbered = _numbers(cells, row, cols[1:])
    if not numbered or len(numbered) < _FEWEST_ALONE:
        return False
    runs: list[list[int]] = []
    heads: list[Cell] = []
    for col, number in numbered:
        head = cells.get((row - 1, col))
        if head is not None and not head.is_empty:
            if head.formula is not None:
                return False
            runs.append([])  # a group's head: words, a year, "2013/14"
            heads.append(head)
        elif not runs:
            return False  # the first number has no group's head over it
        runs[-1].append(number)
    first = runs[0]
    if any(run != first for run in runs) or not _a_run(first):
        return False
    if len(runs) == 1 and not (len(first) >= _FEWEST_ALONE and _year_head(heads[0])):
        return False  # one run alone: 1 .. k under a year's head ('2013' over months 1-6)
    return any(_figure(cells.get((row + 1, col))) for col, _ in numbered)


def _names_its_labels(corner: Cell | None, over_corner: Cell | None) -> bool:
    """A corner blank, or words naming the label column: no measure nor total, and not a row's
    name under the label column's header ('Area' over 'Leeds')."""
    if corner is None or corner.is_empty:
        return True
    words = holds_words(corner) and not _MEASURE.search(str(corner.value))
    return words and not holds_words(over_corner)


def _numbers(
    cells: Mapping[Coord, Cell], row: int, cols: Sequence[int]
) -> list[tuple[int, int]] | None:
    """The row's whole numbers, left to right; None when anything else stands among them (a
    formula, a fraction, words before the last number)."""
    numbered: list[tuple[int, int]] = []
    ended = False
    for col in cols:
        cell = cells.get((row, col))
        if cell is None or cell.is_empty:
            continue
        number = _whole(cell)
        if number is None:
            if not (holds_words(cell) and numbered):
                return None
            ended = True
        elif ended:
            return None
        else:
            numbered.append((col, number))
    return numbered


def _a_run(numbers: list[int]) -> bool:
    if len(numbers) < 2 or any(b != a + 1 for a, b in pairwise(numbers)):
        return False
    return numbers[0] == 1 or all(_FIRST_YEAR <= n <= _LAST_YEAR for n in numbers)


def _year_head(cell: Cell) -> bool:
    """A year's head: 2013, '2013/14', 'FY 2013-14'."""
    if isinstance(cell.value, str):
        return _YEAR_WORDS.match(cell.value) is not None
    number = _whole(cell)
    return number is not None and _FIRST_YEAR <= number <= _LAST_YEAR


def _whole(cell: Cell) -> int | None:
    value = cell.value
    if cell.formula is not None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return int(value) if value.strip().isdecimal() else None
    if isinstance(value, int | float) and float(value).is_integer():
        return int(value)
    return None


def holds_words(cell: Cell | None) -> bool:
    """Words typed in the cell (letters among them; '2013/14' holds none)."""
    return (
        cell is not None
        and cell.formula is None
        and isinstance(cell.value, str)
        and any(ch.isalpha() for ch in cell.value)
    )


def _figure(cell: Cell | None) -> bool:
    if cell is None or isinstance(cell.value, bool):
        return False
    return isinstance(cell.value, int | float) or cell.formula is not None
