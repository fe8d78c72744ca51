"""The proof's own reading of numbers keying a long extract's rows, by the input's cells:
'CPA | Year | Month | Referrals', 'Area | Week | Referrals', 'Payment group | Month |
Referrals', 'Month | Area | Referrals', one row for each combination of the keys, so each key
written as a number repeats (CPA 3 once for each month, week 13 once for each area).

Such numbers are labels, kept as written; but a count taken for one is a disclosure, so a
figure is let stand as one only when:

- it is one of a column's run of whole numbers, not negative, under a header of words, each
  row of the run holding figures right of it; a cell of the run left empty reads as the one
  above (a pivot table shows a key once over its rows); total rows (words naming a total
  before their figures) between its rows (subtotals: 'Derby total') or beside it, and lines
  named in its column by a year, half or quarter alone ('2013/14', 'Year 2013/14', 'H1',
  'Q1': a longer period among month codes) or by a running total ('Cumulative' after each
  month), are no rows of it and hold no figure in its column (a total counting it), nor does
  the cell just below;
- it stands among the table's key columns, next to each other on the run's rows: each holds
  words on every row, or whole numbers under a header naming what they number (an identifier
  or code, a payment group, an age or a time since an event, years or period codes under a
  period, a part of the year within its range); no figure stands left of them, and the
  column after them holds a figure on every row;
- the keys together tell every row apart, and (unless its numbers are period codes under a
  period, 202404, whose shape names the rows) the column repeats as a key does: the same
  sequence of two or more different numbers in each run of rows keyed alike by the columns
  left of it (an inner key: weeks 13, 14, 15 for each area); or blocks of two or more rows,
  each number in one block of its run, the key columns right of it holding the same sequence
  in every block, but for those holding one key in each block (an outer key: payment group 1
  over April, May, June, then 2 over the same; 'CPA | Area | Week', an area beside its CPA).

``label_figures`` also asks that no formula of the copy refers to it. The analyse stage is
never asked.

A header naming what the rows count in a keyed place ('Referrals to CPA', 'Starts in CPA',
'Referred in CPA') names a count, not a key ('Referral code' and 'Weeks since referral' still
name keys): read by its last word, a group's starts repeated over its months (137 over April,
May and June) stood unrounded as an outer key, and a copy rounding them was refused.

Nor does a cohort named by its event alone ('Referral cohort') name its numbers unless they are
month codes: 137 beside each of the group's months is how many it holds.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from itertools import groupby

from wpxl.model import Cell
from wpxl.verify.books import Coord
from wpxl.verify.label_heads import EVENT_COHORT
from wpxl.verify.values import RUNNING_WORDS
from wpxl.verify.year_parts import LAST, PART, is_number, whole

_PERIOD = re.compile(
    r"^\s*(?:(?:financial|calendar|academic)\s+)?(?:years?|months?|quarters?|periods?)\s*:?\s*$",
    re.IGNORECASE,
)
_NAMES = re.compile(
    r"^\s*(?:(?:[a-z]+\s+){0,3}?(?:code|id|ref\.?|reference|urn|ukprn|cpa)"
    r"(?:\s+(?:number|no\.?|code))?"
    r"|(?:payment\s+groups?|pg)(?:\s+(?:number|no\.?))?"
    r"|(?:office|site|jobcentre|jcp|jcp\s+office|district|ward|team|area)\s+(?:number|no\.?)"
    r"|age(?:\s+(?:band|group))?(?:\s*\((?:years|start)\))?"
    r"|(?:(?:referral|attachment|start)\s+)?cohort(?:\s+(?:month|number|no\.?))?"
    r"|(?:weeks?|months?|days?)\s+(?:since|after|from|on)\s+[a-z ]+)\s*:?\s*$",
    re.IGNORECASE,
)
# words that make an identifier's header a measure's ('Referral code' is a code, but 'Job
# outcome id' names an outcome, 'Starts in CPA' a count in each) or a contact ('Postcode')
_NOT_A_KEY = re.compile(
    r"outcome|sustain|paid|amount|post\s*code|phone|tel\b|mobile"
    r"|\b(?:referrals|attachments|starts|claimants|participants|people|volumes?|counts?)\b"
    r"|\b(?:referred|attached|started)\b",
    re.IGNORECASE,
)
_TOTAL = re.compile(
    r"^\s*(?:grand\s+|sub-?\s*)?totals?\b|^\s*all\b|\btotals?\s*:?\s*$", re.IGNORECASE
)
_LONGER_PERIOD = re.compile(
    r"^\s*(?:(?:(?:financial|fiscal|calendar)\s+)?year\s+|fy\s*)?(?:19|20)\d\d"
    r"(?:\s*[/-]\s*(?:\d\d|(?:19|20)\d\d))?\s*$"
    r"|^\s*(?:q[1-4]|quarter\s+[1-4]|h[12]|half(?:[\s-]*year)?\s+[12])\s*$",
    re.IGNORECASE,
)
_RUN_AT_LEAST = 4  # two keys of two rows each
_CODES_AT_LEAST = 2  # month codes under a period, their shape naming the rows

Keys = list[str]  # a key column's values on the run's rows, as words, filled down


class ExtractKeys:
    """Judges whether an input figure keys a long extract's rows (see the module's doc)."""

    def __init__(
        self, cells: dict[Coord, Cell], row_cells: Callable[[int], list[tuple[int, Cell]]]
    ) -> None:
        self.cells = cells
        self.row_cells = row_cells  # the input's cells of a row, left to right
        self._judged: dict[int, list[tuple[int, int, bool]]] = {}  # col -> (top, end, keyed)
        self._heads: dict[Coord, bool] = {}  # ``_headed``'s answers

    def __call__(self, at: Coord) -> bool:
        row, col = at
        for top, end, keyed in self._judged.get(col, ()):
            if top <= row <= end:
                return keyed
        if whole(self.cells.get(at)) is None or not self._headed(row, col):
            return False
        rows = self._run(row, col)
        keyed = rows is not None and self._keyed(rows, col)
        top, end = (rows[0], rows[-1]) if rows else (row, row)
        self._judged.setdefault(col, []).append((top, end, keyed))
        return keyed

    def _headed(self, row: int, col: int) -> bool:
        """Whether the first words above the number in its column (past a subtotal's words)
        could name keys: asked before the run is walked, as a column of counts is long. Every
        row the walk up passes has the same answer, kept (each of a column's 4,000 counts
        walked up to its header)."""
        known = self._heads
        headed, at = False, row - 1
        while at >= 0:
            if (at + 1, col) in known:
                headed = known[(at + 1, col)]
                break
            cell = self.cells.get((at, col))
            text = None if cell is None else cell.value
            if (
                not isinstance(text, str)
                or not text.strip()
                or _TOTAL.search(text)
                or self._period_line(at, col)
            ):
                at -= 1
                continue
            if PART.match(text) or _PERIOD.match(text):
                headed = True
            else:
                headed = _NAMES.match(text) is not None and _NOT_A_KEY.search(text) is None
            break
        known.update(((r, col), headed) for r in range(at + 1, row + 1))
        return headed

    def _run(self, row: int, col: int) -> list[int] | None:
        """The rows of the run through ``row`` (from its first number): whole numbers, or
        cells left empty, on rows holding a figure right of the column, over the subtotal
        rows between them ('Derby total'); None when a total row beside it holds a figure in
        the column (it counts the column)."""
        rows = [row]
        for step in (-1, 1):
            at = row + step
            while True:
                if self._total_row(at) or self._period_line(at, col):
                    if is_number(_value(self.cells.get((at, col)))):
                        return None
                elif self._in_run(at, col):
                    rows.append(at)
                else:
                    break
                at += step
        rows.sort()
        while not _shown(_value(self.cells.get((rows[0], col)))):
            rows.pop(0)  # a run starts on a number; empty cells after one show it
        return rows

    def _in_run(self, row: int, col: int) -> bool:
        cell = self.cells.get((row, col))
        if cell is not None and _shown(cell.value) and whole(cell) is None:
            return False
        return any(c > col and is_number(cell.value) for c, cell in self.row_cells(row))

    def _total_row(self, row: int) -> bool:
        """Words naming a total ('Total', 'Derby total', '2013 Total') before the row's first
        figure."""
        line = self.row_cells(row)
        first = next((c for c, cell in line if is_number(cell.value)), None)
        return first is not None and any(
            c < first and isinstance(cell.value, str) and _TOTAL.search(cell.value)
            for c, cell in line
        )

    def _period_line(self, row: int, col: int) -> bool:
        """Words naming a year, half or quarter alone in the column ('2013/14', 'Year 2013/14',
        'H1', 'Q1'), or a running total ('Cumulative'), figures right of them: a longer period's
        line, or a line of the periods to date, among the keyed periods."""
        text = _value(self.cells.get((row, col)))
        if not isinstance(text, str):
            return False
        if _LONGER_PERIOD.match(text) is None and RUNNING_WORDS.search(text) is None:
            return False
        return any(c > col and is_number(cell.value) for c, cell in self.row_cells(row))

    def _keyed(self, rows: list[int], col: int) -> bool:
        if len(rows) < _CODES_AT_LEAST or is_number(_value(self.cells.get((rows[-1] + 1, col)))):
            return False
        keys = {col: self._key_column(rows, col)}
        if keys[col] is None:
            return False
        first = col
        while (found := self._key_column(rows, first - 1)) is not None:
            first -= 1
            keys[first] = found
        last = col
        while (found := self._key_column(rows, last + 1)) is not None:
            last += 1
            keys[last] = found
        for r in rows:
            line = self.row_cells(r)
            if any(c < first and is_number(cell.value) for c, cell in line):
                return False  # a figure left of the keys: they are among the figures
            if not is_number(_value(self.cells.get((r, last + 1)))):
                return False
        columns = [keys[c] for c in sorted(keys)]
        if len(set(zip(*columns, strict=True))) != len(rows):
            return False
        left = [keys[c] for c in sorted(keys) if c < col]
        right = [keys[c] for c in sorted(keys) if c > col]
        column: Keys = keys[col]  # type: ignore[assignment]
        header = self.cells.get((rows[0] - 1, col))
        if _PERIOD.match(str(_value(header))) and all(_period_code(int(k)) for k in column):
            return True  # a month code's shape names the rows: their keys tell them apart
        if len(rows) < _RUN_AT_LEAST:
            return False
        return _inner(left, column) or _outer(left, column, right)  # type: ignore[arg-type]

    def _key_column(self, rows: list[int], col: int) -> Keys | None:
        """The column's keys on the rows (filled down) when it holds words or dates on each (a
        month typed as a date: 'CPA | Month'), or whole numbers under a header naming them;
        else None."""
        if col < 0:
            return None
        found = [self.cells.get((r, col)) for r in rows]
        if found[0] is None or not _shown(found[0].value):
            return None
        shown = [c for c in found if c is not None and _shown(c.value)]
        if any(c.formula is not None for c in shown):
            return None
        if all(isinstance(c.value, str | dt.date) for c in shown):
            return _filled(found)
        numbers = [whole(c) for c in shown]
        header = self.cells.get((rows[0] - 1, col))
        if None in numbers or header is None or not isinstance(header.value, str):
            return None
        if _names_numbers(header.value, numbers):  # type: ignore[arg-type]
            return _filled(found)
        return None


def _names_numbers(header: str, numbers: list[int]) -> bool:
    """Whether the header names what the column's numbers are, and they fit it."""
    if min(numbers) < 0:
        return False
    if EVENT_COHORT.match(header):
        return all(_period_code(n) for n in numbers)
    part = PART.match(header)
    if part is not None and max(numbers) <= LAST[part.group(1).lower()] and min(numbers) >= 1:
        return True
    if _PERIOD.match(header):
        years = all(1990 <= n <= 2100 for n in numbers)
        return years or all(_period_code(n) for n in numbers)
    return _NAMES.match(header) is not None and _NOT_A_KEY.search(header) is None


def _period_code(number: int) -> bool:
    """A month written yyyymm or a financial year written yyyyyy (201314)."""
    if 190001 <= number <= 210012 and 1 <= number % 100 <= 12:
        return True
    first, second = divmod(number, 100)
    return 1990 <= first <= 2099 and second == (first + 1) % 100


def _inner(left: list[Keys], column: Keys) -> bool:
    """Runs of rows keyed alike by the columns left of it (two or more, each its own keys),
    the same sequence of two or more different numbers in each."""
    if not left:
        return False
    pairs = zip(_rows_of(left), column, strict=True)
    runs = [list(run) for _, run in groupby(pairs, key=lambda p: p[0])]
    heads = [run[0][0] for run in runs]
    sequences = [[number for _, number in run] for run in runs]
    return (
        len(runs) >= 2
        and len(set(heads)) == len(heads)
        and all(s == sequences[0] for s in sequences)
        and len(set(sequences[0])) == len(sequences[0]) >= 2
    )


def _outer(left: list[Keys], column: Keys, right: list[Keys]) -> bool:
    """Blocks of two or more rows within each run of rows keyed alike by the columns left of
    it, each number in one block of its run, the keys right of it the same in every block (but
    for those holding one key in each block: an area's name beside its CPA's number)."""
    count = len(column)
    outer = _rows_of(left) if left else [()] * count
    blocks: list[list[int]] = []
    for _, run in groupby(range(count), key=lambda at: outer[at]):
        found = [list(b) for _, b in groupby(run, key=lambda at: column[at])]
        if len({column[b[0]] for b in found}) != len(found):
            return False  # a number in two blocks of one run
        blocks += found
    inner = [keys for keys in right if any(len({keys[at] for at in b}) > 1 for b in blocks)]
    if not inner:
        return False
    shown = [[tuple(keys[at] for keys in inner) for at in block] for block in blocks]
    return len(shown) >= 2 and len(shown[0]) >= 2 and all(b == shown[0] for b in shown)


def _rows_of(columns: list[Keys]) -> list[tuple[str, ...]]:
    return list(zip(*columns, strict=True))


def _filled(found: list[Cell | None]) -> Keys:
    """The cells' values as words, an empty one read as the one above."""
    keys: Keys = []
    for cell in found:
        if cell is None or not _shown(cell.value):
            keys.append(keys[-1])
        else:
            number = whole(cell)
            keys.append(str(number) if number is not None else str(cell.value).strip())
    return keys


def _shown(value: object) -> bool:
    return value is not None and str(value).strip() != ""


def _value(cell: Cell | None) -> object:
    return None if cell is None else cell.value
