"""A defined name over another sheet's range, written out in formulas as the range it names.

A summary may add up an area sheet through a name (``=SUM(Leeds_Apr)``, Leeds_Apr being
``Leeds!$B$4:$B$7``). wpxl.read.names gives a sheet the names of its own ranges only, so on the
summary the formula was not understood, and its cells were removed. Written out as the range
(``=SUM(Leeds!$B$4:$B$7)``), as the 3-D references are (wpxl.read.sheetspans), the summary is
read as adding up the area's cells and rebuilt over them. Names never travel into the copy.
A name over the formula's own sheet is left to wpxl.read.names, as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wpxl.model import Sheet
from wpxl.model.sheetref import quote_sheet

# A word of a formula that may be a defined name: not a function (no '(' after it), not a
# sheet (no '!' after it), not part of a reference or a number.
_WORD = re.compile(r"(?<![\w.!$'\\])([A-Za-z_\\][\w.]*)(?![\w.(!'])")

Named = dict[str, tuple[str, str]]  # NAME -> (its sheet's package name, '$B$4:$B$7')


def names_elsewhere(named: Named, own: str, shown: dict[str, str]) -> dict[str, str]:
    """The workbook-wide names over other sheets than ``own`` (package names), each with the
    reference to write for it ('Leeds'!$B$4:$B$7, the sheet by the name later stages know,
    ``shown``: package name -> shown name)."""
    return {
        name: f"{quote_sheet(shown.get(sheet, sheet))}!{cells}"
        for name, (sheet, cells) in named.items()
        if sheet != own
    }


def write_out_names(sheet: Sheet, elsewhere: dict[str, str]) -> None:
    """Each formula of ``sheet`` with the names of ``elsewhere`` written as their ranges."""
    if not elsewhere:
        return
    for coord, cell in sheet.cells.items():
        formula = cell.formula
        if formula is None or not any(n in formula.upper() for n in elsewhere):
            continue
        written = _written_out(formula, elsewhere)
        if written != formula:
            sheet.cells[coord] = replace(cell, formula=written)


def _written_out(formula: str, elsewhere: dict[str, str]) -> str:
    """``formula`` with each name outside quoted text replaced by its range."""
    pieces = formula.split('"')
    for i in range(0, len(pieces), 2):  # the even pieces are outside "text"
        pieces[i] = _WORD.sub(lambda m: elsewhere.get(m.group(1).upper(), m.group(1)), pieces[i])
    return '"'.join(pieces)


def named_sheets(formula: str, named: Named) -> set[str]:
    """The sheets (package names) the workbook-wide names in ``formula`` stand on."""
    upper = formula.upper()
    if not any(n in upper for n in named):
        return set()
    words = {m.group(1).upper() for m in _WORD.finditer(re.sub(r'"[^"]*"', "", formula))}
    return {named[w][0] for w in words if w in named}
