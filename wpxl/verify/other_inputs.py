"""What the input shows for a total over other sheets whose file holds no value for it.

A workbook written by a program (openpyxl, a reporting script) carries formulas without the
values Excel caches; Excel works each out on opening. For a SUM of its own sheet's cells the
proof does the same (wpxl.verify.books.SheetPair.shown); a summary adding up the area sheets
(``=SUM(Leeds!B5,Bradford!B5)``) had nothing to be held to, and the copy was refused (save
the workbook in Excel, said wpxl). Its figure is worked out here from the input's cells
of those sheets, each a figure or a SUM of its own sheet's cells worked out alike.
"""

from __future__ import annotations

from wpxl.model import Cell, Sheet
from wpxl.verify.formulas import Coord, sum_formula
from wpxl.verify.proof import Proof
from wpxl.verify.values import number

_KEPT = "other_inputs"


def worked_out(proof: Proof, formula: str | None, home: str) -> float | None:
    """What the input's ``formula`` (on sheet ``home``) gives over the input's cells, or None
    where it is not a sum wpxl reads or names a sheet the input does not have."""
    parsed = sum_formula(formula, cells_added=True) if formula else None
    if parsed is None:
        return None
    sheets = _input_sheets(proof)
    total = float(parsed.added)
    for ref in parsed.ranges:
        sheet = sheets.get((ref.sheet or home).lower())
        if sheet is None:
            return None
        seen: set[Coord] = set()
        total += sum(_shown(sheet, c, seen) for c in ref.coords())
    return total


def _shown(sheet: Sheet, at: Coord, seen: set[Coord]) -> float:
    """An input cell's figure: its value, or what its SUM of its own sheet's cells gives."""
    cell: Cell | None = sheet.cells.get(at)
    if cell is None:
        return 0.0
    value = number(cell.value)
    parsed = sum_formula(cell.formula, cells_added=True) if cell.formula else None
    if value is not None or parsed is None or at in seen:
        return value or 0.0
    if any(r.sheet not in (None, sheet.name) for r in parsed.ranges):
        return 0.0
    seen.add(at)
    return parsed.added + sum(_shown(sheet, c, seen) for r in parsed.ranges for c in r.coords())


def _input_sheets(proof: Proof) -> dict[str, Sheet]:
    """The input's sheets by name, read once for every such total (kept for sanitise)."""
    sheets = proof.kept.get(_KEPT)
    if not isinstance(sheets, dict):
        sheets = {}
        for sheet in proof.source.every_sheet():  # the input's own before any regrouping
            sheets.setdefault(sheet.name.lower(), sheet)
        proof.kept[_KEPT] = sheets
    return sheets
