"""Dates counted on by a formula in a workbook saved without its formulas' values.

A workbook written by a program (openpyxl, pandas) holds formulas and no results. Month heads
are often typed once and counted on (=EDATE(B3,1), =EOMONTH(C3,1)), or made by =DATE(2013,4,1):
with no values saved they read as blank, and the months were lost from the copy's header.
Such a formula over a typed date (or one worked out before it along its row or column), or
over typed whole numbers, gives the date Excel shows, so it is worked out here; anything else
is left unworked.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

from wpxl.model import Cell, Coord

_REF = r"\$?([A-Z]{1,3})\$?([0-9]{1,7})"
_SHIFTED = re.compile(
    rf"\s*(?:_xlfn\.)?(EDATE|EOMONTH)\(\s*{_REF}\s*,\s*(-?[0-9]{{1,3}})\s*\)\s*", re.IGNORECASE
)
_MADE = re.compile(r"\s*DATE\(\s*([0-9]{4})\s*,\s*([0-9]{1,2})\s*,\s*([0-9]{1,2})\s*\)\s*", re.I)


def work_out_counted_dates(cells: dict[Coord, Cell]) -> None:
    """Give each formula saved without a value that counts on a date (see the doc) its date;
    in reading order, so a run of heads each counting on the last is worked out in one pass.
    Only such formulas are sorted (few), not every cell of the sheet."""
    unworked = [c for c, cell in cells.items() if cell.formula is not None and cell.value is None]
    for coord in sorted(unworked):
        cell = cells[coord]
        day = _counted(cell.formula, cells)
        if day is not None:
            cells[coord] = replace(cell, value=day)


def _counted(formula: str, cells: dict[Coord, Cell]) -> dt.datetime | None:
    """The date ``formula`` gives, when it counts months on from a known date or makes one."""
    made = _MADE.fullmatch(formula)
    if made is not None:
        year, month, day = (int(part) for part in made.groups())
        try:
            return dt.datetime(year, month, day)
        except ValueError:
            return None
    shifted = _SHIFTED.fullmatch(formula)
    if shifted is None:
        return None
    name, column, row, months = shifted.groups()
    start = cells.get((int(row) - 1, _column_index(column)))
    if start is None or not isinstance(start.value, dt.datetime):
        return None
    index = start.value.year * 12 + start.value.month - 1 + int(months)
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    day = last if name.upper() == "EOMONTH" else min(start.value.day, last)
    return dt.datetime(year, month + 1, day)


def _column_index(letters: str) -> int:
    """0-based column of 'A', 'AB' ..."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1
