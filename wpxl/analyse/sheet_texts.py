"""A sheet's cells holding words, found once for the readings that ask only of words.

Several readings look for words anywhere on a sheet (people's details, staff named under a
role or a title, records listed line by line, columns of identifiers or periods); each walked
the sheet's every cell to find its few words, mostly among thousands of numbers. The list is
made once a sheet (``analyse_sheet``), in the sheet's own order, and each reading walks it.
The analysis never changes a sheet's cells, so the list stays true while the sheet is read.
"""

from __future__ import annotations

from wpxl.model import Cell, Coord, Table

Texts = list[tuple[Coord, str]]  # each cell holding a string, blank ones too, in sheet order
TextRows = dict[int, list[tuple[int, str]]]  # the same by row: each its (column, text)s


def text_cells(cells: dict[Coord, Cell]) -> Texts:
    return [(coord, value) for coord, cell in cells.items() if isinstance(value := cell.value, str)]


def texts_by_row(texts: Texts) -> TextRows:
    """The sheet's texts under their rows, made once a sheet for the readings that ask only of
    a table's body: a body is mostly numbers, and its few texts are found by its rows."""
    rows: TextRows = {}
    for (row, col), text in texts:
        rows.setdefault(row, []).append((col, text))
    return rows


def body_texts(rows: TextRows, table: Table) -> Texts:
    """The cells of ``table``'s body holding a string itself (no kind of string), row by row:
    what a walk of every body cell asking ``type(value) is str`` finds."""
    cols = set(table.body_cols)
    return [
        ((row, col), text)
        for row in table.body_rows
        for col, text in rows.get(row, ())
        if col in cols and type(text) is str
    ]
