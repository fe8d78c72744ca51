"""An outcome table's figures parted by measure where one breakdown would add two measures up.

A long extract ('Area | Measure | Value', a line for each area and measure) holds its job
outcomes and its sustainments down one column. Shares down that column were of outcomes and
sustainments together (Leeds' outcomes 23% of both), which no one means; shares along each
line were each 100% of itself, and the sheet lost the lines' names. Each measure is its own
breakdown, on a percentage sheet of its own: Leeds' share of the job outcomes, and of the
sustainments.
"""

from __future__ import annotations

from wpxl.analyse.words import measures_named
from wpxl.model import Coord, Measure, SheetAnalysis, Table


def measure_parts(
    cells: list[Coord],
    table: Table,
    analysis: SheetAnalysis,
    axis: str,
    measure_words: dict[Measure, tuple[str, ...]],
) -> tuple[list[list[Coord]], list[Coord]]:
    """``cells`` as one part, or parted by measure (job outcomes first) where a line along
    ``axis`` ('column' or 'row') holds figures of two measures; and, so parted, the cells of
    the lines whose names add two outcome measures up ('Leeds | Total outcomes and
    sustainments | 49'), a part of neither (shown as one, 49 was 120% of the sustainments)."""
    measures: dict[int, set[Measure]] = {}
    for cell in cells:
        measures.setdefault(cell[1] if axis == "column" else cell[0], set()).add(
            table.measure_of(cell)
        )
    if all(len(held) < 2 for held in measures.values()):
        return [cells], []
    parts: dict[Measure, list[Coord]] = {}
    both = _naming_both(cells, table, analysis, axis, measure_words)
    for cell in cells:
        if cell not in both:
            parts.setdefault(table.measure_of(cell), []).append(cell)
    return [parts[m] for m in sorted(parts)], sorted(both)


def _naming_both(
    cells: list[Coord],
    table: Table,
    analysis: SheetAnalysis,
    axis: str,
    measure_words: dict[Measure, tuple[str, ...]],
) -> set[Coord]:
    """The cells whose line's names (its labels across a column's breakdowns, its headers
    along a row's) name job outcomes and sustainments both."""
    words = {
        word: measure
        for measure, said in measure_words.items()
        if measure.is_outcome
        for word in said
    }
    cells_of = analysis.sheet.cells
    found = set()
    for row, col in cells:
        names = (
            [(row, c) for c in table.label_cols]
            if axis == "column"
            else [(r, col) for r in table.header_rows]
        )
        texts = [cell.value for at in names if (cell := cells_of.get(at)) is not None]
        named = {
            words[word]
            for text in texts
            if isinstance(text, str)
            for word in measures_named(text, measure_words)
            if word in words
        }
        if len(named) > 1:
            found.add((row, col))
    return found


def sheets_said(names: list[str]) -> str:
    """Where a table shown only as percentages went, for the cover and the volume sheet:
    "sheet 'Job outcomes %'", or "sheets 'Job outcomes %' and 'Sustainments %'"."""
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        return f"sheet {quoted[0]}"
    return f"sheets {', '.join(quoted[:-1])} and {quoted[-1]}"
