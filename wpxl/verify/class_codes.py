"""The proof's reading of a column naming its lines by class codes: ONS's mortality Table 12
names them by NS-SEC class, 'Classification' over 'All', 'Inside marriage', 1.1, 1.2, 2, 3 ...
8, 'Not classified'. Read from the input alone; such codes are labels, kept as written: a copy
rounding them (2 .. 8 to 0) can no longer tell its lines apart.

A column of rates holds decimals too, so the reading is narrow: a run of a column's cells (down
to an empty one) headed, above its first number, by words naming a class or code, with words
among its numbers, no formula, and numbers each a whole class n or sub-class n.m (n, m from 1
to 9) running in order from 1 or 1.1 (the next class, or the next sub-class of the same one,
or the first again: each birthweight's block names its classes again), five or more, a
sub-class and a whole class among them.
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.model import Cell
from wpxl.verify.books import Coord
from wpxl.verify.column_runs import column_runs

_CLASS_HEAD = re.compile(
    r"\b(?:class(?:es|ification)?|ns-?sec|sec|codes?|categor(?:y|ies))\b", re.IGNORECASE
)
_WORDS = re.compile(r"[A-Za-z]{3,}")
_MIN_CODES = 5


def class_codes(cells: dict[Coord, Cell]) -> dict[Coord, float]:
    """The input's class codes naming lines (see the module's doc), by place."""
    found: dict[Coord, float] = {}
    for run in column_runs(cells):
        found.update(run_codes(run))
    return found


def run_codes(run: list[tuple[Coord, Cell]]) -> dict[Coord, float]:
    """The class codes of one run of a column's cells (``column_runs``), by place."""
    headed, worded = False, False
    codes: list[tuple[Coord, float, tuple[int, int]]] = []
    for at, cell in run:
        value = cell.value
        if cell.formula is not None:
            return {}  # a figure worked out: no code
        if isinstance(value, str):
            headed = headed or (not codes and _CLASS_HEAD.search(value) is not None)
            worded = worded or (bool(codes) and _WORDS.search(value) is not None)
            continue
        code = _code(value)
        if code is None:
            return {}
        codes.append((at, float(value), code))  # type: ignore[arg-type]
    pairs = [code for _, _, code in codes]
    if not headed or not worded or len(pairs) < _MIN_CODES:
        return {}
    if not any(minor for _, minor in pairs) or all(minor for _, minor in pairs):
        return {}
    if pairs[0] not in ((1, 0), (1, 1)) or not all(
        _follows(a, b) or b == pairs[0] for a, b in pairwise(pairs)
    ):
        return {}
    return {at: value for at, value, _ in codes}


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
