"""An average typed on a 'Total/average' line, under a count's column.

A monthly conversion table closes with 'Total/average': the referrals' and attachments' totals
beside the rate's average, as session 41 read it; but an analyst may type the starts' monthly
average there too (103 under 'Starts', the three months adding up to 310). The line names a
total, so the 103 was judged as one and the workbook refused: 'labelled as a total but is not
the sum of the cells it would total'. On such a line a figure that is, to within half a unit,
the mean of the figures it would total is their average: removed, saying so (an average is no
count to round, nor a total rebuilt over the rounded cells); the line's totals stay totals.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wpxl.analyse.values import as_number
from wpxl.model import Cell, Coord, Role, Table

TYPED_AVERAGE = (
    "an average of unrounded figures on a 'Total/average' line (an average is no count to "
    "round, nor a total)"
)
_TOTAL_AVERAGE = re.compile(r"\s*total\s*/\s*(?:average|avg)\.?\s*", re.IGNORECASE)


def drop_line_averages(
    table: Table,
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    reasons: dict[Coord, str],
    label_text: Callable[[int], str],
    header_text: Callable[[int], str],
) -> None:
    """Remove each typed figure of a 'Total/average' line (or column) that is the mean of the
    figures it would total, not their sum (``roles``, ``reasons`` and ``table.totals``)."""
    for coord, parts in list(table.totals.items()):
        row, col = coord
        if not (is_total_average(label_text(row)) or is_total_average(header_text(col))):
            continue
        cell = cells.get(coord)
        typed = None if cell is None or cell.formula is not None else as_number(cell.value)
        values = [as_number(getattr(cells.get((r, c)), "value", None)) for _, r, c in parts]
        found = [v for v in values if v is not None]
        if typed is not None and found and len(found) == len(values) and is_mean(typed, found):
            roles[coord], reasons[coord] = Role.DROPPED, TYPED_AVERAGE
            del table.totals[coord]


def is_total_average(words: str) -> bool:
    """Whether a line's label (or a column's header) is 'Total/average' ('Total / avg.')."""
    return _TOTAL_AVERAGE.fullmatch(words) is not None


def is_mean(typed: float, values: list[float]) -> bool:
    """Whether ``typed`` is the mean of ``values`` to within half a unit, and not their sum."""
    added = sum(values)
    return typed != added and abs(typed - added / len(values)) <= 0.5
