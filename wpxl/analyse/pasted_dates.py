"""Counts pasted over a column's date format, under words naming a measure.

An analyst pastes a column of referrals over one that once held dates: Excel keeps the date
format, so 41,234 referrals show as 21/11/2012, and wpxl.read, taking a number under a date
format for a date, reads a date. Under 'Referrals' beside the lines' numbers ('CPA |
Referrals | Attachments' over 1 | 21/11/2012 | 301) such dates were read as the lines' keys
and carried as they stood; the proof, reading them as counts, refused the copy. A date whose
column's words above it (over any dates above it) name a measure, say it counts and say
nothing of a date or a moment ('Referrals', 'No. of job starts'; not 'Referral month', 'Date
of first referral', or 'Job start' over each participant's day), a whole day with a plain
figure on its line, is a count: it is read as its serial number in a number format, so it is
rounded, totalled and checked as every count is (an outcome measure's is removed as outcomes
are). The proof reads the input so itself (wpxl.verify.dated_measures ``pasted_count``).

Not in a workbook counting its days from 1904 (old Mac Excel): its serial numbers are not the
1900 system's that both sides take a date back to, so 41,234 referrals went out as 42,700,
verified. There the dates stay dates, and the proof refuses the copy, as it did before.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from wpxl.analyse.dated_counts import DATED, MOMENT, is_day, is_figure
from wpxl.analyse.words import header_measure
from wpxl.model import Cell, Coord, Measure, Sheet

COUNT_FORMAT = "#,##0"
# words saying a column counts ('Referrals', 'No. of job starts'), not a date of one event per
# line ('Job start' over each participant's date): the proof's list is its own, and the same
COUNTED = re.compile(
    r"\b(?:referrals|attachments|starts|outcomes|sustainments|number|no\.?|count|total|volume)\b",
    re.IGNORECASE,
)
# the 1900 date system's day nought, as Excel counts it (the 1904 system is Mac Excel's alone)
_DAY_NOUGHT = dt.datetime(1899, 12, 30)
_REACH = 64  # cells a line's figures are looked for along it


def pasted_counts(sheet: Sheet, measure_words: dict[Measure, tuple[str, ...]]) -> Sheet:
    """The sheet with its counts pasted over a date format read as the numbers they are (see
    the doc); the sheet itself when it has none, as nearly every sheet has."""
    if sheet.date1904:
        return sheet
    cells = sheet.cells
    found = {
        at: cell
        for at, cell in cells.items()
        if isinstance(cell.value, dt.datetime) and cell.formula is None and is_day(cell)
    }
    counts = {
        at: _as_count(cell)
        for at, cell in found.items()
        if _measure_above(cells, at, measure_words) and _figure_beside(cells, at)
    }
    if not counts:
        return sheet
    return replace(sheet, cells={**cells, **counts})


def _as_count(cell: Cell) -> Cell:
    days = cell.value - _DAY_NOUGHT  # type: ignore[operator]
    style = replace(cell.style, number_format=COUNT_FORMAT)
    return replace(cell, value=days.days, style=style)


def _measure_above(
    cells: dict[Coord, Cell], at: Coord, measure_words: dict[Measure, tuple[str, ...]]
) -> bool:
    """Whether the first words over the date (over any dates above it) name a measure and
    nothing of a date or a moment."""
    row, col = at
    for above in range(row - 1, max(row - _REACH, -1), -1):
        cell = cells.get((above, col))
        if cell is None or cell.is_empty or is_day(cell):
            continue
        text = cell.value if isinstance(cell.value, str) else ""
        if not text or DATED.search(text) or MOMENT.search(text):
            return False
        return header_measure(text, measure_words) is not None and bool(COUNTED.search(text))
    return False


def _figure_beside(cells: dict[Coord, Cell], at: Coord) -> bool:
    """A plain figure on the date's line, either side of it: a line of counts."""
    row, col = at
    beside = [*range(max(col - _REACH, 0), col), *range(col + 1, col + _REACH)]
    return any(is_figure(cells.get((row, c))) for c in beside)
