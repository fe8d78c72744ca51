"""The body cells of a table that hold one role, found without a Python call per cell.

Several readings look for a rare kind of body cell (a typed rate, a number read as a code): a
walk over every cell of a body of up to millions, asking the roles map of each in turn, was
a large part of a sheet's analysis; the look-ups are made a row at a time in C instead.
"""

from __future__ import annotations

from wpxl.model import Coord, Role, Table

FIGURES = (Role.COUNT, Role.TOTAL)  # the roles of a table's figures, which totals add up
_SMALL_PART = 8  # a body of less than an eighth of the sheet's cells is walked on its own


def cells_in_role(table: Table, roles: dict[Coord, Role], role: Role) -> list[Coord]:
    """The body cells of ``table`` whose role is ``role``, row by row, left to right."""
    found: list[Coord] = []
    role_at, cols = roles.get, table.body_cols
    # most sheets hold none at all: one pass over the sheet in C, no tuples, where the body is
    # a large part of it (on a sheet of 200 blocks stacked, a pass a block was most of the cost)
    if len(table.body_rows) * len(cols) * _SMALL_PART > len(roles) and role not in roles.values():
        return found
    for row in table.body_rows:
        coords = [(row, col) for col in cols]
        held = list(map(role_at, coords))
        if role in held:  # most rows hold none: the row is passed over in C
            found.extend(coord for coord, r in zip(coords, held, strict=True) if r is role)
    return found
