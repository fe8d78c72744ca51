"""A line the programme's words call an outcome rate whose every figure divides shared counts.

'Referrals | Job starts | Conversion rate', the rate '=C4/B4' down its column: 'conversion' is
the programme's word for job outcomes over job starts, so a line so headed beside job starts was
read as outcomes and removed as 'a rate that uses outcome figures'. But its formulas say what it
divides, and here it is job starts over referrals, both shared rounded: such a rate gives no
outcome back, and the plan rebuilds it over the rounded cells as any rate of shared counts. Only
a line every figure of which is such a quotient, each part in a line naming a shared measure,
is read so. A typed one says nothing of what it divides, but a whole column of them that is
one pair of shared columns' quotient, and no other pair's, is that quotient (``table.ratios``),
rebuilt as well: a typed 'Conversion rate' of starts over referrals was removed as a rate of
outcomes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wpxl.analyse.formulas import ratio_refs, whole_percent_refs
from wpxl.analyse.wrapped import unwrapped
from wpxl.model import Cell, Coord, Measure, Table


def divides_shared_counts(
    table: Table, cells: dict[Coord, Cell], row: int | None = None, col: int | None = None
) -> bool:
    """Whether each figure of the rate line at ``row`` (or ``col``) is a formula dividing one
    cell by another on its own line across, both in lines naming a shared measure (not an
    outcome); and one figure is."""
    if row is not None:
        line = [(row, c) for c in table.body_cols]
        measures, across, own = table.row_measures, table.body_cols, 1
    else:
        line = [(r, col) for r in table.body_rows]
        measures, across, own = table.col_measures, table.body_rows, 0
    found = False
    for coord in line:
        cell = cells.get(coord)
        if cell is None or (cell.value is None and cell.formula is None):
            continue
        formula = None if cell.formula is None else unwrapped(cell.formula)
        ratio = None if formula is None else ratio_refs(formula) or whole_percent_refs(formula)
        if ratio is None:
            return False
        for ref in ratio:
            at = (ref.top, ref.left)
            measure = measures.get(at[1 - own]) if at[own] in across else None
            if measure is None or measure is Measure.UNKNOWN or measure.is_outcome:
                return False
        found = True
    return found


# a rate's header saying what kind of rate it is and nothing of what it divides, or naming a
# shared measure's rate alone ('Start rate', 'Attachment rate': the pair's arithmetic says over
# what): a header naming more ('% of referrals at home') is read by its words (analyse/ratios)
_PERCENT = r"(?:%|\(%\))"
_CONVERSION = re.compile(
    rf"\s*(?:(?:job\s+)?(?:start\s+)?conv(?:ersion|\.)?\s*(?:(?:rate|ratio)\s*{_PERCENT}?|%|\(%\))?"
    rf"|conversions?\s*{_PERCENT}|(?:(?:job\s+)?starts?|attachments?)\s*(?:rate\s*{_PERCENT}?|{_PERCENT}))\s*",
    re.IGNORECASE,
)


def typed_shared_quotients(
    table: Table,
    cells: dict[Coord, Cell],
    col: int,
    head: str,
    tolerance: Callable[[float], float],
    scale: int = 1,
) -> dict[Coord, tuple[Coord, Coord]] | None:
    """The rates of a typed column under rate words ('Conversion rate': 0.268 beside 512
    referrals and 137 job starts), read as one pair of columns' quotient where on each of two
    lines or more every figure is it to the precision it was typed with, each column naming a
    shared measure, and no other pair gives every figure so: one line's rate could be any two
    figures' quotient by chance, a whole column's is not (as ``one_measure_rates`` reads a
    column naming what it counts); ``tolerance``: half a unit of a value's last typed place.
    Only under a header naming a conversion, or a shared measure's rate, and nothing else
    (``head``: 'Conversion rate', 'Conv. %', 'Start rate'). None when not so. ``scale`` 100
    reads the rates as whole percentages (25.0 for a quarter), as many packs type them."""
    if not _CONVERSION.fullmatch(head):
        return None
    typed = {
        r: float(cell.value)
        for r in table.body_rows
        if (cell := cells.get((r, col))) is not None and cell.value is not None
        and cell.formula is None and isinstance(cell.value, int | float)
    }  # fmt: skip
    if len(typed) < 2 or any(
        (c := cells.get((r, col))) is not None and c.value is not None and r not in typed
        for r in table.body_rows
    ):
        return None
    shared = [
        c for c, m in table.col_measures.items()
        if c != col and m is not Measure.UNKNOWN and not m.is_outcome
    ]  # fmt: skip
    found = [
        (num, den)
        for num in shared
        for den in shared
        if num != den
        and all(
            _gives(cells, (r, num, den), value / scale, tolerance(value) / scale)
            for r, value in typed.items()
        )
    ]
    if len(found) != 1:
        return None
    num, den = found[0]
    return {(r, col): ((r, num), (r, den)) for r in typed}


def _gives(
    cells: dict[Coord, Cell], line: tuple[int, int, int], value: float, tolerance: float
) -> bool:
    """Whether a row's (``line``: the row, the numerator's column, the denominator's) one
    figure over the other is ``value`` to within ``tolerance`` (half its last typed place)."""
    row, num, den = line
    top, bottom = (getattr(cells.get((row, c)), "value", None) for c in (num, den))
    if not isinstance(top, int | float) or not isinstance(bottom, int | float) or not bottom:
        return False
    return abs(top / bottom - value) <= tolerance
