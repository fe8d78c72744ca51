"""Totals over cells of another sheet that the copy cannot carry as figures: removed.

A summary adds up the area sheets (``=SUM(Leeds:Wakefield!B5)``, ``=Leeds!B5+Bradford!B5``).
Where an area hides the row or column such a part lies in, or suppresses the cell ('[c]'),
the area's own totals over it are removed (wpxl.analyse.hidden_totals, typed_totals); the
summary's total, over the same cell from another sheet, must go too. Rebuilt over the areas
that show a figure there, it would not be the input's total, or would rebuild from the rest a
total the source held back.
"""

from __future__ import annotations

from wpxl.analyse.hidden_totals import TOTAL_OVER_HIDDEN
from wpxl.analyse.typed_totals import SUPPRESSED_TOTAL
from wpxl.analyse.values import is_suppression_marker
from wpxl.model import Role, Sheet, SheetAnalysis, SheetCoord
from wpxl.model.parts import sheets_of


def drop_totals_over_unshown_parts(analyses: list[SheetAnalysis]) -> None:
    """Remove every total with a part on another sheet that lies in a hidden row or column
    of that sheet, or is a suppression marker there (totals over these go next, with
    wpxl.analyse.trees.drop_totals_over_removed)."""
    sheets = {a.sheet.name: a.sheet for a in analyses}
    for analysis in analyses:
        name = analysis.sheet.name
        for table in analysis.tables:
            for coord, parts in list(table.totals.items()):
                reason = _unshown(parts, name, sheets)
                if reason is not None:
                    del table.totals[coord]
                    analysis.roles[coord] = Role.DROPPED
                    analysis.reasons[coord] = reason


def _unshown(parts: tuple[SheetCoord, ...], home: str, sheets: dict[str, Sheet]) -> str | None:
    """Why one of a total's parts on another sheet cannot be added up in the copy, or None."""
    if sheets_of(parts) <= {home}:
        return None  # most totals: their own sheet's parts alone, told in C
    for sheet_name, row, col in parts:
        if sheet_name == home:
            continue  # its own sheet's parts: judged where the sheet is read
        sheet = sheets.get(sheet_name)
        if sheet is None:
            continue
        if row in sheet.hidden_rows or col in sheet.hidden_cols:
            return TOTAL_OVER_HIDDEN
        cell = sheet.cells.get((row, col))
        value = None if cell is None else cell.value
        if isinstance(value, str) and is_suppression_marker(value):
            return SUPPRESSED_TOTAL
    return None
