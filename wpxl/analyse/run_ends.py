"""Where a label column's run of numbers ends in words: published breakdowns close with the
lines whose band or code is not recorded ('Age band': 18, 25, 35, 50, then 'Unknown', then
'All ages'; 'CPA': 3, 7, 12, then 'Not known'), or in bands after single ages ('Age': 16, 17,
then '18-24' and '25+'). The run's numbers still name their lines; the
words name the lines after them, as the proof reads a run (verify/label_figures: its numbers
up to the first cell that is not one). Read as a break in the run, the column was read as
counts and the plan rounded the bands (18 to 20), which the proof refused.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wpxl.analyse.label_sequences import is_open_band
from wpxl.analyse.values import as_number
from wpxl.model import Cell, Coord

_BAND = re.compile(r"^\s*(\d{1,3})\s*(?:-|\u2013|to)\s*(\d{1,3})\s*$", re.IGNORECASE)


def closes_run(cells: dict[Coord, Cell], rows: Sequence[int], col: int) -> bool:
    """Whether the column's cells on ``rows`` (the lines after a run's numbers, to the table's
    end) hold words or a band's open end ('50+'), the first of them at least, and no figure:
    the run ended, no second run of numbers after it."""
    first = cells.get((rows[0], col)) if rows else None
    if first is None or not _named(first.value):
        return False
    return not any(_figure(cells.get((row, col))) for row in rows)


def _named(value: object) -> bool:
    text = value if isinstance(value, str) else ""
    band = _BAND.match(text)  # ages 16 and 17 alone, then '18-24' and '25+'
    if band is not None and int(band.group(1)) < int(band.group(2)):
        return True
    return is_open_band(text) or (any(ch.isalpha() for ch in text) and as_number(text) is None)


def _figure(cell: Cell | None) -> bool:
    return cell is not None and (cell.formula is not None or as_number(cell.value) is not None)
