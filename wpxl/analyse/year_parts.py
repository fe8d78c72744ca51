"""A column numbering a part of the year: 'Year | Month | JSA | ESA', months written 4 .. 12,
1 .. 3 (a database extract's layout), quarters 1 .. 4, weeks 1 .. 53, periods 1 .. 13.

Rounded as counts the months read 0, 0, 0, ... 20, 20 and the rows can no longer be told
apart, so such a column is a label column, kept as written. An unrounded count taken for one
is a disclosure, so it is read so only when everything about it says period (fail closed):
its header names the part ('Month', 'Quarter', 'Qtr', 'Week number', 'Period'); its numbers
are whole and within the part's calendar range; a year names each row (a label column left of
it holds a year on every row, or on the first of the rows it is shown once over as a pivot
table shows it, just left of it or with others between, 'Year | Region | Month', and each
row's labels, on either side of it ('Year | Month | Region'), and part together are
different, since the parts repeat from year to year) or the table's title or header names one
(then the parts are all different); and no total counts it (``label_numbers`` asks that of
every such run).

The column of years itself is a label column wherever it stands among the leading columns
('Area | Year | Month | Referrals', a long extract's layout, not only 'Year | ...'), when its
header names a year and it holds nothing but typed years: left a figure column, its months
beside it would have no year to name their rows, and be rounded as counts.
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
_YEARS = re.compile(r"^\s*(?:(?:financial|fiscal|calendar|academic)\s+)?years?\s*:?\s*$", re.I)
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
    left = [c for c in layout.label_cols if c < col]
    filled = {c: _filled_down(cells, rows, c) for c in left}
    if any(_years(filled[c], cells, rows, c) for c in left):
        # a year on every row (or shown once over its rows, as a pivot table shows it), maybe
        # with a region between them or after ('Year | Region | Month', 'Year | Month |
        # Region'): each row's labels and part once
        right: list[list[str]] = []
        for c in range(col + 1, layout.area.right + 1):
            if (words := _words(cells, rows, c)) is None:
                break
            right.append(words)
        keys = {
            (*(filled[c][i] for c in left), *(words[i] for words in right), n)
            for i, n in enumerate(numbers)
        }
        return len(keys) == len(numbers)
    return len(set(numbers)) == len(numbers) and _year_named(cells, layout, col)


def _filled_down(cells: dict[Coord, Cell], rows: list[int], col: int) -> list[str]:
    """The column's labels on ``rows``, an empty cell read as the label above it."""
    labels: list[str] = []
    for row in rows:
        cell = cells.get((row, col))
        empty = cell is None or cell.value is None or str(cell.value).strip() == ""
        labels.append(labels[-1] if empty and labels else "" if empty else str(cell.value))
    return labels


def _words(cells: dict[Coord, Cell], rows: list[int], col: int) -> list[str] | None:
    """The column's words on ``rows`` when it holds words on every one (a label column right
    of the part's: 'Year | Month | Region'), else None."""
    found = [cells.get((row, col)) for row in rows]
    words = [
        str(c.value) for c in found if c is not None and is_text(c.value) and str(c.value).strip()
    ]
    return words if len(words) == len(rows) else None


def _years(labels: list[str], cells: dict[Coord, Cell], rows: list[int], col: int) -> bool:
    """Whether the column holds a typed year on every row, or on its first row and then on
    each row it is not left empty."""
    found = [cells.get((row, col)) for row in rows]
    typed = [c for c in found if c is not None and c.value is not None and str(c.value).strip()]
    return (
        bool(labels)
        and found[0] is not None
        and all(c.formula is None and is_year(c.value) for c in typed)
        and found[0] in typed
    )


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


def years_column(cells: dict[Coord, Cell], layout: Layout, col: int) -> bool:
    """Whether the column is a column of years naming the rows (see the module's doc): a header
    naming a year over typed years only (an empty cell under one, as a pivot table shows it)."""
    heads = [cells.get((row, col)) for row in layout.header_rows]
    if not any(h is not None and is_text(h.value) and _YEARS.match(str(h.value)) for h in heads):
        return False
    rows = layout.body_rows
    return _years(_filled_down(cells, rows, col), cells, rows, col)
