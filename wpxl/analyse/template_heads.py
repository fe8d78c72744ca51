"""Headers of people's details over no one: a template ('Participant | Office | Referral date'
with no line under it), as a tracker is sent out to be filled in.

A sheet with a column of people's details is refused (analyse/people), since a council is
never sent a person's details. A header with nothing under it lists no one, yet the whole
workbook was refused, telling the user the sheet 'lists people one by one', which it does not.
The sheet's last line holding anything, where it names people's details, is removed now, every
cell of it (a name beside 'Participant' on one line is no header), named on the cover, and the
rest of the workbook goes out.
"""

from __future__ import annotations

from wpxl.analyse.people import names_people
from wpxl.analyse.sheet_texts import Texts
from wpxl.model import Coord, Sheet

TEMPLATE_HEAD = (
    "a line of headers of people's details over no one (a template to fill in): not carried"
)


def template_heads(sheet: Sheet, texts: Texts) -> set[Coord]:
    """Every cell of the sheet's last line holding anything, where one names people's details."""
    heads = {coord for coord, text in texts if names_people(text)}
    if not heads:  # most sheets: no header of people's details
        return heads
    filled = [coord for coord, cell in sheet.cells.items() if not cell.is_empty]
    last = max(row for row, _ in filled)
    return {c for c in filled if c[0] == last} if any(r == last for r, _ in heads) else set()
