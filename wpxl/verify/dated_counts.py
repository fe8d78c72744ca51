"""A count the copy shows as a date, found by the proof itself.

A number under a date format in the years MI covers is carried as the date it shows; a count
so formatted (a column once of dates, pasted over with counts) would travel unrounded, 41,234
shown as 21/11/2012. wpxl.analyse.dated_counts removes such counts; the proof reads the copy's
dates with its own rule: a date among plain figures is a count when a plain figure stands above
it in its column and its line's label says nothing of a date ('JSA 18-24', not 'Data as at'),
or to its left in its row and its column's header says nothing of one ('Jun 2013', not 'Date
of first referral'; a label column of months as dates has no figure to its left, but the lines'
own numbers the proof reads as labels under words naming a period alone: 'CPA | Month' over
3 | Apr 2013, an extract's keys, and under such words a year beside its own month, 'Year |
Month' over 2013 | Jan 2013; under 'Referrals' a date beside them is a count); and a line
of dates over plain figures, each date under words naming its column, labelled as the body is,
is a first line of counts, not a header of dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from openpyxl.utils.datetime import from_excel

from wpxl.verify.leaks import WrittenCell

Coord = tuple[int, int]
DATED = re.compile(
    r"\b(?:dates?|dated|as\s+(?:at|of)|updated|extract(?:ed)?|ending|w/e|deadline|due)\b",
    re.IGNORECASE,
)
# words naming a column of periods alone: its dates are the lines' months ('CPA | Month')
_PERIOD = re.compile(
    r"^\s*(?:(?:referral|attachment|(?:job\s+)?start|reporting)\s+)?(?:months?|weeks?|quarters?"
    r"|periods?)\s*:?\s*$",
    re.IGNORECASE,
)
LAST_SERIAL = 2958466  # 31 December 9999, the last date Excel shows


class DatedCounts:
    """Whether a date of the copy is a count in a date's format; ``dated`` tells a style's.
    Each unbroken line of figures through a date (its column's, its row's) is read once for
    all the dates in it: a column of a thousand dates is walked once, not a thousand times."""

    def __init__(
        self,
        cells: dict[Coord, WrittenCell],
        dated: Callable[[int], bool],
        label: Callable[[Coord], bool],
    ) -> None:
        self.cells, self.dated = cells, dated
        self.label = label  # a figure the proof reads as the input's label kept (CPA 3)
        self._lines: dict[tuple[Coord, bool], tuple[_Line, int]] = {}

    def __call__(self, at: Coord) -> bool:
        cells = self.cells
        row, col = at
        column, down = self._line(at, vertical=True)
        across, along = self._line(at, vertical=False)
        label = " ".join(_texts(cells, [(row, c) for c in range(col)]))
        top = column.coords[0]
        header = " ".join(_texts(cells, [(top[0] - 1, col)]))
        if column.first_plain < down and not DATED.search(label) and not _year_over(cells, at):
            return True
        left = [c for c in across.coords[:along] if self._plain(c)]
        if left and _PERIOD.match(header) and all(_own_year(cells, c, at) for c in left):
            left = []  # 'Year | Month' over 2013 | Jan: the year its month's line names
        if left and not DATED.search(header):  # a label column: none
            return not (_PERIOD.match(header) and self._labels_only(across.coords[:along]))
        if down > 0 or column.last_plain <= down or not label or DATED.search(label):
            return False
        # a first line of counts, read as a second header: each date under words naming its
        # column
        return across.named

    def _labels_only(self, before: list[Coord]) -> bool:
        """Whether every plain figure of ``before`` is a label the proof reads as kept."""
        return all(self.label(c) for c in before if self._plain(c))

    def _line(self, at: Coord, vertical: bool) -> tuple[_Line, int]:
        known = self._lines.get((at, vertical))
        if known is None:
            down, right = (1, 0) if vertical else (0, 1)
            before = _run(self.cells, at, -down, -right)
            coords = [*reversed(before), at, *_run(self.cells, at, down, right)]
            line = _Line(coords, self._plain, self.cells)
            for place, coord in enumerate(coords):
                self._lines[(coord, vertical)] = (line, place)
            known = (line, len(before))
        return known

    def plain_figure(self, coord: Coord) -> bool:
        """Whether the copy holds a figure at ``coord`` in no date's format."""
        cell = self.cells.get(coord)
        return cell is not None and cell[0].__class__ is float and not self.dated(cell[2])

    def _plain(self, coord: Coord) -> bool:
        cell = self.cells[coord]
        return not self.dated(cell[2]) and cell[1] is None


class _Line:
    """An unbroken line of figures: where its first and last plain figure are (a date before
    the first has no plain figure before it), and whether each of its cells has words over it."""

    def __init__(
        self,
        coords: list[Coord],
        plain: Callable[[Coord], bool],
        cells: dict[Coord, WrittenCell],
    ) -> None:
        self.coords = coords
        places = [place for place, coord in enumerate(coords) if plain(coord)]
        self.first_plain = places[0] if places else len(coords)
        self.last_plain = places[-1] if places else -1
        self._cells = cells

    @cached_property
    def named(self) -> bool:
        return all(_texts(self._cells, [(r - 1, c)]) for r, c in self.coords)


def _year_over(cells: dict[Coord, WrittenCell], at: Coord) -> bool:
    """Whether the one figure over the date at ``at`` is its own year, as a published table
    writes a year once over its months ('2013' over Jan, Feb, Mar as dates shown 'mmm'), the
    first month of each year under it: a head over heads, no count, when no other figure
    stands over the date in its column (a count pasted over a date has counts above it)."""
    above = cells.get((at[0] - 2, at[1]))
    if above is not None and above[0].__class__ is float:
        return False
    return _own_year(cells, (at[0] - 1, at[1]), at)


def _own_year(cells: dict[Coord, WrittenCell], year_at: Coord, at: Coord) -> bool:
    """Whether the figure at ``year_at`` is the year of the date at ``at``."""
    year, date = cells.get(year_at), cells[at][0]
    if year is None or year[0].__class__ is not float or not 0 < date < LAST_SERIAL:  # type: ignore[operator]
        return False
    return year[0] == from_excel(date).year  # type: ignore[arg-type]


def _run(cells: dict[Coord, WrittenCell], at: Coord, down: int, right: int) -> list[Coord]:
    """The figures next to ``at`` one way, up to the first cell holding none."""
    found = []
    row, col = at
    while (cell := cells.get((row := row + down, col := col + right))) is not None and (
        cell[0].__class__ is float
    ):
        found.append((row, col))
    return found


def _texts(cells: dict[Coord, WrittenCell], coords: list[Coord]) -> list[str]:
    found = []
    for at in coords:
        cell = cells.get(at)
        if cell is not None and isinstance(cell[0], str) and cell[0].strip():
            found.append(cell[0])
    return found
