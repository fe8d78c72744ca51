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
from collections.abc import Iterable
from dataclasses import replace

from wpxl.model import Sheet
from wpxl.model.sheetref import quote_sheet

Named = dict[str, tuple[str, str]]  # NAME -> (its sheet's package name, '$B$4:$B$7')


def name_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """Any of ``names`` as a word of a formula that may be a defined name: not a function (no
    '(' after it), not a sheet (no '!' after it), not part of a reference or a number. One
    pattern for every name: a workbook may define hundreds, and a sheet hold a million formulas."""
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.!$'\\])({alternatives})(?![\w.(!'])", re.IGNORECASE)


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
    words = name_pattern(elsewhere)
    for coord, cell in sheet.cells.items():
        formula = cell.formula
        if formula is None or words.search(formula) is None:
            continue
        pieces = formula.split('"')
        for i in range(0, len(pieces), 2):  # the even pieces are outside "text"
            pieces[i] = words.sub(lambda m: elsewhere[m.group(1).upper()], pieces[i])
        sheet.cells[coord] = replace(cell, formula='"'.join(pieces))


def named_sheets(formula: str, named: Named, words: re.Pattern[str]) -> set[str]:
    """The sheets (package names) the workbook-wide names in ``formula`` stand on (``words``:
    name_pattern of ``named``, made once for the workbook)."""
    if words.search(formula) is None:
        return set()
    outside = re.sub(r'"[^"]*"', "", formula)
    return {named[m.group(1).upper()][0] for m in words.finditer(outside)}
