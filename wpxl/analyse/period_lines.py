"""Which lines under period words ("Year", "Quarter", "Year to date") hold years.

A header naming a period makes the year-shaped numbers under it years (a column 'Year' of
2019, 2020, 2021 beside the counts), carried as they are. But the same words head the period's
total in published tables: a 'Quarter' after each three months, a 'Year' after Q1 to Q4, a
'Year to date' at the end. There a total that happens to fall between 1990 and 2100 (a year to
date of 2,013) would be carried unrounded beside the rounded months, the true total given
back. So a line's period words make its numbers years only where every figure in it is
year-shaped; one count among them (1,171 beside 2,013) shows the line counts.
"""

from __future__ import annotations

from collections.abc import Iterable

from wpxl.analyse.cells import Words
from wpxl.analyse.values import as_number, is_date, is_error, is_year
from wpxl.model import Cell, Coord


def years_only_where_all_are(
    flags: dict[int, Words],
    cells: dict[Coord, Cell],
    across: Iterable[int],
    rows: bool,
) -> dict[int, Words]:
    """``flags`` (each line's words, by row when ``rows`` else by column) without the period
    words of a line that holds a figure no year could be; ``across``: the lines the other way."""
    across = tuple(across)
    found = dict(flags)
    for line, words in flags.items():
        if words.period and not _all_years(cells, line, across, rows):
            found[line] = words._replace(period=False)
    return found


def _all_years(cells: dict[Coord, Cell], line: int, across: tuple[int, ...], rows: bool) -> bool:
    for other in across:
        cell = cells.get((line, other) if rows else (other, line))
        if cell is None or is_error(cell.value) or is_date(cell.value, cell.style.number_format):
            continue
        number = as_number(cell.value)
        if number is not None and not is_year(number):
            return False
    return True
