"""Find which two figures a typed rate was worked out from, so it can be rebuilt as a formula.

A typed 0.734 under "Attachment rate" next to 1,000 referrals and 734 attachments is
attachments / referrals. When exactly one pair of figures on the rate's row (or else its
column) gives it, to the precision it was typed with, wpxl rebuilds it over the rounded cells;
otherwise it is removed, because a rate over unrounded counts can give the counts back. A rate
typed as a whole percentage (73.4 rather than 0.734) is removed too: the rebuilt A/B would show
a different number.
"""

from __future__ import annotations

from decimal import Decimal

from wpxl.model import Coord

Figures = list[tuple[Coord, float]]


def typed_ratio(value: float, row: Figures, column: Figures) -> tuple[Coord, Coord] | None:
    """(numerator, denominator) of the one pair of figures giving ``value``, if exactly one."""
    for figures in (row, column):
        found = _pairs(value, figures)
        if len(found) == 1:
            return found[0]
        if found:
            return None  # two readings: not rebuilt
    return None


def _pairs(value: float, figures: Figures) -> list[tuple[Coord, Coord]]:
    tolerance = _tolerance(value)
    found = []
    for num, top in figures:
        for den, bottom in figures:
            if num == den or not bottom:
                continue
            share = top / bottom
            if abs(share - value) <= tolerance:
                found.append((num, den))
    return found


def _tolerance(value: float) -> float:
    """Half a unit in the last decimal place the value was typed with (0.734 -> 0.0005)."""
    exponent = Decimal(repr(value)).as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return 0.5 * 10.0**-places * (1 + 1e-9)
