"""A table's header or label column that a blank row or column cuts off its figures, put back.

Finding blocks of touching cells parts a header set a blank row above its figures, and a
label column set a blank column or two left of them, from the table: each is joined back here.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from wpxl.analyse.label_numbers import header_names_numbers
from wpxl.analyse.label_sequences import is_label_sequence
from wpxl.analyse.split_tables import is_count_like
from wpxl.analyse.values import is_text, numbers_quantity_columns
from wpxl.analyse.words import is_note_text
from wpxl.model import Cell, CellRange, Coord

# a column's header naming the notes in it ('Area | 2010 | Notes'), no note itself: read as
# one, the header a blank row over its lines was left off, and its years rounded as counts
_NOTES_HEAD = re.compile(r"^\s*(?:notes?|comments?|remarks?)\s*$", re.IGNORECASE)
# A line of words beside a line of figures is its labels only so wide: a header's line ('Country
# | Region | Area | 2011/12 | 2012/13' beside another table's header of a year) is wider.
MAX_LABEL_COLUMNS = 3


def with_header_above(
    block: CellRange,
    text: list[CellRange],
    pieces: dict[CellRange, list[Coord]],
    cells: dict[Coord, Cell],
) -> CellRange:
    """A header row set one blank row above its figures (dates over columns, as MoJ tables
    lay them out) belongs to the table, not to its title: a line of two or more cells over the
    table's figure columns, none in its label column unless the table's top row leaves that
    column empty (its header: 'Job outcomes' merged over payment groups two rows down) or the
    line names every column, its label column's too ('Area | Month 1 | Month 2 | Total'), when a
    line over it may name their span ('2013/14')."""
    corner = (block.top, block.left) not in cells or cells[(block.top, block.left)].is_empty
    for other in text:
        inside = pieces[other]
        last = [c for c in inside if c[0] == other.bottom]  # a line over it may name a span
        whole = (other.left, other.right) == (block.left, block.right) and len(last) == (
            block.right - block.left + 1
        )
        left = block.left < other.left or ((corner or whole) and block.left == other.left)
        over = left and other.right <= block.right
        lines = other.bottom - other.top + 1  # one, or two where the last names every column
        one_line = other.bottom == block.top - 2 and (lines == 1 or (lines == 2 and whole))
        notes = any(_note(str(cells[c].value)) for c in inside)
        if one_line and over and len(inside) > 1 and not notes:
            return CellRange(other.top, block.left, block.bottom, block.right)
    return block


def with_label_block(
    block: CellRange, by_right: dict[int, list[CellRange]], last_figures: int
) -> CellRange:
    """A table whose label column is cut off by an empty column gets it back.

    The labels are a block of text just left of the figures (one or two empty columns between),
    spanning rows of the same table down to its figures' last line (``last_figures``), or the
    line before it: a block of text above is a header, the one of a table beside it ('Area |
    Apr 2013 | May 2013' over its own figures a spacer row down), not this table's labels.
    """
    for right in (block.left - 2, block.left - 3):
        column = by_right.get(right, [])
        start = bisect_left(column, block.top, key=lambda b: b.top)
        for other in column[start:]:
            if other.top > block.bottom:
                break
            # a line of labels, as many as label columns go, beside a line of figures alone
            exact = (other.top, other.bottom) == (block.top, block.bottom)
            exact = exact and other.right - other.left < MAX_LABEL_COLUMNS
            labels = other.bottom >= last_figures - 1 and (exact or other.bottom > other.top)
            if other.bottom <= block.bottom and labels:
                return CellRange(block.top, other.left, block.bottom, block.right)
    return block


def numbered_labels_cut_off(
    block: CellRange, inside: list[Coord], cells: dict[Coord, Cell], data: list[CellRange]
) -> bool:
    """Whether a block read as figures is the label column of the table one or two blank
    columns right of it, its lines named by numbers ('Age | | 2012/13' over '17 | | 335', 'CPA'
    over 3, 7, 12): one column, headed by words saying what its numbers name, its numbers
    whole and all different (typed, or digits as text), words beside them (the total's line:
    'All ages'), on the rows of that table, words over its header naming its span maybe (or
    the header one blank row over the column: ``_header_over``, or any words over numbers that
    name lines by their run: ``_bands_under_words``). Read
    as a table of its own, the ages were rounded as counts and the proof refused the copy;
    given back as the table's labels, the table's own reading tells whether they name its
    lines (``label_numbers``)."""
    if block.left != block.right:
        return False
    head = next((at for at, coord in enumerate(inside) if _names_numbers(cells[coord])), None)
    if head is None and _header_over(block, cells):
        head = -1  # its header one blank row over it ('Payment group', a blank row, '1', '2')
    if head is None and _bands_under_words(inside, cells):
        head = 0  # 'Previous children' over 0, 1, 2, '3+'; 'Hours worked' over 16, 30, 37
    if head is None or not all(is_text(cells[coord].value) for coord in inside[: max(head, 0)]):
        return False  # words over the header may name its span ('2013/14')
    numbers: list[int] = []
    for coord in inside[head + 1 :]:
        cell = cells[coord]
        value = cell.value
        if isinstance(value, str) and value.strip().isdecimal():
            value = int(value)
        if is_text(value) and cell.formula is None:
            continue  # the total's line ('All ages'), a group's
        if cell.formula is not None or not isinstance(value, int) or isinstance(value, bool):
            return False
        numbers.append(value)
    if len(numbers) < 2 or len(set(numbers)) != len(numbers) or min(numbers) < 0:
        return False
    return any(  # as ``with_label_block`` takes a label column back: on the table's rows
        other.left - block.right in (2, 3)
        and other.top <= block.top <= other.bottom
        and block.bottom <= other.bottom <= block.bottom + 1
        for other in data
    )


def figures_before_notes(
    block: CellRange, inside: list[Coord], cells: dict[Coord, Cell], others: list[CellRange]
) -> bool:
    """Whether a block read as words is one column of figures with a column of notes after it
    ('Payment group | | 2010 | Notes' over '1 | | 13 | Provisional'): its first column holds two
    figures or more, every other cell of it words, and a block one or two blank columns left of
    it stands on its rows (the lines' labels, a spacer column between). Read as words (a block's
    figures are looked for right of its first column, which may be labels), its figures were
    removed as outside any table, and the numbers naming its lines, left alone, rounded as a
    table of counts of their own. The labels' block must be there: a column of words beside a
    year in a title's or a note's block is no table."""
    if block.left == block.right:
        return False
    first = [coord for coord in inside if coord[1] == block.left]
    if sum(is_count_like(cells[coord]) for coord in first) < 2:
        return False
    if not all(is_text(cells[coord].value) for coord in inside if coord[1] > block.left):
        return False
    return any(
        block.left - other.right in (2, 3)
        and other.top <= block.top + 2
        and block.bottom - 1 <= other.bottom <= block.bottom + 1
        for other in others
    )


def _header_over(block: CellRange, cells: dict[Coord, Cell]) -> bool:
    """Whether words naming numbers stand one blank row over the block's column: a blank row
    under the header cut the numbers off it, the spacer column off their figures; read as a
    table of counts, payment groups 1, 2, 3 were rounded to 0 and 3 made the SUM of 1 and 2."""
    over, gap = cells.get((block.top - 2, block.left)), cells.get((block.top - 1, block.left))
    return over is not None and _names_numbers(over) and (gap is None or gap.is_empty)


def _bands_under_words(inside: list[Coord], cells: dict[Coord, Cell]) -> bool:
    """Whether the column's words head a run of numbers naming lines as a table's first column
    names them, with no header needed (``is_label_sequence``: 0, 1, 2, '3+'), or a quantity's
    rising bands under its name ('Hours worked': 16, 30, 37, '40+')."""
    head = cells[inside[0]].value if inside else None
    values = [cells[coord].value for coord in inside[1:]]
    if not isinstance(head, str) or not is_text(head):
        return False
    return is_label_sequence(values) or numbers_quantity_columns(values, head)


def _names_numbers(cell: Cell) -> bool:
    """Whether the cell holds words saying what a label column's numbers name ('Age', 'CPA')."""
    return isinstance(cell.value, str) and header_names_numbers(cell.value) is not None


def _note(text: str) -> bool:
    """Whether a cell of a line over a table is a note, not a column's header ('Notes')."""
    return is_note_text(text) and _NOTES_HEAD.match(text) is None
