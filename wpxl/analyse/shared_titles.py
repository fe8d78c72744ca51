"""Which table a line of words titles, and the titles tables share: a block stacked under a
titled table, or set beside one on its rows, with no words of its own naming what it counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wpxl.analyse.words import is_note_text
from wpxl.model import Cell, CellRange, Coord

if TYPE_CHECKING:  # layout hands its tables here once it has found them
    from wpxl.analyse.layout import Layout

FOOTER_ROWS = 3  # rows under a table its footnotes may start in, as a note is read under it


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


def title_over_title(
    block: CellRange,
    inside: list[Coord],
    cells: dict[Coord, Cell],
    layouts: list[Layout],
    owners: dict[CellRange, Layout],
) -> Layout | None:
    """The table a block of words titles as a second title line, over a block already
    titling it (``owners``) within three rows below; none for a table's footnote above it."""
    above = [
        x
        for b, x in owners.items()
        if 1 <= b.top - block.bottom <= 3
        and not _footer_of_table_above(block, inside, cells, layouts, b)
    ]
    return above[0] if above else None


def _footer_of_table_above(
    block: CellRange,
    inside: list[Coord],
    cells: dict[Coord, Cell],
    layouts: list[Layout],
    title_below: CellRange,
) -> bool:
    """Whether a block of words over ``title_below`` (a table's title) is the footnote of a
    table above sharing its columns: within ``FOOTER_ROWS`` rows under it, and holding a note
    ('Source: ...') or nearer that table than the title. Stacked tables each carry theirs
    ('Job outcomes are counted in the month claimed' under the outcomes, then 'Referrals by
    payment group' over the referrals): taken for a second title line of the table below, the
    footnote went from the copy with an outcome table's title, unlisted, and named the table
    below's measure (its referrals shown as job outcome percentages)."""
    noted = any(is_note_text(str(cells[coord].value)) for coord in inside)
    below = title_below.top - block.bottom
    return any(
        1 <= (up := block.top - x.area.bottom) <= FOOTER_ROWS
        and (noted or up < below)
        and block.left <= x.area.right
        and x.area.left <= block.right
        for x in layouts
    )


def above_notes(inside: list[Coord], cells: dict[Coord, Cell]) -> list[Coord]:
    """The lines of a text block over a table that title it: all of them, or those above its
    first note ('Deaths, 2013' over 'Source: ONS', the table's only words naming what it
    counts); a note, and the lines after it (its continuation), title nothing."""
    notes = [row for row, col in inside if is_note_text(str(cells[(row, col)].value))]
    return [(row, col) for row, col in inside if not notes or row < min(notes)]
