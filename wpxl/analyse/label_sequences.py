"""A first column whose numbers name its rows, told by the run they make (no header needed).

Years a year apart, small categories from 0 or 1 beside words ('number of previous children':
0, 1, 2, '3+'), or weeks of gestation a step apart among words: counts make no such runs.
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.model import CellValue

MIN_WEEKS = 5  # numbers a step apart, from anywhere, among words: a run of categories
MIN_TEXT_NUMBERS = 3  # digits as text numbering a first column's lines, with no words needed
LAST_TEXT_NUMBER = 99  # the last such number (an age, a group's): the proof reads none past it

# a band's open end ('3+', '3 or more', '40 and over'): digits as text before it ('0', '1',
# '2', as exports write them) number the bands as typed ones do, not counts typed as text
_OPEN_BAND = re.compile(r"^\s*\d{1,2}\s*(?:\+|or\s+more|and\s+over)\s*$", re.IGNORECASE)


def is_label_sequence(values: list[CellValue]) -> bool:
    """A first column whose numbers name rows rather than count anything: years a year apart
    (2021, 2020 ... 1938, however old), or small categories running 0, 0, 1, 1, 2 ... beside
    words ("Total", "3+", "4 and over") as in "number of previous children", maybe once for each
    of several blocks stacked in the table, or five or more a step apart from anywhere among
    words ("22 weeks", 23, 24 ... 41, "42 weeks & over": ONS's weeks of gestation)."""
    numbers = [n for v in values if (n := _whole(v)) is not None]
    if not numbers and any(isinstance(v, str) and _OPEN_BAND.match(v) for v in values):
        numbers = [int(v) for v in values if isinstance(v, str) and v.strip().isdecimal()]
    others = [v for v in values if _whole(v) is None and v is not None and v != ""]
    if len(numbers) < 2 or any(not isinstance(v, str) for v in others):
        return False
    steps = {b - a for a, b in pairwise(numbers)}
    if all(1800 <= n <= 2100 for n in numbers) and steps in ({1}, {-1}):
        return True
    if len(numbers) >= MIN_WEEKS and steps == {1} and others and numbers[-1] <= 99:
        return True  # weeks of gestation 23 to 41 between '22 weeks' and '42 weeks & over'
    if not all(0 <= n <= 99 for n in numbers) or numbers[0] not in (0, 1):
        return False
    # stacked blocks (maternities, then rates) run through the same categories again
    restarts = {b for a, b in pairwise(numbers) if b < a}
    rises = {s for s in steps if s >= 0}
    return restarts <= {numbers[0]} and rises <= {0, 1} and bool(others or 0 in steps)


def numbers_lines_as_text(values: list[CellValue]) -> bool:
    """Whether a table's first column numbers its lines in digits written as text ('1', '2',
    '3', as exports write an area's or a group's number; ages '18', '19', '20', '21+'),
    counting up by one, three or more, none past 99, words alone besides them ('Total'). A
    count written as text stands beside its line's name; numbers naming nothing would leave
    the lines unnamed, and counts make no such run. No typed number may stand among them: then
    the column is read as typed."""
    digits = [v for v in values if isinstance(v, str) and v.strip().isdecimal() and v.isascii()]
    others = [v for v in values if v not in digits and v is not None and v != ""]
    if len(digits) < MIN_TEXT_NUMBERS or any(not isinstance(v, str) for v in others):
        return False
    numbers = [int(v) for v in digits]
    return numbers[-1] <= LAST_TEXT_NUMBER and all(b - a == 1 for a, b in pairwise(numbers))


def numbers_columns_from_one(values: list[CellValue]) -> bool:
    """Whether a table's first line, under a corner naming a kind of line, numbers its columns
    in typed whole numbers counting 1, 2, 3 ..., three or more, none past 99, words alone
    besides them: 'Payment group | 1 | 2 | ... | 13' over each group's sustainment payments,
    a cumulative table with no 'Total' column to name them by. Read as a line of counts, the
    numbers went into the percentage sheet's base and its columns lost their names. A line of
    counts so running under such a corner would be no first line: its table's header is over
    it. The proof reads them alike (wpxl.verify.text_heads ``numbers_under_a_kind``)."""
    numbers = [_whole(v) for v in values if not isinstance(v, str)]
    if len(numbers) < MIN_TEXT_NUMBERS or None in numbers:
        return False
    return numbers == list(range(1, len(numbers) + 1)) and len(numbers) <= LAST_TEXT_NUMBER


# words naming what a first column's lines are, as the corner over columns numbered in digits
# as text does ('Area | "1" | "2" | "3"'); a line's own name ('Leeds') names none of these
_KIND = re.compile(
    r"\b(?:areas?|regions?|districts?|offices?|sites?|jobcentres?|jcp|wards?|teams?|la|lad"
    r"|authorit(?:y|ies)|cpa|package|groups?|pg|cohorts?|weeks?|months?|quarters?|periods?"
    r"|years?|days?|ages?|bands?|providers?|contracts?|types?|categor(?:y|ies)|class|grades?"
    r"|zones?|lots?|routes?|strands?|pathways?|options?|codes?|no\.?|names?|locations?"
    r"|places?|count(?:y|ies)|boroughs?|tiers?|levels?|stages?|waves?|benefits?|customers?"
    r"|claimant\s+types?|by)\b",
    re.IGNORECASE,
)


def names_a_kind(value: CellValue) -> bool:
    """Whether a corner is blank or names the kind of the lines under it ('Area', 'Week',
    'Age band'), not one line ('Leeds | "1" | "2" | "3"' over 'York | "4" | "5" | "6"': a table
    written all as text with no header row, whose first line's digits are its counts)."""
    text = "" if value is None else str(value)
    return not text.strip() or _KIND.search(text) is not None


def is_open_band(value: CellValue) -> bool:
    """Whether the value is a band's open end ('3+', '40 or more')."""
    return isinstance(value, str) and _OPEN_BAND.match(value) is not None


def _whole(value: CellValue) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if float(value).is_integer() else None
