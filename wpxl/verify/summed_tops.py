"""Invariant 10, for a first or last line over the copy's top totals (and one line beside them).

ONS's births by area open with 'UNITED KINGDOM', the sum of three countries: two the copy
writes as totals (England, Wales and elsewhere, over its own; Northern Ireland, over its
districts) and Scotland, a line whose council areas add up to a little less than it, written
as a figure. The United Kingdom adds up neither every line under it nor lines named a total,
so the other readings of invariant 10 pass it by; rounded on its own it showed the rounded
original total, not the sum of the rounded countries the reader sees.

The proof reads the input itself, column by column: the first and the last figure of a column,
written in the copy as a plain figure, which is to the last digit the sum of the copy's top
totals in the column (the formulas no other formula of the column adds up), two or more, and
of one line no formula adds up, the same line in two columns or more. Such a line is their
total, and the copy must show at its place the sum of what it shows at theirs.

So is a first or last line that is the sum of the top totals alone in two columns or more:
'Great Britain' over regions each heading its contract package areas, where a region of one
area ('North East' over 'CPA 1 North East' alone) left the analysis no region to add up, and
Great Britain was rounded on its own (1,840 over regions the copy shows adding up to 1,860).
"""

from __future__ import annotations

from collections import defaultdict

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.figure_lines import figure_lines
from wpxl.verify.leaks import Finding
from wpxl.verify.shown_sums import not_the_shown_sum
from wpxl.verify.summed_blocks import written_alone
from wpxl.verify.totals import sums_of

Coord = tuple[int, int]
NOT_THE_SUM = "a total of the totals under it rounded on its own, not the sum of the shown lines"
_MIN_COLUMNS = 2


def summed_tops(pair: SheetPair, cells: dict[Coord, Cell]) -> list[Finding]:
    """The places where an end line adds up the copy's top totals and one line in the input
    but is not shown as their sum."""
    tops, inside = _tops(pair)
    tops = {col: rows for col, rows in tops.items() if len(rows) >= 2}  # an end over two or more
    if not tops:
        return []
    by_col = figure_lines(pair, cells).by_col()  # column -> row -> figure
    figures = {col: column for col, column in by_col.items() if col in tops}
    # end row -> column -> the one line beside the tops (None: the tops alone)
    ends: defaultdict[int, dict[int, int | None]] = defaultdict(dict)
    for col, column in figures.items():
        totals = tops[col]
        for end in {min(column), max(column)}:
            if end in totals or end in inside[col] or not written_alone(pair, (end, col)):
                continue
            rest = column[end] - sum(column.get(row, 0.0) for row in totals)
            if rest == 0:  # the tops alone: a region of one area is a total the copy shows
                ends[end][col] = None
                continue
            if rest < 0:
                continue
            lines = [
                row
                for row, value in column.items()
                if value == rest and row not in totals and row not in inside[col] and row != end
            ]
            if len(lines) == 1:
                ends[end][col] = lines[0]
    found = []
    for end, by_col in ends.items():
        lines: defaultdict[int | None, list[int]] = defaultdict(list)
        for col, line in by_col.items():
            lines[line].append(col)
        for line, cols in lines.items():
            if len(cols) < _MIN_COLUMNS:
                continue
            beside = [] if line is None else [line]
            for col in cols:
                found += not_the_shown_sum(pair, (end, col), [*tops[col], *beside], NOT_THE_SUM)
    return found


def _tops(pair: SheetPair) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """By input column: the rows of the copy's formulas no other formula of the column adds up,
    and the rows some formula adds up."""
    formulas: defaultdict[int, set[int]] = defaultdict(set)
    inside: defaultdict[int, set[int]] = defaultdict(set)
    for coord, parsed in sums_of(pair).items():
        at = pair.input_coord(coord)
        if at is None:
            continue
        formulas[at[1]].add(at[0])
        col = coord[1]
        for ref in parsed.ranges:
            if ref.sheet not in (None, pair.name) or not ref.left <= col <= ref.right:
                continue  # another sheet's, or along a row: no line of this column
            if rows := pair.input_rows(ref.top, ref.bottom, col):
                inside[at[1]].update(rows)
    tops = {col: rows - inside[col] for col, rows in formulas.items() if rows - inside[col]}
    return tops, inside
