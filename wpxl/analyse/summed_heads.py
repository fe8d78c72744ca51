"""A header row of single years of age over columns whose totals start under it.

'Area | 18 | 19 | 20 | 21' over an 'All ages' row of SUMs from the row under it: no 'Total'
column names the row a header (``label_numbers.numbers_head_columns``), but the totals leave it
out, so it is no line of figures. A line of counts an analyst's SUM misses (a total ranged one
row short) is left out too, so only numbers running one apart, three or more (single years of
age), stand on this word: counts do not so run, and a count taken for a label is a disclosure.
So does 'Area | All ages | 18 | 19 | 20' over lines whose 'All ages' is a SUM along them: the
row holds words where the others add themselves up (ONS's population tables, totals first).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from wpxl.analyse.formulas import references_any
from wpxl.model import Cell, Coord

MIN_NUMBERS = 3
_WIDTH = 64  # columns past the last number a row's total may stand in


def heads_summed_columns(cells: dict[Coord, Cell], row: int, cols: Iterable[int]) -> bool:
    """Whether ``row``'s figures across ``cols`` (typed, or digits as text: '18', as exports
    write ages) are whole numbers running one apart (its other cells words) and each one's
    column is added up by a formula below starting on the next row."""
    numbers: list[tuple[int, int]] = []
    for col in cols:
        cell = cells.get((row, col))
        if cell is None or cell.is_empty:
            continue
        value = cell.value
        if isinstance(value, str):
            if not value.strip().isdecimal():
                continue
            value = int(value)
        if (
            cell.formula is not None
            or isinstance(value, bool)
            or not isinstance(value, int | float)
        ):
            return False
        if not float(value).is_integer():
            return False
        numbers.append((col, int(value)))
    runs = [b - a for (_, a), (_, b) in pairwise(numbers)]
    if len(numbers) < MIN_NUMBERS or any(step != 1 for step in runs):
        return False
    columns = [col for col, _ in numbers]
    return all(_summed_from(cells, row + 1, col) for col in columns) or _summed_along(
        cells, row, columns
    )


def _summed_along(cells: dict[Coord, Cell], row: int, columns: list[int]) -> bool:
    """Whether a formula on the next row adds up that row across every one of ``columns``
    (its 'All ages' or 'Total' column), where ``row`` holds no formula in its place."""
    reach = range(max(columns) + _WIDTH)
    for col in reach:
        cell = cells.get((row + 1, col))
        if cell is None or cell.formula is None:
            continue
        spans = [ref for ref in references_any(cell.formula) if ref.sheet is None]
        if all(
            any(ref.top <= row + 1 <= ref.bottom and ref.left <= c <= ref.right for ref in spans)
            for c in columns
        ):
            above = cells.get((row, col))
            return above is not None and above.formula is None and isinstance(above.value, str)
    return False


def _summed_from(cells: dict[Coord, Cell], top: int, col: int) -> bool:
    """Whether a formula in the column's run of cells from ``top`` down adds up the column
    from ``top``."""
    row = top
    while (cell := cells.get((row, col))) is not None:
        if cell.formula is not None and any(
            ref.sheet is None and ref.top == top and ref.left <= col <= ref.right
            for ref in references_any(cell.formula)
        ):
            return True
        row += 1
    return False
