"""Blocks keyed by a column of their own: areas stacked under one header, each named once.

A sheet of areas by payment group ('Area | Payment group | Apr-14') names the area on each
block's first line (or on every line) and the group beside it; the blocks are one table, no
section row parts them, and a line's label across both columns ('Leeds JSA 18-24', then 'JSA
25+') differs between a block's first line and the same group's line elsewhere. Read by the
last label column, each block is its area's groups, and a block adding up the others ('All
areas') is found as ``stacked_totals`` finds stacked blocks.
"""

from __future__ import annotations

from wpxl.analyse.values import is_text
from wpxl.model import Cell, Coord, Table


def keyed_sections(table: Table, cells: dict[Coord, Cell]) -> list[list[int]]:
    """The table's body rows in blocks, a block opened by a line whose outer label columns
    name a new key; a line naming nothing in the last label column (a 'Grand total' across
    them) ends its block. None unless three or more blocks are read."""
    if len(table.label_cols) < 2:
        return []
    *outer, inner = table.label_cols
    blocks: list[list[int]] = []
    key: tuple[str, ...] = ()
    last = -1
    for row in table.body_rows:
        named = tuple(_words(cells.get((row, col))) for col in outer)
        if any(named) and named != key:
            blocks.append([])
            key = named
        elif not key or row != last + 1 or not _words(cells.get((row, inner))):
            key = ()
            last = row
            continue
        blocks[-1].append(row)
        last = row
    return blocks if len(blocks) >= 3 else []


def inner_label(table: Table, row: int, cells: dict[Coord, Cell]) -> str:
    """A keyed block's line's own label: its last label column's words."""
    return _words(cells.get((row, table.label_cols[-1])))


def _words(cell: Cell | None) -> str:
    if cell is None or not is_text(cell.value):
        return ""
    return " ".join(str(cell.value).split())
