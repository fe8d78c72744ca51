"""Typed totals that add up hidden rows or columns too: removed, never rounded on their own.

Published tables and the packs copied from them keep old months or a withdrawn group in hidden
columns or rows, their 'Total' typed over every line, hidden ones included ('Jan' to 'Mar'
hidden, 'Total' = Jan + ... + May). The analysis reads only what the copy may carry, so such a
total was no sum of anything shown: a line named as a total that adds up nothing counts
something of its own ('Total stillbirths' beside live births), so it was rounded as a count.
Its rounded figure less the shown months gives the hidden months back (to within the
rounding), and the proof, reading the input whole, refused the copy, telling the user to write
the total as a SUM, which would not have helped.

A count on a line named as a total ('Total', 'All payment groups'), exactly the sum of the
figures on one side of it along its line within the table, hidden cells included and one of
them a figure other than 0, is such a total: it is removed as any total over hidden lines is
(``hidden_totals.TOTAL_OVER_HIDDEN``), and the totals over it with it (``dropped_totals``).
"""

from __future__ import annotations

from wpxl.analyse.values import as_number
from wpxl.analyse.words import is_total_label
from wpxl.model import Coord, Role, Sheet, Table


def typed_totals_over_hidden(
    table: Table, shown: Sheet, read: Sheet, roles: dict[Coord, Role]
) -> list[Coord]:
    """The table's counts that are typed totals of their line with hidden cells among their
    parts (see the doc): ``shown`` is the sheet as analysed, ``read`` the input with its hidden
    rows and columns."""
    rows, cols = table.body_rows, table.body_cols
    if not rows or not cols:
        return []
    all_rows = _span(rows, shown.hidden_rows)
    all_cols = _span(cols, shown.hidden_cols)
    # a 'Total' line adds up its column over hidden rows; a 'Total' column its line over
    # hidden columns
    total_rows = {r for r in rows if shown.hidden_rows and _labelled_total(table, read, row=r)}
    total_cols = {c for c in cols if shown.hidden_cols and _labelled_total(table, read, col=c)}
    found: list[Coord] = []
    for (row, col), role in roles.items():
        if role is not Role.COUNT or (row not in total_rows and col not in total_cols):
            continue
        if row not in all_rows or col not in all_cols:
            continue
        value = as_number(read.cells[(row, col)].value) if (row, col) in read.cells else None
        if not value:
            continue
        down = [(r, col) for r in all_rows]
        across = [(row, c) for c in all_cols]
        if (
            row in total_rows
            and _adds_hidden(value, down, (row, col), shown.hidden_rows, read, roles)
        ) or (
            col in total_cols
            and _adds_hidden(value, across, (row, col), shown.hidden_cols, read, roles, 1)
        ):
            found.append((row, col))
    return found


def _span(lines: list[int], hidden: set[int]) -> range:
    """The table's lines from first to last, with the hidden lines just before or after them
    (old months hidden left of the shown ones)."""
    first, last = min(lines), max(lines)
    while first - 1 in hidden:
        first -= 1
    while last + 1 in hidden:
        last += 1
    return range(first, last + 1)


def _labelled_total(
    table: Table, read: Sheet, row: int | None = None, col: int | None = None
) -> bool:
    """Whether the row's label (or the column's header) names a total."""
    if row is not None:
        places = [(row, c) for c in table.label_cols]
    else:
        places = [(r, col) for r in table.header_rows]
    words = " ".join(
        str(read.cells[p].value) for p in places if p in read.cells and read.cells[p].value
    )
    return bool(words) and is_total_label(words)


def _adds_hidden(
    value: float,
    line: list[Coord],
    at: Coord,
    hidden: set[int],
    read: Sheet,
    roles: dict[Coord, Role],
    axis: int = 0,
) -> bool:
    """Whether ``value`` is the sum of the line's figures before ``at`` or after it, hidden
    cells (on the ``hidden`` lines of ``axis``) among them holding a figure other than 0."""
    place = line.index(at)
    for side in (line[:place], line[place + 1 :]):
        total, with_hidden = 0.0, False
        for coord in side:
            cell = read.cells.get(coord)
            number = as_number(cell.value) if cell is not None else None
            if number is None:
                continue
            if coord[axis] in hidden:
                with_hidden = with_hidden or number != 0
            elif roles.get(coord) is not Role.COUNT:
                continue
            total += number
        if with_hidden and total == value:
            return True
    return False
