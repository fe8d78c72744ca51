"""Invariant 10, for a line next to the copy's totals it adds up: 'Yorkshire' under its two
contract package areas' totals shows the sum of what the copy shows for them.

Regions over contract package areas over providers over offices, each total under its parts
and named by the place alone ('Serco', then 'CPA 3 South Yorkshire' under it, its one
provider, then 'CPA 2 West Yorkshire', then 'Yorkshire'): where a group of one left the
reading no area to add up, the region was rounded on its own (1,440 where the areas the copy
shows add up to 1,480), which guidance R5 forbids. No word names it a total, no indent sets
it out from the areas, and it is neither the first nor the last line of its column: the
proof's other readings of invariant 10 pass it by.

The proof reads the input itself, column by column: the copy's top totals of the column (its
formulas no other formula of the column adds up), each standing for the lines it adds up,
itself among them. A line the copy writes as a plain figure, straight after two or more such
totals, each straight after the next (or straight before them, where totals head their
parts), that is, to the last digit, their sum in two columns or more (one not 0), is their
total, and the copy must show at its place the sum of what it shows at theirs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.figure_lines import figure_lines
from wpxl.verify.leaks import Finding
from wpxl.verify.shown_sums import not_the_shown_sum
from wpxl.verify.summed_blocks import written_alone
from wpxl.verify.totals import sums_of

Coord = tuple[int, int]
NOT_THE_SUM = "a total of the totals next to it rounded on its own, not the sum of them"
_MIN_COLUMNS = 2
_MIN_TOTALS = 2
# a region adds up its handful of areas: a walk past a hundred totals, from every line of a long
# column of subtotals (saved by a script, no total's figure to end it), grew with its square
_MOST_TOTALS = 100


def summed_neighbours(pair: SheetPair, cells: dict[Coord, Cell]) -> list[Finding]:
    """The places where a line adds up the copy's top totals next to it in the input but is
    not shown as their sum."""
    spans = _top_spans(pair)
    if not any(len(tops) >= _MIN_TOTALS for tops in spans.values()):
        return []  # most sheets: one top total a column, or none
    by_col = figure_lines(pair, cells).by_col()  # column -> row -> figure
    lines: defaultdict[tuple[int, tuple[int, ...]], list[int]] = defaultdict(list)
    for col, tops in spans.items():
        column = by_col.get(col, {})
        if len(tops) < _MIN_TOTALS or not column:
            continue
        rows = sorted(column)
        owner = _owners(tops)
        rising = all(figure >= 0 for figure in column.values())  # counts: sums only grow
        for at, row in enumerate(rows):
            if row in tops:
                continue  # a total's line
            for step in (-1, 1):  # the totals before it, nearest first, then those after
                summed = _summed(column, row, _run(rows, at + step, step, tops, owner), rising)
                if summed is not None and written_alone(pair, (row, col)):
                    lines[(row, tuple(summed))].append(col)
                    break
    found = []
    for (row, parts), cols in lines.items():
        if len(cols) >= _MIN_COLUMNS:
            for col in cols:
                found += not_the_shown_sum(pair, (row, col), parts, NOT_THE_SUM)
    return found


def _owners(tops: dict[int, frozenset[int]]) -> dict[int, int]:
    """By input row, the first top total (in ``tops``' order) standing for it: looked up once a
    row, not sought among every total at each step of each line's walk."""
    owner: dict[int, int] = {}
    for top, span in tops.items():
        for row in span:
            owner.setdefault(row, top)
    return owner


def _run(
    rows: list[int], at: int, step: int, tops: dict[int, frozenset[int]], owner: dict[int, int]
) -> Iterator[int]:
    """The top totals standing one after another from ``rows[at]`` on, walking by ``step``
    (nearest first), each with the lines it adds up, up to a line that is no total's or the
    hundredth total: yielded as walked, so a line is read no further than its sum needs."""
    for _ in range(_MOST_TOTALS):
        if not 0 <= at < len(rows) or (top := owner.get(rows[at])) is None:
            return
        yield top
        span = tops[top]
        while 0 <= at < len(rows) and rows[at] in span:
            at += step


def _summed(
    column: dict[int, float], row: int, run: Iterator[int], rising: bool
) -> list[int] | None:
    """The first two or more totals of ``run`` that the line's figure is, to the last digit,
    the sum of (not 0), else None. Where no figure of the column is below 0 (``rising``), a
    sum past the figure ends the search: it only grows."""
    total, acc = column[row], 0.0
    chosen: list[int] = []
    for top in run:
        chosen.append(top)
        acc += column.get(top, 0.0)
        if len(chosen) >= _MIN_TOTALS and acc == total and total != 0:
            return chosen
        if rising and acc > total:
            return None
    return None


def _top_spans(pair: SheetPair) -> dict[int, dict[int, frozenset[int]]]:
    """By input column: each of the copy's formulas no other formula of the column adds up, by
    its input row, with the input rows it stands for (itself and what it adds up, through
    the totals inside it)."""
    parts: defaultdict[int, dict[int, set[int]]] = defaultdict(dict)
    for coord, parsed in sums_of(pair).items():
        at = pair.input_coord(coord)
        if at is None:
            continue
        own = parts[at[1]].setdefault(at[0], set())
        for ref in parsed.ranges:
            if ref.sheet not in (None, pair.name) or not ref.left <= coord[1] <= ref.right:
                continue  # another sheet's, or along a row: no line of this column
            own.update(pair.input_rows(ref.top, ref.bottom, coord[1]))
    spans: dict[int, dict[int, frozenset[int]]] = {}
    for col, totals in parts.items():
        inside = set().union(*totals.values())
        spans[col] = {
            row: frozenset(_span(row, totals, set())) for row in totals if row not in inside
        }
    return spans


def _span(row: int, totals: dict[int, set[int]], seen: set[int]) -> set[int]:
    """``row`` and every line its total adds up, through the totals inside it: a line that
    is no total is its own span, taken without asking (a column's total adds up thousands)."""
    found = {row}
    seen.add(row)
    for part in totals.get(row, ()):
        if part in seen:
            continue
        if part in totals:
            found |= _span(part, totals, seen)
        else:
            seen.add(part)
            found |= {part}
    return found
