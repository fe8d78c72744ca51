"""The proof's reading of a header row naming its columns by numbers that repeat as runs: weeks
1 to 13 of one year, its total's column, then weeks 1 to 13 of the next year; and of the words
naming such a row's total column: total words ('Total', 'Q1 total'), the year or quarter its
numbers make up ('2013/14', 'FY2013/14', 'Q1'), or a running total of them ('YTD', 'Year to
date', 'Cumulative': weeks 1 to 4, their year to date, weeks 5 to 8 ...), or the year alone
closing its parts: months 1 to 12, then 'Year', 'Full year' or the year itself (2014, typed as
a number as Excel stores it); parts numbered 1, 2, 3 ... as no row of counts runs. Month
codes a month apart (201304, 201305, 201306) need no total column.

Rounded as counts such numbers read 0, 0, 0 ..., and the columns can no longer be told apart;
but a row of counts could repeat a figure too, so a repeat is let stand only as a whole run:
the numbers between two cells of words are all different, and any two such runs sharing a
number are the same run. ``label_figures`` asks the rest of a header row of numbers of it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.model import Cell
from wpxl.verify.values import RUNNING_TOTAL
from wpxl.verify.year_parts import is_number, whole

_TOTAL_COLUMN = re.compile(
    r"^\s*(?:grand\s+|sub-?\s*)?totals?\b|^\s*all\b|^.*\btotals?\s*$"
    r"|^\s*(?:(?:(?:financial|fiscal|calendar)\s+)?year\s+|fy\s*)?(?:19|20)\d\d"
    r"(?:\s*[/-]\s*(?:\d\d|(?:19|20)\d\d))?\s*$|^\s*(?:q[1-4]|quarter\s+[1-4])\s*$"
    r"|^\s*(?:(?:full|whole)\s+)?year\s*$"
    rf"|^.*{RUNNING_TOTAL}",
    re.IGNORECASE,
)
_MIN_PARTS = 3
_MIN_MONTHS = 2  # month codes a month apart: no two counts over 199,000 so run
_MOST_PARTS = 53  # a year's weeks: its months, periods and quarters are fewer
_YEARS = (1900, 2099)


def names_total_column(text: str) -> bool:
    """Words heading a header row's total column (see the module's doc)."""
    return _TOTAL_COLUMN.match(text) is not None


def closes_with_years(named: list[tuple[int, int]]) -> bool:
    """Whether the header row's numbers (by column, left to right) are parts of a year
    numbered 1, 2, 3 ... (three to 53 of them), each run closed by a year (1900 to 2099): no
    row of counts so runs, and they add up to less than any year."""
    parts: list[int] = []
    for _, number in named:
        if _YEARS[0] <= number <= _YEARS[1]:
            if not _MIN_PARTS <= len(parts) <= _MOST_PARTS:
                return False
            if sorted(parts) != list(range(1, len(parts) + 1)):
                return False
            parts = []
        else:
            parts.append(number)
    return not parts and bool(named)


def months_running(named: list[tuple[int, int]]) -> bool:
    """Whether the header row's numbers are two or more month codes (yyyymm) a month apart,
    in order: the months they head, as no line of counts runs."""
    months = [divmod(number, 100) for _, number in named]
    if len(months) < _MIN_MONTHS or not all(
        _YEARS[0] <= year <= _YEARS[1] and 1 <= month <= 12 for year, month in months
    ):
        return False
    order = [12 * year + month for year, month in months]
    return all(b - a == 1 for a, b in pairwise(order))


def periods_named(named: list[tuple[int, int]]) -> bool:
    """Whether the header row's numbers name periods with no total word beside them: parts of
    a year closed by it (``closes_with_years``) or month codes a month apart."""
    return closes_with_years(named) or months_running(named)


def repeated_as_runs(line: list[tuple[int, Cell]]) -> bool:
    """Whether the row's numbers (its cells, left to right) are all different, or repeat only
    as whole runs between words (see the module's doc)."""
    runs: list[list[int | None]] = [[]]
    for _, cell in line:
        value = cell.value
        if isinstance(value, str) and value.strip().isdecimal():
            runs[-1].append(int(value))  # a number written as text ('18'), as exports write it
        elif isinstance(value, str) and value.strip():
            runs.append([])
        elif is_number(value):
            runs[-1].append(whole(cell))
    return repeated_whole([run for run in runs if run])


def repeated_whole(runs: list[list[int | None]]) -> bool:
    """Whether each run's numbers are all different, and any two runs sharing a number are the
    same run (a header row's weeks of each year, a label column's groups in each block)."""
    if any(len(set(run)) != len(run) for run in runs):
        return False
    return all(a == b or not set(a) & set(b) for a in runs for b in runs)
