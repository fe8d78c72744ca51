"""Invariant 10, for a column named a total beside running columns: never rounded cell by cell.

'Leeds | Leeds YTD | York | York YTD | Total', months down: each line's Total adds up the areas
only, skipping the year-to-date columns between them, so it is no sum of the columns next to
it, which is what the proof's other readings of a row total look for. Rounded cell by cell it
shows the rounded original total (843 shown 840) beside the rounded areas (440 + 420), which
guidance R5 forbids, and the difference gives back the unrounded total.

The proof reads the input itself: a column whose words above its first figure name a total,
and in a line of it the figures of the columns on one side of it, up to the next column named
a total or the sheet's edge, leaving out those whose words say they run on ('YTD',
'cumulative'): where the total is, to the last digit, their sum (two or more, not 0) and the
copy writes it as a plain figure, that figure must be the sum of what the copy shows at them.
Asked first, cheaply: does the copy write any figure of a column named a total plainly at all?

Nor are columns that count nothing among those parts: a share beside each area ('Leeds |
Leeds % | York | York % | Total'), a period's or an area's number or code ('Month | Month no. |
Leeds | York | Total'). Their words say so ('%', 'rate', 'code', 'Week number'), or their
figures do (written as percentages, not whole, or counting 1, 2, 3 down the lines): left in,
they kept the total from being their sum, and a total rounded alone beside them went out
unasked.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.figure_lines import figure_lines
from wpxl.verify.leaks import Finding
from wpxl.verify.running_lines import RUNS_ON
from wpxl.verify.summed_blocks import written_alone
from wpxl.verify.total_words import names_total
from wpxl.verify.values import is_percent_format

Coord = tuple[int, int]
ROUNDED_ALONE = "a total column's figure rounded on its own, not the sum of the shown areas"
# words of a column that counts nothing: a share, or a number or code naming a period or place
_UNCOUNTED = re.compile(
    r"%|\bper\s*cent\b|\bpercent(?:age)?s?\b|\b(?:shares?|rates?|ratios?|proportions?)\b"
    r"|\b(?:codes?|ids?|refs?|reference|urn)\b|\b(?:no|num|number)\.?$",
    re.IGNORECASE,
)
_HEADER_ROWS = 4  # a header of two or three rows and a blank row under it


def total_columns(pair: SheetPair, cells: dict[Coord, Cell]) -> list[Finding]:
    """The plain figures of the copy in a column named a total, where the input's figure there
    adds up the columns on one side of it (see the doc) and the copy's is not their shown sum."""
    heads: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
    for (row, col), cell in cells.items():
        if isinstance(cell.value, str) and cell.value.strip():
            heads[col].append((row, " ".join(cell.value.split())))
    named = {col for col, texts in heads.items() if any(names_total(t) for _, t in texts)}
    plain = {(row, col) for row, col in cells if col in named and written_alone(pair, (row, col))}
    if not plain:
        return []  # most sheets: no column named a total, or the copy writes none plainly
    cols = figure_lines(pair, cells).by_col()  # column -> row -> figure
    words = {col: _words(heads.get(col, []), min(held)) for col, held in cols.items()}
    counted = {c for c in cols if not _UNCOUNTED.search(words[c]) and not _numbering(cols[c])}
    counted -= {c for c in cols if RUNS_ON.search(words[c])}
    totals = sorted(col for col in named if col in cols and names_total(words[col]))
    found: list[Finding] = []
    for row, col in sorted(plain):
        if col not in totals or row not in cols[col]:
            continue
        for side in _sides(col, sorted(cols), totals):
            held = [c for c in side if c in counted and row in cols[c]]
            parts = [c for c in held if _counts(cols[c][row], cells[(row, c)])]
            if _rounded_alone(pair, (row, col), parts):
                found.append(Finding(pair.where(pair.output_coord((row, col))), ROUNDED_ALONE))
                break
    return found


def _words(texts: list[tuple[int, str]], first: int) -> str:
    """A column's words: its text in the few rows above its first figure, top down (a header
    of two rows names it by both). Words further up are another table's: 'Total' lines of
    blocks stacked above do not name a column of numbered lines ('CPA' over 7, 9, 15) a total."""
    return " ".join(t for row, t in sorted(texts) if first - _HEADER_ROWS <= row < first)


def _counts(value: float, cell: Cell) -> bool:
    """Whether a line's figure may be a count a total adds up: whole, and not written as a
    percentage."""
    return value.is_integer() and not is_percent_format(cell.style.number_format)


def _numbering(held: dict[int, float]) -> bool:
    """Whether a column's figures number its lines, each one more than the last down the
    column (1 to 12 for months, 2015 to 2020 for years), three or more of them."""
    figures = [held[row] for row in sorted(held)]
    return len(figures) >= 3 and all(b - a == 1 for a, b in pairwise(figures))


def _sides(col: int, held: list[int], totals: list[int]) -> list[list[int]]:
    """The columns holding figures left of ``col`` up to the last column named a total before
    it, and right of it up to the next."""
    left = [c for c in held if c < col and not any(c <= t < col for t in totals)]
    right = [c for c in held if c > col and not any(col < t <= c for t in totals)]
    return [left, right]


def _rounded_alone(pair: SheetPair, place: Coord, parts: list[int]) -> bool:
    """Whether the input's figure at ``place`` is the sum of its line's figures at ``parts``
    (two or more) and the copy's plain figure there is not the sum of what it shows at them."""
    if len(parts) < 2:
        return False
    row = place[0]
    total = pair.shown(place)
    figures = [pair.shown((row, c)) for c in parts]
    if not total or any(f is None for f in figures) or abs(total - sum(figures)) > 1e-9:  # type: ignore[arg-type]
        return False
    shown = [_written(pair, (row, c)) for c in parts]
    if any(s is None for s in shown):
        return False  # a part the copy does not show as a figure: nothing to add up
    value = pair.cells[pair.output_coord(place)][0]
    return abs(value - sum(shown)) > 1e-9  # type: ignore[operator, arg-type]


def _written(pair: SheetPair, place: Coord) -> float | None:
    if not pair.carried(place):
        return None
    written = pair.cells.get(pair.output_coord(place))
    return written[0] if written is not None and isinstance(written[0], float) else None
