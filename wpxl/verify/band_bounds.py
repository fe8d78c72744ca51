"""Age bands given by their bounds in two columns, as the proof reads them: 'Age from | Age to' (or
'Lower age | Upper age', 'Min age | Max age') over 18 | 24, 25 | 49, 50 | 64, the lines' counts
right of them; bands of weeks, months, days or hours the same way ('Weeks from | Weeks to').
Each number names its line's band; rounded (20 | 20, 20 | 40) the bands overlap and no line can
be told apart. The proof's reading of a label column lets no figure stand left of a label (there
it would be among the figures), so the upper bounds, right of the lower ones, were read as
counts and a copy rounding them passed.

The pair is read from the input alone and fails closed: two touching columns under words naming
the lower bound and the upper bound of one quantity (an age, weeks, months, days, hours; bare
'From | To' may head counts moved), in that order, over an unbroken run of whole numbers from
the row under those words, each band's lower bound at most its upper and its upper below the
next band's lower (the last band's upper may be blank: '50 and over'), none past the quantity's
most (120 for an age), a figure right of the pair on each line. Counts under such words would
not rise so. Never asked: analyse.
"""

from __future__ import annotations

import re

from wpxl.model import Cell
from wpxl.verify.books import Coord
from wpxl.verify.label_number import label_number
from wpxl.verify.rows_of import RowsOf
from wpxl.verify.year_parts import is_number

_LOWER = r"lower|min(?:imum)?|start(?:ing)?|from"
_UPPER = r"upper|max(?:imum)?|end(?:ing)?|to"
_QUANTITY = r"age|weeks?|months?|days?|hours?"
_BOUND = re.compile(
    rf"^\s*(?:(?:(?P<lo>{_LOWER})|{_UPPER})\s+(?P<of>{_QUANTITY})"
    rf"|(?P<of2>{_QUANTITY})\s*\(?\s*(?:(?P<lo2>{_LOWER})|{_UPPER})\s*\)?)\s*:?\s*$",
    re.IGNORECASE,
)
# the most a band's bound may be: an age, weeks or months since an event, hours in a week
_LIMIT = {"age": 120, "week": 260, "month": 120, "day": 1830, "hour": 168}


def bound_named(text: object) -> tuple[str, str] | None:
    """Which bound words name ('lower' or 'upper') and of what ('age', 'week'), for 'Age
    from', 'Upper age', 'Weeks to'; None for other words."""
    if not isinstance(text, str):
        return None
    found = _BOUND.match(text)
    if found is None:
        return None
    kind = "lower" if found.group("lo") or found.group("lo2") else "upper"
    return kind, (found.group("of") or found.group("of2")).lower().removesuffix("s")


class BandBounds:
    """Whether a whole number of the input is a band's bound in a pair of bound columns (see
    the module's doc), each run read once for all its numbers (asked of every number a copy
    rounds, a run read afresh each time was the square of its length), and only in a column
    holding words that name a bound (followed down every column of figures a copy rounds, the
    runs made the check of kept labels a third slower on the 16-sheet benchmark book, which has
    none)."""

    def __init__(self, cells: dict[Coord, Cell], line: RowsOf) -> None:
        self._cells = cells
        self._line = line
        self._known: dict[Coord, bool] = {}
        self._named: set[int] | None = None  # the columns holding words naming a bound

    def __call__(self, at: Coord) -> bool:
        known = self._known.get(at)
        if known is not None:
            return known
        if self._named is None:
            self._named = {col for (_, col), c in self._cells.items() if bound_named(c.value)}
        if at[1] not in self._named or label_number(self._cells.get(at)) is None:
            return False
        row, col = at
        top, end = row, row
        while label_number(self._cells.get((top - 1, col))) is not None:
            top -= 1
        while label_number(self._cells.get((end + 1, col))) is not None:
            end += 1
        rows = self._bands(top, col)
        self._known.update(((r, col), r in rows) for r in range(top, end + 1))
        return row in rows

    def _bands(self, top: int, col: int) -> list[int]:
        """The rows of the pair's bands under the words over ``top``, or none if the column is
        no bound of a pair of bands."""
        bound = bound_named(_value(self._cells, (top - 1, col)))
        if bound is None:
            return []
        lower = col if bound[0] == "lower" else col - 1
        if bound_named(_value(self._cells, (top - 1, lower))) != ("lower", bound[1]):
            return []
        if bound_named(_value(self._cells, (top - 1, lower + 1))) != ("upper", bound[1]):
            return []
        return self._band_rows(top, lower, _LIMIT[bound[1]])

    def _band_rows(self, top: int, lower: int, limit: int) -> list[int]:
        cells = self._cells
        rows: list[int] = []
        bands: list[tuple[int, int | None]] = []
        row = top
        while (low := label_number(cells.get((row, lower)))) is not None:
            high = label_number(cells.get((row, lower + 1)))
            if high is None and _value(cells, (row, lower + 1)) not in (None, ""):
                return []
            rows.append(row)
            bands.append((low, high))
            row += 1
        if len(bands) < 2 or not _rising(bands, limit):
            return []
        for r in rows:  # each band's line holds a figure right of the pair
            if not any(c > lower + 1 and is_number(cell.value) for c, cell in self._line(r)):
                return []
        return rows


def _rising(bands: list[tuple[int, int | None]], limit: int) -> bool:
    """Each band's lower bound at most its upper, its upper below the next band's lower, none
    past ``limit`` (120 for an age); only the last band's upper blank (an open end)."""
    for at, (low, high) in enumerate(bands):
        last = at == len(bands) - 1
        top = low if high is None else high
        if (high is None and not last) or low > top or top > limit:
            return False
        if not last and top >= bands[at + 1][0]:
            return False
    return True


def _value(cells: dict[Coord, Cell], at: Coord) -> object:
    cell = cells.get(at)
    if cell is None:
        return None
    return cell.value.strip() if isinstance(cell.value, str) else cell.value
