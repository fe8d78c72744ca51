"""Counts written with a mark after them, in a table's body: the figures they mark.

Published tables and the packs copied from them mark a revised, provisional or estimated figure
in its cell ('398 [r]', '211 (p)', '97*', '64 †', '120p'): text, which wpxl removed with every
total over it ('a figure written with a symbol'), and a column made only of them read as
labels. A reader reads the figure the mark is on, so wpxl does: such a cell in a column of
plain figures, or under words naming a measure (its column's first words above it), is read as
its count, rounded, totalled and checked as every count is (an outcome measure's goes to a
percentage sheet as outcomes do), and its mark is kept on the cover (plan/notices), which the
rounded cell cannot hold. Marks that change what the figure says stay removed: a bound
('<5'), 'about' ('c.47'), brackets round the figure ('(11)', a negative in accounts); so does
a marked figure a formula reads, which Excel reads as text ('=SUM(C4:C7)' leaves it out).
"""

from __future__ import annotations

import re
from dataclasses import replace

from wpxl.analyse.formulas import references_any
from wpxl.analyse.words import header_measure
from wpxl.model import Cell, Coord, Measure, Sheet

COUNT_FORMAT = "#,##0"
# a whole count, then a mark: revised, provisional or estimated ('r', 'p', 'e', bare or in
# brackets) or a footnote's symbol ('*', '†', '‡')
_MARKED = re.compile(
    r"^\s*(\d{1,3}(?:,\d{3})+|\d+)\s*(\[[rpe]\]|\([rpe]\)|[rpe]|\*{1,3}|[\u2020\u2021]{1,2})\s*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more: no figure's mark
_REACH = 64
_FIRST_YEAR, _LAST_YEAR = 1990, 2100  # rows a column's words are looked for above a figure


def marked_count(value: object) -> tuple[int, str] | None:
    """The count a marked figure's text marks, and its mark ('398 [r]': 398, '[r]')."""
    found = _MARKED.match(value) if isinstance(value, str) else None
    return (int(found[1].replace(",", "")), found[2]) if found else None


def marked_counts(
    sheet: Sheet, measure_words: dict[Measure, tuple[str, ...]]
) -> tuple[Sheet, dict[Coord, str]]:
    """The sheet with its marked counts read as the numbers they mark (see the doc), and each
    one's mark by place; the sheet itself when it has none, as nearly every sheet has."""
    marks: dict[Coord, str] = {}
    counts: dict[Coord, Cell] = {}
    for at, cell in sheet.cells.items():
        value = cell.value
        if value.__class__ is not str or not value or not (value[0].isdigit() or value[0] == " "):
            continue  # most cells: numbers, or words that open with no figure
        if cell.formula is not None or (found := marked_count(value)) is None:
            continue
        if _year_in_header(sheet.cells, at, found[0]):
            continue
        if _figure_in_column(sheet.cells, at) or _measure_above(sheet.cells, at, measure_words):
            style = replace(cell.style, number_format=COUNT_FORMAT)
            counts[at], marks[at] = replace(cell, value=found[0], style=style), found[1]
    for at in _read_by_formulas(sheet, counts):
        del counts[at], marks[at]
    if not counts:
        return sheet, marks
    return replace(sheet, cells={**sheet.cells, **counts}), marks


def _read_by_formulas(sheet: Sheet, counts: dict[Coord, Cell]) -> set[Coord]:
    """The marked figures a formula of the sheet reads ('=SUM(C4:C7)' over '88*'): to Excel
    they are text, which its SUM leaves out, so the input's total is not theirs; they stay
    text, removed with the totals over them as before."""
    if not counts:
        return set()
    read: set[Coord] = set()
    for cell in sheet.cells.values():
        if cell.formula is None:
            continue
        for ref in references_any(cell.formula):
            if ref.sheet not in (None, sheet.name):
                continue
            read.update(
                at
                for at in counts
                if ref.top <= at[0] <= ref.bottom and ref.left <= at[1] <= ref.right
            )
    return read


def _year_in_header(cells: dict[Coord, Cell], at: Coord, count: int) -> bool:
    """Whether a year-shaped figure ('2012 [r]') stands on a line holding no plain figure: a
    header of years marked revised or provisional (analyse/values ``marked_years``), no count."""
    if not _FIRST_YEAR <= count <= _LAST_YEAR:
        return False
    row = at[0]
    line = (cells.get((row, col)) for col in range(at[1] + _REACH))
    return not any(cell is not None and type(cell.value) in (int, float) for cell in line)


def _figure_in_column(cells: dict[Coord, Cell], at: Coord) -> bool:
    """Whether a plain figure stands in the marked figure's column near it: a column of counts
    ('Q1' over 141, '230 [p]', 122 under a title naming job outcomes), whatever its head."""
    row, col = at
    near = (cells.get((r, col)) for r in range(max(row - _REACH, 0), row + _REACH) if r != row)
    return any(cell is not None and type(cell.value) in (int, float) for cell in near)


def _measure_above(
    cells: dict[Coord, Cell], at: Coord, measure_words: dict[Measure, tuple[str, ...]]
) -> bool:
    """Whether the first words over the figure (over any figures above it) name a measure."""
    row, col = at
    for above in range(row - 1, max(row - _REACH, -1), -1):
        cell = cells.get((above, col))
        if cell is None or cell.is_empty:
            continue
        text = cell.value
        if not isinstance(text, str) or not _WORD.search(text):
            continue  # a figure, marked or not ('c.47', '(11)', '412'), or a marker ('[x]')
        return header_measure(text, measure_words) is not None
    return False
