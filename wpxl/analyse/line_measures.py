"""The measure each row and column of a table names by its own words, if any.

Besides the measure words, a line of job starts by how long the job lasted ("26 weeks or more",
"26+" under "Weeks") or by whether it was paid, claimed or converted ("Paid") is an outcome
line: those starts are the programme's job outcomes and sustainments, and the rest of such a
breakdown gives them back from the starts' total by difference.
"""

from __future__ import annotations

from wpxl.analyse.words import header_measure, is_starts_outcome_line
from wpxl.model import Cell, Coord, Measure, Table


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
