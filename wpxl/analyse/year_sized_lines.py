"""A table's first line whose one figure is year-sized: 'Leeds | 2046' under 'Area | Total'.

A header row of one year ('Referrals' over 2014) sits under words over the same column, so a
line named by a label holding a lone year-sized number looks like one. But a header names the
year with nothing or a word of time in the label column ('', 'Year', 'Financial year'), or
under a blank corner, or beside other headings ('Row Labels | 2014 | Grand Total'); a line
naming a place or group ('Leeds') under the corner naming them ('Area'), and nothing else
beside its number, holds a count that happens to lie between 1990 and 2100. Read as a header
of a year, Leeds' 2,046 referrals were carried unrounded. So were Scotland's 2,090 under a
header of a month code, a blank row between ('Country | Region | Area | 201304'), and an
area's under 'Region | Area | 201304', its line leaving the region's column blank: a line's
name is its first words, in whichever label column they stand.
"""

from __future__ import annotations

import re

from wpxl.analyse.values import is_date, is_text, is_year, typed_whole
from wpxl.model import Cell, CellRange, Coord

# a label column's words beside a header of years: when, not what or where
_TIME = re.compile(r"\b(?:year|yr|period|month|quarter|week|date|as at|cohort)s?\b", re.I)


def names_a_counted_line(cells: dict[Coord, Cell], row: int, block: CellRange) -> bool:
    """Whether ``row`` is a line of figures though its one number is year-sized: its label
    column names something other than a time under words there, nothing else stands beside
    the number, and a heading (words, or a year: 'Leeds | 2046' under 'Area | 2014') is over
    it."""
    filled = [
        (col, c)
        for col in range(block.left, block.right + 1)
        if (c := cells.get((row, col))) is not None and not c.is_empty
    ]
    if row <= block.top or not filled:
        return False
    (name, first), held = filled[0], filled[1:]  # an area's line leaves its region's blank
    if not _words(first) or not _words(_corner(cells, row, block.top, name)):
        return False
    if _TIME.search(str(first.value)):
        return False
    if len(held) != 1:
        return False
    col, cell = held[0]
    over = cells.get((row - 1, col))
    if (over is None or over.is_empty) and row - 2 >= block.top:
        over = cells.get((row - 2, col))  # the heading a blank row over the first line
    heading = _words(over) or _year(over) or _month_code(over)  # words, a year or a month
    return _year(cell) and heading


def _corner(cells: dict[Coord, Cell], row: int, top: int, col: int) -> Cell | None:
    """The nearest cell holding anything above the line in its label column ``col``, from
    the block's ``top``: the corner over the lines' names ('Area' over a blank beside a
    year's heading)."""
    for above in range(row - 1, top - 1, -1):
        cell = cells.get((above, col))
        if cell is not None and not cell.is_empty:
            return cell
    return None


def _year(cell: Cell | None) -> bool:
    return (
        cell is not None
        and cell.formula is None
        and not isinstance(cell.value, str)
        and is_year(cell.value)
        and not is_date(cell.value, cell.style.number_format)
    )


def _month_code(cell: Cell | None) -> bool:
    """A month typed as its code, yyyymm ('201304'), heading its column."""
    number = typed_whole(cell)
    return number is not None and 1990 <= number // 100 <= 2099 and 1 <= number % 100 <= 12


def _words(cell: Cell | None) -> bool:
    return cell is not None and is_text(cell.value) and bool(str(cell.value).strip())
