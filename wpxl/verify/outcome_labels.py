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
from wpxl.verify.year_parts import whole

RowName = tuple[str, float]  # the header over a number naming a row, as words, and the number


class OutcomeLabels:
    """Asked of each figure of one input sheet that may hold outcomes as the proof learns it
    (a percentage sheet's keys need the labels of every table on it, outcome words over them
    or not). A run's (or a row's) reading is kept, so a column of counts is walked once, not
    once for each cell."""

    def __init__(self, cells: dict[Coord, Cell], found: set[RowName]) -> None:
        self._cells = cells
        self._reading = LabelReading(cells)
        self._down: dict[Coord, bool] = {}
        self._across: dict[int, bool] = {}
        self._words_at_or_above: dict[Coord, str] = {}
        self._found = found  # the proof's: each number vouched for, under its header

    def __call__(self, at: Coord) -> bool:
        """Whether the input's whole number at ``at`` names its row or column; if so it is
        recorded with its header for ``shown_as_label``."""
        number = whole(self._cells.get(at))
        if number is None:
            return False
        row = at[0]
        if at not in self._down:
            self._walk(at)
        if row not in self._across:
            self._across[row] = self._reading.names_across(at)
        named = self._down[at] or self._across[row] or self._reading.names_alone(at)
        if named:
            self._found.add((self._heading(at), float(number)))
        return named

    def _heading(self, at: Coord) -> str:
        """``_heading`` of the input's cell, each line above read once for the whole column."""
        row, col = at
        visited: list[int] = []
        words = ""
        above = row - 1
        while above >= 0 and (above, col) not in self._words_at_or_above:
            value = getattr(self._cells.get((above, col)), "value", None)
            visited.append(above)
            if _words(value):
                words = str(value).strip().casefold()
                break
            above -= 1
        else:
            words = self._words_at_or_above.get((above, col), "")
        self._words_at_or_above.update(((r, col), words) for r in visited)
        return words

    def _walk(self, at: Coord) -> None:
        """Read the column's unbroken run of whole numbers through ``at`` once, for all of it."""
        row, col = at
        top, end = row, row
        while whole(self._cells.get((top - 1, col))) is not None:
            top -= 1
        while whole(self._cells.get((end + 1, col))) is not None:
            end += 1
        named = self._reading.names_down((top, col))
        self._down.update(((r, col), named) for r in range(top, end + 1))


def _heading(value_at: Callable[[Coord], object], at: Coord) -> str:
    """The nearest words above a cell in its column, as a header is compared: lower case (the
    keys above it, shown as words on a percentage sheet, are passed over)."""
    row, col = at
    for above in range(row - 1, -1, -1):
        value = value_at((above, col))
        if _words(value):
            return str(value).strip().casefold()
    return ""


def _words(value: object) -> bool:
    return isinstance(value, str) and value.strip() != "" and not value.strip().isdigit()


def percent_heading(pair: SheetPair, coord: Coord, text: str) -> str | None:
    """The words over a percentage sheet's cell holding a number alone ('Payment group' over
    '6', 'Week' over '13'), kept with it until the whole input is learnt (``shown_as_label``);
    None for any other text or sheet."""
    if pair.kind != "percent" or not text.strip().isdigit():
        return None
    return _heading(lambda c: (pair.cells.get(c) or (None,))[0], coord)


def shown_as_label(
    heading: str | None, text: str, row_names: frozenset[RowName] | set[RowName]
) -> bool:
    """Whether a percentage sheet's number alone is one the input shows to name a row (or a
    column) of an outcome table, under the same words there as here: the key of a percentage
    line, no volume, whatever count of the input it happens to equal."""
    return heading is not None and (heading, float(text)) in row_names
