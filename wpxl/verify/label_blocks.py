"""The proof's reading of numbers naming rows again in each block of a table: payment groups
1, 2, 6, 9 under 'Barnsley', its total, then 'Doncaster' and 1, 2, 6, 9 again.

A block's name line (nothing in the numbers' column, words right of it, no figure or formula
on the line within its table) parts the runs as a subtotal line does, and a column's numbers
may repeat, but only as whole runs: each block's numbers all different, and two blocks holding
a number alike numbering the same. Counts repeat so only by chance over several blocks.
"""

from __future__ import annotations

from wpxl.model import Cell
from wpxl.verify.repeated_heads import repeated_whole
from wpxl.verify.year_parts import is_number


def heading_line(line: list[tuple[int, Cell]], col: int) -> bool:
    """Whether a table's line (its cells, by column) names a block: nothing at ``col``, words
    right of it, no figure nor formula."""
    if any(c == col and cell.value not in (None, "") for c, cell in line):
        return False
    if any(cell.formula is not None or is_number(cell.value) for _, cell in line):
        return False
    return any(c > col and isinstance(cell.value, str) and cell.value.strip() for c, cell in line)


def block_name(line: list[tuple[int, Cell]], col: int) -> bool:
    """Whether a line holds only a block's name, in words at ``col`` itself ('York' over its
    own payment groups 1, 2, 3, under the first block's header and total): the label runs of
    the blocks above and below it are one column's."""
    shown = [(c, cell) for c, cell in line if cell.value not in (None, "") or cell.formula]
    if len(shown) != 1 or shown[0][0] != col or shown[0][1].formula is not None:
        return False
    value = shown[0][1].value
    return isinstance(value, str) and not value.strip().isdigit()


def runs_of(rows: list[int], numbers: list[int | None]) -> list[list[int | None]]:
    """The numbers on ``rows`` in runs of rows one apart (a block's)."""
    runs: list[list[int | None]] = []
    for at, (row, number) in enumerate(zip(rows, numbers, strict=True)):
        if at == 0 or row != rows[at - 1] + 1:
            runs.append([])
        runs[-1].append(number)
    return runs


def repeated_in_blocks(rows: list[int], numbers: list[int | None]) -> bool:
    """Whether numbers on ``rows`` repeat only as whole runs, a run being rows one apart."""
    return repeated_whole(runs_of(rows, numbers))
