"""A block of formulas over the blocks above it, one of its lines typed over with its value.

An 'All local authorities' block under the authorities' blocks, each of its lines a formula
adding up the same line of every block above ('=B5+B11+B17'), and one line pasted over as a
value (Attachments | 472). The formulas are totals already, so the typed line was the block's
only count adding up the other blocks, too few places (two are asked, ``MIN_MATCHES``) to
believe it a total: it was rounded on its own, and the proof refused the copy (a line adding
up the same lines of other blocks rounded on its own). A formula of the block over exactly the
same places of the other blocks is such a place too, as much as a typed figure adding them up.

Read by labels (not every block with every line), such a block's line holding a formula over
the other blocks was left out of its labels ('Attachments' of 'All local authorities' typed but
for that line): the block did not name every line of the others, and its typed lines were
rounded on their own. A line holding a formula over cells outside its own table is one of the
block's lines (``in_blocks``).
"""

from __future__ import annotations

from collections.abc import Container

from wpxl.analyse.values import as_number
from wpxl.model import Cell, Coord, Role, Table


def counted(coord: Coord, parts: list[Coord], roles: dict[Coord, Role]) -> bool:
    """Whether ``coord`` and every one of its ``parts`` are counts (a within-block total, a
    rate or a marker keeps its own reading)."""
    return roles.get(coord) is Role.COUNT and all(roles.get(p) is Role.COUNT for p in parts)


def summed_by_formula(
    table: Table, coord: Coord, parts: list[Coord], cells: dict[Coord, Cell]
) -> bool:
    """Whether ``coord`` is a formula total over exactly ``parts`` (the same places of the
    other blocks), its value not 0: a place the block adds them up in."""
    over = table.totals.get(coord)
    if over is None or sorted(over) != sorted((table.sheet, r, c) for r, c in parts):
        return False
    return as_number(cells[coord].value) not in (None, 0)


def in_blocks(table: Table, coord: Coord, roles: dict[Coord, Role], rows: Container[int]) -> bool:
    """Whether ``coord`` is a line's count, or a formula total over cells outside its own table
    (the same lines of other blocks; ``rows``: the table's body rows, as a set, made once for
    all its cells): either makes the line one of its block's lines."""
    role = roles.get(coord)
    if role is Role.COUNT:
        return True
    over = table.totals.get(coord) if role is Role.TOTAL else None
    if not over:
        return False
    return all(part[0] == table.sheet and part[1] not in rows for part in over)
