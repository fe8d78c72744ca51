"""A column of group totals beside the counts, each on its group's first (or last) line.

Published tables and the packs copied from them often give each group's total in a column of
its own rather than on a line of its own: 'Region | Office | Referrals | Region total', the
region's total typed on its first office's line (or its last), the column blank on the others.
Read as a column of counts, each group's total was rounded on its own (Yorkshire's 336 to 340,
beside offices shown as 240, 60 and 60), which guidance R5 forbids: totals are sums of the
rounded cells.

Taken only where the column's header names a total, it holds a typed figure on some lines and
nothing on the others (the table's total lines aside), and every figure is, to the last digit,
the sum of a column of counts beside it (the nearest that adds up, left or right) over the
lines from its own down to the line before the next figure (the group's first line, or a line
of its own blank there), or else from the line after the one before up to its own (its last);
two groups or more, one of two lines or more, none 0. The proof reads such
a column for itself (wpxl.verify.group_columns).
"""

from __future__ import annotations

from collections.abc import Callable

from wpxl.analyse.values import as_number
from wpxl.analyse.words import is_total_label
from wpxl.model import Cell, Coord, Role, Table

_MIN_GROUPS = 2


def total_group_columns(table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]) -> None:
    """Mark each group total of such a column as a total over its group's counts (``roles``
    and the table's ``totals``, in place)."""
    lines = [row for row in table.body_rows if row not in table.total_rows]
    for col in table.body_cols:
        if not _headed_total(table, cells, col):
            continue
        placed = [row for row in lines if _typed(cells.get((row, col)))]
        if len(placed) < _MIN_GROUPS or any(
            roles.get((row, col)) is not Role.COUNT for row in placed
        ):
            continue
        if any(not _blank(cells.get((row, col))) for row in lines if row not in placed):
            continue  # a marker or words beside the groups' lines: not such a column
        for parts_col in sorted((c for c in table.body_cols if c != col), key=_near(col)):
            groups = _groups(lines, placed, cells, roles, col, parts_col)
            if groups is not None:
                for row, run in groups.items():
                    roles[(row, col)] = Role.TOTAL
                    table.totals[(row, col)] = tuple((table.sheet, r, parts_col) for r in run)
                break


def _groups(
    lines: list[int],
    placed: list[int],
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    col: int,
    parts_col: int,
) -> dict[int, list[int]] | None:
    """Each figure's group of lines, read as heads of theirs or as feet, where every figure
    is the sum of ``parts_col`` over its group (see the module's doc); else None."""
    at = {row: i for i, row in enumerate(lines)}
    bounds = [at[row] for row in placed]
    heads = {row: lines[start:end] for row, start, end in
             zip(placed, bounds, [*bounds[1:], len(lines)], strict=True)}  # fmt: skip
    feet = {row: lines[start:end + 1] for row, start, end in
            zip(placed, [0, *(b + 1 for b in bounds[:-1])], bounds, strict=True)}  # fmt: skip
    for groups, whole in ((heads, bounds[0] == 0), (feet, bounds[-1] == len(lines) - 1)):
        # a region's own line, blank beside its total, heads its offices: no part of them
        groups = {row: [r for r in run if not _blank(cells.get((r, parts_col)))]
                  for row, run in groups.items()}  # fmt: skip
        if whole and _all_add_up(groups, cells, roles, col, parts_col):
            return groups
    return None


def _all_add_up(
    groups: dict[int, list[int]],
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    col: int,
    parts_col: int,
) -> bool:
    if not any(len(run) >= 2 for run in groups.values()):
        return False
    for row, run in groups.items():
        total = as_number(cells[(row, col)].value)
        parts = [_count(cells, roles, (r, parts_col)) for r in run]
        if not total or None in parts or sum(parts) != total:  # type: ignore[arg-type]
            return False
    return True


def _near(col: int) -> Callable[[int], tuple[int, int]]:
    """Columns by their distance from ``col``, the left one first of two as near."""
    return lambda other: (abs(other - col), other)


def _count(cells: dict[Coord, Cell], roles: dict[Coord, Role], place: Coord) -> float | None:
    cell = cells.get(place)
    if roles.get(place) is not Role.COUNT or cell is None or cell.formula is not None:
        return None
    return as_number(cell.value)


def _headed_total(table: Table, cells: dict[Coord, Cell], col: int) -> bool:
    words = [cells.get((row, col)) for row in table.header_rows]
    text = " ".join(str(c.value) for c in words if c is not None and isinstance(c.value, str))
    return bool(text) and is_total_label(text)


def _typed(cell: Cell | None) -> bool:
    return cell is not None and cell.formula is None and as_number(cell.value) is not None


def _blank(cell: Cell | None) -> bool:
    return cell is None or cell.is_empty or str(cell.value).strip() == ""
