"""A row numbering each group's columns under the header words: ONS's NEET tables number the
columns of each age group 1 to 5 ('Aged 16-24': 1 2 3 4 5, 'Aged 16-17': 1 2 3 4 5) in a row
of their own, no label beside it. Such numbers are headers: rounded as counts they read 0, 0,
0 ..., and the plan would rebuild '3' as '1' + '2'.

A row of counts could run 1, 2, 3 by chance, so the reading is narrow: no label, nothing but
whole numbers, the same run 1 .. k (k >= 3) at least twice in a row, and words over every
number in the three rows above (the header words the numbers stand under: a group's words over
its first columns, words over its last ones a row higher, as ONS's merged cells put them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from wpxl.analyse.grouped_runs import holds_words as _words
from wpxl.analyse.grouped_runs import runs_under_group_heads
from wpxl.model import Cell, CellRange, Coord

MIN_RUN = 3  # numbers in each group's run: 1, 2 alone could be any two small counts
_ABOVE = 3  # header rows holding the words: ONS's put some a row higher than the rest


def numbers_group_columns(cells: Mapping[Coord, Cell], row: int, cols: Sequence[int]) -> bool:
    """Whether ``row`` numbers its columns 1 .. k again for each group (see the module's doc);
    ``cols`` are the table's columns, its label column first."""
    if runs_under_group_heads(cells, row, cols):
        return True  # '2013' over 'Area | 1 | 2 | 3 | 4', '2014' over the next 1 to 4
    first = cells.get((row, cols[0]))
    if first is not None and not first.is_empty:
        return False  # a label of its own: a line of figures
    numbered: list[tuple[int, int]] = []
    for col in cols[1:]:
        cell = cells.get((row, col))
        if cell is None or cell.is_empty:
            continue
        value = cell.value
        if cell.formula is not None or isinstance(value, bool):
            return False
        if not isinstance(value, int | float) or not float(value).is_integer():
            return False
        numbered.append((col, int(value)))
    numbers = [n for _, n in numbered]
    run = 1 + next((i for i, n in enumerate(numbers[1:]) if n == 1), len(numbers) - 1)
    if run < MIN_RUN or len(numbers) % run or len(numbers) < 2 * run:
        return False
    if numbers != list(range(1, run + 1)) * (len(numbers) // run):
        return False
    above = range(row - _ABOVE, row)
    return all(any(_words(cells.get((r, col))) for r in above) for col, _ in numbered)


def naming_rows(cells: Mapping[Coord, Cell], rows: Sequence[int], area: CellRange) -> list[int]:
    """The header ``rows`` that name the columns: a row numbering them does not (NEET's
    'Total' over its group's 1 stays the total 'Total', not 'Total 1')."""
    cols = range(area.left, area.right + 1)
    return [row for row in rows if not numbers_group_columns(cells, row, cols)]
