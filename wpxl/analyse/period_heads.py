"""A header row numbering the months (weeks, quarters, periods) of the year: 'Month' over the
columns, then 'Region | 1 | 2 | 3 | 4 | 5 | 6' under it, as contract-year packs number the
months from April; single years of age ('Age' over 'Area | 18 | 19 | 20 | 21'); or payment
groups or cohorts numbered from 1 ('Payment group' over 'Area | 1 | 2 | 3'). With no
'Total' beside them the numbers were read as a line of figures and rounded (0, 0, 0, 0, 0,
0): the columns could no longer be told apart.

Counts need their columns named; numbers counting 1, 2, 3 ... straight under a word naming the
part of the year, and nothing else naming the columns, are those names. So the row heads the
columns when its values are three or more whole numbers (typed or digits) running 1, 2, 3 one
apart (years of age from any age), none past the part's last (12 months, 53 weeks, 4
quarters, 13 periods, age 120, 9 payment groups, 99 cohorts), the row above holds words
naming that part ('Month', 'Week number', 'Month of referral', 'Age', 'Payment group') over
them and no figure, and its corner names no measure nor a total. Under words naming a
quantity measured in units ('Hours worked', 'Duration (weeks)', 'Score': ``values.QUANTITY_WORDS``)
the numbers need only rise, as bands of it do (16, 30, 37), from 0 to 999; those words must
stand alone over them, as a heading merged over them does, and the row's corner name its label
column, not a line under one: under 'Area | Hours worked | Referrals' the line 'Leeds | 16 |
30 | 37' is figures. The proof reads them for itself (wpxl.verify.period_heads,
wpxl.verify.quantity_heads).
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.analyse.label_numbers import names_a_measure
from wpxl.analyse.values import is_text, numbers_quantity_columns, typed_whole
from wpxl.analyse.words import is_total_label
from wpxl.model import Cell, Coord

_PART = re.compile(
    r"^\s*(month|week|quarter|period|age|payment\s+group|cohort)s?"
    r"(?:\s+(?:number|no\.?|of\s+[a-z ]+)|\s*\(years\))?\s*:?\s*$",
    re.IGNORECASE,
)
_LAST = {"month": 12, "week": 53, "quarter": 4, "period": 13, "age": 120,
         "payment group": 9, "cohort": 99}  # fmt: skip
_MIN_NUMBERS = 3


def heads_period_columns(cells: dict[Coord, Cell], row: int, cols: range) -> bool:
    """Whether the row's numbers name the columns as parts of the year (see the doc);
    ``cols`` are the body's columns, the corner just left of them."""
    numbers: list[tuple[int, int]] = []
    for col in cols:
        cell = cells.get((row, col))
        if cell is None or cell.is_empty:
            continue
        number = _number(cell)
        if number is None:
            if numbers and isinstance(cell.value, str) and cell.formula is None:
                continue  # words after the numbers ('Total', 'YTD') head columns of their own
            return False
        numbers.append((col, number))
    values = [n for _, n in numbers]
    if len(values) < _MIN_NUMBERS or any(b <= a for a, b in pairwise(values)):
        return False
    corner = cells.get((row, cols.start - 1))
    if names_a_measure(corner) or (corner is not None and is_total_label(str(corner.value))):
        return False  # 'Referrals | 1 | 2 | 3', 'Total | 1 | 2 | 3': a line of figures
    first, last = numbers[0][0], numbers[-1][0]
    above = [cells.get((row - 1, col)) for col in range(cols.start - 1, cols.stop)]
    if any(c is not None and c.formula is None and _number(c) is not None for c in above):
        return False
    for col in range(first, last + 1):
        cell = cells.get((row - 1, col))
        words = cell.value if cell is not None and isinstance(cell.value, str) else None
        part = None if words is None else _PART.match(words)
        if part is not None:
            return _runs(" ".join(part.group(1).lower().split()), values)
        if words is not None and numbers_quantity_columns(values, words):
            return _merged_over(cells, row, range(first, last + 1))
    return False


def _merged_over(cells: dict[Coord, Cell], row: int, span: range) -> bool:
    """Whether the words over a row of bands ('Hours worked' over 'Area | 16 | 30 | 37') head
    it alone, as a heading merged over them does, and the row's corner names its label column
    (not a line under one: 'Area | Hours worked | Referrals' over 'Leeds | 16 | 30 | 37')."""
    heads = [c for col in span if (c := cells.get((row - 1, col))) is not None and not c.is_empty]
    corner, above = cells.get((row, span.start - 1)), cells.get((row - 1, span.start - 1))
    named = [c for c in (corner, above) if c is not None and is_text(c.value)]
    return len(heads) == 1 and len(named) < 2


def _runs(part: str, values: list[int]) -> bool:
    """Whether numbers one apart number the part: months, weeks, quarters and periods from 1,
    years of age from any age (18, 19, 20), none past the last."""
    one_apart = values == list(range(values[0], values[0] + len(values)))
    return one_apart and (values[0] == 1 or part == "age") and values[-1] <= _LAST[part]


def _number(cell: Cell) -> int | None:
    value = cell.value
    if isinstance(value, str) and value.strip().isdecimal():
        return int(value)
    if cell.formula is not None:
        return None
    return typed_whole(cell)
