"""The first line of a table's figures, its one number year-sized.

A header line of years ('Local authority | 2013') and a first line of figures whose count
happens to be year-sized ('Leeds | Referrals | 2003' in a long extract, under 'Local
authority | Measure | Count') look alike to a reading of lines: read as a header, 2003 was kept
as written, and the proof refused the copy. The line of figures is shaped as the line under
it (words in the same columns, a number where it has its number), under a header line whose
words head each of its cells, that number's column ('Count') too, and its words name no period;
a header of years heads a column no words head ('(blank) | Referrals' over 'Area | 2014'), or
says it is one ('Year | 2014' under 'Area | Referrals').
"""

from __future__ import annotations

import re

from wpxl.analyse.values import is_year
from wpxl.model import Cell, Coord

_PERIOD = re.compile(r"\b(?:years?|fy|period|months?|quarters?|weeks?)\b", re.IGNORECASE)


def counts_like_the_next(cells: dict[Coord, Cell], row: int, cols: range) -> bool:
    """Whether ``row`` is a line of figures whose one number is year-sized (see the doc)."""
    years = [col for col in cols if _shape(cells.get((row, col))) == "number"]
    if len(years) != 1 or not is_year(cells[(row, years[0])].value):
        return False
    shapes = [_shape(cells.get((row, c))) for c in cols]
    held = [c for c, shape in zip(cols, shapes, strict=True) if shape is not None]
    if any(_shape(cells.get((row - 1, c))) != "words" for c in held):
        return False  # a header line of words over every cell of the line: none over a year's
    if any(_PERIOD.search(str(cells[(row, c)].value)) for c in held if c != years[0]):
        return False  # 'Year | 2014' under 'Area | Referrals': the year's header line
    return shapes == [_shape(cells.get((row + 1, c))) for c in cols]


def _shape(cell: Cell | None) -> str | None:
    """What a cell holds: words, a typed number, or nothing (a formula is neither)."""
    if cell is None or cell.formula is not None or cell.value is None or cell.value == "":
        return None
    if isinstance(cell.value, str):
        return "words" if cell.value.strip() else None
    return (
        "number"
        if isinstance(cell.value, int | float) and not isinstance(cell.value, bool)
        else None
    )
