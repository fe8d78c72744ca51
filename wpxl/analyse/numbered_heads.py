"""A header row naming its columns by numbers (CPA numbers 3, 7, 12; weeks 1 to 13; months 1
to 12), told from a line of figures by the words beside them: one after the numbers names the
total column ('Total', or the year or quarter they make up: '2013/14'); before them, total
words name the row a total.

Months numbered 1 to 12 are often closed by their year's column headed the year alone: 'Year',
'Full year', or the year itself ('2014', which Excel stores as a number when typed). Read as a
line of figures, the months were rounded (0, 0 ... 20, 20) and the year with them (2020), and
the title naming 2014 was removed as quoting a figure. A year closes such a row only after the
parts of a year numbered 1, 2, 3 ... (three or more, up to a year's 53 weeks): no row of counts
so runs, and they add up to less than any year, so a row of counts ending with its total is
not read so, nor a row of years (2012, 2013, 2014, 'Total'). The proof reads the row for itself
(wpxl.verify.repeated_heads, wpxl.verify.year_labels).

A corner naming the period of an event ('Referral month' over 201304, 201305, 201306 and
'Total') names what the numbers are, not a measure the row counts: the month codes were rounded
(201300) as a line of figures, verified. Two or more month codes a month apart head their
columns with no total beside them, or after a total column ('Area | Total | 201304 | 201305'):
no line of counts so runs (two counts over 199,000 one apart, in the first line of a table).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from wpxl.analyse.extract_keys import is_longer_period
from wpxl.analyse.label_blocks import repeated_only_as_runs
from wpxl.analyse.label_numbers import names_a_measure
from wpxl.analyse.values import is_text
from wpxl.analyse.words import is_period_words, is_total_label
from wpxl.model import Cell, CellValue

_YEAR_WORDS = re.compile(r"^\s*(?:(?:full|whole)\s+)?year\s*$", re.IGNORECASE)
_MIN_PARTS = 3
_MIN_MONTHS = 2
_FIRST_YEAR, _LAST_YEAR = 1990, 2099
_MOST_PARTS = 53  # a year's weeks: its months, periods and quarters are fewer


def numbers_head_columns(
    first: Cell | None, values: Iterable[CellValue], total_first: bool = False
) -> bool:
    """Whether a row's body values are column names: whole numbers all different (or runs of
    them between words, repeated whole: a second year's weeks 1 to 13), with words beside
    them, one after them naming the total column (see the module's doc); its corner
    (``first``) names no measure. ``values`` give a formula's as "=" (no header holds one).
    ``total_first``: the words before the numbers head the lines' totals
    (``line_total_heads``), a total column, not a total row's label."""
    if first is not None and not first.is_empty and not is_text(first.value):
        return False
    numbers: list[int] = []
    runs: list[list[int]] = [[]]  # the numbers between words: weeks 1-13, then 1-13 again
    total = total_before = False
    for value in values:
        if value is None or value == "":
            continue
        if value == "=":
            return False  # a formula: no header
        if isinstance(value, str) and value.strip().isdecimal():
            value = int(value)  # ages written as text ('18'), as exports write them
        if _names_their_year(value, runs[-1]):
            total = True
            runs.append([])
            continue
        if is_text(value) and is_total_label(str(value)):
            total_before = total_before or not numbers  # a total row, unless months run after
            total = True
        total = total or (bool(numbers) and is_longer_period(value))
        if is_text(value):
            runs.append([])
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        if not float(value).is_integer() or value < 0:
            return False
        numbers.append(int(value))
        runs[-1].append(int(value))
    distinct = len(numbers) >= 2 and repeated_only_as_runs(runs)
    months = _months_running(numbers)
    if total_before and not months and not total_first:
        return False  # words naming a total before the figures: a total row
    return (total or months) and distinct and not _names_a_measure(first)


def _months_running(numbers: list[int]) -> bool:
    """Whether the numbers are two or more month codes (yyyymm) a month apart, in order: the
    months they head, as no line of counts runs, whether or not a total column follows."""
    months = [divmod(n, 100) for n in numbers]
    if len(months) < _MIN_MONTHS or not all(
        _FIRST_YEAR <= year <= _LAST_YEAR and 1 <= month <= 12 for year, month in months
    ):
        return False
    order = [12 * year + month for year, month in months]
    return all(b - a == 1 for a, b in pairwise(order))


def _names_a_measure(corner: Cell | None) -> bool:
    """Whether the corner names what the row's figures count ('Referrals'), not the period
    of an event its numbers are ('Referral month' over 201304, 201305, 201306)."""
    period = corner is not None and is_period_words(str(corner.value or ""))
    return names_a_measure(corner) and not period


def _names_their_year(value: CellValue, parts: list[int]) -> bool:
    """Whether ``value``, after the row's ``parts`` (since its last words), heads the column of
    the year they number: 'Year', 'Full year', or a year as a whole number."""
    if len(parts) < _MIN_PARTS or sorted(parts) != list(range(1, len(parts) + 1)):
        return False
    if len(parts) > _MOST_PARTS:
        return False
    if is_text(value):
        return _YEAR_WORDS.match(str(value)) is not None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return float(value).is_integer() and is_longer_period(str(int(value)))
