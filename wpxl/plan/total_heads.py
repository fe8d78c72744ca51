"""The group word over a percentage sheet's total column whose own header repeats another's.

Quarters typed under a top line ('Q1' over its first month only, not merged), each ending in
its own 'Total', then the year's 'Total' adding up the quarters' totals, nothing over it: the
percentage sheet showed 'Total' three times, the quarters' and the year's, with no word to
tell them apart, and its proof refused the copy. A total column that adds up only columns
under the group word to its left is that group's: the word is shown over it too. The year's
total adds up columns of other groups as well, and stays as the input heads it.
"""

from __future__ import annotations

from wpxl.model import Cell, Role, SheetAnalysis, Table


def own_group_word(
    analysis: SheetAnalysis, table: Table, row: int, col: int, out_cols: dict[int, int]
) -> tuple[Cell | None, Role | None]:
    """The group word heading the blank top cell ``(row, col)`` of a shown total column whose
    header repeats another shown column's, when all it adds up lies under that word; else
    nothing."""
    cells, last = analysis.sheet.cells, table.header_rows[-1]
    if row == last or col not in table.total_cols or not _repeated(cells, last, col, out_cols):
        return None, None
    word = None
    for left in sorted((c for c in table.body_cols if c < col), reverse=True):
        if analysis.sheet.merged_origin(row, left) is not None:
            return None, None
        cell = cells.get((row, left))
        if cell is not None and not cell.is_empty:
            word = left
            break
    refs = (ref for at, held in table.totals.items() if at[1] == col for ref in held)
    parts = {c if s == table.sheet else -1 for s, _, c in refs if c != col}  # not its own sum
    if word is None or not parts or not all(word <= c < col for c in parts):
        return None, None
    return cells.get((row, word)), analysis.roles.get((row, word))


def _repeated(cells: dict, row: int, col: int, out_cols: dict[int, int]) -> bool:
    """Whether the column's header words head another shown column too."""

    def words(at: int) -> str:
        cell = cells.get((row, at))
        return " ".join(str(cell.value).split()).lower() if cell and not cell.is_empty else ""

    own = words(col)
    return bool(own) and any(words(c) == own for c in out_cols if c != col)
