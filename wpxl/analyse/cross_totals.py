"""A line named a total under a table's total line, adding up that line across its measures.

A results table ends 'Total | 1,501 | 497' (attachments, job outcomes), and one more line,
'Total (all measures) | 1,998', adds the two. Its one figure sits under the attachments, so it
read as an attachments count and went out rounded (2,000): less the rounded attachments
(1,520) it gives the outcomes back within rounding. Under the outcomes column it read as one
more line of outcomes, and the percentage sheet showed the total's share beside the grand
total's, which gives the same.

A line of the table's body whose words name a total, holding one count, is such a sum when the
count is, to the last digit, the sum of the totals on the nearest line above holding totals in
two or more columns, all of them. Counting an outcome volume among its parts, it is removed
and reported; over other measures alone (attachments and job starts), it is their total, a
formula over the rounded totals like any other.
"""

from __future__ import annotations

import re

from wpxl.analyse.values import as_number
from wpxl.analyse.words import is_total_label
from wpxl.model import Cell, Coord, Role, Table

ADDS_OUTCOMES = (
    "a total adding job outcomes or sustainments to other measures: less those measures it "
    "would give the outcome volume back"
)
_TOLERANCE = 1e-9
# 'Total (all measures)': words in brackets after the total's name, which line labels elsewhere
# do not read as a total ('Total (excl. Leeds)' beside its areas is a count); here the
# arithmetic says what it adds up
_BRACKETED = re.compile(r"\s*totals?\s*\(.*\)\s*", re.IGNORECASE)


def total_across_measures(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role], reasons: dict[Coord, str]
) -> None:
    """Mark each count of ``table`` that adds up a total line across its measures as a total
    over it, or as removed where it counts an outcome volume (``roles``, ``reasons`` and the
    table's ``totals``, in place)."""
    lines = sorted({*table.body_rows, *table.total_rows})
    summed = [row for row in lines if len(_totals_on(table, row, cells, roles)) >= 2]
    for row in lines:
        above = [line for line in summed if line < row]
        if not above:  # most lines: no total line above, so the line's cells are not read
            continue
        place = _one_count(table, row, cells, roles)
        if place is None or not _names_total(_label(table, row, cells)):
            continue
        parts = _totals_on(table, above[-1], cells, roles)
        added = sum(value for _, value in parts)
        if abs(as_number(cells[place].value) - added) > _TOLERANCE:  # type: ignore[operator]
            continue
        columns = [place[1], *(coord[1] for coord, _ in parts)]
        if any(table.col_measures.get(col, table.measure).is_outcome for col in columns):
            roles[place], reasons[place] = Role.DROPPED, ADDS_OUTCOMES
        else:
            roles[place] = Role.TOTAL
            table.totals[place] = tuple((table.sheet, *coord) for coord, _ in parts)


def _totals_on(
    table: Table, row: int, cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> list[tuple[Coord, float]]:
    coords = [(row, col) for col in table.body_cols]
    held = list(map(roles.get, coords))
    found = []
    at = -1
    for _ in range(held.count(Role.TOTAL)):  # the line's few totals found in C, read in turn
        at = held.index(Role.TOTAL, at + 1)
        cell = cells.get(coords[at])
        value = as_number(cell.value) if cell is not None else None
        if value is not None:
            found.append((coords[at], value))
    return found


def _one_count(
    table: Table, row: int, cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> Coord | None:
    """The line's only figure, a count not 0; None where it holds any other figure."""
    figures = [
        (row, col)
        for col in table.body_cols
        if (cell := cells.get((row, col))) is not None and as_number(cell.value) is not None
    ]
    if len(figures) != 1 or roles.get(figures[0]) != Role.COUNT:
        return None
    return figures[0] if as_number(cells[figures[0]].value) else None


def _names_total(words: str) -> bool:
    return is_total_label(words) or bool(_BRACKETED.fullmatch(words))


def _label(table: Table, row: int, cells: dict[Coord, Cell]) -> str:
    for col in table.label_cols:
        cell = cells.get((row, col))
        if cell is not None and isinstance(cell.value, str) and cell.value.strip():
            return cell.value
    return ""
