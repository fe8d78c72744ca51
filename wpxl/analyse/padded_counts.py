"""A count pasted as text with its leading zeros ("0687", as a zero-padded export writes it).

Digits with a leading zero are read as a code (a site "001", a month "04" over its column), and
a code is kept as written. Inside a table's figures, with counts in its row and in its column,
such digits are a count no reader could tell from one, which would travel unrounded: removed,
and listed.
"""

from __future__ import annotations

from wpxl.analyse.body import cells_in_role
from wpxl.analyse.cells import NUMBER_AS_TEXT
from wpxl.analyse.values import is_code_text
from wpxl.model import Cell, Coord, Role, Table


def drop_padded_counts(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role], reasons: dict[Coord, str]
) -> None:
    padded = [
        coord
        for coord in cells_in_role(table, roles, Role.NONCOUNT)
        if is_code_text(cells[coord].value)
    ]
    for row, col in padded:  # most tables: none
        in_row = any(roles.get((row, c)) is Role.COUNT for c in table.body_cols)
        in_col = any(roles.get((r, col)) is Role.COUNT for r in table.body_rows)
        if in_row and in_col:
            roles[(row, col)], reasons[(row, col)] = Role.DROPPED, NUMBER_AS_TEXT
