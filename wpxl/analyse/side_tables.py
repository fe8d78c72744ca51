"""Tables set side by side with no blank column between them, each with its own label column.

An analyst laying a second table to the right of the first ('Referrals' over offices by month,
then straight after its 'Total' column 'Job outcomes' over the same offices) often leaves no
spacer column, and may start it a row lower under its own title. The sheet's blank columns
alone make one block of the two: the second table's label column was read as words inside
the first, its lines as the first one's (a 'Total' line of the one taken for the other's,
'the source counts those cells twice'), and referrals beside outcomes were made one table of
job outcomes (the copy then failed its own proof). A column of words between columns of
figures, naming lines the block's first column names too ('Leeds', 'Bradford', 'Wakefield'),
is a second table's label column: the block is cut left of it, as a blank column would have
cut it. Words between figures that name other things (a status, 'Red' or 'Green') stay.
"""

from __future__ import annotations

from wpxl.analyse.blocks import find_blocks
from wpxl.analyse.split_tables import is_count_like
from wpxl.analyse.values import is_text
from wpxl.analyse.words import is_total_label
from wpxl.model import Cell, CellRange, Coord

SHARED_NAMES = 3  # lines the second label column names as the first column does, at least


def cut_at_label_columns(
    pieces: dict[CellRange, list[Coord]], cells: dict[Coord, Cell]
) -> dict[CellRange, list[Coord]]:
    """The blocks, each cut left of every second label column inside it."""
    found: dict[CellRange, list[Coord]] = {}
    for block, inside in pieces.items():
        col = _second_label_column(block, inside, cells)
        if col is None:
            found[block] = inside
            continue
        found.update(find_blocks(c for c in inside if c[1] < col))
        found.update(cut_at_label_columns(find_blocks(c for c in inside if c[1] >= col), cells))
    return dict(sorted(found.items(), key=lambda item: (item[0].top, item[0].left)))


def _second_label_column(
    block: CellRange, inside: list[Coord], cells: dict[Coord, Cell]
) -> int | None:
    """The first column past the block's second whose words stand between figures on their
    lines and name lines its first column names too ('Total' is every table's: not counted)."""
    words: dict[int, dict[int, str]] = {}
    for row, col in inside:
        value = cells[(row, col)].value
        if is_text(value) and not is_count_like(cells[(row, col)]) and not is_total_label(value):
            words.setdefault(col, {})[row] = " ".join(str(value).split()).lower()
    first = set(words.get(block.left, {}).values())
    for col in range(block.left + 2, block.right):
        between = {
            name
            for row, name in words.get(col, {}).items()
            if is_count_like(cells.get((row, col - 1))) and is_count_like(cells.get((row, col + 1)))
        }
        if len(between & first) >= SHARED_NAMES:
            return col
    return None
