"""Invariant 1, the input's own sums: where the input adds up its own cells by formula, the
copy shows the sum of what it shows at those cells.

Invariant 1 holds a total within base/2 per rounded part of the input's figure at its place,
which the input's total rounded on its own also is (1,054 shown as 1,060 beside parts adding
up to 1,080), and so is a SUM over a neighbouring line of figures much like its own (Ashby
Vale's row total adding up Brackenshire's row: 100 for 121, within 40 of four parts). Both
pass every other check; the first is what guidance R5 forbids, the second a wrong total.

The proof reads the input itself: each of its formulas that adds up cells of its own sheet,
a SUM or cells joined by '+' (wrapped or not, wpxl.verify.input_sums, without the cells such a
wrapper leaves out), names the cells whose sum the copy must show at its place, whether the
copy writes a formula there or a plain figure: the sum of what the copy shows at those cells.
Not asked where a part is not carried (a hidden line), where the copy shows no figure at a
place the input holds one (a removed part: invariant 7), or where the formula adds a number.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import reduce
from operator import add
from typing import Any

from wpxl.model import Cell
from wpxl.model.layout import BANNER_ROWS
from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.formulas import Range, SumFormula, sum_formula
from wpxl.verify.input_sums import InputSum, input_sum
from wpxl.verify.leaks import Finding, WrittenCell
from wpxl.verify.values import number

NOT_THE_PARTS = "a total not the sum of what the copy shows where the input's adds up"
_TOLERANCE = 1e-6


def summed_places(pair: SheetPair, refused: Collection[str] = ()) -> list[Finding]:
    """The places of a volume sheet showing other than the sum of the copy's figures where the
    input's own formula there adds up its cells (but those ``refused`` already)."""
    if pair.kind != "volume" or pair.source is None:
        return []
    found = []
    unmoved = pair.input_cells_unmoved() is not None  # most sheets
    for at, cell in pair.source.cells.items():
        if cell.formula is None or not pair.carried(at):
            continue
        coord = pair.output_coord(at)
        shown = pair.cells.get(coord)
        if shown is None or shown[0].__class__ is not float or pair.where(coord) in refused:
            continue
        expected = _copy_sum(pair, at, cell.formula, unmoved)
        if expected is not None and abs(expected - shown[0]) > _TOLERANCE:  # type: ignore[operator]
            found.append(Finding(pair.where(coord), NOT_THE_PARTS))
    return found


def _copy_sum(pair: SheetPair, at: Coord, formula: str, unmoved: bool) -> float | None:
    """The sum of what the copy shows at the cells the input's ``formula`` (at ``at``) adds
    up; None when it is no such sum, or the copy cannot show one (see the doc). ``unmoved``:
    no hidden line moves the input's cells (each is ``BANNER_ROWS`` down in the copy)."""
    parsed, wrapped = _parsed(formula)
    if parsed is None or parsed.added or any(r.sheet is not None for r in parsed.ranges):
        return None
    assert pair.source is not None
    cells, copy = pair.source.cells, pair.cells.get
    if unmoved and wrapped is None:  # nearly every total: no cell moved, none left out
        return _unmoved_sum(parsed, at, cells, copy, pair.lines)
    total = 0.0
    for ref in parsed.ranges:
        for part in ref.coords():
            if part == at or not (unmoved or pair.carried(part)):
                return None
            cell = cells.get(part)
            if wrapped is not None and wrapped.leaves_out(cell, False):
                continue
            place = (part[0] + BANNER_ROWS, part[1]) if unmoved else pair.output_coord(part)
            shown = copy(place)
            if shown is not None and shown[0].__class__ is float:
                total += shown[0]  # type: ignore[operator]
            elif _holds_figure(cell):
                return None
    return total


def _unmoved_sum(
    parsed: SumFormula,
    at: Coord,
    cells: dict[Coord, Cell],
    copy: Callable[[Coord], WrittenCell | None],
    lines: Any,
) -> float | None:
    """``_copy_sum`` where each part is ``BANNER_ROWS`` down in the copy and none is left out:
    the parts added in the same order, the input asked of a part only where the copy shows
    no figure (38,848 totals of 50 parts each walked every part's input cell for nothing).
    A range along one line of the copy's plain figures (``lines``: verify.totals' index of
    them, made for the copy's own SUMs; None if not made) is taken whole, as they are."""
    total = 0.0
    for ref in parsed.ranges:
        if ref.top <= at[0] <= ref.bottom and ref.left <= at[1] <= ref.right:
            return None  # a formula adding itself up: no sum of others
        shifted = Range(None, ref.top + BANNER_ROWS, ref.left, ref.bottom + BANNER_ROWS, ref.right)
        plain = lines.figures(shifted) if lines is not None else None
        if plain is not None:  # each a plain figure: added in the order the walk adds them
            total = reduce(add, plain, total)
            continue
        cols = range(ref.left, ref.right + 1)
        for row in range(ref.top, ref.bottom + 1):
            down = row + BANNER_ROWS
            for col in cols:
                shown = copy((down, col))
                if shown is not None and shown[0].__class__ is float:
                    total += shown[0]  # type: ignore[operator]
                elif _holds_figure(cells.get((row, col))):
                    return None
    return total


def _parsed(formula: str) -> tuple[SumFormula | None, InputSum | None]:
    parsed = sum_formula(formula, cells_added=True)
    if parsed is not None:
        return parsed, None
    wrapped = input_sum(formula)
    if wrapped is None:
        return None, None
    return sum_formula(wrapped.formula, cells_added=True), wrapped


def _holds_figure(cell: Cell | None) -> bool:
    if cell is None:
        return False
    return cell.formula is not None or number(cell.value) is not None
