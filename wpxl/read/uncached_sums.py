"""Sums a script saved without their values, under a date, time or % format: counts dressed up.

A workbook written by a program (openpyxl, pandas) holds its formulas and no results. An
analyst who copies a month head's format onto the Total row or column ('mmm-yy', 'dd/mm/yyyy',
'[h]:mm', or a share column's '0%') leaves SUMs of counts under it. Saved in Excel, each holds
its value, a count no MI date (or share) could be, and the reader reads it as the count it is,
in General
(wpxl.read.seen, DISGUISED_COUNTS); saved by a script, it held nothing to read, so it stayed a
date-formatted blank, was read as no count at all, and the copy lost its totals without a word
(under '0%', it was removed as a rate). A plain sum (=SUM(B4:D4), =SUBTOTAL(9,B4:B6), =B4+C4)
over the sheet's own cells, of which one at least is a whole number shown as one (or such a
sum), none a date, time, decimal or a number so dressed up itself, adds counts: it is
read as a count in General as if its value had been saved, and counted under the same kind, so
the cover says so. Any other formula (=MAX(B3:B9), =B3+7 over a date) is left as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from wpxl.model import Cell, Coord, Style
from wpxl.model.sheetref import column_index

_REF = r"\$?[A-Z]{1,3}\$?[0-9]{1,7}"
_RANGE = rf"{_REF}(?::{_REF})?"
_RANGES = rf"{_RANGE}(?:\s*,\s*{_RANGE})*"
_SUMS = (
    re.compile(rf"\s*SUM\(\s*({_RANGES})\s*\)\s*", re.IGNORECASE),
    re.compile(rf"\s*SUBTOTAL\(\s*(?:9|109)\s*,\s*({_RANGES})\s*\)\s*", re.IGNORECASE),
    re.compile(rf"\s*({_REF}(?:\s*\+\s*{_REF})+)\s*"),
)
_CELL = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]{1,7})")


def read_uncached_sums(
    cells: dict[Coord, Cell], dressed: Callable[[Style], bool], plain: Callable[[Style], Style]
) -> int:
    """Give each such sum (see the doc) the ``plain`` form of its style, where ``dressed``
    says its style is a date, time or percentage format; the number of cells so read.
    Repeated until none is left, so a grand total over total lines above or below it is read
    too."""
    found = 0
    counts: set[Coord] = set()
    waiting = [c for c, cell in cells.items() if _uncached_dressed(cell, dressed)]
    while waiting:
        left = []
        for coord in sorted(waiting):
            cell = cells[coord]
            ranges = _summed(cell.formula or "")
            adds = None if ranges is None else _adds_counts(ranges, cells, counts, dressed)
            if adds:
                cells[coord] = replace(cell, style=plain(cell.style))
                counts.add(coord)
                found += 1
            elif adds is not None:
                left.append(coord)  # over other such sums, perhaps read later in this pass
        if len(left) == len(waiting):
            break
        waiting = left
    return found


def _uncached_dressed(cell: Cell, dressed: Callable[[Style], bool]) -> bool:
    return cell.formula is not None and cell.value is None and dressed(cell.style)


def _summed(formula: str) -> list[tuple[Coord, Coord]] | None:
    """The rectangles a plain sum adds, or None for any other formula."""
    for pattern in _SUMS:
        match = pattern.fullmatch(formula)
        if match is not None:
            parts = re.split(r"\s*[,+]\s*", match.group(1))
            return [_rectangle(part) for part in parts]
    return None


def _rectangle(part: str) -> tuple[Coord, Coord]:
    ends = [_coord(ref) for ref in part.split(":")]
    (r1, c1), (r2, c2) = ends[0], ends[-1]
    return (min(r1, r2), min(c1, c2)), (max(r1, r2), max(c1, c2))


def _coord(ref: str) -> Coord:
    match = _CELL.fullmatch(ref.strip())
    assert match is not None  # the sum's pattern matched it
    return int(match.group(2)) - 1, column_index(match.group(1).upper())


def _adds_counts(
    ranges: list[tuple[Coord, Coord]],
    cells: dict[Coord, Cell],
    counts: set[Coord],
    dressed: Callable[[Style], bool],
) -> bool | None:
    """True when the rectangles hold a count and nothing else; None when they hold a date,
    time, decimal or dressed-up number (no sum of counts, or not known for one); False when
    nothing is known of them yet."""
    seen = False
    for coord, cell in _within(ranges, cells):
        value = cell.value
        if isinstance(value, dt.date | dt.time | dt.timedelta):
            return None
        if coord in counts:
            seen = True
        elif isinstance(value, int | float) and not isinstance(value, bool):
            if dressed(cell.style) or not float(value).is_integer():
                return None
            seen = True
    return seen


def _within(
    ranges: list[tuple[Coord, Coord]], cells: dict[Coord, Cell]
) -> list[tuple[Coord, Cell]]:
    """The sheet's cells inside the rectangles (a whole-column range walks the cells, not the
    million places)."""
    found: list[tuple[Coord, Cell]] = []
    for (top, left), (bottom, right) in ranges:
        if (bottom - top + 1) * (right - left + 1) > len(cells):
            found.extend(
                (c, cell)
                for c, cell in cells.items()
                if top <= c[0] <= bottom and left <= c[1] <= right
            )
            continue
        for row in range(top, bottom + 1):
            for col in range(left, right + 1):
                cell = cells.get((row, col))
                if cell is not None:
                    found.append(((row, col), cell))
    return found
