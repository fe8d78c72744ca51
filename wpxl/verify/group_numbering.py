"""The proof's reading of a row numbering each group's columns under the header words: ONS's
NEET tables number the columns of each age group 1 to 5 ('Aged 16-24': 1 2 3 4 5, 'Aged
16-17': 1 2 3 4 5) in a row of their own, no label beside it. Read from the input alone; such
numbers are headers, to be kept as written (a copy rounding them reads 0, 0, 0 ..., or rebuilds
'3' as '1' + '2').

A row of counts could run 1, 2, 3 by chance, so the reading is narrow: the row holds nothing
but whole numbers, the same run 1 .. k (k >= 3) at least twice, the cell left of its first
number blank, and words over every number in the three rows above (ONS's put a group's words
over its first columns, and those over its last ones a row higher).
"""

from __future__ import annotations

from wpxl.model import Cell
from wpxl.verify.books import Coord
from wpxl.verify.grouped_runs import runs_under_heads
from wpxl.verify.year_parts import is_number, whole

MIN_RUN = 3  # numbers in each group's run: 1, 2 alone could be any two small counts
_ABOVE = 3  # header rows holding the words: ONS's put some a row higher than the rest


def numbers_groups(cells: dict[Coord, Cell], row: int, line: list[tuple[int, Cell]]) -> bool:
    """Whether ``line`` (row ``row``'s cells, left to right) numbers its columns 1 .. k again
    for each group (see the module's doc)."""
    if runs_under_heads(cells, row, line):
        return True  # '2013' over 'Area | 1 | 2 | 3 | 4', '2014' over the next 1 to 4
    present = [(c, cell) for c, cell in line if not _blank(cell)]
    if not present or any(cell.formula is not None or not is_number(cell.value)
                          for _, cell in present):  # fmt: skip
        return False
    numbers = [whole(cell) for _, cell in present]
    run = numbers.index(1, 1) if 1 in numbers[1:] else len(numbers)
    if run < MIN_RUN or len(numbers) % run or len(numbers) < 2 * run:
        return False
    if numbers != list(range(1, run + 1)) * (len(numbers) // run):
        return False
    first = present[0][0]
    if not _blank(cells.get((row, first - 1))):
        return False  # a label of its own: a line of figures
    above = range(row - _ABOVE, row)
    return all(any(_words(cells.get((r, c))) for r in above) for c, _ in present)


def _blank(cell: Cell | None) -> bool:
    return cell is None or (cell.formula is None and (cell.value is None or cell.value == ""))


def _words(cell: Cell | None) -> bool:
    value = None if cell is None or cell.formula is not None else cell.value
    return isinstance(value, str) and any(ch.isalpha() for ch in value)
