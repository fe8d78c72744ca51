"""A count written as text beside the label naming its measure, outside any table: 'Bradford
job outcomes: | 12 (provisional)', 'Leeds sustainments | a dozen', 'Leeds job starts | twelve'.

A summary under a table is typed as pairs as often as a table is, a label in one cell and its
figure in the next. Typed as a number, the figure is read as a line of its own ('Leeds job
starts | 13' goes out as 20, 'Bradford outcomes | 12' goes); typed as text it was a note, and a
note is judged by its own words: '12 (provisional)' names no measure, 12 is under the numbers
a note may hold, so Bradford's 12 job outcomes went out beside the rounded starts, and 'twelve'
job starts went out unrounded. Such a text beside such a label is the line's figure now:
removed from a line of outcomes whatever it says ('a few' too), and from a line of another
measure where rounding would change it, each listed on the cover.
"""

from __future__ import annotations

import re

from wpxl.analyse.stated_outcomes import STATED_OUTCOME
from wpxl.analyse.worded_counts import worded_number
from wpxl.analyse.words import header_measure
from wpxl.model import Cell, Coord, Measure
from wpxl.read.idioms import says_few

LABELLED_COUNT = "a count written as text beside its measure's name, which wpxl does not round"
# a figure with the words an analyst qualifies it by: 'about 12', 'c. 12', '12 (provisional)',
# '12 est.', '12 people'; never a share ('12%', '12 per cent') nor a length of time
_MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"  # '12 June' is a date
_QUALIFIED = re.compile(
    r"\s*(?:(?:about|around|approx(?:\.|imately)?|c\.|ca\.?|circa|roughly|nearly|almost|over"
    r"|under|some|est\.?)\s*)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    rf"\s*(?:\([^)%]*\)|(?!per\b|pc\b|[dhmwy]\b|wks?\b|weeks?\b|days?\b|mths?\b|months?\b|yrs?\b|years?\b|hours?\b|{_MONTH})[A-Za-z.]+"
    r"(?:\s+[A-Za-z.]+){0,2})?\s*",
    re.IGNORECASE,
)


def labelled_count(
    cells: dict[Coord, Cell], coord: Coord, measure_words: dict[Measure, tuple[str, ...]], base: int
) -> str | None:
    """Why the text at ``coord`` goes as the figure of the label left of it on its row (the
    nearest cell holding anything, a text), its line named by that label or by the header over
    a run of such texts ('Job outcomes' over 'Leeds | about 40'), or None where it may stay."""
    number, few = _stated(cells[coord].value)
    if number is None and not few:
        return None  # most texts
    label = _label_left(cells, coord)
    if label is None:
        return None
    named = [header_measure(text, measure_words) for text in (label, _head_over(cells, coord))]
    measures = [m for m in named if m is not None]
    if not measures:
        return None
    if any(m.is_outcome for m in measures):
        return STATED_OUTCOME
    return None if few or number is None or number % base == 0 else LABELLED_COUNT


def _stated(value: object) -> tuple[int | None, bool]:
    """The number a text states as a figure ('twelve', 'about 12', '12 (provisional)'), and
    whether it says only that there are few ('a handful')."""
    if not isinstance(value, str):
        return None, False
    number = worded_number(value)
    if number is None and (qualified := _QUALIFIED.fullmatch(value)) is not None:
        number = int(qualified.group(1).replace(",", ""))
    return number, number is None and says_few(value)


def _label_left(cells: dict[Coord, Cell], coord: Coord) -> str | None:
    """The nearest value left of ``coord`` on its row, if it is a text."""
    row, col = coord
    for left in range(col - 1, -1, -1):
        value = getattr(cells.get((row, left)), "value", None)
        if value not in (None, ""):
            return value if isinstance(value, str) else None
    return None


def _head_over(cells: dict[Coord, Cell], coord: Coord) -> str:
    """The text over the run of stated figures ``coord`` stands in, up its column ('' where a
    blank or a figure ends the run first)."""
    row, col = coord
    while row > 0:
        row -= 1
        value = getattr(cells.get((row, col)), "value", None)
        if not isinstance(value, str) or not value.strip():
            return ""
        number, few = _stated(value)
        if number is None and not few:
            return value
    return ""
