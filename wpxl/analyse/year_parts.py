"""A column numbering a part of the year: 'Year | Month | JSA | ESA', months written 4 .. 12,
1 .. 3 (a database extract's layout), quarters 1 .. 4, weeks 1 .. 53, periods 1 .. 13.

Rounded as counts the months read 0, 0, 0, ... 20, 20 and the rows can no longer be told
apart, so such a column is a label column, kept as written. An unrounded count taken for one
is a disclosure, so it is read so only when everything about it says period (fail closed):
its header names the part ('Month', 'Quarter', 'Qtr', 'Week number', 'Period'); its numbers
are whole and within the part's calendar range; a year names each row (the label column just
left of it holds a year on every row, and each year and part together are different, since
the parts repeat from year to year) or the table's title or header names one (then the parts
are all different); and no total counts it (``label_numbers`` asks that of every such run).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wpxl.analyse.values import is_text, is_year
from wpxl.model import Cell, Coord

if TYPE_CHECKING:  # layout asks this module about its columns
    from wpxl.analyse.layout import Layout

_PART = re.compile(
    r"^\s*(?:(?:financial|fiscal|calendar|reporting|accounting)\s+)?"
    r"(month|quarter|qtr|week|wk|period)s?\.?(?:\s+(?:number|no\.?|num\.?))?\s*:?\s*$",
    re.IGNORECASE,
)
_LAST = {"month": 12, "quarter": 4, "qtr": 4, "week": 53, "wk": 53, "period": 13}
# a year in words: 2013, 2013/14, 2013-14 (not part of a longer number)
_YEAR = re.compile(r"(?<!\d)(?:199\d|20\d\d)(?!\d)")
_TITLE_LINES = 5  # lines above a table's header searched for its title


def year_part_limit(header: str) -> int | None:
    """The largest number a column so headed can hold when it numbers a part of the year (12
    for 'Month'), or None when the header names no such part."""
    named = _PART.match(header)
    return _LAST[named.group(1).lower()] if named else None


def numbers_part_years(
    cells: dict[Coord, Cell], layout: Layout, col: int, numbers: list[int], last: int
) -> bool:
    """Whether the column's run of ``numbers`` (from the first body row down) numbers parts of
    the years (see the module's doc), its header allowing numbers up to ``last``."""
    if not all(1 <= n <= last for n in numbers):
        return False
    rows = layout.body_rows[: len(numbers)]
    if col - 1 in layout.label_cols:
        left = [cells.get((row, col - 1)) for row in rows]
        years = [str(c.value) for c in left if c and c.formula is None and is_year(c.value)]
        if len(years) == len(numbers):  # a year on every row: each year and part once
            return len(set(zip(years, numbers, strict=True))) == len(numbers)
    return len(set(numbers)) == len(numbers) and _year_named(cells, layout, col)


def _year_named(cells: dict[Coord, Cell], layout: Layout, col: int) -> bool:
    """Whether the column's header or a title line of the few above the table names a year
    (asked while the table's columns are read, before its titles are given to it)."""
    area, top = layout.area, layout.header_rows[0] if layout.header_rows else layout.area.top
    places = [
        (row, c) for row in range(top - _TITLE_LINES, top) for c in range(area.left, area.right + 1)
    ]
    places += [(row, col) for row in layout.header_rows]
    return any(
        (cell := cells.get(at)) is not None
        and is_text(cell.value)
        and _YEAR.search(str(cell.value))
        for at in places
    )
