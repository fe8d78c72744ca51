"""A count beside a total of its shape, and to the last digit the sum of the same parts moved
across to its line: the same kind of total, in a column the blocks' reading declined.

MoJ's prison population stacks 'Males and Females' over 'Males' and 'Females', and most years'
columns add the two sexes up line by line, so each is rebuilt over them (``headed_blocks``).
In a year whose source shifted some lines (its 15-17 year olds, a line out in two columns) the
column as a whole is declined, more places off than adding up; its 'Untried' line (363, of
353 males and 10 females) was then left a count, rounded on its own (360) beside the SUM of the
next year's 'Untried' and above the sexes' rounded 360 and 20 (guidance R5: the copy's total
must be the sum of what it shows). The proof refuses such a copy (verify/sibling_totals).

A count not 0 is such a total when the total beside it on its line (left or right of a total
over one column's cells, above or below one over one row's) has two or more parts, and the
count is, to the last digit, the sum of the figures at those parts moved across to its line,
two or more of them, none a total that counts the count itself (at any depth, on any sheet:
where a part is on another sheet at the same place, it is not taken). Read after the other readings
of totals, again until none is found (a total so read may stand beside the next).
"""

from __future__ import annotations

from wpxl.analyse.headed_blocks import adds_up_at
from wpxl.analyse.values import as_number
from wpxl.model import Cell, Coord, Role, Table
from wpxl.model.parts import on_line, places_of

_TOLERANCE = 1e-9


def total_siblings(table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]) -> None:
    """Mark each count beside a total of its shape that is the sum of its moved parts as a
    total over them (``roles`` and the table's ``totals``, in place)."""
    found = True
    while found:
        found = False
        for place, parts in _candidates(table, cells, roles):
            roles[place] = Role.TOTAL
            table.totals[place] = tuple((table.sheet, *p) for p in parts)
            found = True


def _candidates(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> list[tuple[Coord, list[Coord]]]:
    found: dict[Coord, list[Coord]] = {}
    for (row, col), parts in list(table.totals.items()):
        # the parts' sheets, columns and rows told from their runs: no Python step a part
        if len(parts) < 2:
            continue
        if on_line(parts, table.sheet, True, col):  # over one column's cells: its sides
            sides = ((0, -1), (0, 1))
        elif on_line(parts, table.sheet, False, row):  # over one row's: above and below
            sides = ((-1, 0), (1, 0))
        else:
            continue
        for down, across in sides:
            place = (row + down, col + across)
            if place in found or roles.get(place) is not Role.COUNT:
                continue  # most sides: no count there, so its parts are not moved
            moved = [(r + down, c + across) for r, c in places_of(parts)]
            if _adds_up(table, place, moved, cells, roles):
                found[place] = moved
    return list(found.items())


def _adds_up(
    table: Table,
    place: Coord,
    moved: list[Coord],
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
) -> bool:
    cell = cells.get(place)
    if roles.get(place) is not Role.COUNT or cell is None or cell.formula is not None:
        return False
    value = as_number(cell.value)
    if not value or place in moved:
        return False
    figures = []
    for part in moved:
        role, held = roles.get(part), cells.get(part)
        number = None if held is None else as_number(held.value)
        if role not in (Role.COUNT, Role.TOTAL) or number is None:
            if role in (Role.EMPTY, None) or (held is not None and held.is_empty):
                continue  # an empty place adds nothing
            return False  # a rate, a marker, a removed figure: not a sum the copy shows
        figures.append(number)
    if len(figures) < 2 or abs(sum(figures) - value) > _TOLERANCE:
        return False
    return not any(adds_up_at(table.totals, part, place) for part in moved)
