"""The proof's reading of a header row of single years of age over columns it sees summed.

'Area | 18 | 19 | 20 | 21' over an 'All ages' row of SUMs from the row under it: the input's
totals leave the row out, so it names the columns. A line of counts a SUM ranged one row short
leaves out too, so only whole numbers running one apart, three or more, stand so (counts do
not so run). References are read from the formula text (``formula_spans``), not the analysis.
So does 'Area | All ages | 18 | 19 | 20' over lines whose 'All ages' is a SUM along them: the
row holds words where the others add themselves up.
"""

from __future__ import annotations

from itertools import pairwise

from wpxl.model import Cell
from wpxl.verify.books import Coord
from wpxl.verify.formula_spans import references_by_column

MIN_NUMBERS = 3
_WIDTH = 64  # columns past the last number a row's total may stand in


def heads_summed_columns(
    cells: dict[Coord, Cell], row: int, numbers: list[tuple[int, int | None]]
) -> bool:
    """Whether the row's whole ``numbers`` ((column, number), left to right) run one apart and
    every one's column is added up by a formula of its run of cells below, from the next row."""
    values = [n for _, n in numbers]
    if len(values) < MIN_NUMBERS or None in values:
        return False
    if any(b - a != 1 for a, b in pairwise(values)):  # type: ignore[operator]
        return False
    columns = [col for col, _ in numbers]
    return all(_summed_from(cells, row + 1, col) for col in columns) or _summed_along(
        cells, row, columns
    )


def _summed_along(cells: dict[Coord, Cell], row: int, columns: list[int]) -> bool:
    """Whether a formula on the next row adds up that row across every one of ``columns``
    (its 'All ages' or 'Total' column), where ``row`` holds words in its place."""
    for col in range(max(columns) + _WIDTH):
        cell = cells.get((row + 1, col))
        if cell is None or not cell.formula:
            continue
        spans = references_by_column([cell.formula])
        if all(any(t <= row + 1 <= b for t, b in spans.get(c, ())) for c in columns):
            above = cells.get((row, col))
            return above is not None and not above.formula and isinstance(above.value, str)
    return False


def _summed_from(cells: dict[Coord, Cell], top: int, col: int) -> bool:
    row = top
    while (cell := cells.get((row, col))) is not None:
        if cell.formula and any(t == top for t, _ in references_by_column([cell.formula])[col]):
            return True
        row += 1
    return False
