"""The proof's reading of a header row of numbers whose total column comes first: 'Age | All
ages | 18 | 25 | 35 | 50', 'CPA | Total | 3 | 7 | 12', as ONS and DWP tables set their 'All'
column left of the breakdown.

Words naming a total before a row's numbers are read as a measure named before them (a total
row at a table's top, its label in a second label column), so the numbers are figures. But
under a total row's label stand the names of lines, never figures; under a total column's
head stand the lines' totals. So the numbers head the columns the words' column adds up when
the words stand just left of them, over two or more lines each holding there the sum of its
figures under the numbers (typed, or a SUM over exactly those cells; a line naming their
columns may stand between: 'JSA 18-24' under 1), and the numbers are not the sums of their
own columns (a total line on top). Read from the input alone; the analyse stage is never
asked.
"""

from __future__ import annotations

from wpxl.model import Cell
from wpxl.verify.books import Coord
from wpxl.verify.formulas import sum_formula
from wpxl.verify.repeated_heads import names_total_column

_MIN_LINES = 2


def heads_line_totals(
    cells: dict[Coord, Cell], row: int, numbers: list[tuple[int, int | None]]
) -> bool:
    """Whether the words just left of the row's whole ``numbers`` ((column, number), left to
    right, touching) head a column of the lines' totals over them (see the module's doc)."""
    cols = [c for c, _ in numbers]
    values = [n for _, n in numbers]
    if len(cols) < 2 or None in values or cols != list(range(cols[0], cols[-1] + 1)):
        return False
    word = cols[0] - 1
    head = cells.get((row, word))
    if head is None or not isinstance(head.value, str) or not names_total_column(head.value):
        return False
    parts = list(cols)  # words after the numbers name parts too ('Unknown', '50+')
    while _words(cells.get((row, parts[-1] + 1))):
        parts.append(parts[-1] + 1)
    lines: list[int] = []
    top = row + 1
    if not _written(cells.get((top, word))) and all(_words(cells.get((top, c))) for c in parts):
        top += 1  # a second header line naming the numbers' columns ('JSA 18-24' under 1)
    while _written(total := cells.get((top + len(lines), word))):
        line = top + len(lines)
        if not _line_total(cells, line, total, parts):  # type: ignore[arg-type]
            return False
        lines.append(line)
    if len(lines) < _MIN_LINES:
        return False
    sums = [sum(_typed(cells.get((line, c))) or 0 for line in lines) for c in cols]
    return sums != values


def _line_total(cells: dict[Coord, Cell], line: int, total: Cell, cols: list[int]) -> bool:
    if total.formula is not None:
        summed = sum_formula(total.formula.lstrip("="), cells_added=True)
        if summed is None or summed.added or any(r.sheet is not None for r in summed.ranges):
            return False
        return {at for r in summed.ranges for at in r.coords()} == {(line, c) for c in cols}
    figures = [_typed(cells.get((line, c))) for c in cols]
    value = _typed(total)
    return value is not None and None not in figures and value == sum(figures)  # type: ignore[arg-type]


def _typed(cell: Cell | None) -> float | None:
    if cell is None or cell.formula is not None:
        return None
    value = cell.value
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _words(cell: Cell | None) -> bool:
    return cell is not None and isinstance(cell.value, str) and cell.value.strip() != ""


def _written(cell: Cell | None) -> bool:
    return cell is not None and (cell.formula is not None or str(cell.value or "").strip() != "")
