"""Figures the proof accepts unrounded as labels, by its own reading of the input sheet.

A number that names a row or a column is no count: a contract package area's number (3, 7,
12), an age band's start, weeks since attachment, a month written 202310, a financial year
201314, a contract's reference beside its key. But a count taken for one is a disclosure, so
the proof lets such a figure stand only where the input's layout says nothing counts it:

- a label column: the figure is one of an unbroken run of whole numbers (typed, or written as
  digits as exports write them: ``label_number``), all different, under a header naming what
  they number (an identifier ('CPA', 'Office no.'), a payment group ('Payment group', 'PG'), a
  week's number, a cohort, an age, a time since an event, or a period whose values have a
  period code's shape); no figure stands left of any of them (they sit among the labels) and
  each row has figures to its right; the row after the run (or, the total on top, the row
  between it and its header) is the table's total row, holding the total's words, not a figure,
  in the column (a run of period codes, under a period or a cohort, of three or more numbers
  one apart, single years of age, or of payment groups by DWP's numbers, 1 to 9, needs no total
  row, and the codes may repeat when words left of it tell the rows apart: a long extract's
  'Area | Month', each month once for each area);
- a header row: whole numbers all different (or runs repeated whole: ``repeated_heads``), each
  under nothing counted and over a figure, beside words after them, one naming a total over a
  column of figures ('Total', '2013/14', 'YTD': ``repeated_heads``); no measure or total named
  before them (a total row at a table's top), a 'Payment group' corner naming what they number;
- a key and its value: the row's only figure, just right of a key naming a reference or a
  version ('Contract reference', 'Version');
- a part of the year: months 1-12 under 'Month' beside a column of years (``year_parts``);
- a key of a long extract, repeating once for each value of the other keys: 'Area | Week',
  'Payment group | Month', 'Month | Area' (``extract_keys``);

and in every case no formula of the copy refers to it (no total adds it up). The analyse stage
is never asked.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import pairwise
from operator import itemgetter

from wpxl.model import Cell
from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.extract_keys import ExtractKeys
from wpxl.verify.repeated_heads import names_total_column, repeated_as_runs
from wpxl.verify.spelt import code_column
from wpxl.verify.year_parts import YearParts, is_number, whole

_MEASURE = re.compile(
    r"referr|attach|start|outcome|sustain|job|claimant|participant|people|person|volume"
    r"|count|number\s+of|total|sum\b|paid|payment",
    re.IGNORECASE,
)
_IDENTIFIER = re.compile(
    r"^\s*(?:(?:[a-z]+\s+){0,3}?(?:code|id|ref\.?|reference|urn|ukprn|cpa)"
    r"(?:\s+(?:number|no\.?|code))?"
    r"|(?:jcp\s+|jobcentre\s+)?(?:office|site|jobcentre|jcp|district|ward|team)\s+(?:number|no\.?))"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# a cohort: the month (202304) or number of the group of people referred or attached together
_COHORT = re.compile(
    r"^\s*(?:(?:referral|attachment|start)\s+)?cohort(?:\s+(?:month|number|no\.?))?\s*:?\s*$",
    re.IGNORECASE,
)
# an age band (its words read for a measure) or a time since an event (which may name one)
_BAND = re.compile(
    r"^\s*(?:((?:weeks?|months?|days?)\s+(?:since|after|from|on)\s+[a-z ]+)"
    r"|(age(?:\s+\w+){0,2}(?:\s*\([a-z ]+\))?))\s*:?\s*$",
    re.IGNORECASE,
)
# a payment group's number (the guidance's 1 JSA 18-24 ... 9 JSA Prison Leavers): "payment"
# here names the group, not an amount paid
_PAYMENT_GROUP = re.compile(
    r"^\s*(?:payment\s+groups?|pg)(?:\s+(?:number|no\.?))?\s*:?\s*$", re.IGNORECASE
)
# a week's number ("Week", "Week no."): weeks 13 to 18 over their total row, or one apart
_WEEK = re.compile(r"^\s*(?:weeks?|wk)\.?(?:\s+(?:number|no\.?))?\s*:?\s*$", re.IGNORECASE)
_PERIOD = re.compile(
    r"^\s*(?:(?:financial|calendar|academic)\s+)?(?:years?|months?|quarters?|periods?)\b",
    re.IGNORECASE,
)
_KEY = re.compile(
    r"^\s*(?:(?:contract|provider|report|document|release|extract|file|cpa)\s+)?"
    r"(?:reference|ref\.?|version|id|urn|ukprn)(?:\s+(?:number|no\.?))?\s*:?\s*$",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"^\s*(?:grand\s+|sub-?\s*)?totals?\b|^\s*all\b", re.IGNORECASE)
# references to the copy's own sheet: A1 or A1:C9, whole columns A:C, whole rows 4:9
_CELLS = re.compile(
    r"(?<![A-Za-z_!'$:\d])\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![A-Za-z_(\d])"
)
_COLUMNS = re.compile(r"(?<![A-Za-z_!'$:\d])\$?([A-Z]{1,3}):\$?([A-Z]{1,3})(?![A-Za-z_(\d])")
_ROWS = re.compile(r"(?<![A-Za-z_!'$:\d.])\$?(\d+):\$?(\d+)(?![\d.])")
_EVERY_ROW = (0, 1 << 20)


class LabelReading:
    """The proof's reading of an input sheet's numbers naming rows or columns (see the
    module's doc), from the input alone."""

    def __init__(self, cells: dict[Coord, Cell]) -> None:
        self.cells = cells
        self._row = _RowsOf(self.cells)
        self._year_parts = YearParts(self.cells, self._row)
        self._extract_keys = ExtractKeys(self.cells, self._row)
        self._down: dict[Coord, bool] = {}  # each whole number's run, read once

    def read_ahead(self, places: list[Coord]) -> None:
        """The rows of the input's ``places`` indexed before ``names`` is asked of each."""
        self._row.read_ahead({row for row, _ in places})

    def names(self, at: Coord) -> bool:
        """Whether the input's layout shows its whole number at ``at`` to name a row or a
        column, whatever the copy holds there (``kept_labels`` asks it of a number rounded)."""
        return self.names_down(at) or self.names_across(at) or self.names_alone(at)

    def names_down(self, at: Coord) -> bool:
        """Whether the whole number is one of a run naming rows: the answer is the same for
        every number of its column's unbroken run of whole numbers, so the run is read once
        (asked of each of 4,800 month codes, it was read 4,800 times)."""
        judged = self._down.get(at)
        if judged is None:
            if label_number(self.cells.get(at)) is None:
                return False
            row, col = at
            top, end = row, row
            while label_number(self.cells.get((top - 1, col))) is not None:
                top -= 1
            while label_number(self.cells.get((end + 1, col))) is not None:
                end += 1
            judged = self._names_a_row((top, col)) or self._year_parts((top, col))
            self._down.update(((r, col), judged) for r in range(top, end + 1))
        return judged

    def names_across(self, at: Coord) -> bool:
        """Whether the number is one of a header row naming columns: the same for its row."""
        return self._names_a_column(at)

    def names_alone(self, at: Coord) -> bool:
        """Whether the number is a key's value, or a key of a long extract (which keeps its
        own readings of a run)."""
        return self._keyed(at) or self._extract_keys(at)

    def _number(self, at: Coord) -> bool:
        cell = self.cells.get(at)
        return cell is not None and is_number(cell.value)

    def _text(self, at: Coord) -> str | None:
        cell = self.cells.get(at)
        if cell is None or cell.formula is not None or not isinstance(cell.value, str):
            return None
        return cell.value.strip() or None

    def _names_a_row(self, at: Coord) -> bool:
        """A label column (see the module's doc)."""
        row, col = at
        top = row
        while label_number(self.cells.get((top - 1, col))) is not None:
            top -= 1
        header, on_top = self._text((top - 1, col)), False
        if header is not None and _TOTAL.match(header) and self._total_row(top - 1, col):
            header, on_top = self._text((top - 2, col)), True  # the total on top, first
        if header is None or not (
            _PERIOD.match(header) or _COHORT.match(header) or _names_labels(header)
        ):
            return False  # asked before the run is walked: a column of counts is long
        end = row
        while label_number(self.cells.get((end + 1, col))) is not None:
            end += 1
        closed = on_top or self._total_row(end + 1, col)
        numbers = [label_number(self.cells.get((r, col))) for r in range(top, end + 1)]
        if len(numbers) < 2 or min(numbers) < 0:  # type: ignore[type-var]
            return False
        if len(set(numbers)) != len(numbers) and not (
            _PERIOD.match(header) and self._keyed_by_words(top, col, numbers)
        ):
            return False
        for r in range(top, end + 1):
            line = self._row(r)
            if any(c < col and is_number(cell.value) for c, cell in line):
                return False  # a figure left of it: it is among the figures, not the labels
            if not any(c > col and is_number(cell.value) for c, cell in line):
                return False
        codes = all(_is_period_code(n) for n in numbers)  # type: ignore[arg-type]
        if _PERIOD.match(header) or (_COHORT.match(header) and codes):
            return codes
        if _PAYMENT_GROUP.match(header) and all(1 <= n <= 9 for n in numbers):  # type: ignore[operator]
            return True  # DWP's numbers for its payment groups: no count column is headed so
        return _names_labels(header) and (closed or _single_years(numbers))  # type: ignore[arg-type]

    def _keyed_by_words(self, top: int, col: int, numbers: list[int | None]) -> bool:
        """Whether words left of the run on each of its rows, with its numbers, tell the rows
        apart (a long extract's 'Area | Month', each month code once for each area)."""
        keys = set()
        for row, number in enumerate(numbers, start=top):
            left = [cell.value for c, cell in self._row(row) if c < col]
            if not left or not all(isinstance(v, str) and v.strip() for v in left):
                return False
            keys.add((*left, number))
        return len(keys) == len(numbers)

    def _total_row(self, row: int, col: int) -> bool:
        """The table's total row: total words at or left of its first figure, figures right of
        ``col``, and no figure at ``col``."""
        line = self._row(row)
        if self._number((row, col)):
            return False
        first = next((c for c, cell in line if is_number(cell.value)), None)
        if first is None or first <= col:
            return False
        return any(
            c < first and isinstance(cell.value, str) and _TOTAL.match(cell.value)
            for c, cell in line
        )

    def _names_a_column(self, at: Coord) -> bool:
        """A header row of numbers (see the module's doc)."""
        row, _ = at
        line = self._row(row)
        numbers = [(c, cell) for c, cell in line if is_number(cell.value)]
        if not numbers or any(cell.formula is not None for _, cell in line):
            return False
        wholes = [whole(cell) for _, cell in numbers]
        if len(wholes) < 2 or None in wholes or not repeated_as_runs(line):
            return False
        if min(wholes) < 0:  # type: ignore[type-var]
            return False
        first = numbers[0][0]
        texts = [(c, str(cell.value)) for c, cell in line if isinstance(cell.value, str)]
        if any(_MEASURE.search(t) and not _PAYMENT_GROUP.match(t) for c, t in texts if c < first):
            return False  # a measure or a total named before the numbers: a row of figures
        heads_total = any(
            c > first and names_total_column(t) and self._number((row + 1, c)) for c, t in texts
        )
        return heads_total and all(
            not self._number((row - 1, c)) and self._number((row + 1, c)) for c, _ in numbers
        )

    def _keyed(self, at: Coord) -> bool:
        """A key and its value (see the module's doc)."""
        row, col = at
        key = self._text((row, col - 1))
        if key is None or not _KEY.match(key):
            return False
        return sum(is_number(cell.value) for _, cell in self._row(row)) == 1


class LabelFigures(LabelReading):
    """Judges the figures of one volume sheet of a copy that are no multiple of the base."""

    def __init__(self, pair: SheetPair) -> None:
        super().__init__(pair.source.cells if pair.source is not None else {})
        self.pair = pair
        self._referred: dict[int, list[tuple[int, int]]] | None = None

    def __call__(self, coord: Coord) -> bool:
        """Whether the copy's figure at ``coord`` is an input label kept as written, or a
        figure under code words ('Area code') that no total row of the input counts."""
        if code_column(self.pair, coord):
            at = self.pair.input_coord(coord)
            return at is not None and not self._counted(at)
        at = self.pair.input_coord(coord)
        number = None if at is None else whole(self.cells.get(at))
        kept = self.pair.cells.get(coord)
        if at is None or number is None or kept is None or kept[1] is not None:
            return False
        if kept[0] != number:
            return False
        return self.names(at) and not self.referred(coord)

    def referred(self, coord: Coord) -> bool:
        """Whether a formula of the copy refers to the place (its references read once, by
        column: a label column is one few formulas reach)."""
        if self._referred is None:
            self._referred = _references(f for _, f, _ in self.pair.cells.values() if f)
        row, col = coord
        spans = (*self._referred.get(col, ()), *self._referred.get(-1, ()))
        return any(top <= row <= bottom for top, bottom in spans)

    def _counted(self, at: Coord) -> bool:
        """Whether a total row of the input counts the figure: it stands on one (words naming
        a total left of it), or one just above or below its column's run of figures holds a
        figure in the column (an analyst's 'Code' over counts added up)."""
        row, col = at
        if self._totals_left(row, col):
            return True
        for step in (-1, 1):
            end = row
            while self._number((end + step, col)):
                end += step
                if self._totals_left(end, col):
                    return True
        return False

    def _totals_left(self, row: int, col: int) -> bool:
        return self._number((row, col)) and any(
            c < col and isinstance(cell.value, str) and _TOTAL.match(cell.value)
            for c, cell in self._row(row)
        )


class _RowsOf:
    """The input's cells of a row, left to right (the sheet indexed by row once).

    An object of its own, shared with YearParts, not a method of LabelFigures: a bound method
    kept by YearParts would tie the two in a reference cycle, and every sheet's cells (the
    copy's and the input's, through the pair) would wait for the cyclic garbage collector,
    which then walked them all, instead of going when the sheet is done."""

    def __init__(self, cells: dict[Coord, Cell]) -> None:
        self._cells = cells
        self._rows: dict[int, list[tuple[int, Cell]]] | None = None
        self._ahead: dict[int, list[tuple[int, Cell]]] = {}

    def __call__(self, row: int) -> list[tuple[int, Cell]]:
        if self._rows is None and row in self._ahead:
            return self._ahead[row]
        if self._rows is None:
            self._rows = self._index(None)
        return self._rows.get(row, [])

    def read_ahead(self, rows: set[int]) -> None:
        """Index only ``rows``: asked of a few rows (the tops of columns), a sheet of a million
        cells need not be indexed whole, which holds each of its cells once more."""
        self._ahead = self._index(rows)

    def _index(self, wanted: set[int] | None) -> dict[int, list[tuple[int, Cell]]]:
        rows: dict[int, list[tuple[int, Cell]]] = {r: [] for r in wanted} if wanted else {}
        for (r, c), cell in self._cells.items():
            if wanted is None or r in rows:
                rows.setdefault(r, []).append((c, cell))
        for line in rows.values():
            line.sort(key=itemgetter(0))
        return rows


def label_number(cell: Cell | None) -> int | None:
    """A whole number a label column may hold: typed, or written as digits ('6' under
    'Payment group', as exports write them), which a count typed as text is not read as only
    where the layout says so."""
    if cell is not None and cell.formula is None and isinstance(cell.value, str):
        text = cell.value.strip()
        return int(text) if text.isdigit() and text.isascii() else None
    return whole(cell)


def _names_labels(header: str) -> bool:
    """A header naming identifiers (no measure among its words), ages, a time since an event
    ("Weeks since attachment": the measure it names is the event, not the figure), weeks or
    payment groups by number."""
    band = _BAND.match(header)
    if band is not None and band.group(1) is not None:
        return True
    if _PAYMENT_GROUP.match(header) or _WEEK.match(header) or _COHORT.match(header):
        return True
    text = band.group(2) if band is not None else header
    named = band is not None or _IDENTIFIER.match(header) is not None
    return named and _MEASURE.search(text) is None


def _single_years(numbers: list[int]) -> bool:
    """Three or more numbers running one apart, none over 120 (ages 16, 17, 18 ...): a run of
    names standing without a total row."""
    return (
        len(numbers) >= 3 and numbers[-1] <= 120 and all(b - a == 1 for a, b in pairwise(numbers))
    )


def _is_period_code(number: int) -> bool:
    """A month written yyyymm or a financial year written yyyyyy (201314)."""
    if 190001 <= number <= 210012 and 1 <= number % 100 <= 12:
        return True
    first, second = divmod(number, 100)
    return 1990 <= first <= 2099 and second == (first + 1) % 100


def _column(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def _references(formulas: Iterable[str]) -> dict[int, list[tuple[int, int]]]:
    """The rows (from 0) the formulas refer to in each column (from 0); whole rows under -1."""
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for formula in formulas:
        for col1, row1, col2, row2 in _CELLS.findall(formula):
            first, last = sorted((_column(col1), _column(col2 or col1)))
            rows = sorted((int(row1) - 1, int(row2 or row1) - 1))
            for col in range(first, last + 1):
                spans[col].append((rows[0], rows[1]))
        for col1, col2 in _COLUMNS.findall(formula):
            first, last = sorted((_column(col1), _column(col2)))
            for col in range(first, last + 1):
                spans[col].append(_EVERY_ROW)
        for row1, row2 in _ROWS.findall(formula):
            top, bottom = sorted((int(row1) - 1, int(row2) - 1))
            spans[-1].append((top, bottom))
    return spans
