"""The proof's own reading of tables set side by side with no blank column between them.

A second table laid straight after the first one's last column ('Referrals' by office, then
'Job outcomes' by office or by payment group, each under its own title) makes one unbroken
header line of the two, and a figure's title was read over the whole line: the referrals took
the outcomes' title and were called outcome volumes. A column of words between figures naming
each line once, the lines the first column names too or down to a 'Total' line of its own as
the first column's table has, is a second table's label column, and each figure reads the
titles over its own table. Words between figures that repeat (a status, 'Red' or 'Green') or
close with no total are the table's, as are a line's names right of its codes ('Region |
Office code | Office', the one total line's label under the names). The analyse stage reads
such tables apart in wpxl.analyse.side_tables, its twin, kept apart by design: the proof
shares nothing with it.
"""

from __future__ import annotations

import re

from wpxl.model import Sheet

_TOTAL = re.compile(r"^\s*(?:grand\s+|sub-?\s*)?totals?\b|^\s*all\b")  # read lower-cased
SHARED_NAMES = 3  # lines the second label column names as the first column does, at least
LONGEST = 1000  # lines read down a column, at most


def label_columns(sheet: Sheet, row: int, first: int, last: int) -> list[int]:
    """The columns of the run on ``row`` from ``first`` to ``last`` (past its second) where a
    second table's label column stands, read down from ``row``."""
    return [col for col in range(first + 2, last) if _labels(sheet, row, first, col)]


def _labels(sheet: Sheet, row: int, first: int, col: int) -> bool:
    names, firsts, total, first_total = [], set(), False, False
    for at in range(row, row + LONGEST):
        if all(_empty(sheet, at, c) for c in (col - 1, col, col + 1)):
            break
        words, right = _words(sheet, at, col), _figure(sheet, at, col + 1)
        if words is not None and _TOTAL.match(words):
            total = total or right
        elif words is not None and right and _figure(sheet, at, col - 1):
            names.append(words)
        if (head := _words(sheet, at, first)) is not None:
            firsts.add(head)
            first_total = first_total or bool(_TOTAL.match(head))
    if len(names) < SHARED_NAMES or len(set(names)) < len(names):
        return False
    return (total and first_total) or len(set(names) & firsts) >= SHARED_NAMES


def _words(sheet: Sheet, row: int, col: int) -> str | None:
    value = getattr(sheet.cells.get((row, col)), "value", None)
    return " ".join(value.split()).lower() or None if isinstance(value, str) else None


def _figure(sheet: Sheet, row: int, col: int) -> bool:
    cell = sheet.cells.get((row, col))
    if cell is None:
        return False
    number = isinstance(cell.value, int | float) and not isinstance(cell.value, bool)
    return number or (cell.formula is not None and not isinstance(cell.value, str))


def _empty(sheet: Sheet, row: int, col: int) -> bool:
    cell = sheet.cells.get((row, col))
    return cell is None or cell.is_empty
