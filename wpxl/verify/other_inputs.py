"""What the input shows for a total over other sheets whose file holds no value for it.

A workbook written by a program (openpyxl, a reporting script) carries formulas without the
values Excel caches; Excel works each out on opening. For a SUM of its own sheet's cells the
proof does the same (wpxl.verify.books.SheetPair.shown); a summary adding up the area sheets
(``=SUM(Leeds!B5,Bradford!B5)``) had nothing to be held to, and the copy was refused (save
the workbook in Excel, said wpxl). Its figure is worked out here from the input's cells
of those sheets, each a figure or a SUM of its own sheet's cells worked out alike; so is a
figure linked to another sheet ('=Data!B3') under a SUM of its own sheet
(wpxl.verify.books.SheetPair.shown asks here).
"""

from __future__ import annotations

from typing import Any

from wpxl.model import Cell, Sheet
from wpxl.verify.books import SourceBook
from wpxl.verify.formulas import Coord, sum_formula
from wpxl.verify.values import number

_KEPT = "other_inputs"


def worked_out(
    source: SourceBook, kept: dict[str, Any], home: str, formula: str | None
) -> float | None:
    """What the input's ``formula`` (on sheet ``home``) gives over the input's cells, or None
    where it is not a sum wpxl reads or names a sheet the input does not have (``kept``: the
    proof's own state, where the input's sheets are held once read)."""
    parsed = sum_formula(formula, cells_added=True) if formula else None
    if parsed is None:
        return None
    sheets = _input_sheets(source, kept)
    total = float(parsed.added)
    for ref in parsed.ranges:
        sheet = sheets.get((ref.sheet or home).lower())
        if sheet is None:
            return None
        seen: set[Coord] = set()
        for coord in ref.coords():
            figure = _shown(sheet, coord, seen)
            if figure is None:
                return None
            total += figure
    return total


def _shown(sheet: Sheet, at: Coord, seen: set[Coord]) -> float | None:
    """An input cell's figure: its value, or what its SUM of its own sheet's cells gives; None
    for a formula without a value that is neither (another link on: Excel's to work out)."""
    cell: Cell | None = sheet.cells.get(at)
    if cell is None:
        return 0.0
    value = number(cell.value)
    if value is not None or cell.formula is None:
        return 0.0 if value is None else value  # words and blanks: nothing to a SUM
    parsed = sum_formula(cell.formula, cells_added=True)
    own = parsed is not None and all(r.sheet in (None, sheet.name) for r in parsed.ranges)
    if parsed is None or not own or at in seen:
        return None
    seen.add(at)
    parts = [_shown(sheet, c, seen) for r in parsed.ranges for c in r.coords()]
    return None if None in parts else parsed.added + sum(parts)  # type: ignore[arg-type]


def _input_sheets(source: SourceBook, kept: dict[str, Any]) -> dict[str, Sheet]:
    """The input's sheets by name, read once for every such total (kept for sanitise)."""
    sheets = kept.get(_KEPT)
    if not isinstance(sheets, dict):
        sheets = {}
        for sheet in source.every_sheet():  # the input's own before any regrouping
            sheets.setdefault(sheet.name.lower(), sheet)
        kept[_KEPT] = sheets
    return sheets
