"""Age bands given by their bounds in two label columns: 'Age from | Age to' (or 'Lower age | Upper
age', 'Min age | Max age') over 18 | 24, 25 | 49, 50 | 64, the lines' counts right of them;
bands of weeks, months, days or hours the same way ('Weeks from | Weeks to'). Each number names
its line's band: rounded as counts (20 | 20, 20 | 40, 60 | 60) the bands overlap and no line can
be told apart. The label column's reading (``label_numbers``) asks for a total row or numbers
one apart, and knew no word for an upper bound, so the upper bounds, and under 'Lower age' both,
were rounded.

Read as the proof reads them (verify/band_bounds), failing closed: two touching leading columns
under words naming the lower bound and the upper bound of one quantity (an age, weeks, months,
days, hours: bare 'From | To' may head counts moved), in that order, just over the first line;
an unbroken run of whole numbers from there, each band's lower bound at most its upper and its
upper below the next band's lower (the last band's upper may be blank: '50 and over'), none past
the quantity's most (120 for an age), a figure right of the pair on each line; the table's other
lines hold no number in either column (a column of counts has its total there), and no formula
refers to them. Counts under such words would not rise so.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wpxl.analyse.formulas import references_any
from wpxl.analyse.values import as_number, typed_whole
from wpxl.model import Cell, Coord

if TYPE_CHECKING:  # layout asks this module about its label columns
    from wpxl.analyse.layout import Layout

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


def _bound(cell: Cell | None) -> tuple[str, str] | None:
    """Which bound words name ('lower' or 'upper') and of what ('age', 'week'), for 'Age
    from', 'Upper age', 'Weeks to'; None for other words."""
    if cell is None or not isinstance(cell.value, str):
        return None
    found = _BOUND.match(cell.value)
    if found is None:
        return None
    kind = "lower" if found.group("lo") or found.group("lo2") else "upper"
    return kind, (found.group("of") or found.group("of2")).lower().removesuffix("s")


def _whole(cell: Cell | None) -> int | None:
    """A whole number typed, or written as digits as exports write them ('18')."""
    if cell is not None and cell.formula is None and isinstance(cell.value, str):
        text = cell.value.strip()
        return int(text) if text.isdigit() and text.isascii() else None
    return typed_whole(cell)


def names_band_bounds(cells: dict[Coord, Cell], layout: Layout, col: int) -> bool:
    """Whether the leading column ``col`` holds one bound of each line's age band beside the
    other (see the module's doc)."""
    rows = layout.body_rows
    if not rows:
        return False
    bound = _bound(cells.get((rows[0] - 1, col)))
    if bound is None:
        return False
    lower = col if bound[0] == "lower" else col - 1
    if lower < layout.area.left or lower + 1 >= layout.area.right:
        return False
    heads = (_bound(cells.get((rows[0] - 1, lower))), _bound(cells.get((rows[0] - 1, lower + 1))))
    if heads != (("lower", bound[1]), ("upper", bound[1])):
        return False
    bands: list[tuple[int, int | None]] = []
    for row in rows:
        low, high = _whole(cells.get((row, lower))), _whole(cells.get((row, lower + 1)))
        if low is None:
            break
        upper = cells.get((row, lower + 1))
        if high is None and upper is not None and not upper.is_empty:
            return False
        if not any(
            as_number(cells[(row, c)].value) is not None
            for c in range(lower + 2, layout.area.right + 1)
            if (row, c) in cells
        ):
            return False  # a band's line holds its figures right of the pair
        bands.append((low, high))
    rest = rows[len(bands) :]  # the total row and notes: no number in either column
    if any(as_number(_value(cells, (r, c))) is not None for r in rest for c in (lower, lower + 1)):
        return False
    pair = range(rows[0], rows[0] + len(bands))
    rising = _rising(bands, _LIMIT[bound[1]])
    return len(bands) >= 2 and rising and not _referred_to(cells, lower, pair)


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


def _referred_to(cells: dict[Coord, Cell], lower: int, rows: range) -> bool:
    """Whether a formula of the sheet refers to a bound (a total over them: they count)."""
    for cell in cells.values():
        if cell.formula is None:
            continue
        for ref in references_any(cell.formula):
            across = ref.left <= lower + 1 and lower <= ref.right
            if across and ref.top <= rows[-1] and rows[0] <= ref.bottom:
                return True
    return False


def _value(cells: dict[Coord, Cell], at: Coord) -> object:
    cell = cells.get(at)
    return None if cell is None else cell.value
