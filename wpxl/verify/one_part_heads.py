"""Invariant 10, for a line heading one part by its label's column: never rounded on its own.

Levels of a tree set out a column each ('Country | Region | Area'): a country with one region
('Wales', then 'North Wales' under it in the next column, then its areas a column further)
holds the same figures as its region. The copy writes the region as the sum of its rounded
areas (820); rounding the country on its own shows the rounded original (840) beside it, and
the grand total over the countries adds it in, which guidance R5 forbids. The proof's other
readings take a total over one line for a coincidence, or read levels by indent.

The proof reads the input itself: a row whose first words stand left of the next row's, whose
next rows down to one with words as far left as its own hold words in one column only at the
next row's level (its one part) or further right, and whose figures are, to the last digit,
the next row's wherever either holds one (one not 0 or more). Where the copy writes the part as
formulas and this row as plain figures, the row must show what the part shows.
"""

from __future__ import annotations

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.figure_lines import figure_lines
from wpxl.verify.leaks import Finding
from wpxl.verify.summed_blocks import written_alone

Coord = tuple[int, int]
ROUNDED_ALONE = "a line over its one part, a column to the right, rounded on its own"
Lines = dict[int, dict[int, float]]  # each row's figures, by column


def one_part_heads(
    pair: SheetPair, cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]]
) -> list[Finding]:
    """The places where a row heading one part (see the doc) shows another figure than it."""
    if len({col for col, _ in labels.values()}) < 2:
        return []  # most sheets: every row's words in one column
    rows = sorted(labels)
    lines = _lines(pair, cells, set(rows))
    found: list[Finding] = []
    for at, row in enumerate(rows[:-1]):
        part = rows[at + 1]
        if part != row + 1 or labels[part][0] <= labels[row][0] or not lines.get(row):
            continue
        if lines[row] != lines.get(part) or not any(lines[row].values()):
            continue
        if _one_part(rows, labels, at):
            found += _shown_apart(pair, row, part, lines[row])
    return found


def _one_part(rows: list[int], labels: dict[int, tuple[int, str]], at: int) -> bool:
    """Whether the rows after ``rows[at + 1]``, down to one with words as far left as
    ``rows[at]``'s, hold words only right of that part's: it is the row's one part."""
    level, part = labels[rows[at]][0], labels[rows[at + 1]][0]
    for j in range(at + 2, len(rows)):  # no slice: a copy of the rest for each head
        col = labels[rows[j]][0]
        if col <= level:
            return True
        if col <= part:
            return False  # a second part at the part's level (or left of it): several
    return True


def _shown_apart(pair: SheetPair, row: int, part: int, figures: dict[int, float]) -> list[Finding]:
    """Where the copy writes the part as formulas and ``row`` as plain figures, the places
    ``row`` shows another figure than its part."""
    found = []
    for col in figures:
        written = pair.cells.get(pair.output_coord((part, col)))
        if written is None or written[1] is None or not written_alone(pair, (row, col)):
            continue
        shown = pair.cells.get(pair.output_coord((row, col)))
        if shown is not None and shown[0] != written[0]:
            found.append(Finding(pair.where(pair.output_coord((row, col))), ROUNDED_ALONE))
    return found


def _lines(pair: SheetPair, cells: dict[Coord, Cell], rows: set[int]) -> Lines:
    by_row = figure_lines(pair, cells).by_row()
    return {row: line for row, line in by_row.items() if row in rows}
