"""A count typed in words among a table's figures ("twelve", "One hundred and sixty-three", "a
dozen").

An analyst types a small count as a word as readily as in digits, and a reader takes it for
the figure it spells; read as text, it travelled unrounded. A text that is wholly a number in
words, with counts in its row and in its column, is such a count: removed, and listed. Words
naming a line ('One' as a payment group, in the label column) or a note beside the figures
('Two', in a column of words) have no counts in their column and stay.
"""

from __future__ import annotations

from wpxl.analyse.body import cells_in_role
from wpxl.model import Cell, Coord, Role, Table
from wpxl.read.idioms import idiom_number
from wpxl.read.quoted_figures import spelt_numbers

WORDED_COUNT = "a count written in words among the figures, which wpxl does not round"


def worded_number(value: object) -> int | None:
    """The number a text spells when it is wholly one number in words, or names by a word for a
    set number ('a dozen', 'a couple': wpxl.read.idioms); None otherwise."""
    if not isinstance(value, str):
        return None
    text = value.strip().rstrip(".")
    found = spelt_numbers(text)
    if len(found) != 1 or found[0][0] != 0 or found[0][1] != len(text):
        return idiom_number(text)
    return found[0][2]


def drop_worded_counts(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role], reasons: dict[Coord, str]
) -> None:
    worded = [
        coord
        for coord in cells_in_role(table, roles, Role.TEXT)
        if worded_number(cells[coord].value) is not None
    ]
    for row, col in worded:  # most tables: none
        in_row = any(roles.get((row, c)) is Role.COUNT for c in table.body_cols)
        in_col = any(roles.get((r, col)) is Role.COUNT for r in table.body_rows)
        if in_row and in_col:
            roles[(row, col)], reasons[(row, col)] = Role.DROPPED, WORDED_COUNT
