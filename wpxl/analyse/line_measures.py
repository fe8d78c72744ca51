"""The measure a table, and each of its rows and columns, names by its own words, if any.

Besides the measure words, a line of job starts by how long the job lasted ("26 weeks or more",
"26+" under "Weeks") or by whether it was paid, claimed or converted ("Paid") is an outcome
line: those starts are the programme's job outcomes and sustainments, and the rest of such a
breakdown gives them back from the starts' total by difference.
"""

from __future__ import annotations

import re

from wpxl.analyse.body import FIGURES
from wpxl.analyse.words import header_measure, is_starts_outcome_line, outcome_named
from wpxl.errors import AnalysisError
from wpxl.model import Cell, Coord, Measure, Role, Table
from wpxl.model.sheetref import a1

# a label column's header naming a measure with a time ('Referral month', 'Date of attachment',
# 'Start quarter') names the table's rows (a cohort), not what its figures count
_WHEN = re.compile(r"\b(?:month|date|day|week|quarter|year|period|cohort)s?\b", re.IGNORECASE)


def table_measure(
    titles: list[str],
    shared: list[str],
    corner: list[str],
    sheet_name: str,
    measure_words: dict[Measure, tuple[str, ...]],
) -> Measure:
    """The measure a table's words name: an outcome named in its titles or the label column's
    header first, then its own titles (nearest first), a title shared from a table above, the
    label column's header ('Job starts: payment group' heads the table as a title would), and
    last the sheet's name. A sheet named for an outcome is not overruled by the label column's
    header, nor is a header naming a measure with a time read as one: 'Referral month' over
    outcomes by cohort is the table's rows, not its measure."""
    by_name = header_measure(sheet_name, measure_words)
    outcome_sheet = by_name is not None and by_name.is_outcome
    heads = [] if outcome_sheet else [t for t in corner if not _WHEN.search(t)]
    found = (header_measure(text, measure_words) for text in [*titles, *shared, *heads])
    return (
        outcome_named(titles + corner, measure_words)
        or next((m for m in found if m is not None), by_name)
        or Measure.UNKNOWN
    )


def read_line_measures(
    table: Table,
    cells: dict[Coord, Cell],
    label_cols: list[int],
    col_heads: dict[int, list[str]],
    row_words: dict[int, str],
    measure_words: dict[Measure, tuple[str, ...]],
) -> None:
    """Fill the table's row and column measures; ``col_heads`` are each column's header lines,
    ``row_words`` each row's label words."""
    for col, heads in col_heads.items():
        if (m := header_measure(" ".join(heads), measure_words)) is not None:
            table.col_measures[col] = m
    for row, words in row_words.items():
        if (m := header_measure(words, measure_words)) is not None:
            table.row_measures[row] = m
    starts = Measure.JOB_STARTS
    if starts not in {table.measure, *table.row_measures.values(), *table.col_measures.values()}:
        return  # most tables: no job starts, so no breakdown of them
    corner = " ".join(
        str(cell.value).strip()
        for r in table.header_rows
        for c in label_cols
        if (cell := cells.get((r, c))) is not None and cell.value is not None
    )
    crossing = set(table.col_measures.values())
    for row, words in row_words.items():
        own = table.row_measures.get(row)
        of_starts = own is starts or (own is None and starts in {table.measure, *crossing})
        if of_starts and is_starts_outcome_line(words, corner, table.title):
            table.row_measures[row] = Measure.JOB_OUTCOMES
    crossing = set(table.row_measures.values())
    for col, heads in col_heads.items():
        own = table.col_measures.get(col)
        of_starts = own is starts or (own is None and starts in {table.measure, *crossing})
        if heads and of_starts and is_starts_outcome_line(heads[-1], " ".join(heads), table.title):
            table.col_measures[col] = Measure.JOB_OUTCOMES


def totals_measure(table: Table, roles: dict[Coord, Role]) -> Measure:
    """The measure of a table whose title names none, where every figure its lines do not name
    is a total adding up lines of one and the same measure ('Job starts Q1' to 'Job starts Q4',
    then 'Total'): a total counts what its parts count. UNKNOWN (and the table refused) when a
    figure of no measure is no total, a part lies outside the table or names no measure, the
    parts name more than one, or they name an outcome (those totals were read as counts)."""
    unknown = {
        (row, col)
        for row in table.body_rows
        for col in table.body_cols
        if roles.get((row, col)) in FIGURES and table.measure_of((row, col)) is Measure.UNKNOWN
    }
    named: set[Measure] = set()
    for coord in unknown:
        parts = table.totals.get(coord)
        if roles.get(coord) is not Role.TOTAL or not parts:
            return Measure.UNKNOWN
        for sheet, row, col in parts:
            if sheet != table.sheet or (row, col) not in table.area:
                return Measure.UNKNOWN
            if (row, col) not in unknown:
                named.add(table.measure_of((row, col)))
    if len(named) != 1:
        return Measure.UNKNOWN
    (measure,) = named
    return Measure.UNKNOWN if measure.is_outcome else measure


def check_measures(table: Table, roles: dict[Coord, Role], sheet: str) -> None:
    """Refuse a table holding figures (counts, totals) whose measure wpxl cannot tell."""
    if table.measure is Measure.UNKNOWN:  # its totals may add up lines of one measure
        table.measure = totals_measure(table, roles)
    if table.measure is not Measure.UNKNOWN:
        return  # every cell has the table's measure, if not its line's own
    for coord in [(r, c) for r in table.body_rows for c in table.body_cols]:
        if roles.get(coord) in FIGURES and table.measure_of(coord) is Measure.UNKNOWN:
            raise AnalysisError(
                f"sheet '{sheet}', table {table.index} (cell {a1(*coord)}): "
                "wpxl cannot tell whether these counts are referrals, attachments, job starts, "
                "job outcomes or sustainments. Name the measure in the table's title, its "
                "headers or the sheet name (for example 'Referrals by payment group'), or "
                "add the word you use to the policy's measure words"
            )
