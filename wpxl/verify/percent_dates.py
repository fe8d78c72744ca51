"""A date on a percentage sheet names a line of it, as the input dates that line.

Analysts type months as dates ('Apr-14' is 1 April 2014, kept as the number 41730 in a date's
format), so an outcome table by month carries its months onto its percentage sheet as dates:
the sheet's other figures are shares, and a date read as one of its figures was a volume, so
the copy was refused. A figure in a date's format is let stand there only where it cannot be a
count shown as a date: a whole day no earlier than 1950 (a count of 14 shows as 14/01/1900),
written plainly, on a line where no share stands (a label down the first column, or a header
over the shares), and a date the input itself shows in a cell of a date's format (asked once
the whole input can be read: the sheet the table came from may be proved after this one).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from openpyxl.utils.datetime import to_excel

from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof
from wpxl.verify.values import EARLIEST_DATE_SERIAL, is_date_format, is_percent_format

NOT_A_PERCENTAGE = "a figure on a percentage sheet that is not a percentage"
UNSHOWN_DATE = "a date on a percentage sheet that the input does not show"


def dated_labels(pair: SheetPair, proof: Proof) -> list[Finding]:
    """The figures in a date's format on a percentage sheet that cannot be a line's date; the
    others wait for the whole input (``dates_shown``)."""
    if pair.kind != "percent":
        return []
    fmt = proof.output.format_of
    dated = cache(lambda style: is_date_format(fmt(style)))  # asked once a style
    share = cache(lambda style: is_percent_format(fmt(style)))
    shares = [c for c, (v, f, s) in pair.cells.items() if isinstance(v, float) and share(s)]
    rows, cols = {r for r, _ in shares}, {c for _, c in shares}
    found, waiting = [], proof.kept.setdefault("percent_dates", [])
    for coord, (value, formula, style) in pair.cells.items():
        if not isinstance(value, float) or share(style) or not dated(style):
            continue
        whole = value.is_integer() and value >= EARLIEST_DATE_SERIAL
        if formula is None and whole and (coord[0] not in rows or coord[1] not in cols):
            waiting.append((pair.where(coord), value))  # type: ignore[union-attr]
        else:
            found.append(Finding(pair.where(coord), NOT_A_PERCENTAGE))
    return found


def dates_shown(proof: Proof) -> list[Finding]:
    """Each date a percentage sheet shows as a line's, unless the input shows it too."""
    waiting: list[tuple[str, float]] = proof.kept.get("percent_dates", [])  # type: ignore[assignment]
    if not waiting:
        return []
    shown: set[float] = set()
    for sheet in proof.source.every_sheet():
        for cell in sheet.cells.values():
            if isinstance(cell.value, dt.date) and is_date_format(cell.style.number_format):
                shown.add(float(to_excel(cell.value)))
    return [Finding(where, UNSHOWN_DATE) for where, value in waiting if value not in shown]
