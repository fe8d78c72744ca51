"""Invariant 11: no total of the copy stands where the input's adds up a cell another sheet
suppressed.

A source that writes '[c]' or '..' for a figure holds it back, and a total over it cannot be
rebuilt: over the other cells it is not the total. A summary adding up the area sheets
(``=SUM(Leeds:Wakefield!C5)``, one area's cell '[c]') was rebuilt over the other areas while
the area's own totals over the cell were removed. The proof reads the input's formula at each
total's place and the cells it names on other sheets, and refuses a total there over a marker.
"""

from __future__ import annotations

from dataclasses import dataclass

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.formulas import Coord, Range, sum_formula
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof
from wpxl.verify.suppressed_groups import no_group_over_markers
from wpxl.verify.values import is_marker

NAME = "no_total_over_suppressed"

# What publishers write for a figure held back: '..', '-', dashes, ':', '*', '[c]', 'x', 'n/a'.


@dataclass(frozen=True, slots=True)
class _Elsewhere:
    """A total of the copy and a range of another sheet its input formula adds up."""

    where: str
    ref: Range


def totals_over_other_sheets_markers(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Each SUM of the copy whose input formula adds up cells of other sheets: kept for the
    finish, which reads those sheets of the input (rare in MI packs); and each typed figure at
    a line of the sheet adding up a suppressed cell (wpxl.verify.suppressed_groups)."""
    if pair.kind != "volume" or pair.source is None:
        return []
    home = pair.source.name
    for coord, (_, formula, _) in pair.cells.items():
        if formula is None or sum_formula(formula) is None:
            continue
        cell = pair.input_cell(coord)
        if cell is None or cell.formula is None or "!" not in cell.formula:
            continue
        parsed = sum_formula(cell.formula, cells_added=True)
        for ref in parsed.ranges if parsed is not None else []:
            if ref.sheet not in (None, home):
                proof.later.append((NAME, _Elsewhere(pair.where(coord), ref)))
    return no_group_over_markers(pair, proof)  # and within the sheet: a county over its '[c]'


def no_total_over_markers(proof: Proof) -> list[Finding]:
    waiting = [data for name, data in proof.later if name == NAME]
    if not waiting:
        return []
    wanted = {(t.ref.sheet or "").lower() for t in waiting if isinstance(t, _Elsewhere)}
    sheets: dict[str, dict[Coord, Cell]] = {}
    for sheet in proof.source.every_sheet():  # kept as read for sanitise: no second reading
        if sheet.name.lower() in wanted:
            sheets[sheet.name.lower()] = sheet.cells
            if len(sheets) == len(wanted):
                break
    found: list[Finding] = []
    for total in waiting:
        assert isinstance(total, _Elsewhere)
        cells = sheets.get((total.ref.sheet or "").lower(), {})
        if any(_marker(cells.get(c)) for c in total.ref.coords()):
            found.append(Finding(total.where, "a total over a cell another sheet suppressed"))
    return list(dict.fromkeys(found))


def _marker(cell: Cell | None) -> bool:
    return cell is not None and isinstance(cell.value, str) and is_marker(cell.value)
