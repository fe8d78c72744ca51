"""Week 1, 2, 3 ... across a header row, or children 1, 2 ... down a label column, in the copy:
a line of consecutive whole numbers is a numbering, not figures, so the proof lets such a
number stand unrounded (the input's own reading of labels is ``label_figures``)."""

from __future__ import annotations

from itertools import pairwise

from wpxl.verify.books import SheetPair


def _run(pair: SheetPair, coord: tuple[int, int], along: int) -> list[float]:
    """The figures in the unbroken line of figures through a cell, along its row (1) or its
    column (0): a header row or a label column of numbers is such a line."""
    cells, values = pair.cells, []
    for step in (-1, 1):
        at = list(coord)
        while True:
            at[along] += step
            cell = cells.get((at[0], at[1]))
            if cell is None or not isinstance(cell[0], float) or cell[1] is not None:
                break
            values.append(cell[0])
    return [pair.cells[coord][0], *values]  # type: ignore[list-item]


def numbered_label(pair: SheetPair, coord: tuple[int, int]) -> bool:
    """Week 1, 2, 3 ... as a header row, or children 1, 2 ... as a label column: a line of
    consecutive whole numbers, each under 1000."""
    for along in (0, 1):
        line = sorted(_run(pair, coord, along))
        whole = len(line) >= 2 and line[-1] < 1000 and all(v.is_integer() for v in line)
        if whole and all(b - a == 1 for a, b in pairwise(line)):
            return True
    return False
