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
more, or a band's open end: '3+') between them, typed or written as digits ('0', '1', '2',
'3+', as exports write them), where a column of counts holds at most a marker: each such
number must stand in the copy as the input holds it, wherever the copy shows a plain figure
there. Digits written as text ('1', '2', '3'; ages '18', '19', '20': three or more counting
up by one from any number) need no words among them, nor a start at 0 or 1, where each stands
first on its line, a figure right of it, under no measure's name: an area's, a group's or an
age's number beside its counts, which a count written as text, beside its line's name, never
is ('Referrals' over them: counts written as text).
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.model import Cell
from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.year_column import changed_labels

_WORDS = re.compile(r"[A-Za-z]{3,}")
_OPEN_BAND = re.compile(r"^\s*\d{1,2}\s*(?:\+|or\s+more|and\s+over)\s*$", re.IGNORECASE)  # '3+'
_MIN_NUMBERS = 3
_MEASURE = re.compile(
    r"referr|attach|starts?\b|outcome|sustain|claimant|participant|people|person|volume|count"
    r"|number",
    re.IGNORECASE,
)
_MIN_STEPPING = 5  # a run a step apart from anywhere: weeks of gestation 23 to 41
_LARGEST = 99


def worded_labels(pair: SheetPair, cells: list[tuple[Coord, Cell]], kind: str) -> list[Finding]:
    """The places of one run of an input column's cells (``column_runs``: the walk is shared
    with the reading of class codes) where a number naming a line among words (see the doc)
    is not the input's."""
    run = _Run()
    for at, cell in cells:
        run.add(at, cell)
    return run.ended(pair, kind)


class _Run:
    """A column's cells down to an empty one, read in turn: only its whole numbers are kept,
    and none once it cannot name lines (a column of counts is long)."""

    def __init__(self) -> None:
        self.numbers: list[tuple[Coord, int]] = []
        self.worded = False  # words after its first number
        self.typed = False  # a number typed, not written as digits
        self.out = False

    def add(self, at: Coord, cell: Cell) -> None:
        if self.out:
            return
        number = _whole(cell)
        if number is None:
            text = cell.value if isinstance(cell.value, str) else ""
            words = _WORDS.search(text) is not None or _OPEN_BAND.match(text) is not None
            self.worded = self.worded or (bool(self.numbers) and words)
            return
        self.typed = self.typed or not isinstance(cell.value, str)
        before = self.numbers[-1][1] if self.numbers else None
        first = self.numbers[0][1] if self.numbers else number
        if number > _LARGEST or (before is not None and number - before > 1):
            self.out = True  # too large, or a jump: no naming
        elif before is not None and number < before and number != first:
            self.out = True  # a block starts again from the first number, or it is no naming
        else:
            self.numbers.append((at, number))

    def ended(self, pair: SheetPair, kind: str) -> list[Finding]:
        numbers = [n for _, n in self.numbers]
        if self.out or len(numbers) < _MIN_NUMBERS:
            return []
        lines = self._numbering_lines(pair)  # from any number: ages '18', '19', '20'
        if not self.worded and not lines:
            return []
        stepping = len(numbers) >= _MIN_STEPPING and all(b - a == 1 for a, b in pairwise(numbers))
        if numbers[0] not in (0, 1) and not stepping and not lines:
            return []
        return changed_labels(pair, self.numbers, kind)

    def _numbering_lines(self, pair: SheetPair) -> bool:
        """Digits as text running 1, 2, 3, each first on its line and a figure right of it."""
        if self.typed or any(b - a != 1 for (_, a), (_, b) in pairwise(self.numbers)):
            return False
        cells = pair.source.cells if pair.source is not None else {}
        (top, col), _ = self.numbers[0]
        head = cells.get((top - 1, col))
        if head is not None and _MEASURE.search(str(head.value or "")):
            return False  # 'Referrals' over '1', '2', '3': counts written as text
        for (row, col), _ in self.numbers:
            line = [(c, cell) for (r, c), cell in cells.items() if r == row and not cell.is_empty]
            if any(c < col for c, _ in line) or not any(
                c > col and _figure(cell) for c, cell in line
            ):
                return False
        return True


def _figure(cell: Cell) -> bool:
    """A figure: a typed number, or a formula's."""
    value = cell.value
    return cell.formula is not None or (
        isinstance(value, int | float) and not isinstance(value, bool)
    )


def _whole(cell: Cell) -> int | None:
    """A whole number, typed or written as digits ('2' before '3+', as exports write them)."""
    value = cell.value if cell.formula is None else None
    if isinstance(value, str) and value.strip().isdecimal() and value.isascii():
        value = int(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else None
