"""A refusal's hint when the workbook holds formulas saved without their values.

A workbook written by a program (openpyxl, pandas) holds its formulas but none of their results:
Excel works them out on opening, the file has none. wpxl works out the sums and arithmetic of
figures itself, but a title or header made by a formula (="Referrals - "&B2, =EDATE(B3,1)) reads
as blank, so a table can lose the words naming its measure, or its month heads, and be refused
for it. The refusal then says why it may have happened and what cures it: the same book, saved
once in Excel, holds every value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wpxl.model import Sheet
from wpxl.model.sheetref import a1

# formulas giving words or dates, which wpxl does not work out: text joined or quoted, dates
# counted on, lookups and formatting
_WORDS_OR_DATES = re.compile(
    r"[\"&]|\b(?:TEXT|CONCAT(?:ENATE)?|TEXTJOIN|EDATE|EOMONTH|DATE|TODAY|NOW|V?LOOKUP|HLOOKUP"
    r"|XLOOKUP|INDEX|CHOOSE)\s*\(",
    re.IGNORECASE,
)
# a count or sum of other cells, its criteria quoted or joined ('=COUNTIFS(B:B,"Y")'): a figure
_FIGURE = re.compile(r"^\s*=?\s*(?:SUM|COUNT|AVERAGE|MIN|MAX)\w*\s*\(", re.IGNORECASE)


def unsaved_formulas_hint(sheets: Iterable[Sheet]) -> str | None:
    """The sentence to add to a refusal when a visible sheet holds a formula giving words or a
    date with no value saved for it (its first such cell named), else None."""
    for sheet in sheets:
        if not sheet.visible:
            continue
        for (row, col), cell in sorted(sheet.cells.items()):
            if cell.formula is None or cell.value is not None:
                continue
            if _WORDS_OR_DATES.search(cell.formula) and not _FIGURE.match(cell.formula):
                return (
                    f"sheet '{sheet.name}' (cell {a1(row, col)}): this workbook's formulas were "
                    "saved without their values (it was written by a program, never saved in "
                    "Excel), so wpxl read formulas giving words or dates, such as this one, as "
                    "blank, which may be why it was refused. Open the workbook in Excel, save "
                    "it, and run wpxl again"
                )
    return None
