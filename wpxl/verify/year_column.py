"""Years naming a table's rows are kept as written, never rounded as counts.

MoJ's annual averages run down a column headed 'Year' from 1900 to 2021, two of them marked
with a footnote ('2009(2)'). The copy rounded the years before 1990 as counts (1946 -> 1940)
and every other check passed: each is a multiple of the base, no total adds it up, and the
first of the run (1900) is one already, so the label check that asks only a run's top (the
``kept_labels`` doc) saw it unchanged.

The proof reads the input itself: a column headed 'Year' (or 'Calendar year', 'Financial
year', or a year named by what it dates, ONS's 'Registration year', 'Year of occurrence'),
under which three or more whole years (1800 to 2100, typed, or written with a footnote's
marker) run one apart, down to the first cell that is none. Every such year typed in the input
must stand in the copy as it is, wherever the copy shows a plain figure there.
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.model import Cell
from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.leaks import Finding

_HEADER = re.compile(
    r"\s*(?:(?:calendar|financial|registration|occurrence|reference|survey|census|tax"
    r"|publication)\s+)?years?(?:\s+of\s+(?:registration|occurrence))?\s*",
    re.IGNORECASE,
)
_MARKED = re.compile(r"\s*(\d{4})\s*(?:[(\[]\s*\d{1,2}(?:\s*,\s*\d{1,2})*\s*[)\]]\s*)*")
_FIRST, _LAST = 1800, 2100
_MIN_RUN = 3


def rounded_years(pair: SheetPair, kind: str) -> list[Finding]:
    """The places where a year of a column of years (see the doc) is not the input's."""
    if pair.kind != "volume" or pair.source is None:
        return []
    cells = pair.source.cells
    found: list[Finding] = []
    for (row, col), cell in cells.items():
        text = cell.value
        if text.__class__ is str and "ear" in text and _HEADER.fullmatch(text):  # type: ignore[arg-type]
            found += changed_labels(pair, _run(cells, row + 1, col), kind)
    return found


def _run(cells: dict[Coord, Cell], top: int, col: int) -> list[tuple[Coord, int]]:
    """The years under a header from ``top`` down, to the first cell that holds none."""
    years: list[tuple[Coord, int]] = []
    row = top
    while (year := _year(cells.get((row, col)))) is not None:
        years.append(((row, col), year))
        row += 1
    steps = all(abs(b[1] - a[1]) == 1 for a, b in pairwise(years))
    return years if len(years) >= _MIN_RUN and steps else []


def _year(cell: Cell | None) -> int | None:
    value = None if cell is None or cell.formula is not None else cell.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and (marked := _MARKED.fullmatch(value)) is not None:
        value = int(marked.group(1))
    if isinstance(value, int) and not isinstance(value, bool) and _FIRST <= value <= _LAST:
        return value
    return None


def changed_labels(pair: SheetPair, years: list[tuple[Coord, int]], kind: str) -> list[Finding]:
    """The places of ``years`` (numbers naming lines, at their input places) the copy shows
    as a plain figure other than the input's."""
    found = []
    for at, year in years:
        if not pair.carried(at):
            continue
        written = pair.cells.get(pair.output_coord(at))
        plain = written is not None and written[1] is None and isinstance(written[0], float)
        if plain and written[0] != year:  # type: ignore[index]
            found.append(Finding(pair.where(pair.output_coord(at)), kind))
    return found
