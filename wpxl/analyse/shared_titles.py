"""Which table a line of words titles, and the titles tables share: a block stacked under a
titled table, or set beside one on its rows, with no words of its own naming what it counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wpxl.analyse.words import is_note_text
from wpxl.model import Cell, CellRange, Coord

if TYPE_CHECKING:  # layout hands its tables here once it has found them
    from wpxl.analyse.layout import Layout


def table_below(block: CellRange, layouts: list[Layout], first: bool = False) -> Layout | None:
    """The table whose top is within three rows below a text block and shares its columns;
    or, for the sheet's ``first`` block, the sheet's one table wherever it starts below: the
    sheet's title ('Work Programme attachments by ward' in A1, the table a few blank rows down,
    as exports leave room for a logo or filters) titles it, and a table whose measure only
    that title named was refused as naming none."""
    best = None
    for layout in layouts:
        gap = layout.area.top - block.bottom
        columns_meet = block.left <= layout.area.right and layout.area.left <= block.right
        near = gap <= 3 or (first and len(layouts) == 1)
        if gap >= 1 and near and columns_meet and (best is None or layout.area.top < best.area.top):
            best = layout
    return best


def share_titles(layouts: list[Layout]) -> None:
    """Tables stacked in one column under a titled table (Persons, then Males, then Females,
    each block under its own header row) share the title above: their own title (often just
    "Males") is read first, the shared one when it names nothing."""
    for layout in sorted(layouts, key=lambda x: x.area.top):
        above = [
            x
            for x in layouts
            if x.area.bottom < layout.area.top
            and x.area.left == layout.area.left
            and (x.title_cells or x.title_rows or x.context_cells)
        ]
        if above:
            nearest = max(above, key=lambda x: x.area.bottom)
            rows = [(r, c) for r in nearest.title_rows for c in (nearest.area.left,)]
            layout.context_cells = [*nearest.title_cells, *rows, *nearest.context_cells]
        below = [x for x in layouts if x.area.bottom < layout.area.top
                 and x.area.left == layout.area.left]  # fmt: skip
        if below:
            nearest = max(below, key=lambda x: x.area.bottom)
            layout.context_header_rows = [*nearest.header_rows, *nearest.context_header_rows]
    for layout in sorted(layouts, key=lambda x: x.area.left):
        layout.side_cells = _title_beside(layout, layouts)  # a lone total column's: unread


def _title_beside(layout: Layout, layouts: list[Layout]) -> list[Coord]:
    """The title of the nearest table left of ``layout`` on its rows, ending on the same row
    (JSA groups, a blank column, then ESA groups and a Total column, one title over the
    first), or of the table it shares one with. The table on the left may start lower, at
    ``layout``'s own header line ('All years' beside years headed over their quarters)."""
    area = layout.area
    heads = layout.header_rows[-1] if layout.header_rows else area.top  # its first figures
    beside = [
        x
        for x in layouts
        if x.area.right < area.left
        and x.area.top <= heads
        and area.bottom == x.area.bottom
        and (x.title_cells or x.title_rows or x.context_cells or x.side_cells)
    ]
    if not beside:
        return []
    nearest = max(beside, key=lambda x: x.area.right)
    rows = [(r, nearest.area.left) for r in nearest.title_rows]
    return [*nearest.title_cells, *rows, *nearest.context_cells, *nearest.side_cells]


def above_notes(inside: list[Coord], cells: dict[Coord, Cell]) -> list[Coord]:
    """The lines of a text block over a table that title it: all of them, or those above its
    first note ('Deaths, 2013' over 'Source: ONS', the table's only words naming what it
    counts); a note, and the lines after it (its continuation), title nothing."""
    notes = [row for row, col in inside if is_note_text(str(cells[(row, col)].value))]
    return [(row, col) for row, col in inside if not notes or row < min(notes)]
