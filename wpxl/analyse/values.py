"""What a single value is: a count, a year, a rate, money, a date or words.

Decided from the value itself and its number format; the table's headers add context later.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from wpxl.model import Cell, CellValue, ExcelError
from wpxl.read.quoted_figures import RAISED

# thousands apart by a comma or, as reports and some locales print them, a space of any width
# ("1 012" is 1012, not the small figures 1 and 12)
_NUMERIC_TEXT = re.compile(r"^\s*[+-]?(\d{1,3}([, \u00a0\u2009\u202f]\d{3})+|\d+)(\.\d+)?\s*$")
_GROUPING = str.maketrans("", "", ", \u00a0\u2009\u202f")
_YEAR_TEXT = re.compile(r"^\s*(19|20)\d\d(\s*[/-]\s*(\d\d|(19|20)\d\d))?\s*$")
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|january|february|march|april|june|july"
    "|august|september|october|november|december"
)
_MONTH_TEXT = re.compile(
    r"^\s*(" + _MONTHS + r")\.?([\s-]+('?\d\d|(19|20)\d\d))?\s*$", re.IGNORECASE
)
_QUARTER_TEXT = re.compile(
    r"^(?!\s*(?:q[1-4]|quarter [1-4])\s*(?:\u2212|minus\b|less\b)"  # not one quarter
    r"|\s*q(?:2\s*[-\u2013]\s*q1|3\s*[-\u2013]\s*q[12]|4\s*[-\u2013]\s*q[1-3])\b)"  # less another
    r"\s*(q[1-4]|quarter [1-4])\b",
    re.IGNORECASE,
)
_DATE_FORMAT = re.compile(r"(^|[^\"\\])(d|m{1,5}|y{2,4}|h|s)", re.IGNORECASE)
_MONEY_FORMAT = re.compile(r"[£$€¥]|\[\$|GBP|EUR|USD", re.IGNORECASE)


def as_number(value: CellValue) -> float | int | None:
    """The number in a cell, including numbers typed as text ("1,234", " 45 "); else None."""
    if type(value) is int or type(value) is float:  # most cells: a typed number
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    if isinstance(value, str) and _NUMERIC_TEXT.match(value):
        number = float(value.translate(_GROUPING))
        return int(number) if number.is_integer() else number
    return None


def exact_sum(total: CellValue, parts: list[CellValue]) -> bool | None:
    """Whether the number in ``total`` is the sum of those in ``parts`` (to float noise); None
    when one holds no number, so nothing can be said there."""
    value, found = as_number(total), [as_number(p) for p in parts]
    if value is None or any(v is None for v in found):
        return None
    return abs(value - sum(found)) <= 1e-9  # type: ignore[arg-type]


def about(value: float, total: float) -> bool:
    """Whether ``value`` is ``total`` but for float noise: sums added in another order."""
    return abs(value - total) <= 1e-6 * max(1.0, abs(total))


def is_year(value: CellValue) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return 1990 <= value <= 2100
    return isinstance(value, str) and bool(_YEAR_TEXT.match(value))


def is_period_text(value: CellValue) -> bool:
    """Months, quarters and year ranges written as text: labels, never counts."""
    return isinstance(value, str) and bool(
        _MONTH_TEXT.match(value) or _QUARTER_TEXT.match(value) or _YEAR_TEXT.match(value)
    )


def is_quarter_text(value: CellValue) -> bool:
    """A quarter named as text ("Q1", "Quarter 2"): three months, not one period among many."""
    return isinstance(value, str) and bool(_QUARTER_TEXT.match(value))


_DATES = (dt.date, dt.time)  # a datetime is a date; a tuple, not a union made at each call


def is_date(value: CellValue, number_format: str) -> bool:
    if isinstance(value, _DATES):
        return True
    return _is_date_format(number_format)


@lru_cache(maxsize=1024)  # a workbook has few number formats, asked about for every cell
def _is_date_format(number_format: str) -> bool:
    fmt = re.sub(r"\[[^\]]*\]|\"[^\"]*\"", "", number_format)
    return fmt.lower() != "general" and bool(_DATE_FORMAT.search(fmt)) and "0" not in fmt


@lru_cache(maxsize=1024)
def is_percent_format(number_format: str) -> bool:
    return "%" in re.sub(r"\"[^\"]*\"", "", number_format)


@lru_cache(maxsize=1024)
def is_money_format(number_format: str) -> bool:
    return bool(_MONEY_FORMAT.search(number_format))


def is_error(value: CellValue) -> bool:
    return isinstance(value, ExcelError)


def is_code_text(value: CellValue) -> bool:
    """Digits typed as text with a leading zero ("01234"): a code or reference, never a count."""
    return isinstance(value, str) and bool(re.fullmatch(r"\s*0\d+\s*", value))


def is_exponent_text(value: CellValue) -> bool:
    """A number typed as text with an exponent ("6.87E2"), as some exports write counts."""
    return isinstance(value, str) and bool(
        re.fullmatch(r"\s*\d+(?:\.\d+)?[eE][+-]?\d{1,3}\s*", value)
    )


# A figure with a mark before or after it: "<5", "~40", "c.47", "(11)", "123*", "23†", "307p"
# (provisional), "14 r" (revised), "301 [p]" or "45 (r)" (the mark bracketed, as ONS writes
# it), "13e" (estimated), "412¹" or "412ᵃ" (a footnote's call raised, as Word and PDF tables
# write it); a change marked by its direction ("▲7", "7 ▼", "↑4", "up 7": a change of counts,
# unrounded, which a trend column beside the rounded months writes so). Digits alone, or words,
# are not marked.
_ARROW = "\u25b2\u25bc\u25b3\u25bd\u2191\u2193\u2b06\u2b07"  # ▲ ▼ △ ▽ ↑ ↓ ⬆ ⬇
_MARKED_FIGURE = re.compile(
    r"^\s*(?:[<>≤≥~(]|c\.|ca\.)\s*\d[\d,]*(?:\.\d+)?\s*\)?\s*[a-z*†‡]{0,2}\s*$"
    r"|^\s*\d[\d,]*(?:\.\d+)?\s*"
    rf"(?:[*†‡{RAISED}]+|[a-z]{{1,2}}|\[[a-z]{{1,2}}\]|\([a-z]{{1,2}}\)|\)|[{_ARROW}])\s*$"
    rf"|^\s*(?:[{_ARROW}]|up\b|down\b)\s*[+-]?\d[\d,]*(?:\.\d+)?\s*$",
    re.IGNORECASE,
)


# a year with a mark after it, as a header writes a revised or provisional year: '2012r',
# '2013 p', '2013 [p]'
_MARKED_YEAR = re.compile(r"^\s*(\d{4})\s*(?:[a-z]|\[[a-z]\]|\([a-z]\))\s*$", re.IGNORECASE)


def marked_years(values: list[CellValue]) -> bool:
    """Years each with a mark ('2012r', '2013p', '2012 [r]'), a year apart in order, or one
    alone over a single column of figures: a header of years, not figures written with a mark
    (counts in any other order stay figures). A table's first line is asked, where a header
    stands; a lone year there is read as the same year unmarked would be, a column's name."""
    found = [_MARKED_YEAR.match(v) if isinstance(v, str) else None for v in values]
    if not found or None in found:
        return False
    years = [int(m.group(1)) for m in found if m is not None]
    steps = {b - a for a, b in pairwise(years)}
    return all(1990 <= y <= 2100 for y in years) and (len(years) == 1 or steps in ({1}, {-1}))


def is_marked_figure(value: CellValue) -> bool:
    """A figure written with a mark ("<5", "123*", "307p", "c.47"): it cannot be rounded, and it
    shows more than a rounded figure would."""
    return isinstance(value, str) and bool(_MARKED_FIGURE.match(value))


# A small figure bounded in words: "5 or fewer", "fewer than 5", "up to 5", "n<5". Under outcome
# words it tells a volume as plainly as "<5"; under any other it cannot be rounded either. Read
# only in a table's body: as a header, "Under 25" names an age band.
_BOUNDED_FIGURE = re.compile(
    r"^\s*(?:(?:fewer|less)\s+than|under|below|up\s+to|at\s+most|no\s+more\s+than"
    r"|n\s*[<\u2264]=?)\s*\d[\d,]*\s*$|^\s*\d[\d,]*\s+or\s+(?:fewer|less|under|below)\s*$",
    re.IGNORECASE,
)


def is_bounded_figure(value: CellValue) -> bool:
    """A body cell's figure written as a bound in words ("5 or fewer"), see _BOUNDED_FIGURE."""
    return isinstance(value, str) and bool(_BOUNDED_FIGURE.match(value))


_PERCENT_TEXT = re.compile(r"^\s*[+-]?\d[\d,]*(?:\.\d+)?\s*%\s*$")
# a ratio to one: "3.0:1", "1 : 3.0", "1 in 3", "3 to 1" (a time "10:30" is no ratio to one)
_RATIO_TEXT = re.compile(
    r"^\s*(?:\d[\d,]*(?:\.\d+)?\s*(?::|to)\s*1|1\s*(?::|in)\s*\d[\d,]*(?:\.\d+)?)\s*$",
    re.IGNORECASE,
)


def is_percent_text(value: CellValue) -> bool:
    """A rate typed as text ("33%", or a ratio "3.0:1", "1 in 3"): as a typed rate, it cannot
    be worked out again from the rounded figures, and beside them a rate of outcomes
    ("Conversion", "Starts per job outcome") gives their volume back: 420 starts at 3.0:1 are
    140 outcomes."""
    return isinstance(value, str) and bool(_PERCENT_TEXT.match(value) or _RATIO_TEXT.match(value))


def is_text(value: CellValue) -> bool:
    return isinstance(value, str) and value.strip() != "" and as_number(value) is None


_SUPPRESSED = re.compile(
    r"^\s*(\.\.|\.|-|\u2013|\u2014|:|\*|~|\[[a-z]{1,3}\]|[xcz]|n/?a)\s*$", re.IGNORECASE
)


def is_suppression_marker(value: CellValue) -> bool:
    """A symbol a publisher writes instead of a figure ("..", "[c]", "[x]", "-", NHS's "~"): kept
    as written, and a total over it cannot be rebuilt, since the figure it hides is unknown."""
    return isinstance(value, str) and bool(_SUPPRESSED.match(value))


PHONE_DIGITS = 9  # no count in an MI table has nine digits; a phone number typed as one does


_TOTAL_WORD = re.compile(r"^\s*(?:grand\s+)?totals?\s*:?\s*$", re.IGNORECASE)


def could_hold_contact_details(value: CellValue) -> bool:
    """Whether a cell under contact words (postcode, phone, address) holds such a detail: words
    (a postcode, an address, a number written with spaces) or a number as long as a phone
    number. A count under "Births at the same address" does not, nor the word "Total" on the
    table's total row (no place is called so)."""
    if isinstance(value, str):
        plain = is_text(value) and not is_suppression_marker(value)
        return plain and not _TOTAL_WORD.match(value)
    number = as_number(value)
    return number is not None and abs(number) >= 10 ** (PHONE_DIGITS - 1)


def _whole(value: CellValue) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if float(value).is_integer() else None


def _label_whole(value: CellValue, digits: bool) -> int | None:
    """A whole number heading a column, typed or (``digits``: under words naming them) written
    as text ('Week | "1" | "2"')."""
    if digits and isinstance(value, str) and value.strip().isdecimal():
        return int(value)
    return _whole(value)


def typed_whole(cell: Cell | None) -> int | None:
    """A typed whole number (no formula, no text, no boolean)."""
    return None if cell is None or cell.formula is not None else _whole(cell.value)


_NUMBERING_WORDS = re.compile(
    r"^\s*$|\b(week|weeks|column|col|no|number|ref|period|month|day|line)\b", re.IGNORECASE
)


# a row of single years of age under the corner naming them: 'Age | 18 | 19 | 20 | 21'
AGE_WORDS = re.compile(
    r"^\s*ages?(?:\s*\(years\)|\s+in\s+years|\s+at\s+(?:referral|start|attachment))?\s*:?\s*$",
    re.IGNORECASE,
)
OLDEST = 120


# a corner naming coded columns: WP's payment groups 1 to 9, contract package areas, cohorts,
# months numbered from the contract year's start (4 to 9), quarters; with no 'Total' beside
# them such numbers were rounded as a line of counts (1, 2, 3, 4 shown as 0, 0, 0, 0)
CODED_WORDS = re.compile(
    r"^\s*(payment\s+group|cpa|contract\s+package\s+area|cohort|month|quarter)s?"
    r"(?:\s*(?:no\.?|number))?\s*:?\s*$",
    re.IGNORECASE,
)
_CODED_LAST = {"payment group": 9, "cpa": 99, "contract package area": 99, "cohort": 99,
               "month": 12, "quarter": 4}  # fmt: skip


def numbers_coded_columns(values: Iterable[CellValue], label: str) -> bool:
    """Whether a row of numbers under a corner naming coded columns (``CODED_WORDS``) codes
    them: two or more whole numbers (typed or as text), rising, none past the code's last (9
    payment groups); months and quarters one apart, the year's last followed by its first."""
    named = CODED_WORDS.match(label)
    if named is None:
        return False
    kind = " ".join(named.group(1).lower().split())
    last = _CODED_LAST[kind]
    numbers = _heading_numbers(values, range(1, last + 1))
    if numbers is None:
        return False
    if kind in ("month", "quarter"):
        steps = all(b == a % last + 1 for a, b in pairwise(numbers))
    else:
        steps = all(b > a for a, b in pairwise(numbers))
    return len(numbers) >= 2 and steps


# a corner naming a quantity measured in units, its values banding the columns: 'Duration
# (weeks) | 13 | 26 | 39 | 52', 'Hours worked | 16 | 30 | 37', 'Months on programme | 3 | 6 | 9
# | 12', 'Score | 1 .. 5', 'Number of children | 0 | 1 | 2 | 3+'; read as a line of counts,
# they were rounded to 20, 20, 40, 60 and the columns no longer told apart
QUANTITY_WORDS = re.compile(
    r"^\s*(?:(?:duration|length|time)(?:\s+[a-z]+){0,3}"
    r"(?:\s*\((?:hours|days|weeks|months|years)\))?"
    r"|(?:hours|days|weeks|months|years)\s+(?:worked(?:\s+(?:per|a|each)\s+week)?"
    r"|on\s+(?:the\s+)?programme"
    r"|unemployed|out\s+of\s+work|claiming|on\s+benefits?|per\s+week)"
    r"|(?:[a-z]+\s+)?(?:score|level)|number\s+of\s+(?:children|dependants|dependents|barriers)"
    r"|(?:household|family)\s+size)\s*:?\s*$",
    re.IGNORECASE,
)
# a time in work counts sustainments, however it is banded: never bands to keep
_COUNTED = re.compile(
    r"referr|attach|start|outcome|sustain|in\s+(?:work|jobs?|employment|post)|\bemploy|\bjobs?\b"
    r"|lasted|tenure",
    re.IGNORECASE,
)
_QUANTITY_LAST = 999


def numbers_quantity_columns(values: Iterable[CellValue], label: str) -> bool:
    """Whether a row of numbers under a corner naming a quantity (``QUANTITY_WORDS``, no event
    counted among its words) bands the columns: three or more whole numbers (typed or as text)
    from 0 to 999, rising; words beside them ('3+', 'Over 52') band the rest."""
    if QUANTITY_WORDS.match(label) is None or _COUNTED.search(label):
        return False
    numbers = _heading_numbers(values, range(_QUANTITY_LAST + 1))
    return numbers is not None and len(numbers) >= 3 and all(b > a for a, b in pairwise(numbers))


def _heading_numbers(values: Iterable[CellValue], allowed: range) -> list[int] | None:
    """The whole numbers (typed or as text) of a row under a corner naming them, words beside
    them passed over; None when any other figure, or a number out of ``allowed``, stands there."""
    numbers: list[int] = []
    for value in values:
        if value is None or value == "" or is_text(value):
            continue
        number = _label_whole(value, True)
        if number is None or number not in allowed:
            return None
        numbers.append(number)
    return numbers


def is_numbering(values: Iterable[CellValue], label: str) -> bool:
    """A row of numbers counting 1, 2, 3 ... (or from 0) across a table (words such as "Total"
    may sit beside them), labelled by nothing or by words such as "Week number" or "Column":
    week numbers or column numbers under the headers, which are headers too; or years of age
    one apart from any age under a label naming ages alone ('Age | 18 | 19 | 20', which was
    rounded to 20, 20, 20, the columns no longer told apart); under such a label, numbers
    written as text ('Week | "1" | "2" | "3"') too, which were rounded to 0 as counts written
    so. A row of counts that happens to run 1, 2, 3 has a label of its own ("JSA 18-24"), so
    it stays counts."""
    if CODED_WORDS.match(label):  # a few header rows: read whole, both ways
        values = list(values)
        if numbers_coded_columns(values, label):
            return True
    if QUANTITY_WORDS.match(label):
        values = list(values)
        if numbers_quantity_columns(values, label):
            return True
    ages = AGE_WORDS.match(label) is not None
    if not ages and not _NUMBERING_WORDS.search(label):  # most rows: a label of their own
        return False
    starts = range(OLDEST + 1) if ages else (0, 1)
    numbers: list[int] = []  # read up to the first number out of step: a row of counts' first
    for value in values:
        if value is None or value == "" or is_text(value):
            continue
        number = _label_whole(value, bool(label))
        if number is None or number not in ((numbers[-1] + 1,) if numbers else starts):
            return False
        numbers.append(number)
    return len(numbers) >= 3 and numbers[-1] <= OLDEST


def rounding_step(numbers: list[float]) -> int:
    """The step a source rounded every figure of a table to (10 or 5; 1 when it did not): its
    totals, added up from rounded parts, may miss by half a step a part."""
    whole = [n for n in numbers if n and float(n).is_integer()]
    if len(whole) < 4 or len(whole) < len(numbers) // 2:
        return 1
    for step in (10, 5):
        if all(n % step == 0 for n in whole):
            return step
    return 1
