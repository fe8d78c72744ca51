"""A typed "Total" line over a cell the copy cannot show as a figure: removed, never rounded.

A table pasted as values with one cell written '[c]', '..', '251*', '<5' or '1 251' (a count
typed with a space) and a typed "Total" line: the trees of totals add numbers only, so with
that cell's figure missing no run adds up to the total, and a line named as a total that comes
near no run counts its own thing (wpxl.analyse.totals). Rounded as a count, it is the rounded
original total, not the sum of the rounded cells the copy shows; and its distance from them
gives the hidden cell back. So a line whose label (or header) is a plain "Total" ("Grand
total", "Totals"), read as counts where its column (or row) holds such a cell, is removed as a
total over a suppressed cell. An Excel error in the column ('#N/A'), or a formula a script
saved without its value, hides a figure the same way.
"""

from __future__ import annotations

import re

from wpxl.analyse.typed_totals import SUPPRESSED_TOTAL
from wpxl.analyse.values import is_bounded_figure, is_marked_figure, is_suppression_marker
from wpxl.model import Cell, Coord, ExcelError, Role, Table

_TOTAL_WORD = re.compile(r"^\s*(?:grand\s+)?totals?\s*:?\s*$", re.IGNORECASE)
_SPACED = re.compile(r"^\s*\d{1,3}(?:\s\d{3})+\s*$")  # "1 251": a count typed with a space


def drop_totals_over_unshown(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role], reasons: dict[Coord, str]
) -> None:
    """Every count of ``table`` on a line named "Total" whose column (for a row) or row (for a
    column) holds, in the body, a cell written as no figure the copy can show."""
    unshown = [
        (r, c)
        for r in table.body_rows
        for c in table.body_cols
        if (cell := cells.get((r, c))) is not None and _unshown_cell(cell)
    ]  # most tables: none
    if not unshown:
        return
    total_rows = {r for r in table.body_rows if _named_total(cells, r, table.label_cols, True)}
    total_cols = {c for c in table.body_cols if _named_total(cells, c, table.header_rows, False)}
    for row, col in unshown:
        for coord in [(r, col) for r in total_rows] + [(row, c) for c in total_cols]:
            if coord != (row, col) and roles.get(coord) is Role.COUNT:
                roles[coord] = Role.DROPPED
                reasons[coord] = SUPPRESSED_TOTAL


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
    return (
        is_suppression_marker(text) or is_marked_figure(text) or is_bounded_figure(text)
        or bool(_SPACED.match(text))
    )  # fmt: skip


def _named_total(cells: dict[Coord, Cell], line: int, across: list[int], row: bool) -> bool:
    """Whether the line's label cells (a row's) or header cells (a column's) say "Total"."""
    for other in across:
        cell = cells.get((line, other) if row else (other, line))
        if cell is not None and type(cell.value) is str and _TOTAL_WORD.match(cell.value):
            return True
    return False
