"""Numbers naming lines among words, in any column, are kept as written, never rounded.

ONS's child and infant mortality by number of previous children (Table 7) names each line of
a cause's block in its second column: 'All', then 0, 1, 2 (typed as numbers), '3 or more',
'Not stated', 'Unlinked deaths'. A copy rounding them as counts shows 0, 0, 0: the lines can
no longer be told apart, yet every figure is a multiple of the base and every total adds up,
and the label check, asking only the top of a run of numbers (``kept_labels``), sees 0 kept.

The proof reads the input itself: a run of a column's cells (down to an empty one) in which
three or more whole numbers from 0 to 99 count up by one, or stay, from 0 or 1, starting again
from that number in each block, or five or more count up by one from anywhere (ONS's weeks of
gestation, 23 to 41, between '22 weeks' and '42 weeks & over'), with words (three letters or
more) between them, where a column of counts holds at most a marker ('z', '[c]'): each such
number must stand in the copy as the input holds it, wherever the copy shows a plain figure
there.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.year_column import changed_labels

_WORDS = re.compile(r"[A-Za-z]{3,}")
_MIN_NUMBERS = 3
_MIN_STEPPING = 5  # a run a step apart from anywhere: weeks of gestation 23 to 41
_LARGEST = 99


def worded_labels(pair: SheetPair, kind: str) -> list[Finding]:
    """The places where a number naming a line among words (see the doc) is not the input's."""
    if pair.kind != "volume" or pair.source is None:
        return []
    columns: defaultdict[int, list[tuple[int, Cell]]] = defaultdict(list)
    for (row, col), cell in pair.source.cells.items():
        columns[col].append((row, cell))
    found: list[Finding] = []
    for col, cells in columns.items():
        for run in _runs(sorted(cells, key=lambda item: item[0])):
            numbers = [((row, col), n) for row, cell in run if (n := _whole(cell)) is not None]
            if _names_lines(run, [n for _, n in numbers]):
                found += changed_labels(pair, numbers, kind)
    return found


def _runs(cells: list[tuple[int, Cell]]) -> list[list[tuple[int, Cell]]]:
    """The column's cells parted where a row holds nothing."""
    runs: list[list[tuple[int, Cell]]] = []
    for row, cell in cells:
        if cell.value is None or cell.value == "":
            continue
        if runs and runs[-1][-1][0] == row - 1:
            runs[-1].append((row, cell))
        else:
            runs.append([(row, cell)])
    return runs


def _names_lines(run: list[tuple[int, Cell]], numbers: list[int]) -> bool:
    stepping = len(numbers) >= _MIN_STEPPING and all(b - a == 1 for a, b in pairwise(numbers))
    if len(numbers) < _MIN_NUMBERS or (numbers[0] not in (0, 1) and not stepping):
        return False
    if any(b < a and b != numbers[0] for a, b in pairwise(numbers)):
        return False  # a block starts again from the first number, or it is no naming
    if any(b - a > 1 for a, b in pairwise(numbers)) or max(numbers) > _LARGEST:
        return False
    first = next(at for at, (_, cell) in enumerate(run) if _whole(cell) is not None)
    return any(
        isinstance(cell.value, str) and _WORDS.search(cell.value) for _, cell in run[first + 1 :]
    )


def _whole(cell: Cell) -> int | None:
    value = cell.value if cell.formula is None else None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else None
