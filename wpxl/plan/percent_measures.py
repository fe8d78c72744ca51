"""An outcome table's figures parted by measure where one breakdown would add two measures up.

A long extract ('Area | Measure | Value', a line for each area and measure) holds its job
outcomes and its sustainments down one column. Shares down that column were of outcomes and
sustainments together (Leeds' outcomes 23% of both), which no one means; shares along each
line were each 100% of itself, and the sheet lost the lines' names. Each measure is its own
breakdown, on a percentage sheet of its own: Leeds' share of the job outcomes, and of the
sustainments.
"""

from __future__ import annotations

from wpxl.model import Coord, Measure, Table


def measure_parts(cells: list[Coord], table: Table, axis: str) -> list[list[Coord]]:
    """``cells`` as one part, or parted by measure (job outcomes first) where a line along
    ``axis`` ('column' or 'row') holds figures of two measures."""
    measures: dict[int, set[Measure]] = {}
    for cell in cells:
        measures.setdefault(cell[1] if axis == "column" else cell[0], set()).add(
            table.measure_of(cell)
        )
    if all(len(held) < 2 for held in measures.values()):
        return [cells]
    parts: dict[Measure, list[Coord]] = {}
    for cell in cells:
        parts.setdefault(table.measure_of(cell), []).append(cell)
    return [parts[m] for m in sorted(parts)]


def sheets_said(names: list[str]) -> str:
    """Where a table shown only as percentages went, for the cover and the volume sheet:
    "sheet 'Job outcomes %'", or "sheets 'Job outcomes %' and 'Sustainments %'"."""
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        return f"sheet {quoted[0]}"
    return f"sheets {', '.join(quoted[:-1])} and {quoted[-1]}"
