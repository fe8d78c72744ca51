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
from wpxl.verify.rows_of import blank, own_table

Coord = tuple[int, int]

# the header of a table's label column ('Area', 'Local authority'): a corner word left of a
# lone year or month code over figures heads the names below it, as no line of counts is
# named so
CORNER = re.compile(
    r"^\s*(?:areas?|local\s+authorit(?:y|ies)|la|regions?|districts?|count(?:y|ies)"
    r"|countr(?:y|ies)|nations?|wards?|jobcentres?(?:\s+plus)?|jcps?"
    r"|(?:(?:jcp|jobcentre(?:\s+plus)?|local|delivery)\s+)?offices?|providers?"
    r"|contract\s+package\s+areas?|cpa|payment\s+groups?|pg)"
    r"(?:\s+names?)?\s*:?\s*$",
    re.IGNORECASE,
)
# a label column of numbers named so ('Age' over 19, 20, 21; 'Year' over 2011, 2012): its
# header too, never a line of counts at a table's top
_NUMBERED_CORNER = re.compile(r"^\s*(?:ages?|years?)\s*:?\s*$", re.IGNORECASE)
# a column of the areas' codes beside their names ('Code | Area | 201304'), beside a lone code
_CODE_WORDS = re.compile(
    r"^\s*(?:(?:area|la|local\s+authority|office|ons|site|jcp|district|ward)\s+)?"
    r"(?:codes?|ids?|refs?|reference)(?:\s+no\.?)?\s*:?\s*$",
    re.IGNORECASE,
)
# the names beside a label column of codes ('Area | Name | 201304', 'LA code | LA name')
_NAMES = re.compile(r"^\s*(?:[a-z]+\s+){0,2}names?\s*:?\s*$", re.IGNORECASE)
TOTAL_HEAD = re.compile(r"^\s*(?:grand\s+)?totals?\s*:?\s*$", re.IGNORECASE)  # its column's
_YEARS = (1990, 2099)
_NONE = Cell(None)


def heads_one_period(
    row: list[tuple[int, Cell]],
    at: Coord,
    figure_at: Callable[[Coord], bool],
    cells: dict[Coord, Cell],
) -> bool:
    """Whether the whole number at ``at`` is a month code (yyyymm, typed or written as digits)
    or a year heading its column alone: ``row`` its row's cells, left to right, read in its own
    table (``spaced_table``), a corner naming the label column first, the other label columns'
    headers and the total column's between, other columns' headers in words after it, and a
    figure (or a marker for one: ``figure_at``) under it, a blank row between at most."""
    line = spaced_table(row, at, cells)
    held = [(c, cell.value) for c, cell in line if cell.value not in (None, "")]
    while held and isinstance(held[-1][1], str) and not held[-1][1].strip().isdigit():
        held.pop()  # other columns' headers in words: 'Total', '% of total', 'Rank', 'Notes'
    if len(held) < 2 or held[-1][0] != at[1] or not isinstance(held[0][1], str):
        return False
    heads = [v for _, v in held[1:-1]]  # 'Region | Area | 201304', 'Area | Total | 201304'
    named = all(isinstance(v, str) and _label_or_total(v) for v in heads)
    code = label_number(dict(line)[at[1]])
    first = held[0][1]
    corner = CORNER.match(first) or _CODE_WORDS.match(first) or _NUMBERED_CORNER.match(first)
    if not (corner and named) or code is None or figure_at((at[0] - 1, at[1])):
        return False  # a figure over it: a line of counts, no header
    year, month = divmod(code, 100)
    period = _YEARS[0] <= year <= _YEARS[1] and 1 <= month <= 12
    period = period or _YEARS[0] <= code <= _YEARS[1]  # a year alone: 'Age | Total | 2010'
    return period and (figure_at((at[0] + 1, at[1])) or figure_at((at[0] + 2, at[1])))


def _label_or_total(head: str) -> bool:
    """Whether a header between the corner and the code heads a label or the total column
    ('Code | Area | 201304', 'Area | Name | 201304', 'Area | Total | 201304')."""
    named = CORNER.match(head) or _CODE_WORDS.match(head) or _NAMES.match(head)
    return bool(named or TOTAL_HEAD.match(head))


def spaced_table(row: list[tuple[int, Cell]], at: Coord, cells: dict[Coord, Cell]) -> list:
    """The cells of a header's row in the table holding ``at`` (``own_table``), and those of
    its label columns' headers (words alone) one blank column left of them, where the code's
    own run opens with a number or the total column's header, no corner, and that column is
    blank on the two rows under the header too: a spacer between the labels and the figures
    ('Area | | 201304' over 'Leeds | | 13'), which parted the code from its corner, so the copy
    keeping it was refused."""
    line = own_table(row, at[1])
    edge = line[0][0] if line else at[1]
    spacer = [(at[0] + down, edge - 1) for down in range(3)]
    if (
        edge < 2
        or not (label_number(line[0][1]) is not None or _total_head(line[0][1]))
        or any(not blank(cells.get(p, _NONE)) for p in spacer)
    ):
        return line  # its corner its own, or no spacer left of it
    left = own_table(row, edge - 2)
    words = all(isinstance(c.value, str) and label_number(c) is None for _, c in left)
    return [*left, *line] if words and any(c == edge - 2 for c, _ in left) else line


def _total_head(cell: Cell) -> bool:
    """Whether the cell heads the total column ('Area | | Total | 201304')."""
    return isinstance(cell.value, str) and TOTAL_HEAD.match(cell.value) is not None
