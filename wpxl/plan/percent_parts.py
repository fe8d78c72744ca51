"""Breakdowns with a part wpxl could not read: their shares are of the parts shown, and say so.

An outcome cell typed '<5', or as text ('2 11'), is no figure wpxl can share: its breakdown's
shares are worked out over the cells it can read, a base other than the table's own (a JSA
18-24 share of 72 % instead of 34 %). The true base is not known, so the shares stay over the
parts shown, and the percentage sheet's note and the cover name the line left out of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from wpxl.model import Coord, SheetAnalysis, Warning
from wpxl.model.sheetref import a1

if TYPE_CHECKING:
    from wpxl.plan.percent_table import PercentTable
    from wpxl.plan.percentages import PercentPlan

CODE = "percentages-part-unknown"


def left_out_note(
    shown: PercentTable,
    left_out: dict[int, list[Coord]],
    analysis: SheetAnalysis,
    axis: str,
    result: PercentPlan,
    sayable: Callable[[object], bool],
) -> str:
    """The note's words for the breakdowns of ``shown`` that leave a part out, each warned of
    on the cover too; "" when none does. ``sayable`` tells whether a label may be quoted."""
    sentences = []
    for key, places in sorted(left_out.items()):
        ends = sorted(shown.place[c] for c in shown.lines.breakdowns[key].cells)
        where = f"{a1(*ends[0])}:{a1(*ends[-1])}"
        names = _names(places, analysis, shown, axis, sayable)
        sentences.append(
            f"The percentages in {where} are of the {shown.measure} shown only: {names} "
            "left out, as the source's figure there is not a number wpxl can read."
        )
        message = (
            f"these percentages of {shown.measure} are of the {shown.measure} shown only, not "
            f"of all of them: {names} left out of their base (the source's figure is not a "
            "number wpxl can read)"
        )
        result.warnings.append(Warning(CODE, f"'{shown.sheet}' {where}", message, (shown.table,)))
    return " ".join(sentences)


def _names(
    places: list[Coord],
    analysis: SheetAnalysis,
    shown: PercentTable,
    axis: str,
    sayable: Callable[[object], bool],
) -> str:
    """The lines left out as their labels (a column's breakdown leaves out rows) read, each
    quoted where it may be; one that may not is called 'a row' ('a column')."""
    table = next(t for t in analysis.tables if places[0] in t.area)
    cells = analysis.sheet.cells
    said = []
    firsts: dict[int, Coord] = {}  # each line once, however many of its places are left out
    for row, col in places:
        firsts.setdefault(row if axis == "column" else col, (row, col))
    for row, col in firsts.values():
        at = [(row, c) for c in table.label_cols] if axis == "column" else [
            (r, col) for r in table.header_rows
        ]  # fmt: skip
        words = " ".join(_said(v) for a in at if (v := getattr(cells.get(a), "value", None)))
        kind = "a row" if axis == "column" else "a column"
        said.append(f"'{words}'" if words.strip() and sayable(words) else kind)
    return ", ".join(said) + (" are" if len(said) > 1 else " is")


def _said(value: object) -> str:
    """A label as a sentence names it: a month typed as a date by its name and year ('Jul
    2012', as a cohort's month of referral), another date as its day, not with a midnight
    ('2012-07-01 00:00:00' could not be quoted, so the line was called 'a row')."""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%b %Y") if value.day == 1 else value.isoformat()
    return str(value)
