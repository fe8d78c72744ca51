"""Counts stated in thousands are never rounded as counts (part of invariant 2).

44.2 under 'Referrals (000s)' is 44,200 people, and 8 under 'Job starts (000s)' 8,000: rounded
as counts, the copy showed 40 thousand referrals and no job starts at all, every figure a
multiple of the base and each total the sum of what the copy shows, so no other check saw it.
A figure of a volume sheet's copy, plain or a formula, under a header of its column saying its
figures are in thousands ('(000s)', "'000", 'Thousands' on a units line), that is not the
input's at its place, is refused: the plan removes such figures. Money in thousands ('£000')
is not asked here (the money checks are). Never asked: analyse.
"""

from __future__ import annotations

import re

from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding

ROUNDED_THOUSANDS = "a count stated in thousands (its column headed '000s') rounded as a count"
# '(000s)', "'000", '000s', 'thousands'; not '1,000', '£000' nor 'per thousand'
_THOUSANDS = re.compile(
    r"(?<![\d,.£$€])(?<![£$€]\s)'?000s?\b(?![,.]?\d)|(?<!per\s)\bthousands?\b", re.IGNORECASE
)


def rounded_thousands(pair: SheetPair) -> list[Finding]:
    """The figures of a volume sheet's copy under a header stating thousands whose value is
    not the input's at its place (see the module's doc)."""
    source, context = pair.source, pair.context
    if pair.kind != "volume" or source is None or context is None:
        return []
    cols = {
        col
        for (_, col), cell in source.cells.items()
        if isinstance(cell.value, str) and _THOUSANDS.search(cell.value)
    }
    if not cols:
        return []  # most sheets: no column headed in thousands
    found = []
    for coord, (value, _, _) in pair.cells.items():
        if isinstance(value, str | bool) or value is None:
            continue
        at = pair.input_coord(coord)
        if at is None or at[1] not in cols:
            continue
        held = source.cells.get(at)
        if held is not None and held.formula is None and held.value == value:
            continue  # kept as written
        if any(_THOUSANDS.search(text) for text in context.headers(at)):
            found.append(Finding(pair.where(coord), ROUNDED_THOUSANDS))
    return found
