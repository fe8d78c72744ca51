"""A typed "Total" line over a cell the copy cannot show as a figure: removed, never rounded.

A table pasted as values with one cell written '[c]', '..', '251*', '<5' or '1 251' (a count
typed with a space) and a typed "Total" line: the trees of totals add numbers only, so with
that cell's figure missing no run adds up to the total, and a line named as a total that comes
near no run counts its own thing (wpxl.analyse.totals). Rounded as a count, it is the rounded
original total, not the sum of the rounded cells the copy shows; and its distance from them
gives the hidden cell back. So a line whose label (or header) is a plain "Total" ("Grand
total", "Totals"), read as counts where its column (or row) holds such a cell, is removed as a
total over a suppressed cell. An Excel error in the column ('#N/A'), or a formula a script
saved without its value, hides a figure the same way. Where every such cell is a figure
written with a mark or a bound ('398 [r]', '<5'), the cover says so: nothing was suppressed.
"""

from __future__ import annotations

import re

from wpxl.analyse.counted_shares import is_counted_share
from wpxl.analyse.typed_totals import MARKED_TOTAL, SUPPRESSED_TOTAL
from wpxl.analyse.values import is_bounded_figure, is_marked_figure, is_suppression_marker
from wpxl.model import Cell, Coord, ExcelError, Role, Table

_TOTAL_WORD = re.compile(r"^\s*(?:grand\s+)?totals?\s*:?\s*$", re.IGNORECASE)
_SPACED = re.compile(r"^\s*\d{1,3}(?:\s\d{3})+\s*$")  # "1 251": a count typed with a space


def drop_totals_over_unshown(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role], reasons: dict[Coord, str]
) -> None:
    """Every count of ``table`` on a line named "Total" whose column (for a row) or row (for a
    column) holds, in the body, a cell written as no figure the copy can show (a count of its
    own is a number, never such a cell: its line is asked whole, once)."""
    rows, cols = table.body_rows, table.body_cols
    asked: dict[tuple[bool, int], str | None] = {}
    for row in [r for r in rows if _named_total(cells, r, table.label_cols, True)]:
        for col in cols:  # most Total lines are totals, not counts: nothing more to ask
            if roles.get((row, col)) is Role.COUNT and (
                why := _any_unshown(cells, rows, col, True, asked)
            ):
                roles[(row, col)], reasons[(row, col)] = Role.DROPPED, why
    for col in [c for c in cols if _named_total(cells, c, table.header_rows, False)]:
        for row in rows:
            if roles.get((row, col)) is Role.COUNT and (
                why := _any_unshown(cells, cols, row, False, asked)
            ):
                roles[(row, col)], reasons[(row, col)] = Role.DROPPED, why


def _any_unshown(
    cells: dict[Coord, Cell],
    lines: list[int],
    across: int,
    down: bool,
    asked: dict[tuple[bool, int], str | None],
) -> str | None:
    """Why a total over the column ``across`` (the row, unless ``down``) goes, where a body
    cell of it is written as no figure the copy can show: over a figure written with a mark
    ('398 [r]'), or over a suppressed one; None where none is."""
    if (down, across) not in asked:
        unshown = [
            cell
            for cell in (cells.get((line, across) if down else (across, line)) for line in lines)
            if cell is not None and cell.value.__class__ is not int and _unshown_cell(cell)
        ]
        marked = all(type(c.value) is str and _marked(c.value) for c in unshown)
        asked[(down, across)] = (
            None if not unshown else MARKED_TOTAL if marked else SUPPRESSED_TOTAL
        )
    return asked[(down, across)]


def _unshown_cell(cell: Cell) -> bool:
    """An Excel error ('#N/A'), a formula saved without its value (by a script), or text
    written instead of a figure."""
    value = cell.value
    if value is None:
        return cell.formula is not None
    return isinstance(value, ExcelError) or (type(value) is str and _unshown(value))


def _unshown(text: str) -> bool:
    """A body cell written instead of a figure: a publisher's marker, a figure with a mark or a
    bound, or a count typed with spaces (the copy removes it, quoting an unrounded figure)."""
    return is_suppression_marker(text) or _marked(text) or bool(_SPACED.match(text))


def _marked(text: str) -> bool:
    """A figure written with a mark or a bound ('398 [r]', '<5'), not suppressed."""
    if is_suppression_marker(text):
        return False
    return is_marked_figure(text) or is_bounded_figure(text) or is_counted_share(text)


def _named_total(cells: dict[Coord, Cell], line: int, across: list[int], row: bool) -> bool:
    """Whether the line's label cells (a row's) or header cells (a column's) say "Total"."""
    for other in across:
        cell = cells.get((line, other) if row else (other, line))
        if cell is not None and type(cell.value) is str and _TOTAL_WORD.match(cell.value):
            return True
    return False
