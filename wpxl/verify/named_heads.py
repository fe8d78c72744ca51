"""Invariant 10, for a line heading the totals under it: 'North' over its district totals is
never rounded on its own.

A region's line named by the region alone heads its block; under it each district's offices,
then the district's total. The copy writes the districts as formulas over their offices; a
region rounded on its own shows the rounded original total (520) beside districts whose sum
the reader sees is another (540), which guidance R5 forbids.

The proof reads the copy's formulas and the input's figures: under a plain figure, the lines
the copy writes as formulas over lines under it, and the lines such a formula (the next one
under them) adds up, up to the first line that is neither; of those formulas, the ones no other
among them adds up. When two or more, each not 0, add up to the input's figure to the last
digit, the plain figure is a total rounded on its own. A plain figure a formula among them
adds up is passed over (a group's total over its lines: 'Asian or Asian British' over
'Pakistani', 'Indian' ...), and so, where the formulas alone fall short, the head may add up
the plain figures after them too, up to three, as few as make its figure ('Males' over its
groups' totals, then 'Unrecorded' and 'Not stated', which no group holds).
"""

from __future__ import annotations

from collections import defaultdict

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.formulas import sum_formula
from wpxl.verify.leaks import Finding
from wpxl.verify.summed_blocks import written_alone
from wpxl.verify.total_words import figure

Coord = tuple[int, int]
HEAD_ALONE = "a line heading the totals under it rounded on its own, not their sum"
MIN_PARTS = 2
TAIL = 3  # the most plain figures after the formulas a head may add up too


def named_heads(pair: SheetPair, cells: dict[Coord, Cell]) -> list[Finding]:
    by_col: defaultdict[int, list[int]] = defaultdict(list)
    for (row, col), cell in cells.items():
        if figure(cell) is not None:
            by_col[col].append(row)
    summing = _summing(pair)
    found = []
    for col, rows in by_col.items():
        rows.sort()
        adds = {row: summing.get((row, col), _NONE) for row in rows}
        following = _next_formulas(rows, adds)
        lowest = {row: min(added) for row, added in adds.items() if added}
        for at, head in enumerate(rows):
            place = (head, col)
            first = following[at + 1] if at + 1 < len(rows) else None
            if first is None or lowest[rows[first]] <= head:
                continue  # most lines: the next formula under them adds up lines above them
            if cells[place].formula is not None or not written_alone(pair, place):
                continue
            tops, tail = _highest(head, rows, at + 1, adds, lowest, following)
            value, parts = pair.shown(place), [pair.shown((r, col)) for r in tops]
            if len(tops) < MIN_PARTS or value is None or any(not p for p in parts):
                continue
            left = value - sum(p or 0.0 for p in parts)
            rest = [pair.shown((r, col)) or 0.0 for r in tail]
            if any(abs(left - sum(rest[:end])) <= 1e-9 for end in range(len(rest) + 1)):
                found.append(Finding(pair.where(pair.output_coord(place)), HEAD_ALONE))
    return found


def _next_formulas(rows: list[int], adds: dict[int, frozenset[int]]) -> list[int | None]:
    """For each line, the index of the first line from it down that the copy writes as a
    formula adding lines up."""
    following: list[int | None] = [None] * len(rows)
    nearest = None
    for at in range(len(rows) - 1, -1, -1):
        nearest = at if adds[rows[at]] else nearest
        following[at] = nearest
    return following


_NONE: frozenset[int] = frozenset()


def _summing(pair: SheetPair) -> dict[Coord, frozenset[int]]:
    """For each input place the copy writes as a formula, the input rows it adds up in its
    own column (read from the copy's formulas, not looked up place by place)."""
    found = {}
    for out, (_, formula, _) in pair.cells.items():
        if isinstance(formula, str) and (place := pair.input_coord(out)) is not None:
            found[place] = _added(pair, place, out[1], formula)
    return found


def _added(pair: SheetPair, place: Coord, out_col: int, formula: str) -> frozenset[int]:
    """The input rows the copy's ``formula`` at ``place`` adds up in its own column."""
    parsed = sum_formula(formula.lstrip("="))
    if parsed is None:
        return _NONE
    rows = set()
    for ref in parsed.ranges:  # only its cells in the place's column: a row's total has none
        if ref.sheet is not None or not ref.left <= out_col <= ref.right:
            continue
        for row in range(ref.top, ref.bottom + 1):
            back = pair.input_coord((row, out_col))
            if back is not None and back[1] == place[1]:
                rows.add(back[0])
    return frozenset(rows)


def _highest(
    head: int,
    rows: list[int],
    start: int,
    adds: dict[int, frozenset[int]],
    lowest: dict[int, int],
    following: list[int | None],
) -> tuple[list[int], list[int]]:
    """The formulas under the head that no other among them adds up, and the plain figures
    after them (``TAIL`` at most: see the doc). A plain figure a formula among them adds up
    (a group's line under its total) is passed over, as is one the next formula adds up (an
    office's, under it its district's total)."""
    run: list[int] = []
    counted: set[int] = set()
    tail: list[int] = []
    for at in range(start, len(rows)):
        row = rows[at]
        if not tail and adds[row] and lowest[row] > head:
            run.append(row)
            counted |= adds[row]
            continue
        if adds[row] or len(tail) == TAIL:
            break
        if tail or row not in counted:
            nearest = following[at + 1] if at + 1 < len(rows) else None
            if tail or nearest is None or row not in adds[rows[nearest]]:
                tail.append(row)
    return [r for r in run if r not in counted], tail
