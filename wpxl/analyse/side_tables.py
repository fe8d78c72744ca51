"""Tables set side by side with no blank column between them, each with its own label column.

An analyst laying a second table to the right of the first ('Referrals' over offices by month,
then straight after its 'Total' column 'Job outcomes' over the same offices) often leaves no
spacer column, and may start it a row lower under its own title. The sheet's blank columns
alone make one block of the two: the second table's label column was read as words inside
the first, its lines as the first one's (a 'Total' line of the one taken for the other's,
'the source counts those cells twice'), and referrals beside outcomes were made one table of
job outcomes (the copy then failed its own proof). A column of words between columns of
figures, naming lines the block's first column names too ('Leeds', 'Bradford', 'Wakefield'),
or each line once down to a 'Total' line of its own ('JSA 18-24', 'JSA 25+' ... 'Total'), is a
second table's label column: the block is cut left of it, as a blank column would have cut
it. Words between figures that repeat (a status, 'Red' or 'Green') or close with no total (a
remark on each line) stay the table's.
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
    lines, each line named once, and name lines the block's first column names too or close
    with a total line of their own, as the first column does ('Total' is every table's: no
    name it shares). A line's name right of its codes ('Region | Office code | Office', the
    total line's label under the names) is the one table's label column."""
    words: dict[int, dict[int, str]] = {}
    totals: set[int] = set()  # columns holding a total line's label
    for row, col in inside:
        value = cells[(row, col)].value
        if not isinstance(value, str):  # most cells: a figure, no words (is_text's first test)
            continue
        if not is_text(value) or is_count_like(cells[(row, col)]):
            continue
        if is_total_label(value) and is_count_like(cells.get((row, col + 1))):
            totals.add(col)  # a total line's figures to its right; the table left may end above
        elif _between_figures(row, col, cells) and not is_total_label(value):
            words.setdefault(col, {})[row] = " ".join(str(value).split()).lower()
    first = {" ".join(str(cells[c].value).split()).lower() for c in inside if c[1] == block.left}
    for col in range(block.left + 2, block.right):
        names = list(words.get(col, {}).values())
        named_once = len(names) >= SHARED_NAMES and len(set(names)) == len(names)
        closed = col in totals and block.left in totals  # each table its own total line
        if len(set(names) & first) >= SHARED_NAMES or (named_once and closed):
            return col
    return None


def _between_figures(row: int, col: int, cells: dict[Coord, Cell]) -> bool:
    return is_count_like(cells.get((row, col - 1))) and is_count_like(cells.get((row, col + 1)))
