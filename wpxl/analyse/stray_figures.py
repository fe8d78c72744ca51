"""Scratch figures beside a table: numbers in a column beyond the table's header, which no
header names, on a few of its lines only (MoJ's A1.9ii: 3, then 213 on a line of its own, in
the column after its last year).

Read as the table's, they were rounded as counts of nothing named, and they made the lines
below a blank line a table of their own, a column wider, so a total line above (the sum of
the groups) was rounded on its own. They are no part of the table: set apart, the table is
read whole, and they are removed as numbers outside any table (listed on the cover).

Only a header that names each column up to its last (no merged heading over several) marks
where the table ends, and only columns holding figures on half the lines at most are scratch:
a row total typed without a header fills every line, and stays the table's.
"""

from __future__ import annotations

from wpxl.analyse.layout import Layout, find_layouts
from wpxl.analyse.values import as_number, is_text
from wpxl.model import Cell, Coord

_STACKED = 3  # a headerless table this close under another goes on with it


def find_tables(cells: dict[Coord, Cell]) -> tuple[list[Layout], list[Coord]]:
    """The sheet's tables and free cells as wpxl.analyse.layout finds them, read again without
    the scratch figures beside them when there are any, which are free cells then."""
    layouts, free = find_layouts(cells)
    strays = stray_figures(layouts, cells)
    if not strays:  # most sheets
        return layouts, free
    layouts, free = find_layouts({c: cell for c, cell in cells.items() if c not in strays})
    return layouts, sorted([*free, *strays])


def stray_figures(layouts: list[Layout], cells: dict[Coord, Cell]) -> set[Coord]:
    """The cells of scratch figures beyond each headed table's header, on its lines and on
    those of the headerless tables stacked under it in the same first column."""
    found: set[Coord] = set()
    for upper in layouts:
        last = _last_headed_column(upper, cells)
        if last is None:
            continue
        stack = _stacked_under(upper, layouts)
        rows = [r for layout in stack for r in layout.body_rows]
        right = max(layout.area.right for layout in stack)
        if right <= last:  # most tables: nothing beyond the header
            continue
        beyond = [
            (row, col)
            for row in rows
            for col in range(last + 1, right + 1)
            if (row, col) in cells and not cells[(row, col)].is_empty
        ]
        if not beyond or any(not _is_figure(cells[c]) for c in beyond):
            continue  # words beyond the header: a part of the table wpxl reads as it is
        figured = [r for r in rows if any(_is_figure(cells[c]) for c in _row(cells, r, last))]
        if 2 * len({row for row, _ in beyond}) <= len(figured):
            found.update(beyond)
    return found


def _last_headed_column(layout: Layout, cells: dict[Coord, Cell]) -> int | None:
    """The last column the table's header names, when it names each of its figure columns
    up to there one by one; else None."""
    if not layout.header_rows or not layout.body_cols:
        return None
    headed = {
        col
        for row in layout.header_rows
        for col in layout.body_cols
        if (row, col) in cells and not cells[(row, col)].is_empty
    }
    if not headed:
        return None
    last = max(headed)
    named = [col for col in layout.body_cols if col <= last]
    if any(col not in headed for col in named):
        return None  # a heading merged over several columns, or a gap: no end to tell
    return last


def _stacked_under(upper: Layout, layouts: list[Layout]) -> list[Layout]:
    """``upper`` and the headerless tables under it, each starting within a few lines of the
    one above, in the same first column."""
    stack = [upper]
    for layout in sorted(layouts, key=lambda x: x.area.top):
        below = stack[-1].area
        if layout.header_rows or layout.area.left != upper.area.left:
            continue
        if 1 <= layout.area.top - below.bottom <= _STACKED:
            stack.append(layout)
    return stack


def _row(cells: dict[Coord, Cell], row: int, last: int) -> list[Coord]:
    return [(row, col) for col in range(last + 1) if (row, col) in cells]


def _is_figure(cell: Cell) -> bool:
    return cell.formula is not None or (
        not is_text(cell.value) and as_number(cell.value) is not None
    )
