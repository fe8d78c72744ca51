"""A rate of the copy (``B4/C4``, or ``B4/C4*100`` as a whole percentage), a share of a line
with no total line (``B4/SUM(B4:B7)``) or a percentage change (``(C4-B4)/B4``, maybe ``*100``)
must give its value over the copy's own cells.

A rate or share worked from the input's unrounded counts, beside the rounded counts and total,
gives those counts back (37 of 116 shown as 31.9% beside a total shown as 120); worked from the
copy's rounded cells it shows nothing they do not. The copy's cells named are judged where they
stand, as every figure is; here only the arithmetic is held to them.
"""

from __future__ import annotations

from collections.abc import Collection

from wpxl.verify.books import SheetPair
from wpxl.verify.formulas import (
    Coord,
    change_cells,
    ratio_cells,
    share_of_sum_cells,
    whole_percent_cells,
)
from wpxl.verify.leaks import Finding, WrittenCell

NOT_ITS_VALUE = "a rate whose formula does not give its value"
_TOLERANCE = 1e-6


def judged_rate(pair: SheetPair, where: str, value: object, formula: str) -> list[Finding] | None:
    """The findings on a rate or a share of a sum (none where it gives its value), or None
    for a formula that is neither."""
    ratio, scale = ratio_cells(formula), 1.0
    if ratio is None and (ratio := whole_percent_cells(formula)) is not None:
        scale = 100.0  # B4/C4*100: a whole percentage, held to 100 times the quotient
    if ratio is None and (change := change_cells(formula)) is not None:
        return _judged_change(pair, where, value, change)
    if ratio is not None:
        num, den = (_value(pair.cells.get(c)) for c in ratio)
        if not den or not isinstance(value, float):
            return [Finding(where, NOT_ITS_VALUE)]
        if abs(scale * num / den - value) > _TOLERANCE * scale:
            return [Finding(where, NOT_ITS_VALUE)]
        return []
    share = share_of_sum_cells(formula)
    if share is None:
        return None
    num, summed = share
    held = [pair.cells.get(c) for c in summed]
    if any(cell is None or not isinstance(cell[0], float) or cell[1] for cell in held):
        return [Finding(where, "a share over cells that are not the copy's plain figures")]
    total = sum(_value(cell) for cell in held)
    if not total or not isinstance(value, float):
        return [Finding(where, NOT_ITS_VALUE)]
    if abs(_value(pair.cells.get(num)) / total - value) > _TOLERANCE:
        return [Finding(where, NOT_ITS_VALUE)]
    return []


def divides_shown_counts(pair: SheetPair, formula: str | None, outcomes: Collection[Coord]) -> bool:
    """Whether a figure where the input's words name an outcome rate ('Conversion rate' beside
    job starts) is a rate of two of the copy's figures, neither at an outcome's place of the
    input (``outcomes``): the rates check holds it to their quotient, so it shows nothing they
    do not, whatever the input's rate there divided."""
    ratio = None if formula is None else ratio_cells(formula) or whole_percent_cells(formula)
    if ratio is None:
        return False
    return all(
        (cell := pair.cells.get(at)) is not None
        and isinstance(cell[0], float)
        and (place := pair.input_coord(at)) is not None
        and place not in outcomes
        for at in ratio
    )


def _judged_change(
    pair: SheetPair, where: str, value: object, change: tuple[Coord, Coord, float]
) -> list[Finding]:
    later, earlier, scale = change
    new, old = (_value(pair.cells.get(c)) for c in (later, earlier))
    if not old or not isinstance(value, float):
        return [Finding(where, NOT_ITS_VALUE)]
    if abs(scale * (new - old) / old - value) > _TOLERANCE * scale:
        return [Finding(where, NOT_ITS_VALUE)]
    return []


def _value(cell: WrittenCell | None) -> float:
    return cell[0] if cell is not None and isinstance(cell[0], float) else 0.0
