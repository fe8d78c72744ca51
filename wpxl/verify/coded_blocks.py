"""A column of codes on each block's first line only, read by the proof for itself.

'CPA | Contract package area | Prime provider': the area's number and name stand on its first
provider's line only, the other providers' lines blank in both columns, then the area's
subtotal line. Such a code names its block as the name beside it does, so the proof reads the
codes as one run across the blocks' later lines, only where every code has a name just right
of it (a column of counts with gaps in it has none). Exports that repeat the keys write the
code and the name on every line of the block: each number always beside the same name, and
each name beside the same number, the run is one of codes, though its numbers repeat.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import takewhile

from wpxl.model import Cell
from wpxl.verify.rows_of import blank


def later_line(line: list[tuple[int, Cell]], col: int) -> bool:
    """Whether a row's ``line`` (its cells in column order) is a block's later line: blank at
    ``col`` and the column after it, its first words after those before any figure."""
    rest = [cell for c, cell in line if c >= col and not blank(cell)]
    if any(c in (col, col + 1) and not blank(cell) for c, cell in line):
        return False
    return bool(rest) and isinstance(rest[0].value, str)


def codes_named(
    text_at: Callable[[tuple[int, int]], str | None], rows: list[int], col: int
) -> bool:
    """Whether each code's row (``rows``) holds words just right of it: the block's name."""
    return all(text_at((row, col + 1)) is not None for row in rows)


def left_edge(row_of: Callable[[int], list[tuple[int, Cell]]], rows: list[int], col: int) -> int:
    """The first column of the table holding ``col`` on ``rows``: the one after the nearest
    column left of it blank on all of them. A table set beside another ('Referrals by payment
    group', a blank column, then 'Job outcomes by payment group') has the other's figures left
    of its labels, none of them in its own lines."""
    filled = {
        c
        for r in rows
        for c, cell in takewhile(lambda entry: entry[0] < col, row_of(r))
        if not blank(cell)
    }
    gaps = [c for c in range(col) if c not in filled]
    return gaps[-1] + 1 if gaps else 0


def names_coded(
    text_at: Callable[[tuple[int, int]], str | None],
    rows: list[int],
    numbers: list[int | None],
    col: int,
) -> bool:
    """Whether the numbers on ``rows`` are the codes of the names just right of them: one name
    for each number, one number for each name, every number with a name."""
    pairs = set()
    for row, number in zip(rows, numbers, strict=True):
        name = text_at((row, col + 1))
        if name is None:
            return False
        pairs.add((number, name))
    found, names = {n for n, _ in pairs}, {t for _, t in pairs}
    return len(pairs) > 1 and len(found) == len(pairs) == len(names)
