"""The proof's reading of a header row naming its one column by a month code ('Area | 201304'
over the areas' lines), and the words naming a table's label column that tell such a header
from a line of counts.

Two or more month codes a month apart head their columns (``repeated_heads.months_running``);
one alone, rounded as a count (201300), passed the proof as a rounded count on a line named
'Area'. No line of counts is named by the word naming the label column: after such a corner,
read back to a blank cell, a month code alone over a figure heads its column, as a year alone
does (``year_labels``). A year alone so placed is read here too: rounded to another year
('Age | Total | 2010' shown as 2020) it is no year among counts to ``year_labels``, so it is
refused as a label rounded. Never asked: analyse.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wpxl.model import Cell
from wpxl.verify.label_number import label_number

Coord = tuple[int, int]

# the header of a table's label column ('Area', 'Local authority'): a corner word left of a
# lone year or month code over figures heads the names below it, as no line of counts is
# named so
CORNER = re.compile(
    r"^\s*(?:areas?|local\s+authorit(?:y|ies)|la|regions?|districts?|count(?:y|ies)"
    r"|countr(?:y|ies)|nations?|wards?|jobcentres?(?:\s+plus)?|jcps?"
    r"|offices?|providers?|contract\s+package\s+areas?|cpa|payment\s+groups?|pg)"
    r"(?:\s+names?)?\s*:?\s*$",
    re.IGNORECASE,
)
# a label column of numbers named so ('Age' over 19, 20, 21; 'Year' over 2011, 2012): its
# header too, never a line of counts at a table's top
_NUMBERED_CORNER = re.compile(r"^\s*(?:ages?|years?)\s*:?\s*$", re.IGNORECASE)
TOTAL_HEAD = re.compile(r"^\s*(?:grand\s+)?totals?\s*:?\s*$", re.IGNORECASE)  # its column's
_YEARS = (1990, 2099)


def heads_one_period(
    line: list[tuple[int, Cell]], at: Coord, figure_at: Callable[[Coord], bool]
) -> bool:
    """Whether the whole number at ``at`` is a month code (yyyymm, typed or written as digits)
    or a year heading its column alone: ``line`` its row's cells in its own table, left to right, a
    corner naming the label column first, the other label columns' headers and the total
    column's between, or the total column's after it, and a figure (or a marker for one:
    ``figure_at``) under it, a blank row between at most."""
    held = [(c, cell.value) for c, cell in line if cell.value not in (None, "")]
    while held and isinstance(held[-1][1], str) and TOTAL_HEAD.match(held[-1][1]):
        held.pop()  # 'Area | 201304 | Total'
    if len(held) < 2 or held[-1][0] != at[1] or not isinstance(held[0][1], str):
        return False
    heads = [v for _, v in held[1:-1]]  # 'Region | Area | 201304', 'Area | Total | 201304'
    named = all(isinstance(v, str) and (CORNER.match(v) or TOTAL_HEAD.match(v)) for v in heads)
    code = label_number(dict(line)[at[1]])
    corner = CORNER.match(held[0][1]) or _NUMBERED_CORNER.match(held[0][1])
    if not (corner and named) or code is None or figure_at((at[0] - 1, at[1])):
        return False  # a figure over it: a line of counts, no header
    year, month = divmod(code, 100)
    period = _YEARS[0] <= year <= _YEARS[1] and 1 <= month <= 12
    period = period or _YEARS[0] <= code <= _YEARS[1]  # a year alone: 'Age | Total | 2010'
    return period and (figure_at((at[0] + 1, at[1])) or figure_at((at[0] + 2, at[1])))
