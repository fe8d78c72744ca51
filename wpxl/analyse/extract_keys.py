"""Numbers keying the rows of a long extract: 'CPA | Year | Month | Referrals', 'Area | Week |
Referrals', 'Payment group | Month | Referrals', 'Month | Area | Referrals'.

An extract writes one row for each combination of its keys, so a key written as a number
repeats: CPA 3 once for each month, week 13 once for each area. Rounded as counts these read
0 and 20, and the rows can no longer be told apart. But an unrounded count taken for a key is
a disclosure, so a column is read as one only when the rows say so (fail closed):

- it stands among the table's key columns, which run from its left edge: each holds words on
  every row, or whole numbers, not negative, under a header naming what they number (an
  identifier or code, a payment group, an age or a time since an event, years or period codes
  under a period, a part of the year within its range); a cell left empty under one reads as
  the one above (a pivot table shows a key once over its rows); figures follow them;
- the key columns together tell every row apart;
- it repeats as a key does (or its numbers are month codes under a period, 202404, whose shape
  says so: the keys telling its rows apart is then enough): within each run of rows keyed alike
  by the columns left of it, the same sequence of two or more different numbers (weeks 13, 14,
  15 for each area: an inner key); or its numbers stand in blocks of two or more rows, each
  number in one block of its run, the key columns right of it holding the same sequence in every
  block (payment group 1 over April, May, June, then 2 over the same: an outer key), but for
  those holding one key in each block ('CPA | Area | Week', an area's name beside its CPA);
- no total row counts it: the table's total rows (its grand total, or subtotals between the
  keys' groups, 'Derby total', or a period's line named in the column by the year or quarter
  it sums, '2013/14', 'Year 2013/14', 'H1', 'Q1', or a running line, 'Cumulative', among month
  codes) hold no number in the column, and are no rows of the extract (``label_numbers``
  also asks that no formula reads it).

A cohort named by its event alone ('Referral cohort') names its numbers only when they are
month codes (202304, the month it was referred): otherwise a number under it is the group's
size, and 137 beside each of its months, read as an outer key, stood unrounded.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import groupby
from typing import TYPE_CHECKING

from wpxl.analyse.values import is_text, is_year, typed_whole
from wpxl.analyse.words import (
    is_contact_words,
    is_cumulative_words,
    is_identifier_words,
    is_period_words,
    is_total_label,
)
from wpxl.model import Cell, Coord

if TYPE_CHECKING:  # layout asks this module about its columns
    from wpxl.analyse.layout import Layout

_NAMED = re.compile(
    r"^\s*(?:(?:cpa|contract\s+package\s+area|payment\s+group|pg|age(?:\s+(?:band|group))?"
    r"|(?:(?:referral|attachment|start)\s+)?cohort(?:\s+month)?"
    r"|(?:office|site|jobcentre|jcp|jcp\s+office|district|ward|team|area)\s+(?:number|no\.?))"
    r"(?:\s+(?:number|no\.?))?"
    r"|(?:weeks?|months?|days?)\s+(?:since|after|from|on)\s+[a-z ]+)\s*:?\s*$",
    re.IGNORECASE,
)
_EVENT_COHORT = re.compile(r"^\s*(?:referral|attachment|start)\s+cohort\s*:?\s*$", re.IGNORECASE)
# code words after counts name what the counts are broken down by ('Referrals by area code'),
# not a key: 137 referrals beside each of a group's months stood unrounded as one
_COUNTED = re.compile(
    r"\b(?:referrals|attachments|starts|jobs|outcomes|sustainments|claimants|participants"
    r"|customers|people|volumes?|counts?|referred|attached|started)\b",
    re.IGNORECASE,
)
_PART = re.compile(
    r"^\s*(?:(?:financial|fiscal|calendar|reporting|accounting)\s+)?"
    r"(month|quarter|qtr|week|wk|period)s?\.?(?:\s+(?:number|no\.?|num\.?))?\s*:?\s*$",
    re.IGNORECASE,
)
_LAST = {"month": 12, "quarter": 4, "qtr": 4, "week": 53, "wk": 53, "period": 13}
_PERIOD_LINE = re.compile(
    r"^\s*(?:(?:(?:financial|fiscal|calendar)\s+)?year\s+|fy\s*)?(?:19|20)\d\d(?:\s*[/-]\s*(?:\d\d|(?:19|20)\d\d))?\s*$"
    r"|^\s*(?:q[1-4]|quarter\s+[1-4]|h[12]|half(?:[\s-]*year)?\s+[12])\s*$",
    re.IGNORECASE,
)
_ROWS_AT_LEAST = 4  # two keys of two rows each
_CODES_AT_LEAST = 2  # month codes, whose shape names their rows: a quarter's three will do

Column = list[str]  # a key column's values on the extract's rows, as words, filled down


def keys_extract_rows(cells: dict[Coord, Cell], layout: Layout, col: int) -> bool:
    """Whether the column of numbers keys the rows of a long extract (see the module's doc)."""
    if not layout.body_rows or typed_whole(cells.get((layout.body_rows[0], col))) is None:
        return False  # asked of every leading column: most hold words
    if not _headed_by_a_name(cells, layout, col):
        return False  # a column of figures ('Apr 2013'): its keys would need such a header
    rows = _rows(cells, layout, col)
    if rows is None or len(rows) < _CODES_AT_LEAST:
        return False
    own = _key_column(cells, layout, rows, col)
    if own is None or not _numbered(cells, rows, col):
        return False
    keys = {col: own}
    first, last = col, col
    while first > layout.area.left and (found := _key_column(cells, layout, rows, first - 1)):
        first -= 1
        keys[first] = found
    while last + 1 < layout.area.right and (found := _key_column(cells, layout, rows, last + 1)):
        last += 1
        keys[last] = found
    if first != layout.area.left:
        return False  # a column left of the keys that is none: among the figures
    if len(set(zip(*(keys[c] for c in sorted(keys)), strict=True))) != len(rows):
        return False
    left = [keys[c] for c in sorted(keys) if c < col]
    right = [keys[c] for c in sorted(keys) if c > col]
    if all(_period_code(int(key)) for key in own) and _period_header(cells, rows, col):
        return True
    return len(rows) >= _ROWS_AT_LEAST and (_inner(left, own) or _outer(left, own, right))


def _period_header(cells: dict[Coord, Cell], rows: list[int], col: int) -> bool:
    head = cells.get((rows[0] - 1, col))
    return head is not None and is_text(head.value) and is_period_words(str(head.value))


def _rows(cells: dict[Coord, Cell], layout: Layout, col: int) -> list[int] | None:
    """The body rows but its total rows (a grand total, or subtotals between the keys' groups:
    'Derby total', '2013 Total', or a year's or quarter's line named in the column: '2013/14'
    under its month codes, or a running line: 'Cumulative' after each month); None when a
    total row holds a number in the column (it counts the column)."""
    area = range(layout.area.left, layout.area.right + 1)
    get = cells.get
    rows: list[int] = []
    for row in layout.body_rows:
        named = names_longer_period(get((row, col))) or _running(get((row, col)))
        if not named and not any(
            _total_words(cell)
            for c in area
            if (cell := get((row, c))) is not None and isinstance(cell.value, str)  # few are
        ):
            rows.append(row)
        elif _number(cells.get((row, col))):
            return None
    return rows


def _key_column(
    cells: dict[Coord, Cell], layout: Layout, rows: list[int], col: int
) -> Column | None:
    """The column's keys on the rows (filled down), when it holds words or dates on each row
    (a month typed as a date: 'CPA | Month', the CPA's number repeated over each month) or
    whole numbers under a header naming them; else None."""
    found = [cells.get((row, col)) for row in rows]
    if found[0] is None or found[0].is_empty or any(c is not None and c.formula for c in found):
        return None
    shown = [c for c in found if c is not None and not c.is_empty and str(c.value).strip()]
    if all((is_text(c.value) and not _number(c)) or _dated(c) for c in shown):
        return _filled(found)
    numbers = [typed_whole(c) for c in shown]
    head = cells.get((rows[0] - 1, col)) if rows[0] - 1 in layout.header_rows else None
    if head is None or not is_text(head.value) or None in numbers:
        return None
    if _names_numbers(str(head.value), numbers):  # type: ignore[arg-type]
        return _filled(found)
    return None


def _headed_by_a_name(cells: dict[Coord, Cell], layout: Layout, col: int) -> bool:
    """Whether a header just over a body row of the column (where the extract's first row may
    be) has words ``_names_numbers`` may take for its numbers: a column of numbers is a key
    only so (``_key_column``, its first key a number), and asked first, a column of figures is
    not read line by line for total words (a fortieth of a large sheet's analysis)."""
    heads = set(layout.header_rows)
    for row in layout.body_rows:
        head = cells.get((row - 1, col)) if row - 1 in heads else None
        if head is not None and is_text(head.value) and _may_name_numbers(str(head.value)):
            return True
    return False


def _may_name_numbers(header: str) -> bool:
    """Whether ``_names_numbers`` may say yes to some numbers under ``header``."""
    return (
        names_event_cohort(header)
        or _PART.match(header) is not None
        or is_period_words(header)
        or is_identifier_words(header)
        or _NAMED.match(header) is not None
    )


def _names_numbers(header: str, numbers: list[int]) -> bool:
    """Whether the header names what its column's numbers are, and they fit it."""
    if any(n < 0 for n in numbers):
        return False
    if names_event_cohort(header):
        return all(_period_code(n) for n in numbers)
    part = _PART.match(header)
    if part is not None and all(1 <= n <= _LAST[part.group(1).lower()] for n in numbers):
        return True
    if is_period_words(header):
        return all(is_year(n) for n in numbers) or all(_period_code(n) for n in numbers)
    if is_identifier_words(header):
        return not is_contact_words(header) and _COUNTED.search(header) is None
    return _NAMED.match(header) is not None


def names_event_cohort(header: str) -> bool:
    """Whether the header names a cohort by its event alone ('Referral cohort'), whose numbers
    are month codes or the group's size (see the module's doc)."""
    return _EVENT_COHORT.match(header) is not None


def _period_code(number: int) -> bool:
    """A month written yyyymm (202310) or a financial year yyyyyy (201314)."""
    if 190001 <= number <= 210012 and 1 <= number % 100 <= 12:
        return True
    first, second = divmod(number, 100)
    return 1990 <= first <= 2099 and second == (first + 1) % 100


def _numbered(cells: dict[Coord, Cell], rows: list[int], col: int) -> bool:
    """Whether the column holds a number on its first row (its keys are numbers, not words)."""
    return typed_whole(cells.get((rows[0], col))) is not None


def _inner(left: list[Column], column: Column) -> bool:
    """The same sequence of two or more different numbers in each run of rows keyed alike by
    the columns left of it, two runs or more, each run its own keys."""
    if not left:
        return False
    runs = _runs(list(zip(*left, strict=True)), column)
    sequences = [[value for _, value in run] for run in runs]
    heads = [run[0][0] for run in runs]
    return (
        len(runs) >= 2
        and len(set(heads)) == len(heads)
        and all(s == sequences[0] for s in sequences)
        and len(set(sequences[0])) == len(sequences[0]) >= 2
    )


def _outer(left: list[Column], column: Column, right: list[Column]) -> bool:
    """Blocks of two or more rows, each number in one block of its run (runs keyed alike by
    the columns left of it), the keys right of it the same sequence in every block, but for
    those each block holds one of (an area's name beside its CPA's number)."""
    count = len(column)
    outer = list(zip(*left, strict=True)) if left else [()] * count
    blocks: list[list[int]] = []
    for run in _runs(outer, list(range(count))):
        places = [at for _, at in run]
        found = [list(b) for _, b in groupby(places, key=lambda at: column[at])]
        if len({column[b[0]] for b in found}) != len(found):
            return False  # a number in two blocks of one run
        blocks += found
    varying = [keys for keys in right if any(len({keys[at] for at in b}) > 1 for b in blocks)]
    if not varying:
        return False
    sequences = [[tuple(keys[at] for keys in varying) for at in block] for block in blocks]
    return (
        len(sequences) >= 2 and len(sequences[0]) >= 2 and all(s == sequences[0] for s in sequences)
    )


def _runs(keys: list[tuple], values: list) -> list[list[tuple]]:
    """The rows split where their keys change: each run's (key, value) pairs."""
    pairs = list(zip(keys, values, strict=True))
    return [list(run) for _, run in groupby(pairs, key=lambda pair: pair[0])]


def _filled(found: list[Cell | None]) -> Column:
    """The cells' values as words, an empty one read as the one above."""
    values: Column = []
    for cell in found:
        empty = cell is None or cell.is_empty or not str(cell.value).strip()
        values.append(values[-1] if empty else _key(cell))  # type: ignore[arg-type]
    return values


def _key(cell: Cell) -> str:
    whole = typed_whole(cell)
    return str(whole) if whole is not None else str(cell.value).strip()


def _dated(cell: Cell) -> bool:
    return isinstance(cell.value, dt.date)  # a datetime too


def _number(cell: Cell | None) -> bool:
    value = None if cell is None else cell.value
    return isinstance(value, int | float) and not isinstance(value, bool)


def names_longer_period(cell: Cell | None) -> bool:
    """Words naming a year, a half year or a quarter ('2013/14', 'Year 2013/14', 'FY2013/14',
    'H1', 'Q1'): a line of a longer period among the keyed ones, not a key of the extract."""
    return cell is not None and is_longer_period(cell.value)


def is_longer_period(value: object) -> bool:
    """A value that is words naming a year or a quarter alone (``names_longer_period``)."""
    return isinstance(value, str) and _PERIOD_LINE.match(value) is not None


def _running(cell: Cell | None) -> bool:
    return cell is not None and is_text(cell.value) and is_cumulative_words(str(cell.value))


def _total_words(cell: Cell | None) -> bool:
    return cell is not None and is_text(cell.value) and is_total_label(str(cell.value))
