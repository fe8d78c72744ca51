"""A leading column of codes typed as numbers: occupations and industries published under
their classification's codes beside their names (ONS's ASHE and UK Business Counts, DWP's
tables by SOC or SIC: 'SOC code | Occupation', 61 over 611, 612, 614).

Kept as codes by ``read_cell`` in the body, such a column left the names beside it out of the
labels too, so no total of the table was read: 'All occupations' and each sub-major group were
rounded on their own. Read as labels, the names are labels and the totals are rebuilt. A
flat list of codes ('Site code' beside each site) hides no total from the arithmetic, and is
left to ``read_cell``.

A count taken for a code would be shown unrounded, so the reading is narrow (fail closed): a
header naming a code ('SOC code', 'Code'), not a way to reach someone; three or more whole
numbers, none below 0, all different, typed (no formula) or digits as text; a hierarchy among
them (a code whose next line's code starts with its digits: 61 over 611); no formula of the
sheet reading the column; and no number the sum of a run of two or more next to it (a column
of counts holds its totals).
"""

from __future__ import annotations

from itertools import pairwise

from wpxl.analyse.formulas import references_any
from wpxl.analyse.numbered_columns import headed_by
from wpxl.analyse.values import as_number
from wpxl.analyse.words import is_contact_words, is_identifier_words
from wpxl.model import Cell, Coord

_MIN_CODES = 3


def typed_codes(
    header_rows: list[int], cells: dict[Coord, Cell], col: int, rows: list[int]
) -> bool:
    """Whether the column's cells in ``rows`` are codes naming the lines (see the doc)."""
    if not headed_by(cells, header_rows, col, is_identifier_words):
        return False
    if headed_by(cells, header_rows, col, is_contact_words):
        return False
    codes: list[int] = []
    for row in rows:
        cell = cells.get((row, col))
        if cell is None or cell.value is None or cell.value == "":
            continue
        code = _code(cell)
        if code is None:
            return False
        codes.append(code)
    if len(codes) < _MIN_CODES or len(set(codes)) != len(codes) or not _nested(codes):
        return False
    return not _adds_up(codes) and not _read_by_formula(cells, col, rows)


def _code(cell: Cell) -> int | None:
    if cell.formula is not None or isinstance(cell.value, bool):
        return None
    value = cell.value
    if isinstance(value, str):
        value = value.strip()
        return int(value) if value.isdecimal() else None
    number = as_number(value)
    if number is None or number < 0 or not float(number).is_integer():
        return None
    return int(number)


def _nested(codes: list[int]) -> bool:
    """Whether some code heads the next: its digits begin the next line's longer code."""
    return any(len(str(b)) > len(str(a)) and str(b).startswith(str(a)) for a, b in pairwise(codes))


def _adds_up(codes: list[int]) -> bool:
    """Whether a number is the sum of a run of two or more of those straight above or below
    it (codes never are; a column's subtotals are)."""
    prefix = [0]
    for code in codes:
        prefix.append(prefix[-1] + code)
    ends = {total: at for at, total in enumerate(prefix)}  # the last place of each sum
    starts = {total: at for at, total in reversed(list(enumerate(prefix)))}
    for at, code in enumerate(codes):
        above = starts.get(prefix[at] - code)  # a run codes[j:at] summing to code
        if above is not None and above <= at - 2:
            return True
        below = ends.get(prefix[at + 1] + code)  # a run codes[at + 1:k]
        if below is not None and below >= at + 3:
            return True
    return False


def _read_by_formula(cells: dict[Coord, Cell], col: int, rows: list[int]) -> bool:
    top, bottom = min(rows), max(rows)
    for cell in cells.values():
        if cell.formula is None:
            continue
        for ref in references_any(cell.formula):
            if (
                ref.sheet is None
                and ref.left <= col <= ref.right
                and ref.top <= bottom
                and top <= ref.bottom
            ):
                return True
    return False
