"""A rate typed as text on a line under a table's figures, as a dashboard's key figures set it
out: 'Referrals this month | 243' over 'Change on last month | +12%'.

The line holds no figure, so it was read as the table's note, carried as written; its '+12%'
stands in a column of counts, where the proof reads a number with a mark as a count written as
text, and refused the copy, telling the user to type the figure as a number. Typed as a
number (0.12 shown as a percentage) the same rate was removed as a rate wpxl cannot work out
from shared figures, and so was '+12%' standing apart from any table. A rate typed as text in
a note line's cell under the table's figures goes the same way now, with the same reason on
the cover; a note's sentence ('Up 12% on last month', in the label column) stays.
"""

from __future__ import annotations

from wpxl.analyse.cells import TYPED_RATE
from wpxl.analyse.values import is_percent_text
from wpxl.model import Cell, Coord, Role, Table


def drop_noted_rates(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role], reasons: dict[Coord, str]
) -> None:
    """Remove each rate typed as text ('12%', '+12%', '3.0:1') that a note line of ``table``
    holds in one of its columns of figures."""
    area = table.area
    for row in range(area.top, area.bottom + 1):
        for col in table.body_cols:
            cell = cells.get(coord := (row, col))
            if roles.get(coord) is not Role.NOTE or cell is None or cell.formula is not None:
                continue
            if is_percent_text(cell.value):
                roles[coord], reasons[coord] = Role.DROPPED, TYPED_RATE
