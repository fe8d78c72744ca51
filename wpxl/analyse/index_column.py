"""A data frame's row index, written as a table's first column: 0, 1, 2 ... under no header.

``DataFrame.to_excel`` writes the index unless told not to, and a frame's default index is its
lines' positions: a first column of 0, 1, 2 ... n-1 (1 to n where the analyst numbered them so)
with a blank header, every line numbered, the total line too, the names in the next column.
Read as counts they were a column summing to nothing ('Total' numbered 5 under 0 to 4) and the
pack was refused as a total line that adds up in some places and not in others. Counts make no
such run: the lines' names stand beside them, so the numbers name the lines, as row numbers
do, and are labels. The proof lets a first column's run of whole numbers stand unrounded
(wpxl.verify.numbered_lines: nothing names the lines before it).
"""

from __future__ import annotations

from wpxl.analyse.values import is_text
from wpxl.model import Cell, Coord

MIN_LINES = 3  # 0, 1 alone could be two small counts


def written_index(
    cells: dict[Coord, Cell], header_rows: list[int], body_rows: list[int], col: int
) -> bool:
    """Whether ``col``, the table's first column, is a frame's index written out: typed whole
    numbers counting from 0 (or 1) by one on every line, nothing over them in the header,
    words on every line of the next column."""
    if any(_present(cells.get((row, col))) for row in header_rows):
        return False
    numbers = [_whole(cells.get((row, col))) for row in body_rows]
    if len(numbers) < MIN_LINES or None in numbers or numbers[0] not in (0, 1):
        return False
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return False
    beside = [cells.get((row, col + 1)) for row in body_rows]
    return all(c is not None and c.formula is None and is_text(c.value) for c in beside)


def _present(cell: Cell | None) -> bool:
    return cell is not None and not cell.is_empty


def _whole(cell: Cell | None) -> int | None:
    """A typed whole number (no formula, no text), else None."""
    if cell is None or cell.formula is not None or isinstance(cell.value, bool):
        return None
    value = cell.value
    if not isinstance(value, int | float) or not float(value).is_integer():
        return None
    return int(value)
