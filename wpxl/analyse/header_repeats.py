"""A table's header line repeated inside its body: the line parting blocks stacked with no blank.

A table stacked by month ('April 2023 | Referrals | Attachments', its payment groups under it,
then 'May 2023 | Referrals | Attachments' ...) repeats its header line over each block, and the
last block (the quarter) adds up the others line by line. Such a line holds words, not figures,
where the figures stand: it parts the blocks as a section line with no figure does, and the
blocks are read as stacked blocks (``stacked_totals.sections_of``). Read as one block, the
quarter's lines were rounded on their own and the proof refused the copy.
"""

from __future__ import annotations

from wpxl.model import Cell, Coord, Table


def in_a_block(table: Table, row: int, cells: dict[Coord, Cell]) -> bool:
    """Whether a body row is a line of a block: not empty where the figures stand, and not the
    header line repeated."""
    filled = any(not empty(cells.get((row, col))) for col in table.body_cols)
    return filled and not repeats_header(table, row, cells)


def empty(cell: Cell | None) -> bool:
    return cell is None or cell.is_empty or (isinstance(cell.value, str) and not cell.value.strip())


def repeats_header(table: Table, row: int, cells: dict[Coord, Cell]) -> bool:
    """Whether ``row`` of the body holds no figure where the table's figures stand, and in
    at least one of those columns the words of its header line."""
    repeated = False
    for col in table.body_cols:
        cell = cells.get((row, col))
        if cell is None or cell.is_empty:
            continue
        if cell.formula is not None or not isinstance(cell.value, str):
            return False  # a figure: a line of the block
        words = " ".join(cell.value.split()).casefold()
        heads = {_words(cells.get((head, col))) for head in table.header_rows}
        repeated = repeated or (bool(words) and words in heads)
    return repeated


def _words(cell: Cell | None) -> str:
    return " ".join(str(cell.value).split()).casefold() if cell is not None else ""
