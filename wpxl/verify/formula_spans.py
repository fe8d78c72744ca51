"""Where a sheet's formulas refer, column by column: the proof's own reading of references.

A label the copy keeps unrounded must be one no total adds up, and a header row of numbers is
shown to be no figures by totals that start under it; both ask which rows of a column the
formulas reach, read here from the formula text (no analysis of the input is asked).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

# references to the copy's own sheet: A1 or A1:C9, whole columns A:C, whole rows 4:9
_CELLS = re.compile(
    r"(?<![A-Za-z_!'$:\d])\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![A-Za-z_(\d])"
)
_COLUMNS = re.compile(r"(?<![A-Za-z_!'$:\d])\$?([A-Z]{1,3}):\$?([A-Z]{1,3})(?![A-Za-z_(\d])")
_ROWS = re.compile(r"(?<![A-Za-z_!'$:\d.])\$?(\d+):\$?(\d+)(?![\d.])")
_EVERY_ROW = (0, 1 << 20)


def _column(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def references_by_column(formulas: Iterable[str]) -> dict[int, list[tuple[int, int]]]:
    """The rows (from 0) the formulas refer to in each column (from 0); whole rows under -1."""
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for formula in formulas:
        for col1, row1, col2, row2 in _CELLS.findall(formula):
            first, last = sorted((_column(col1), _column(col2 or col1)))
            rows = sorted((int(row1) - 1, int(row2 or row1) - 1))
            for col in range(first, last + 1):
                spans[col].append((rows[0], rows[1]))
        for col1, col2 in _COLUMNS.findall(formula):
            first, last = sorted((_column(col1), _column(col2)))
            for col in range(first, last + 1):
                spans[col].append(_EVERY_ROW)
        for row1, row2 in _ROWS.findall(formula):
            top, bottom = sorted((int(row1) - 1, int(row2) - 1))
            spans[-1].append((top, bottom))
    return spans
