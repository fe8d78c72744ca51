"""A whole number a label column or header row may hold, as the proof reads one."""

from __future__ import annotations

from wpxl.model import Cell
from wpxl.verify.year_parts import EXACT, whole

Coord = tuple[int, int]


def label_number(cell: Cell | None) -> int | None:
    """A whole number a label column may hold: typed, or written as digits ('6' under
    'Payment group', as exports write them), which a count typed as text is not read as only
    where the layout says so."""
    if cell is not None and cell.formula is None and isinstance(cell.value, str):
        text = cell.value.strip()
        return int(text) if text.isdigit() and text.isascii() else None
    return whole(cell)


def digits(cell: Cell) -> bool:
    """Whether the cell holds a whole number written as digits ('18'), as exports write it."""
    return isinstance(cell.value, str) and label_number(cell) is not None


def run_end(cells: dict[Coord, Cell], row: int, col: int, step: int) -> int:
    """The last row of the column's run of ``label_number``s from ``row`` going ``step``. A
    plain int (a count: the commonest cell of a column of counts walked to its end, once for
    each of its ends) is one, and is known here without asking."""
    while (cell := cells.get((row + step, col))) is not None:
        value = cell.value
        plain = value.__class__ is int and cell.formula is None
        if not (plain and -EXACT <= value <= EXACT) and label_number(cell) is None:  # type: ignore[operator]
            break
        row += step
    return row
