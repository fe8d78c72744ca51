"""A column of codes written on each block's first line only, beside the block's name.

Published tables nest their lines: 'CPA | Contract package area | Prime provider', the area's
number and name on its first provider's line only, the other providers' lines blank there,
then the area's subtotal line ('East Midlands total'). The numbers name the blocks as the
names beside them do (``label_numbers`` reads them so): a block's later line leaves both the
code and the name blank and names itself further right; every code stands beside a name.
Exports that repeat the keys write the code and the name on every line of the block instead:
each number there always stands beside the same name, and each name beside the same number.
"""

from __future__ import annotations

from wpxl.analyse.values import is_text
from wpxl.model import Cell, Coord


def _blank(cell: Cell | None) -> bool:
    return cell is None or cell.is_empty or str(cell.value).strip() == ""


def continues_a_block(cells: dict[Coord, Cell], row: int, col: int, right: int) -> bool:
    """Whether ``row`` is a block's later line: blank in the code column ``col`` and the name
    column after it, words in a column after those (up to ``right``) before any figure."""
    if not (_blank(cells.get((row, col))) and _blank(cells.get((row, col + 1)))):
        return False
    for at in range(col + 2, right + 1):
        cell = cells.get((row, at))
        if not _blank(cell):
            return is_text(cell.value)  # type: ignore[union-attr]
    return False


def named_beside(cells: dict[Coord, Cell], rows: list[int], col: int, right: int) -> bool:
    """Whether, if any of ``rows`` is a block's later line, each of them holding a code
    holds a name just right of it (a column of counts with gaps in it has none)."""
    if not any(continues_a_block(cells, row, col, right) for row in rows):
        return True  # most runs: unbroken
    coded = [row for row in rows if not _blank(cells.get((row, col)))]
    return all(
        (cell := cells.get((row, col + 1))) is not None and is_text(cell.value) for row in coded
    )


def codes_of_names(cells: dict[Coord, Cell], rows: list[int], col: int) -> bool:
    """Whether each of ``rows`` holding a number holds a name just right of it, one name for
    each number and one number for each name: the names' codes, repeated with them. Words in
    the column ('Total' on the table's last line, the name column blank beside it) are no
    code, so they leave the pairs as they are."""
    pairs = set()
    for row in rows:
        cell = cells.get((row, col))
        if _blank(cell) or is_text(cell.value):  # type: ignore[union-attr]
            continue
        name = cells.get((row, col + 1))
        if name is None or not is_text(name.value) or not str(name.value).strip():
            return False
        pairs.add((cell.value, str(name.value).strip()))  # type: ignore[union-attr]
    numbers, names = {n for n, _ in pairs}, {t for _, t in pairs}
    return len(pairs) > 1 and len(numbers) == len(pairs) == len(names)
