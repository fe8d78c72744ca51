"""Analyse stage: find each sheet's tables and give every carried cell a role.

Hidden sheets, rows and columns are left out here, so nothing downstream can carry them.
"""

from __future__ import annotations

from wpxl.analyse.layout import Layout, find_layouts
from wpxl.analyse.roles import FIGURES, TableReader
from wpxl.analyse.values import as_number, is_text
from wpxl.errors import AnalysisError
from wpxl.model import Role, Sheet, SheetAnalysis, Workbook
from wpxl.policy import Policy


def analyse_workbook(book: Workbook, policy: Policy) -> list[SheetAnalysis]:
    try:
        analyses = [analyse_sheet(sheet, policy) for sheet in book.sheets if sheet.visible]
    except AnalysisError as exc:
        raise AnalysisError(f"{book.path.name}: {exc}") from exc
    _keep_figure_parts(analyses)
    return analyses


def _keep_figure_parts(analyses: list[SheetAnalysis]) -> None:
    """A total adds up only counts and totals: blanks, words, rates and cells on sheets that are
    not carried (hidden) fall out of its parts, wherever in the workbook they are."""
    roles = {a.sheet.name: a.roles for a in analyses}
    for analysis in analyses:
        for table in analysis.tables:
            for coord, parts in table.totals.items():
                table.totals[coord] = tuple(
                    p for p in parts if roles.get(p[0], {}).get((p[1], p[2])) in FIGURES
                )


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


def _label_cols(layout: Layout, layouts: list[Layout]) -> list[int]:
    """Where a table's row labels are: its own columns, or those of the table to its left whose
    rows it shares (two tables side by side with one label column)."""
    if layout.label_cols:
        return layout.label_cols
    rows = set(layout.body_rows)
    left = [
        other
        for other in layouts
        if other.area.right < layout.area.left and rows <= set(other.body_rows)
    ]
    return max(left, key=lambda o: o.area.right).label_cols if left else []


def analyse_sheet(sheet: Sheet, policy: Policy) -> SheetAnalysis:
    carried = carried_sheet(sheet)
    layouts, free = find_layouts(carried.cells)
    roles: dict[tuple[int, int], Role] = {}
    reasons: dict[tuple[int, int], str] = {}
    tables = [
        TableReader(
            carried, layout, index, policy, roles, reasons, _label_cols(layout, layouts)
        ).read()
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
