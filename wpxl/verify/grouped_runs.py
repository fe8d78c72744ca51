"""The proof's reading of a header row numbering each group's columns again under the group's
head in the row above: quarters 1 to 4 under each year ('2013' over 'Area | 1 | 2 | 3 | 4',
'2014' over the next 1 to 4), months under each financial year, weeks under each region, years
under each payment group; or months 1 to 6 under one year alone.

A line of counts does not repeat one run 1, 2, 3 (or the same years) group after group, each
starting under a group's head, so such numbers name their columns: whole numbers, typed or as
digits, words only after the last of them ('Total'); over the first of each run a head (words,
a year, '2013/14'), over the rest of it nothing; two or more runs, all the same, each 1 .. k
(k >= 2) or years one apart, or one run of three or more under a year's head; left of the
first, blank or words naming no count nor total, and not a row's name under the label column's
header ('Area' over 'Leeds'); figures under them. Read from the input alone; the analyse stage
is never asked. Rounded as counts, they read 0, 0, 0, 0, and ``kept_labels`` refuses them so.
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.model import Cell
from wpxl.verify.books import Coord

_COUNTED = re.compile(
    r"referr|attach|start|outcome|sustain|claimant|participant|people|volume|count(?!r|y\b|ies)|number"
    r"|total|^\s*all\b",
    re.IGNORECASE,
)
_YEAR_HEAD = re.compile(r"^\s*(?:fy\s*)?(?:19|20)\d\d(?:\s*[/-]\s*(?:\d\d|\d{4}))?\s*$", re.I)
_YEARS = range(1990, 2101)
_FEWEST_ALONE = 3


def runs_under_heads(cells: dict[Coord, Cell], row: int, line: list[tuple[int, Cell]]) -> bool:
    """Whether ``line`` (row ``row``'s cells, left to right) numbers each group's columns again
    under its head (see the module's doc)."""
    numbers = _numbers(line)
    if not numbers:
        return False
    first = numbers[0][0]
    corner, over = _text(cells.get((row, first - 1))), _text(cells.get((row - 1, first - 1)))
    if corner and (not _alpha(corner) or _COUNTED.search(corner) or _alpha(over)):
        return False
    if any(not _blank(cell) and not _alpha(_text(cell)) for c, cell in line if c < first - 1):
        return False  # a figure among the labels: a line of counts
    runs: list[list[int]] = []
    heads: list[Cell] = []
    for col, number in numbers:
        head = cells.get((row - 1, col))
        if not _blank(head):
            if head is None or head.formula is not None:
                return False
            runs.append([])
            heads.append(head)
        elif not runs:
            return False
        runs[-1].append(number)
    if any(run != runs[0] for run in runs) or not _one_run(runs[0]):
        return False
    if len(runs) == 1 and not (len(runs[0]) >= _FEWEST_ALONE and _year_head(heads[0])):
        return False
    return any(_figure(cells.get((row + 1, col))) for col, _ in numbers)


def _numbers(line: list[tuple[int, Cell]]) -> list[tuple[int, int]] | None:
    found: list[tuple[int, int]] = []
    ended = False
    for col, cell in line:
        if _blank(cell):
            continue
        number = _whole(cell)
        if number is not None and not ended:
            found.append((col, number))
        elif number is not None or (found and not _alpha(_text(cell))):
            return None  # a number after the words, or a figure of another kind among them
        elif found:
            ended = True
    return found


def _one_run(numbers: list[int]) -> bool:
    if len(numbers) < 2 or any(b - a != 1 for a, b in pairwise(numbers)):
        return False
    return numbers[0] == 1 or all(n in _YEARS for n in numbers)


def _year_head(cell: Cell) -> bool:
    value = cell.value
    if isinstance(value, str):
        return _YEAR_HEAD.match(value) is not None
    return _whole(cell) in _YEARS


def _whole(cell: Cell) -> int | None:
    value = cell.value
    if cell.formula is not None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        text = value.strip()
        return int(text) if text.isdigit() and text.isascii() else None
    if isinstance(value, int | float) and float(value).is_integer():
        return int(value)
    return None


def _text(cell: Cell | None) -> str:
    return cell.value if cell is not None and isinstance(cell.value, str) else ""


def _alpha(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _blank(cell: Cell | None) -> bool:
    return cell is None or (cell.formula is None and (cell.value is None or cell.value == ""))


def _figure(cell: Cell | None) -> bool:
    if cell is None or isinstance(cell.value, bool):
        return False
    return isinstance(cell.value, int | float) or cell.formula is not None
