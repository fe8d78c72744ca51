"""A header row naming its one column by a month code: 'Area | 201304' over the areas' lines.

Two or more month codes a month apart head their columns (``numbered_heads``), as no line of
counts so runs; one alone was read as a line of figures named 'Area', the code rounded as a
count (201300), and the copy verified. A line of counts is not named by the word naming the
label column ('Area', 'Office', 'Payment group'): after such a corner, a month code alone
heads its column, as a year alone does. The proof reads it for itself
(wpxl.verify.lone_codes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wpxl.analyse.words import is_total_label
from wpxl.model import Cell, CellValue

# the header of a table's label column ('Area', 'Local authority'), never a line of counts
_CORNER = re.compile(
    r"^\s*(?:areas?|local\s+authorit(?:y|ies)|la|regions?|districts?|count(?:y|ies)"
    r"|countr(?:y|ies)|nations?|wards?|jobcentres?(?:\s+plus)?|jcps?"
    r"|(?:(?:jcp|jobcentre(?:\s+plus)?|local|delivery)\s+)?offices?|providers?"
    r"|contract\s+package\s+areas?|cpa|payment\s+groups?|pg)"
    r"(?:\s+names?)?\s*:?\s*$",
    re.IGNORECASE,
)
# a label column of numbers named so ('Age' over 19, 20, 21; 'Year' over 2011, 2012)
_NUMBERED_CORNER = re.compile(r"^\s*(?:ages?|years?)\s*:?\s*$", re.IGNORECASE)
# a column of the areas' codes beside their names ('Code | Area | 201304'): rounded as a line
# of counts (201300) and verified, as it was not read beside a lone code
_CODE_CORNER = re.compile(
    r"^\s*(?:(?:area|la|local\s+authority|office|ons|site|jcp|district|ward)\s+)?"
    r"(?:codes?|ids?|refs?|reference)(?:\s+no\.?)?\s*:?\s*$",
    re.IGNORECASE,
)
# the names beside a label column of codes ('Area | Name | 201304', 'LA code | LA name')
_NAME_HEAD = re.compile(r"^\s*(?:[a-z]+\s+){0,2}names?\s*:?\s*$", re.IGNORECASE)
_FIRST_YEAR, _LAST_YEAR = 1990, 2099


def heads_one_month(first: Cell | None, values: Iterable[CellValue]) -> bool:
    """Whether a row's body ``values`` are one month code (yyyymm, typed or written as digits)
    after a corner (``first``) naming the label column, and maybe the other label columns'
    headers and the total column's before it, or other columns' headers in words after it."""
    if first is None or not isinstance(first.value, str):
        return False
    corner = _CORNER.match(first.value) or _CODE_CORNER.match(first.value)
    if not (corner or _NUMBERED_CORNER.match(first.value)):
        return False
    held = [v for v in values if v is not None and v != ""]
    while held and isinstance(held[-1], str) and _closes(held[-1]):
        held.pop()  # 'Area | 201304 | Total', 'Area | 201304 | % of total', '| Rank'
    *heads, value = held or [None]
    if not all(isinstance(h, str) and _heads_label_or_total(h) for h in heads):
        return False  # 'Region | Area | 201304', 'Area | Total | 201304' (the total first)
    if isinstance(value, str) and value.strip().isdecimal():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if not float(value).is_integer():
        return False
    year, month = divmod(int(value), 100)
    return _FIRST_YEAR <= year <= _LAST_YEAR and 1 <= month <= 12


def _closes(head: str) -> bool:
    """Whether a header after the code heads another column in words, no number ('Total',
    '% of total', 'Rank', 'Rate per 1,000', 'Notes'): a line of counts holds figures there."""
    return not head.strip().isdecimal()


def _heads_label_or_total(head: str) -> bool:
    """Whether a header between the corner and the code heads a label ('Code', 'Area', 'LA
    name') or the total column."""
    labels = _CORNER.match(head) or _CODE_CORNER.match(head) or _NAME_HEAD.match(head)
    return bool(labels) or is_total_label(head)
