"""The proof's own reading of rows and columns a sheet's default size lowers or narrows away.

A sheet may state the height every row it gives none takes, and the width of every column it
gives none (``<sheetFormatPr defaultRowHeight="0" defaultColWidth="0">``): a cell in such a row
or column shows nothing, however visible its own formatting. wpxl.read records both defaults
and each line's own size; this module decides afresh which of the sheet's cells they hide.
"""

from __future__ import annotations

from wpxl.model import Sheet

TOO_LOW = 3.0  # points: no line of text shows in a row lower than this
TOO_NARROW = 1.0  # characters: no character shows in a narrower column


def unsized_unseen(sheet: Sheet) -> tuple[set[int], set[int]]:
    """The rows and the columns holding cells that take the sheet's default size, where that
    size shows nothing."""
    rows: set[int] = set()
    cols: set[int] = set()
    if sheet.default_row_height is not None and sheet.default_row_height < TOO_LOW:
        rows = {row for row, _ in sheet.cells if row not in sheet.row_heights}
    if sheet.default_col_width is not None and sheet.default_col_width < TOO_NARROW:
        cols = {col for _, col in sheet.cells if col not in sheet.col_widths}
    return rows, cols
