"""Warn about a table of running totals typed as values, rounded cell by cell (guidance R6).

"Job starts YTD" by month, pasted from the sheet of monthly job starts: each cell is the sum of
months shown elsewhere, but wpxl cannot see that from the table alone (a cumulative column
beside its months is rebuilt over them: wpxl.analyse.running_totals). Rounded on its own, a
cumulative figure is not the sum of the rounded months the copy shows, and the two together
narrow the true figures (May's cumulative less April's gives May back). So it is named.

Taken when the table's title or sheet name says its figures run on (cumulative, to date, YTD),
it has two or more columns of typed counts, and along every row they never fall and somewhere
rise, as running totals do. Cell references only, never a figure.
"""

from __future__ import annotations

from itertools import pairwise

from wpxl.analyse.values import as_number
from wpxl.analyse.words import is_cumulative_words
from wpxl.model import Role, SheetAnalysis, Table, Warning

MIN_ROWS = 2  # rows that rise along the table before it is read as running on


def running_table_warnings(analyses: list[SheetAnalysis]) -> list[Warning]:
    """One warning per table of typed running totals rounded cell by cell."""
    return [
        _warning(table)
        for analysis in analyses
        for table in analysis.tables
        if is_cumulative_words(f"{table.title} {analysis.sheet.name}") and _runs_on(analysis, table)
    ]


def _runs_on(analysis: SheetAnalysis, table: Table) -> bool:
    """Whether every row's typed counts never fall from left to right, in two or more columns,
    and rise in two or more rows."""
    cells, roles = analysis.sheet.cells, analysis.roles
    rising = 0
    for row in table.body_rows:
        line = [
            as_number(cells[(row, col)].value)
            for col in table.body_cols
            if roles.get((row, col)) is Role.COUNT and cells[(row, col)].formula is None
        ]
        if len(line) < 2 or None in line:
            return False
        steps = list(pairwise(line))
        if any(b < a for a, b in steps):  # type: ignore[operator]
            return False
        rising += any(b > a for a, b in steps)  # type: ignore[operator]
    return rising >= MIN_ROWS


def _warning(table: Table) -> Warning:
    return Warning(
        "running-totals-typed",
        table.name,
        "its figures look like running totals (cumulative or year to date) typed as values; "
        "each was rounded on its own, so it is not the sum of the rounded figures it adds up, "
        "and comparing the two can narrow the true figures — make them formulas over the "
        "periods they add up, or share only one of them",
        (table.name,),
        (("columns", len(table.body_cols)),),
    )
