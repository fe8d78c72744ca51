"""The row labels of an outcome table cut in two by a blank spacer column.

A spacer column inside a table ('Area | May-14 | (blank) | Jun-14 | Total') makes analyse read
two tables side by side: the part right of the spacer holds no label column of its own. Its
percentage sheet then showed its shares on lines no reader could tell apart. The part it
continues, on its left, on the same header and body rows, names those lines: its label columns
are shown for the right part too, copied as any label is (judged for a figure it quotes).

A table whose first column is no label ('Rank | Local authority | Job outcomes', the rank
removed as ordering the unrounded figures) has no label column either: the words of the body's
columns that hold words on every line name those lines.

A frame's index written out by pandas (0, 1, 2 ... under no header, the names beside it:
wpxl.analyse.index_column) names the lines only by their places: a percentage sheet shows no
figure but its percentages, so it is left off there, the names beside it naming the lines.
"""

from __future__ import annotations

from dataclasses import replace

from wpxl.analyse.index_column import written_index
from wpxl.model import Role, SheetAnalysis, Table


def with_continued_labels(table: Table, analysis: SheetAnalysis) -> Table:
    """The table itself, or, when it has no label column, a copy of it with the label columns
    of the nearest table on its left that names all of its header and body rows; when its
    first label column is a frame's index written out, a copy without it."""
    if table.label_cols[1:] and written_index(
        analysis.sheet.cells, table.header_rows, table.body_rows, table.label_cols[0]
    ):
        return replace(table, label_cols=table.label_cols[1:])  # the names beside it
    if table.label_cols or not table.body_cols:
        return table
    left = table.area.left
    rows, heads = set(table.body_rows), set(table.header_rows)
    beside = [
        other
        for other in analysis.tables
        if other is not table
        and other.label_cols
        and max(other.label_cols) < left
        and max(other.body_cols, default=-1) < left
        and rows <= set(other.body_rows)
        and heads <= set(other.header_rows)
    ]
    if not beside:
        return _named_by_words(table, analysis)
    nearest = max(beside, key=lambda other: max(other.body_cols, default=-1))
    return replace(table, label_cols=list(nearest.label_cols))


def _named_by_words(table: Table, analysis: SheetAnalysis) -> Table:
    """A copy of the table with its body's columns of words on every line as its label columns,
    or the table itself where it has none."""
    cells, roles = analysis.sheet.cells, analysis.roles
    worded = [
        col
        for col in table.body_cols
        if table.body_rows
        and all(
            roles.get((row, col)) is Role.TEXT and isinstance(cells[(row, col)].value, str)
            for row in table.body_rows
        )
    ]
    return replace(table, label_cols=worded) if worded else table
