"""An amount of money written as text among a line's figures is money, as a typed one is.

An export or a pasted finance column writes its amounts as text ('£116,400' beside 412 job
starts, under 'Income'). The programme pays for job outcomes and sustainments at published
tariffs, so the amount over the tariff is their volume (116,400 / 1,200 = 97). Typed, such an
amount is removed as money; written as text it went out as it was, and the proof, which reads
a text of pounds alone as the name of a band of amounts ('£100' down a label column of people
by what they had), let it be. A band names its line: it stands first on its row. So the proof
refuses, on a volume sheet, a text that is a sum of pounds alone ('£116,400', '£1.2k',
'(£3,600)') standing right of anything on an input row that holds a typed figure. Read from
the input alone; the analyse stage is never asked.
"""

from __future__ import annotations

import re

from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding

MONEY_TEXT = "an amount of money written as text (payments can reveal volumes)"
_AMOUNT = re.compile(
    r"^\s*\(?\s*-?\s*[£$€]\s?\d[\d,]*(?:\.\d+)?\s*(?:k|m|bn|million|thousand)?\s*\)?\s*$",
    re.IGNORECASE,
)


_UNIT = re.compile(r"^\s*\(?\s*£\s?000s?\s*\)?\s*$")  # '£000' on a units line: thousands


def is_money_text(text: str) -> bool:
    """Whether the text is a sum of money alone ('£116,400', '£1.2k'), not a unit ('£000')."""
    return _AMOUNT.match(text) is not None and not is_money_unit(text)


def is_money_unit(text: str) -> bool:
    """Whether the text is a unit of money alone ('£000' under a header): it names how the
    figures under it are written, no sum and no count."""
    return _UNIT.match(text) is not None


def money_texts(pair: SheetPair) -> list[Finding]:
    """The copy's texts that are sums of money among a line's figures (see the doc)."""
    if pair.kind != "volume" or pair.source is None:
        return []
    found = []
    rows: set[int] | None = None  # the input's rows holding a typed figure, read once asked
    for coord, (value, _, _) in pair.cells.items():
        if not isinstance(value, str) or not is_money_text(value):
            continue
        at = pair.input_coord(coord)
        if at is None:
            continue
        if rows is None:
            rows = _figure_rows(pair)
        row, col = at
        cells = pair.source.cells
        if row in rows and any(_filled(cells.get((row, c))) for c in range(col)):
            found.append(Finding(pair.where(coord), MONEY_TEXT))
    return found


def _figure_rows(pair: SheetPair) -> set[int]:
    cells = pair.source.cells  # type: ignore[union-attr]
    return {
        row
        for (row, _), cell in cells.items()
        if isinstance(cell.value, int | float) and not isinstance(cell.value, bool)
    }


def _filled(cell: object) -> bool:
    value = getattr(cell, "value", None)
    return value is not None and not (isinstance(value, str) and not value.strip())
