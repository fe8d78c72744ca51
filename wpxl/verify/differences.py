"""Invariant 9: a line that is the difference of two lines of counts is never rounded on its own.

The proof reads the input itself: a column headed (or a row labelled) 'Change', 'Difference',
'Increase', '+/-', 'Variance', 'Q2-Q1' (or with a minus sign) ... whose typed figures are,
every one, the figure of one line less that of another beside it; or a formula ``=C4-B4`` over
two cells of its row or column.
Rounded on its own such a figure can disagree with the rounded figures shown beside it (420
and 400, a change of 0): the copy must hold it as the formula over the shown cells (which
``honest_totals`` holds to its value and to the input), or not at all.
"""

from __future__ import annotations

import re
from itertools import permutations

from wpxl.verify.books import SheetPair
from wpxl.verify.formulas import difference_cells
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof

Coord = tuple[int, int]
DIFFERENCE_WORDS = re.compile(
    r"\b(?:differences?|diff|changes?|increases?|decreases?|inc\s*/\s*dec|var|variances?"
    r"|variation|movements?|gaps?|shortfalls?|revisions?|minus|growth)\b|\+\s*/\s*-|±"
    r"|\b(?:over|above)\s*/\s*\(?(?:under|below)\b"  # 'Over/(under) target': accounts' words
    r"|\u2212|\bQ[1-4]\s*[-\u2013]\s*Q[1-4]\b",  # a minus sign; 'Q2-Q1': one quarter less another
    re.IGNORECASE,
)
ROUNDED_ALONE = "a difference of two lines rounded on its own, not worked out from them"


def differences_worked_out(pair: SheetPair, proof: Proof) -> list[Finding]:
    if pair.kind != "volume" or pair.source is None:
        return []
    cells = pair.source.cells
    worded, places = [], []  # every input cell is asked, once: a few checks each
    search = DIFFERENCE_WORDS.search
    for at, cell in cells.items():
        formula = cell.formula
        if formula is not None:
            if "-" in formula and _own_line(at, formula):
                places.append(at)
        elif cell.value.__class__ is str and search(cell.value):
            worded.append(at)
    places += [p for at in worded for along in (0, 1) for p in _differences(pair, at, along)]
    found: list[Finding] = []
    hidden_rows, hidden_cols = pair.source.hidden_rows, pair.source.hidden_cols
    for place in places:
        if place[0] in hidden_rows or place[1] in hidden_cols:
            continue  # not carried: hidden_stays_hidden holds it
        written = pair.cells.get(pair.output_coord(place))
        if written is not None and written[1] is None and isinstance(written[0], float):
            found.append(Finding(pair.where(pair.output_coord(place)), ROUNDED_ALONE))
    return sorted(set(found), key=lambda f: f.part)


def _own_line(at: Coord, formula: str) -> bool:
    """Whether an input's formula is ``C4-B4`` over two cells of its own row or column."""
    lines = difference_cells(formula)
    if lines is None:
        return False
    (a_row, a_col), (b_row, b_col) = lines
    return a_row == b_row == at[0] or a_col == b_col == at[1]


def _typed(pair: SheetPair, at: Coord) -> float | None:
    cell = pair.source.cells.get(at) if pair.source is not None else None
    if cell is None or cell.formula is not None or isinstance(cell.value, bool):
        return None
    return float(cell.value) if isinstance(cell.value, int | float) else None


def _differences(pair: SheetPair, word: Coord, along: int) -> list[Coord]:
    """The typed figures of the line under (``along`` 0) or after (1) a worded cell, when one
    pair of other lines gives each of them as its first less its second."""
    line = _line(pair, word, along)
    if not line:
        return []
    first = line[0]
    across = _block(pair, first, 1 - along)  # the lines beside: the other figures of the block
    others = [a[1 - along] for a in across if a[1 - along] != first[1 - along]]
    values = {at: _typed(pair, at) for at in line}
    for one, other in permutations(others, 2):
        if all(_gives(pair, at, value, one, other, along) for at, value in values.items()):
            return line
    return []


def _gives(
    pair: SheetPair, at: Coord, value: float | None, one: int, other: int, along: int
) -> bool:
    places = [(at[0], line) if along == 0 else (line, at[1]) for line in (one, other)]
    a, b = (pair.shown(p) for p in places)
    return value is not None and a is not None and b is not None and a - b == value


def _line(pair: SheetPair, word: Coord, along: int) -> list[Coord]:
    """The typed figures in the worded cell's column (down, ``along`` 0) or row (right, 1),
    past the header lines right under it (five at most), up to the next words or blank."""
    cells, found = pair.source.cells if pair.source is not None else {}, []
    step = (1, 0) if along == 0 else (0, 1)
    at = (word[0] + step[0], word[1] + step[1])
    while found or abs(at[along] - word[along]) <= 5:
        cell = cells.get(at)
        if cell is None or cell.value is None or isinstance(cell.value, str):
            if found:
                break
        elif _typed(pair, at) is not None:
            found.append(at)
        at = (at[0] + step[0], at[1] + step[1])
    return found


def _block(pair: SheetPair, start: Coord, along: int) -> list[Coord]:
    """The figures in an unbroken run through ``start`` along its row (``along`` 1) or column."""
    cells, run = pair.source.cells if pair.source is not None else {}, [start]
    for step in (-1, 1):
        at = list(start)
        while True:
            at[along] += step
            cell = cells.get((at[0], at[1]))
            if cell is None or isinstance(cell.value, str | bool) or cell.value is None:
                break
            run.append((at[0], at[1]))
    return run
