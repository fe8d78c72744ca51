"""Cell and sheet references in the A1 notation people and Excel formulas use."""

from __future__ import annotations

from xlsxwriter.utility import xl_rowcol_to_cell


def a1(row: int, col: int) -> str:
    return xl_rowcol_to_cell(row, col)


def quote_sheet(name: str) -> str:
    """A sheet name as a formula must write it."""
    if name.replace("_", "").isalnum() and not name[0].isdigit():
        return name
    return "'" + name.replace("'", "''") + "'"
