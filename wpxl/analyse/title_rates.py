"""A title saying its figures are rates over columns some of which name a measure of their own.

DWP sets out a cohort's job outcome rate by month of referral beside the cohort's size:
'Cumulative job outcomes as a percentage of referrals' over 'Month of referral | Referrals |
Months since referral' and 3, 6, 9, 12 under it, each figure a whole percentage. The title's
rate words made the figures rates only where no header named a measure, and 'Referrals' names
one, so the percentages were read as job outcomes (by the title's other words) and shown as
shares of a column's 'job outcomes' (Jun 2011's 4% of referrals as 20% of the outcomes), the
copy verified. Where the headers name a measure over some columns and no line names one, the
title's rate words name the figures of the other columns when every figure there could be a
percentage: they are rates, and the measured columns keep their measures.
"""

from __future__ import annotations

from wpxl.analyse.cells import (
    NO_WORDS,
    RATE_UNIT,
    TITLE_NUMBERS,
    TITLE_RATE,
    Words,
    label_words_of,
)
from wpxl.analyse.tax_names import tax_column
from wpxl.analyse.values import as_number
from wpxl.model import Cell, Coord, Table

_MOST = 100.0


def rated_columns(
    table: Table, col_heads: dict[int, list[str]], cells: dict[Coord, Cell]
) -> set[int]:
    """The columns whose figures the title's rate words name (see the doc): none where no
    header names a measure (the title then names every figure, as wpxl.analyse.cells reads
    it), where a line does, where the title names numbers too, or where a header names rates
    itself ('Rate' over its own column, the title's words then its)."""
    title = table.title or ""
    if not table.col_measures or table.row_measures or not TITLE_RATE.search(title):
        return set()
    if TITLE_NUMBERS.search(title) or any(label_words_of(h).rate for h in col_heads.values()):
        return set()
    rated = {col for col in col_heads if col not in table.col_measures}
    figures = [
        number
        for col in rated
        for row in table.body_rows
        if (cell := cells.get((row, col))) is not None and cell.formula is None
        if (number := as_number(cell.value)) is not None
    ]
    return rated if figures and all(0 <= f <= _MOST for f in figures) else set()


def column_words(
    table: Table, col_heads: dict[int, list[str]], unit: Words, cells: dict[Coord, Cell]
) -> dict[int, Words]:
    """What each column's figures are by its headers (a tax named: wpxl.analyse.tax_names),
    the title's ``unit`` and, where they name the column, the title's rate words."""
    rated = rated_columns(table, col_heads, cells)
    return {
        col: tax_column(label_words_of(heads), heads)
        | unit
        | (RATE_UNIT if col in rated else NO_WORDS)
        for col, heads in col_heads.items()
    }
