"""Invariant 10, for lines of the same name: a line that is the sum of the others named as it is
is never rounded on its own.

MoJ's offences in detail (A1.5i) give each sex a table of its own, 'Males and Females' over
'Males' and 'Females', and each names its offences alike: 'Fraud offences' in the first is the
sum of 'Fraud offences' in the other two. Where one offence of 'Males and Females' counts one
more than the sexes' (as MoJ's does in 2019), no block adds up the others at every place, so
the block readings of invariant 10 pass the year by, and a copy rounding that year's lines on
their own showed each sex's rounded figure beside a sum that was not theirs.

The proof reads the input itself: lines whose first words are the same, three or more, in no
column a line of them and the others marked or blank; where the first (or the last) is, to the
last digit, the sum of the others in every column right of the words where all hold figures,
two or more of them not 0, the copy must show at its plain figures the sum of what it shows at
the others.
"""

from __future__ import annotations

from collections import defaultdict

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.figure_lines import rows_right_of
from wpxl.verify.leaks import Finding
from wpxl.verify.shown_sums import not_the_shown_sum
from wpxl.verify.summed_blocks import written_alone

Coord = tuple[int, int]
ALIKE_ROUNDED_ALONE = "a line adding up the lines named as it is rounded on its own"
_MIN_LINES, _MIN_COLUMNS = 3, 2


def alike_lines(
    pair: SheetPair, cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]]
) -> list[Finding]:
    """The plain figures of a line adding up the lines named as it is in the input, not shown
    as their sum in the copy (see the doc); ``labels``: each row's first words."""
    named: defaultdict[tuple[int, str], list[int]] = defaultdict(list)
    for row, (col, words) in labels.items():
        named[(col, words.casefold())].append(row)
    groups = {row: rows for rows in named.values() if len(rows) >= _MIN_LINES for row in rows}
    if not groups:
        return []
    figures = rows_right_of(pair, cells, labels, groups)  # row -> column -> figure
    found: list[Finding] = []
    for rows in {tuple(rows) for rows in groups.values()}:
        for line in {rows[0], rows[-1]}:
            parts = [row for row in rows if row != line]
            cols = _adding_up(figures, line, parts)
            for col in cols:
                if written_alone(pair, (line, col)):  # a formula: invariant 1 holds it
                    found += not_the_shown_sum(pair, (line, col), parts, ALIKE_ROUNDED_ALONE)
    return found


def _adding_up(figures: dict[int, dict[int, float]], line: int, parts: list[int]) -> list[int]:
    """The columns where ``line`` is the sum of ``parts`` when it is in every column where all
    hold figures, two or more not 0; else none."""
    held = []
    for col, value in figures.get(line, {}).items():
        found = [figures.get(part, {}).get(col) for part in parts]
        if any(f is None for f in found):
            continue
        if abs(value - sum(found)) > 1e-9:  # type: ignore[arg-type]
            return []
        held.append(col)
    return held if sum(1 for col in held if figures[line][col]) >= _MIN_COLUMNS else []
