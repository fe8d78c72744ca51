"""A column naming its lines by class codes: ONS's mortality Table 12 names them by NS-SEC
class, 'All', 'Inside marriage', 1.1, 1.2, 2, 3 ... 8, 'Not classified'. Read as figures, 1.1
and 1.2 were removed as decimals and 2 to 8 rounded to 0.

A column of rates holds decimals too, so the reading is narrow: a header naming a class or code
over the column, words among its values, no formula, and numbers that are codes, each a whole
number n or n.m (n, m from 1 to 9), running 1, 1.1, 1.2, 2, 3 ... in order: each either the next
class (n + 1, or its first sub-class n + 1 .1) or the next sub-class of the same one (n.m + 1),
or the first again (each birthweight's block names its classes again),
at least five of them, one a sub-class and one a whole class.
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.analyse.numbered_columns import headed_by
from wpxl.model import Cell, Coord

_CLASS_HEAD = re.compile(
    r"\b(?:class(?:es|ification)?|ns-?sec|sec|codes?|categor(?:y|ies))\b", re.IGNORECASE
)
_WORDS = re.compile(r"[A-Za-z]{3,}")
_MIN_CODES = 5


def class_codes(
    header_rows: list[int], cells: dict[Coord, Cell], col: int, rows: list[int]
) -> bool:
    """Whether the column's cells in ``rows`` name lines by class codes (see the module's doc)."""
    if not headed_by(cells, header_rows, col, lambda words: bool(_CLASS_HEAD.search(words))):
        return False
    codes: list[tuple[int, int]] = []
    worded = False
    for row in rows:
        cell = cells.get((row, col))
        if cell is None or cell.value is None or cell.value == "":
            continue
        if cell.formula is not None:
            return False  # a figure worked out: no code
        value = cell.value
        if isinstance(value, str):
            worded = worded or _WORDS.search(value) is not None
            continue
        code = _code(value)
        if code is None:
            return False
        codes.append(code)
    if not worded or len(codes) < _MIN_CODES:
        return False
    if not any(minor for _, minor in codes) or all(minor for _, minor in codes):
        return False
    return codes[0] in ((1, 0), (1, 1)) and all(
        _follows(a, b) or b == codes[0] for a, b in pairwise(codes)
    )


def _code(value: object) -> tuple[int, int] | None:
    """A class n, or sub-class n.m, as (n, m) (m 0 for a whole class)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    tenths = int(float(value) * 10 + 0.5)  # the nearest tenth; a value between two is none
    if abs(float(value) * 10 - tenths) > 1e-9 or not 10 <= tenths <= 99:
        return None
    return tenths // 10, tenths % 10


def _follows(before: tuple[int, int], after: tuple[int, int]) -> bool:
    (major, minor), (next_major, next_minor) = before, after
    if next_major == major + 1:
        return next_minor in (0, 1)
    return next_major == major and minor > 0 and next_minor == minor + 1
