"""The header of a label column in blocks stacked under one header, each under its name.

Payment groups by area, the header written once ('Payment group | Apr 2013 | May 2013') over
the first block, each block named by its area alone on a line ('Leeds', 'York') and closed by
its total line: a block under the first has no header of its own, so the header over its
numbers was its name ('York'), which says nothing of them, and they were rounded as counts
while the first block's were kept. The header of such a block is the first block's, where
every block above it numbers its lines the same way (as the proof reads the run across the
blocks' names, totals and blank lines: verify/label_figures).
"""

from __future__ import annotations

from wpxl.analyse.values import is_text
from wpxl.analyse.words import is_total_label
from wpxl.model import Cell, Coord

_MOST_LINES = 200  # blocks of a page's height, not a long extract's


def header_over_blocks(cells: dict[Coord, Cell], top: int, col: int, cols: range) -> Cell | None:
    """The header over the blocks above the one whose label numbers start on ``top`` in
    ``col`` (its table's columns ``cols``), or None where a line above is anything but a
    block's name, a total line, a blank line or a run of the same numbers as this block's."""
    own = _run(cells, top, col)
    row, runs = top - 1, 0
    while row >= max(top - _MOST_LINES, 0):
        line = _line(cells, row, cols)
        here = cells.get((row, col))
        if _number(here) is not None:
            run = _run(cells, row, col, up=True)
            if run[::-1] != own:
                return None
            row, runs = row - len(run), runs + 1
            continue
        text = str(here.value).strip() if here is not None and is_text(here.value) else ""
        if not line or (text and (line == [col] or is_total_label(text))):
            row -= 1  # a blank line, a block's name alone, a block's total line
            continue
        return here if runs and text and len(line) > 1 else None
    return None


def _run(cells: dict[Coord, Cell], row: int, col: int, up: bool = False) -> list[int]:
    """The whole numbers down (or up) the column from ``row``."""
    numbers: list[int] = []
    while (number := _number(cells.get((row, col)))) is not None:
        numbers.append(number)
        row += -1 if up else 1
    return numbers


def _line(cells: dict[Coord, Cell], row: int, cols: range) -> list[int]:
    """The table's columns holding something on the row."""
    return [c for c in cols if (cell := cells.get((row, c))) and not cell.is_empty]


def _number(cell: Cell | None) -> int | None:
    """A whole number a label column holds, typed or as digits; no formula's."""
    if cell is None or cell.formula is not None or isinstance(cell.value, bool):
        return None
    value = cell.value
    if isinstance(value, str):
        return int(value) if value.strip().isdecimal() else None
    if isinstance(value, int | float) and float(value).is_integer() and value >= 0:
        return int(value)
    return None
