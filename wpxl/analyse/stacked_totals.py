"""Blocks stacked on one sheet that add up, cell by cell: Persons above Males and Females.

ONS lays a sheet out as one block per group, each with the same rows (age bands) under the
same columns (weeks): Persons, then Males, then Females. Each Persons cell is the sum of the
Males and Females cells at the same place, a total like any other, so it is rebuilt over them
rather than rounded on its own. Taken only when the arithmetic holds in every place both
hold figures, and in two or more places that are not 0.
"""

from __future__ import annotations

from collections import defaultdict

from wpxl.analyse.values import as_number
from wpxl.model import Cell, Coord, Role, Table

MIN_MATCHES = 2


def total_blocks(tables: list[Table], cells: dict[Coord, Cell], roles: dict[Coord, Role]) -> None:
    """Mark each block that is the sum of the other blocks with its rows and columns as
    totals over them (``roles`` and the block's ``totals`` are changed in place)."""
    alike: dict[tuple[tuple[str, ...], tuple[int, ...]], list[Table]] = defaultdict(list)
    for table in tables:
        labels = tuple(_label(table, row, cells) for row in table.body_rows)
        if len(labels) >= 2 and all(labels):
            alike[(labels, tuple(table.body_cols))].append(table)
    for group in alike.values():
        if len(group) < 3:
            continue
        for table in group:
            others = [t for t in group if t is not table]
            places = _places(table, others, cells, roles)
            if places is not None:
                for coord, parts in places.items():
                    roles[coord] = Role.TOTAL
                    table.totals[coord] = tuple((table.sheet, *p) for p in parts)
                break  # one block adds up the others; they do not add it up too


def _label(table: Table, row: int, cells: dict[Coord, Cell]) -> str:
    texts = [
        str(c.value).strip()
        for k in table.label_cols
        if (c := cells.get((row, k))) is not None and c.value is not None
    ]
    return " ".join(t for t in texts if t)


def _places(
    table: Table, others: list[Table], cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> dict[Coord, list[Coord]] | None:
    """Each count of ``table`` with the same places in ``others`` that it is the sum of, or
    None when it is not their sum somewhere (or too seldom to tell)."""
    found: dict[Coord, list[Coord]] = {}
    matches = 0
    for i, row in enumerate(table.body_rows):
        for col in table.body_cols:
            coord = (row, col)
            parts = [(other.body_rows[i], col) for other in others]
            if roles.get(coord) is not Role.COUNT or any(
                roles.get(p) is not Role.COUNT for p in parts
            ):
                continue  # within-block totals, rates and markers keep their own readings
            value = as_number(cells[coord].value)
            found_parts = [as_number(cells[p].value) for p in parts]
            if value is None or any(v is None for v in found_parts):
                continue
            if abs(value - sum(found_parts)) > 1e-9:  # type: ignore[arg-type]
                return None
            matches += value != 0
            found[coord] = parts
    return found if matches >= MIN_MATCHES else None
