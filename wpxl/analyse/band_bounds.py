"""Age bands given by their bounds in two label columns: 'Age from | Age to' (or 'Lower age |
Upper age', 'Min age | Max age') over 18 | 24, 25 | 49, 50 | 64, the lines' counts right of
them. Each number names its line's band: rounded as counts (20 | 20, 20 | 40, 60 | 60) the
bands overlap and no line can be told apart. The label column's reading (``label_numbers``)
asks for a total row or numbers one apart, and knew no word for an upper bound, so the upper
bounds, and under 'Lower age' both, were rounded.

Read as the proof reads them (verify/band_bounds), failing closed: two touching leading columns
under words naming an age's lower bound and its upper bound, in that order, just over the
first line; an unbroken run of whole numbers from there, each band's lower bound at most its
upper and its upper below the next band's lower (the last band's upper may be blank: '50 and
over'), none past 120, a figure right of the pair on each line; the table's other lines hold
no number in either column (a column of counts has its total there), and no formula refers to
them. Counts under such words would not rise so.
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
_BOUND = re.compile(
    rf"^\s*(?:(?:(?P<lo>{_LOWER})|(?P<up>{_UPPER}))\s+age"
    rf"|age\s*\(?\s*(?:(?P<lo2>{_LOWER})|(?P<up2>{_UPPER}))\s*\)?)\s*:?\s*$",
    re.IGNORECASE,
)
_OLDEST = 120


def _bound_kind(cell: Cell | None) -> str | None:
    """'lower' or 'upper' for words naming an age's bound ('Age from', 'Upper age')."""
    if cell is None or not isinstance(cell.value, str):
        return None
    found = _BOUND.match(cell.value)
    if found is None:
        return None
    return "lower" if found.group("lo") or found.group("lo2") else "upper"


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
    kind = _bound_kind(cells.get((rows[0] - 1, col)))
    if kind is None:
        return False
    lower = col if kind == "lower" else col - 1
    if lower < layout.area.left or lower + 1 >= layout.area.right:
        return False
    heads = (cells.get((rows[0] - 1, lower)), cells.get((rows[0] - 1, lower + 1)))
    if (_bound_kind(heads[0]), _bound_kind(heads[1])) != ("lower", "upper"):
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
    if any(as_number(_value(cells, (r, c))) is not None for r in rest for c in (lower, col)):
        return False
    pair = range(rows[0], rows[0] + len(bands))
    return len(bands) >= 2 and _rising(bands) and not _referred_to(cells, lower, pair)


def _rising(bands: list[tuple[int, int | None]]) -> bool:
    """Each band's lower bound at most its upper, its upper below the next band's lower, none
    past 120; only the last band's upper blank (an open end)."""
    for at, (low, high) in enumerate(bands):
        last = at == len(bands) - 1
        top = low if high is None else high
        if (high is None and not last) or low > top or top > _OLDEST:
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
