"""Invariant 10, for a column of group totals beside the counts: each shows the sum of what
the copy shows for its group's lines.

'Region | Office | Referrals | Region total', each region's total typed on its first office's
line (or its last) and the column blank on the others: read as counts, each was rounded on its
own (Yorkshire's 336 to 340 beside offices shown as 240, 60 and 60), which guidance R5 forbids.
No line of its own holds it, so the readings of total lines pass it by.

The proof reads the input itself, column by column: the column's figures, each on a line with
blank places under it (or over it) down to the next, and the nearest columns beside it with
figures on those lines. Where two or more of the column's figures are each, to the last digit,
the sum of that column over the lines from its own down to the line before the next figure (or
from the line after the one before up to its own), one of them over two lines or more, none 0,
each is its group's total, and the copy must show at its place the sum of what it shows there.
"""

from __future__ import annotations

from itertools import pairwise

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.figure_lines import figure_lines
from wpxl.verify.leaks import Finding
from wpxl.verify.shown_sums import shown_figure
from wpxl.verify.summed_blocks import written_alone

Coord = tuple[int, int]
NOT_THE_SUM = "a group's total beside its lines rounded on its own, not the sum of them"
_MIN_GROUPS = 2


def group_columns(pair: SheetPair, cells: dict[Coord, Cell]) -> list[Finding]:
    """The places where a column's figure adds up its group's lines in a column beside it in
    the input but is not shown as their sum."""
    by_col = figure_lines(pair, cells).by_col()  # column -> row -> figure
    found: list[Finding] = []
    for col, column in by_col.items():
        rows = sorted(column)
        if len(rows) < _MIN_GROUPS or rows[-1] - rows[0] + 1 == len(rows):
            continue  # most columns: a figure on every line, no groups
        others = sorted((c for c in by_col if c != col), key=lambda c, col=col: (abs(c - col), c))
        for parts_col in others[:3]:
            groups = _groups(rows, column, by_col[parts_col])
            if groups:
                for row, lines in groups.items():
                    if written_alone(pair, (row, col)):
                        found += _not_shown(pair, (row, col), [(r, parts_col) for r in lines])
                break
    return found


def _groups(
    rows: list[int], column: dict[int, float], parts: dict[int, float]
) -> dict[int, list[int]]:
    """Each of the column's figures read as its group's total (heads of the groups, or their
    feet), the reading where two or more add up; empty where neither does."""
    heads = {top: [r for r in range(top, end) if r in parts] for top, end in pairwise(rows)}
    feet = {end: [r for r in range(top + 1, end + 1) if r in parts] for top, end in pairwise(rows)}
    first = rows[0]  # the first group's lines: those with figures straight over its foot
    while first - 1 in parts:
        first -= 1
    feet[rows[0]] = [r for r in range(first, rows[0] + 1) if r in parts]
    for groups in (heads, feet):
        summed = {
            row: lines for row, lines in groups.items() if _adds_up(column[row], lines, parts)
        }
        if len(summed) >= _MIN_GROUPS and any(len(lines) >= 2 for lines in summed.values()):
            return summed
    return {}


def _not_shown(pair: SheetPair, place: Coord, parts: list[Coord]) -> list[Finding]:
    """A finding where the copy's figure at the input's ``place`` is not the sum of its
    figures at the input's ``parts``; none where one is not shown."""
    shown = shown_figure(pair, place)
    shown_parts = [shown_figure(pair, part) for part in parts]
    if shown is None or None in shown_parts or shown == sum(shown_parts):  # type: ignore[arg-type]
        return []
    return [Finding(pair.where(pair.output_coord(place)), NOT_THE_SUM)]


def _adds_up(total: float, lines: list[int], parts: dict[int, float]) -> bool:
    return total != 0 and bool(lines) and sum(parts[r] for r in lines) == total
