"""Analyse stage: find each sheet's tables and give every carried cell a role.

Hidden sheets, rows and columns are left out here, so nothing downstream can carry them.
"""

from __future__ import annotations

from wpxl.analyse.layout import find_layouts
from wpxl.analyse.roles import TableReader
from wpxl.analyse.values import as_number, is_text
from wpxl.model import Role, Sheet, SheetAnalysis, Workbook
from wpxl.policy import Policy


def analyse_workbook(book: Workbook, policy: Policy) -> list[SheetAnalysis]:
    return [analyse_sheet(sheet, policy) for sheet in book.sheets if sheet.visible]


def carried_sheet(sheet: Sheet) -> Sheet:
    """The sheet without its hidden rows and columns: what may appear in the output at all."""
    if not sheet.hidden_rows and not sheet.hidden_cols:
        return sheet
    cells = {
        (row, col): cell
        for (row, col), cell in sheet.cells.items()
        if row not in sheet.hidden_rows and col not in sheet.hidden_cols
    }
    return Sheet(
        name=sheet.name,
        state=sheet.state,
        cells=cells,
        merged=list(sheet.merged),
        col_widths=sheet.col_widths,
        row_heights=sheet.row_heights,
        hidden_rows=sheet.hidden_rows,
        hidden_cols=sheet.hidden_cols,
        freeze=sheet.freeze,
    )


def analyse_sheet(sheet: Sheet, policy: Policy) -> SheetAnalysis:
    carried = carried_sheet(sheet)
    layouts, free = find_layouts(carried.cells)
    roles: dict[tuple[int, int], Role] = {}
    reasons: dict[tuple[int, int], str] = {}
    tables = [
        TableReader(carried, layout, index, policy, roles, reasons).read()
        for index, layout in enumerate(layouts, start=1)
    ]
    for coord in free:
        cell = carried.cells[coord]
        if is_text(cell.value):
            roles[coord] = Role.NOTE
        elif as_number(cell.value) is not None or cell.formula is not None:
            roles[coord] = Role.DROPPED
            reasons[coord] = "a number outside any table wpxl could read"
        else:
            roles[coord] = Role.NONCOUNT
    for coord, cell in carried.cells.items():
        roles.setdefault(coord, Role.EMPTY if cell.is_empty else Role.TEXT)
    return SheetAnalysis(sheet=carried, roles=roles, tables=tables, reasons=reasons)
