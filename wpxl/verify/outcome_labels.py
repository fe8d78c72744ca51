"""Numbers naming the rows of an outcome table are no outcome volumes.

Work Programme MI reports outcomes by payment group number, week, age or month: 'Payment group
| Referrals | Job outcomes' with the groups typed 1, 2, 6, 9, 'Attachments and job outcomes' by
week, 'Year | Month | Job outcomes'. Under a title naming outcomes every figure of such a table
reads as an outcome by its words (``wpxl.verify.outcomes``), its label numbers too, so a copy
keeping them was refused. A number the proof's own reading of the input (``label_figures``: a
run under a header naming what it numbers, a header row of numbers beside 'Total', a part of
the year beside its year, a long extract's key) shows to name its row or column is no volume:
it may stand where the input holds it (``kept_labels`` refuses it rounded, and a formula adding
it up makes it a count again there), and a percentage sheet may show it as words under the
header it stands under in the input (``percent_heading``, ``shown_as_label``). Every other
figure under outcome words is still an outcome volume, wherever it appears.
"""

from __future__ import annotations

from collections.abc import Callable

from wpxl.model import Cell
from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.label_figures import LabelReading
from wpxl.verify.label_number import label_number
from wpxl.verify.place_codes import text_place_code

RowName = tuple[str, float]  # the header over a number naming a row, as words, and the number
# A header row's numbers are known by the words left of them on their row too (its corner:
# 'CPA | 2 | 3 | 7 | 8 | Total'): over them a percentage sheet has its own note, the input
# nothing, or another table's words. Marked so no column's header is taken for a corner.
BESIDE = "\x1f"


class OutcomeLabels:
    """Asked of each figure of one input sheet that may hold outcomes as the proof learns it
    (a percentage sheet's keys need the labels of every table on it, outcome words over them
    or not). A run's (or a row's) reading is kept, so a column of counts is read once, not
    once for each cell."""

    def __init__(self, cells: dict[Coord, Cell], found: set[RowName]) -> None:
        self._cells = cells
        self._reading = LabelReading(cells)
        self._across: dict[int, bool] = {}
        self._headings: dict[Coord, str] = {}
        self._found = found  # the proof's: each number vouched for, under its header

    def __call__(self, at: Coord) -> bool:
        """Whether the input's whole number (typed, or digits) at ``at`` names its row or
        column; if so it is recorded with its header for ``shown_as_label``."""
        number = label_number(self._cells.get(at))
        if number is None:
            return False
        row = at[0]
        if row not in self._across:
            self._across[row] = self._reading.names_across(at)
        reading = self._reading
        named = reading.names_down(at) or self._across[row] or reading.names_alone(at)
        named = named or text_place_code(self._cells, at)  # 'Office' over '1101' as text
        if named:
            self._found.add((heading(self._value, at, self._headings), float(number)))
        if named and self._across[row] and (corner := _corner(self._value, *at)):
            self._found.add((BESIDE + corner, float(number)))  # 'CPA | 2 | 3 | 7 | Total'
        return named

    def _value(self, at: Coord) -> object:
        cell = self._cells.get(at)
        return None if cell is None else cell.value


def heading(value_at: Callable[[Coord], object], at: Coord, known: dict[Coord, str]) -> str:
    """The nearest words above a cell in its column, as a header is compared: lower case (the
    keys above it, shown as words on a percentage sheet, are passed over); with nothing
    straight above it, the words over its header row's run (``_over_the_run``). ``known`` keeps
    what each line passed holds above it, so a long column is walked once."""
    row, col = at
    if row > 0 and not _filled(value_at((row - 1, col))):
        over = _over_the_run(value_at, row - 1, col)
        if over:
            return over
    passed: list[int] = []
    words = ""
    above = row - 1
    while above >= 0 and (above, col) not in known:
        value = value_at((above, col))
        passed.append(above)
        if _words(value):
            words = str(value).strip().casefold()
            break
        above -= 1
    else:
        words = known.get((above, col), "")
    known.update(((r, col), words) for r in passed)
    return words


def _over_the_run(value_at: Callable[[Coord], object], row: int, col: int) -> str:
    """The words over a header row's run of numbers, for a number with nothing straight above
    it: the nearest filled cell left of it on ``row``, if words. 'Month' merged (or typed once)
    over 1, 2, 3 stands over the first only; up its column the second's nearest words are
    another table's ('2015/16'), or none on a percentage sheet."""
    for left in range(col - 1, -1, -1):
        value = value_at((row, left))
        if _filled(value):
            return str(value).strip().casefold() if _words(value) else ""
    return ""


def _corner(value_at: Callable[[Coord], object], row: int, col: int) -> str:
    """The nearest words left of a cell on its row, past the numbers between ('CPA' left of
    2, 3, 7), as a header is compared; '' with none."""
    for left in range(col - 1, -1, -1):
        value = value_at((row, left))
        if _words(value):
            return str(value).strip().casefold()
        if not _filled(value) or not (isinstance(value, int | float) or str(value).isdecimal()):
            return ""
    return ""


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _words(value: object) -> bool:
    return isinstance(value, str) and value.strip() != "" and not value.strip().isdigit()


def percent_heading(pair: SheetPair, coord: Coord, text: str) -> str | None:
    """The words over a percentage sheet's cell holding a number alone ('Payment group' over
    '6', 'Week' over '13'), kept with it until the whole input is learnt (``shown_as_label``);
    None for any other text or sheet."""
    if pair.kind != "percent" or not text.strip().isdigit():
        return None
    value_at = lambda c: (pair.cells.get(c) or (None,))[0]  # noqa: E731
    corner = _corner(value_at, *coord)
    over = heading(value_at, coord, pair.headings)
    return f"{over}{BESIDE}{corner}" if corner else over


def shown_as_label(
    heading: str | None, text: str, row_names: frozenset[RowName] | set[RowName]
) -> bool:
    """Whether a percentage sheet's number alone is one the input shows to name a row (or a
    column) of an outcome table, under the same words there as here: the key of a percentage
    line, no volume, whatever count of the input it happens to equal."""
    if heading is None:
        return False
    over, _, corner = heading.partition(BESIDE)
    number = float(text)
    return (over, number) in row_names or (corner != "" and (BESIDE + corner, number) in row_names)
