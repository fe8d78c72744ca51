"""Invariants 1 and 7: every figure and total of a copy is honest against the input.

A rounded count differs from the input's figure at its place by at most base/2; a total, being
a sum of rounded cells, by at most base/2 for each plain cell it adds up (counted through nested
totals). More means it adds up other cells than the input's total did (a total rebuilt over
three times its parts, a count moved a line). A total must also give its own value, and never
add up a place where the input held a figure the copy leaves empty: that total would show 0,
or less than the input's, over parts the reader cannot see.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import reduce
from operator import add, itemgetter

from wpxl.model.layout import BANNER_ROWS
from wpxl.model.sheetref import a1
from wpxl.verify.books import SheetPair
from wpxl.verify.formulas import (
    Range,
    difference_cells,
    sum_formula,
    unquoted_references,
)
from wpxl.verify.leaf_counts import BookLeafCounts, LeafCounts
from wpxl.verify.leaks import Finding, WrittenCell
from wpxl.verify.marked_counts import figure
from wpxl.verify.other_inputs import worked_out
from wpxl.verify.proof import Proof
from wpxl.verify.rates import judged_rate
from wpxl.verify.values import is_date_format, is_percent_format, number

Coord = tuple[int, int]
_ERROR_FORMULAS = ("NA()", "1/0")  # how wpxl writes an input's #N/A and #DIV/0!
# the input's other errors (a total over a deleted row: #REF!), written as themselves
_ERROR_LITERALS = frozenset(("#NULL!", "#VALUE!", "#REF!", "#NAME?", "#NUM!"))
_TOLERANCE = 1e-6


@dataclass(slots=True)
class _OtherSheets:
    """A total adding up cells of other sheets, checked once every sheet has been read."""

    sheet: str
    coord: Coord
    value: object
    ranges: list[Range]
    local: float  # its own sheet's part of the sum
    source: tuple[float | None, ...]  # what the input shows there (wpxl.verify.totals)
    unstored: bool  # the input's formula there was saved without its value
    formula: str | None  # the input's there, worked out where it stores no value
    home: str  # the input sheet's name, which its formula's own cells are on


@dataclass(slots=True)
class _Sum:
    """What one SUM of a sheet adds up on its own sheet, walked once for both invariants."""

    ranges: list[Range]
    local: float
    leaves: int
    over_removed: bool  # some part is empty in the copy where the input held a figure
    elsewhere: bool  # some part is on another sheet
    added: int  # a number the formula adds to its ranges (a group the table does not show)


def sums_of(pair: SheetPair) -> dict[Coord, _Sum]:
    """Every SUM of the sheet, walked once (kept on the pair for the next invariant)."""
    if pair.sums is not None:
        return pair.sums
    cells, name = pair.cells, pair.name
    leaves = LeafCounts(cells, name)
    sums: dict[Coord, _Sum] = {}
    lines: _Lines | None = None
    for coord, (_, formula, _) in cells.items():
        parsed = sum_formula(formula) if formula is not None else None
        if parsed is None:
            continue
        if lines is None:
            lines = pair.lines = _Lines(cells)
        ranges, added = parsed.ranges, parsed.added
        local, count, others, removed, elsewhere = float(added), int(added > 0), 0, False, False
        for ref in ranges:
            if ref.sheet not in (None, name):
                elsewhere = True
                others += ref.size  # each taken as one plain cell by a total over this one
                continue
            plain = lines.figures(ref)
            if plain is not None:  # added in the same order as _walk adds them
                local, count = reduce(add, plain, local), count + len(plain)
            else:
                local, count, removed = _walk(pair, ref, leaves, (local, count, removed))
        sums[coord] = _Sum(ranges, local, count, removed, elsewhere, added)
        leaves.known[coord] = count + others  # a total over this one need not walk it again
    if any(s.elsewhere for s in sums.values()):
        _nesting_elsewhere(sums, name)
    pair.sums = sums
    return sums


def _nesting_elsewhere(sums: dict[Coord, _Sum], name: str) -> None:
    """A total over a total of other sheets' cells ('All areas' over lines adding up each
    area's sheet) is checked with it, once every sheet is read and its cells can be counted."""
    changed = True
    while changed:
        later = {coord for coord, total in sums.items() if total.elsewhere}
        changed = False
        for total in sums.values():
            if not total.elsewhere and any(
                c in later for r in total.ranges if r.sheet in (None, name) for c in r.coords()
            ):
                total.elsewhere = changed = True


class _Lines:
    """A sheet's plain figures (no formula) by column and by row, gathered in one pass: a
    range along one line, all of them plain figures (the commonest range: a table's column
    or row of counts), is then taken whole at C speed instead of walked place by place."""

    def __init__(self, cells: dict[Coord, WrittenCell]) -> None:
        self.by_col: defaultdict[int, dict[int, float]] = defaultdict(dict)
        self.by_row: defaultdict[int, dict[int, float]] = defaultdict(dict)
        by_col, by_row = self.by_col, self.by_row
        for (row, col), (value, formula, _) in cells.items():
            if formula is None and value.__class__ is float:
                by_col[col][row] = value  # type: ignore[assignment]
                by_row[row][col] = value  # type: ignore[assignment]

    def figures(self, ref: Range) -> tuple[float, ...] | None:
        """The range's figures in order, or None unless every place holds a plain figure."""
        if ref.left == ref.right:
            line, places = self.by_col.get(ref.left), range(ref.top, ref.bottom + 1)
        elif ref.top == ref.bottom:
            line, places = self.by_row.get(ref.top), range(ref.left, ref.right + 1)
        else:
            return None  # walked row by row
        if line is None:
            return None
        try:
            if len(places) == 1:
                return (line[places[0]],)
            return itemgetter(*places)(line)
        except KeyError:
            return None  # a gap, words or a formula somewhere along it


def _walk(
    pair: SheetPair, ref: Range, leaves: LeafCounts, so_far: tuple[float, int, bool]
) -> tuple[float, int, bool]:
    """A total walked on over a range of its own sheet, row by row: its sum so far with the
    range's figures added in order (the same float to the last bit), how many plain cells it
    adds up, and whether the copy leaves empty a place where the input holds a figure."""
    get, columns = pair.cells.get, range(ref.left, ref.right + 1)
    total, count, removed = so_far
    for row in range(ref.top, ref.bottom + 1):
        for col in columns:
            cell = get((row, col))
            if cell is not None:
                value = cell[0]
                if value.__class__ is float:
                    total += value  # type: ignore[operator]
                    count += 1 if cell[1] is None else leaves.count((row, col))
                    continue
                if value is not None and value != "":
                    continue  # words and booleans: neither a figure nor a gap
            removed = removed or _input_figure(pair, (row, col)) is not None
    return total, count, removed


def honest_totals(pair: SheetPair, proof: Proof) -> list[Finding]:
    if pair.kind != "volume":
        return []
    found: list[Finding] = []
    cells, half, fmt, base = pair.cells, proof.base / 2, proof.output.format_of, proof.base
    sums = sums_of(pair)
    plain = pair.input_cells_unmoved()
    unlike_counts: dict[int, bool] = {}  # style -> a date or percentage format
    for coord, (value, formula, style) in cells.items():
        if formula is None:
            if value.__class__ is not float or value % base:
                continue  # years and stray figures: the other invariants
            unlike = unlike_counts.get(style)
            if unlike is None:
                code = fmt(style)
                unlike = unlike_counts[style] = is_date_format(code) or is_percent_format(code)
            if unlike:
                continue
            if plain is not None:
                cell = plain.get((coord[0] - BANNER_ROWS, coord[1]))
                if cell is None:
                    shown = None
                elif cell.formula is None and cell.value.__class__ is int:  # the commonest
                    shown = abs(value - cell.value) <= half  # type: ignore[operator]
                else:
                    shown = _shown_within(pair, coord, value, half)
            else:
                shown = _shown_within(pair, coord, value, half)
            if shown is None:
                found.append(Finding(pair.where(coord), "a figure where the input shows none"))
            elif not shown:
                found.append(Finding(pair.where(coord), "a count that is not the input's rounded"))
            continue
        total = sums.get(coord)
        if total is not None and total.added % base:
            found.append(Finding(pair.where(coord), "a total adding a number not rounded"))
        if total is None:
            found.extend(_other_formula(pair, coord, value, formula, half))
        elif total.elsewhere and (bare := unquoted_references(formula)):
            found.append(Finding(pair.where(coord), _unquoted(bare)))
        elif total.elsewhere:
            later = _OtherSheets(
                pair.name, coord, value, total.ranges, total.local,
                _input_figures(pair, coord), _unstored(pair, coord),
                getattr(pair.input_cell(coord), "formula", None),
                pair.source.name if pair.source is not None else pair.name,
            )  # fmt: skip
            proof.later.append(("honest_totals", later))
        elif not isinstance(value, float) or abs(total.local - value) > _TOLERANCE:
            found.append(Finding(pair.where(coord), _NOT_ITS_VALUE))
        else:
            within = _shown_within(pair, coord, value, half * total.leaves)
            problem = _off(within, _unstored(pair, coord))
            if problem:
                found.append(Finding(pair.where(coord), problem))
    return found


_NOT_ITS_VALUE = "a total whose formula does not give its value"


def _unquoted(names: list[str]) -> str:
    return (
        f"a total naming sheet {names[0]!r} without quotes: Excel reads {names[0]} as a cell,"
        " drops the formula and shows no total"
    )


def _judged(total: _OtherSheets, result: float, leaves: int, half: float) -> str:
    value = total.value
    if not isinstance(value, float) or abs(result - value) > _TOLERANCE:
        return _NOT_ITS_VALUE
    return _off(_within(value, total.source, half * leaves), total.unstored)


# A formula saved without its value (by a script) whose value the proof cannot work out
UNSTORED = "a total where the input stores no value for its formula"


def _unstored(pair: SheetPair, coord: Coord) -> bool:
    cell = pair.input_cell(coord)
    return cell is not None and cell.formula is not None and cell.value is None


def _off(within: bool | None, unstored: bool = False) -> str:
    if within is None:
        return UNSTORED if unstored else "a total where the input shows no figure"
    return "" if within else "a total that adds up other cells than the input's total"


def _within(value: float, shown: tuple[float | None, ...], bound: float) -> bool | None:
    """Whether ``value`` is within ``bound`` of any figure the input shows there; None when it
    shows none."""
    figures = [f for f in shown if f is not None]
    if not figures:
        return None
    return any(abs(value - f) <= bound + _TOLERANCE for f in figures)


def _shown_within(pair: SheetPair, coord: Coord, value: float, bound: float) -> bool | None:
    """As ``_within`` over the input's cached value first, then (only if that is off) the
    value its own SUM gives over its own cells."""
    cell = pair.input_cell(coord)
    cached = None if cell is None else figure(cell.value)
    if cached is not None and abs(value - cached) <= bound + _TOLERANCE:
        return True
    return _within(value, (cached, pair.input_number(coord)), bound)


def _input_figures(pair: SheetPair, coord: Coord) -> tuple[float | None, ...]:
    """What the input shows at an output cell's place: its cached value, and (for a SUM of its
    own cells) what that SUM gives, as Excel shows it on opening."""
    cell = pair.input_cell(coord)
    cached = None if cell is None else number(cell.value)
    if cell is None or cell.formula is None:
        return (cached,)
    return cached, pair.input_number(coord)


def _other_formula(
    pair: SheetPair, coord: Coord, value: object, formula: str, half: float
) -> list[Finding]:
    """A rate or a difference must give its value; the error formulas stand for the input's
    errors; nothing else is a formula wpxl writes."""
    where = pair.where(coord)
    rate = judged_rate(pair, where, value, formula)
    if rate is not None:
        return rate
    if formula in _ERROR_FORMULAS and isinstance(value, str):
        return []
    if formula in _ERROR_LITERALS and value == formula:
        return []
    lines = difference_cells(formula)
    if lines is not None:
        return _difference(pair, coord, value, lines, half)
    return [Finding(where, "a formula wpxl does not write")]


def _difference(
    pair: SheetPair, coord: Coord, value: object, lines: tuple[Coord, Coord], half: float
) -> list[Finding]:
    """A difference of two figures on its own row or column must give its value, and be within
    base/2 for each rounded cell under them of what the input shows at its place: its typed
    figure, or what its own ``C4-B4`` gives over the input's cells."""
    where, (first, second) = pair.where(coord), lines
    row, col = coord
    if {first[0], second[0]} != {row} and {first[1], second[1]} != {col}:
        return [Finding(where, "a difference of figures off its own row and column")]
    a, b = pair.cells.get(first), pair.cells.get(second)
    if a is None or b is None or not isinstance(a[0], float) or not isinstance(b[0], float):
        return [Finding(where, "a difference of cells that hold no figure")]
    if not isinstance(value, float) or abs(a[0] - b[0] - value) > _TOLERANCE:
        return [Finding(where, "a difference whose formula does not give its value")]
    leaves = LeafCounts(pair.cells, pair.name)
    bound = half * (leaves.count(first) + leaves.count(second))
    shown = list(_input_figures(pair, coord))
    cell = pair.input_cell(coord)
    own = difference_cells(cell.formula) if cell is not None and cell.formula else None
    if own is not None:
        x, y = (pair.shown(c) for c in own)
        shown.append(None if x is None or y is None else x - y)
    within = _within(value, tuple(shown), bound)
    if within is None and _unstored(pair, coord):  # saved by a script: nothing to hold it to
        return [Finding(where, UNSTORED)]
    if not within:
        return [Finding(where, "a difference that is not the input's at its place")]
    return []


def totals_over_other_sheets(proof: Proof) -> list[Finding]:
    """Totals adding up cells of other sheets: those sheets are read again, just for the cells
    such totals refer to (rare in MI packs)."""
    waiting = [data for name, data in proof.later if name == "honest_totals"]
    if not waiting:
        return []
    sheets: dict[str, dict[Coord, WrittenCell]] = {}

    def sheet(name: str) -> dict[Coord, WrittenCell]:
        if name not in sheets:
            sheets[name] = proof.output.sheet(name)[0]
        return sheets[name]

    counts = BookLeafCounts(sheet)
    found = []
    half = proof.base / 2
    for total in waiting:
        assert isinstance(total, _OtherSheets)
        result = total.local
        for ref in total.ranges:
            if ref.sheet not in (None, total.sheet):
                other = sheet(ref.sheet)
                result += sum(_value(other.get(c)) for c in ref.coords())
        leaves = counts.count(total.sheet, total.coord)
        problem = _judged(total, result, leaves, half)
        if problem == UNSTORED:  # a file a script wrote: worked out as Excel does on opening
            shown = (worked_out(proof.source, proof.kept, total.home, total.formula),)
            problem = _judged(replace(total, source=shown), result, leaves, half)
        if problem:
            found.append(Finding(f"'{total.sheet}' {a1(*total.coord)}", problem))
    return found


def no_total_over_dropped(pair: SheetPair, proof: Proof) -> list[Finding]:
    """A total adds up only cells the copy shows: where the input held a figure the copy
    leaves empty, the total would count what the reader cannot see (or show 0)."""
    if pair.kind != "volume":
        return []
    return [
        Finding(pair.where(coord), "a total over figures the copy removed")
        for coord, total in sums_of(pair).items()
        if total.over_removed
    ]


def _input_figure(pair: SheetPair, coord: Coord) -> float | None:
    """The input's figure at an output cell's place (a formula without a cached value: 0)."""
    cell = pair.input_cell(coord)
    if cell is None:
        return None
    found = figure(cell.value)
    return 0.0 if found is None and cell.formula is not None else found


def _value(cell: WrittenCell | None) -> float:
    return cell[0] if cell is not None and isinstance(cell[0], float) else 0.0
