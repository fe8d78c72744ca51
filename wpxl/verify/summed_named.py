"""Invariant 10, for a line named a total over other lines named a total anywhere on its axis.

Payment groups across, each group's parts then its total ('JSA 18-24 | JSA 25+ | JSA total'),
the groups parted by blank columns, and a 'Grand total' straight after the last group (or
before the first), typed: cut at the blank columns, the grand total stands in the last group's
table and adds up nothing in it. Rounded on its own it shows the rounded original total (400),
not the sum of the rounded group totals the reader sees beside it (360 and 60), which guidance
R5 forbids. So does a 'Jobseekers total' after the second of three groups, adding up the two
before it only, and a lone 'Total' over groups whose totals are named by the group alone
('ESA' over 'ESA | ESA Flow | ESA Vol'). The other checks read a total over the lines above
it, over its fellows, or over blocks' ends; this one reads any set of the lines named a total,
or written by the copy as totals, on the same axis.

The proof reads the input itself, the rows (named by their first words) and the columns (by
the words above their first figure). For each line whose words name a total and which the copy
writes somewhere as a plain figure, it looks for two or more other lines named a total, or
holding a formula in the copy (which lines are totals is the copy's to say; whether they add
up is the input's), whose figures add up, to the last digit, to the line's in every place it
holds one (two or more not 0; no figure below 0). Where such lines are found and the copy shows
them all, the copy must show at the line's plain figures the sum of what it shows at theirs,
for one such set at least.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.summed_blocks import written_alone
from wpxl.verify.summed_runs import written
from wpxl.verify.total_words import figure, names_total

Coord = tuple[int, int]
Line = dict[int, float]
# A year to date at the right of quarters set apart ('Q1 total', a blank column, ... 'YTD')
# adds up their totals as a grand total would: named so, it is asked the same.
_TO_DATE = re.compile(
    r"\b(?:year\s+to\s+date|ytd)\b", re.IGNORECASE
)  # across -> the line's figure there
NOT_THE_NAMED_SUM = "a total of the totals beside it rounded on its own, not the sum shown"
_MIN_MATCHES = 2
_MAX_SETS = 8
_MAX_STEPS = 20_000  # sets of lines tried for one line: a sheet of many totals stops early


def summed_named(
    pair: SheetPair, cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]]
) -> list[Finding]:
    """The places where a line named a total adds up other lines named a total, or written
    as totals by the copy ('ESA' over its parts), in the input, but the copy shows there a
    figure of its own (``labels``: each row's first words)."""
    named_rows = {row for row, (_, words) in labels.items() if _named(words)}
    named_cols = {col for col, words in _heads(cells).items() if _named(words)}
    if not any(
        written_alone(pair, (row, col))
        for (row, col), cell in cells.items()
        if (row in named_rows or col in named_cols) and figure(cell) is not None
    ):
        return []  # most copies: every line named a total is a formula
    summed = _summed_in_copy(pair, cells)
    rows: defaultdict[int, Line] = defaultdict(dict)
    cols: defaultdict[int, Line] = defaultdict(dict)
    row_lines = named_rows | {row for row, _ in summed}
    col_lines = named_cols | {col for _, col in summed}
    for (row, col), cell in cells.items():
        value = figure(cell)
        if value is None:
            continue
        if row in row_lines and col > labels.get(row, (-1, ""))[0]:
            rows[row][col] = value
        if col in col_lines:
            cols[col][row] = value
    by_row = _Axis(named_rows, summed, lambda line, across: (line, across))
    by_col = _Axis(named_cols, summed, lambda line, across: (across, line))
    return _found(pair, rows, by_row) + _found(pair, cols, by_col)


@dataclass
class _Axis:
    """One axis: the lines named a total, the places the copy writes a formula at, and where
    a line's figure across stands."""

    named: set[int]
    summed: set[Coord]
    place: Callable[[int, int], Coord]

    def a_part(self, line: int, places: list[int]) -> bool:
        """Whether ``line`` may be a total's part: named a total, or written by the copy as a
        total at each of ``places`` (a row of parts beside its row total is no total line)."""
        return line in self.named or all(self.place(line, a) in self.summed for a in places)


def _summed_in_copy(pair: SheetPair, cells: dict[Coord, Cell]) -> set[Coord]:
    """The input's places the copy writes a formula at (totals, as the copy has them): parts a
    line named a total may add up, whatever their names."""
    summed: set[Coord] = set()
    for place, cell in cells.items():
        if figure(cell) is None or not pair.carried(place):
            continue
        written = pair.cells.get(pair.output_coord(place))
        if written is not None and written[1] is not None:
            summed.add(place)
    return summed


def _heads(cells: dict[Coord, Cell]) -> dict[int, str]:
    """Each column's words above its first figure, top down ('JSA' over 'Total')."""
    first: dict[int, int] = {}
    for (row, col), cell in cells.items():  # most cells lie below their column's first figure
        if row < first.get(col, row + 1) and figure(cell) is not None:
            first[col] = row
    words: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
    for (row, col), cell in cells.items():
        text = cell.value
        if row < first.get(col, -1) and isinstance(text, str) and text.strip():
            words[col].append((row, " ".join(text.split())))
    return {col: " ".join(text for _, text in sorted(found)) for col, found in words.items()}


def _found(pair: SheetPair, lines: dict[int, Line], axis: _Axis) -> list[Finding]:
    found: list[Finding] = []
    if len(lines) < 3:
        return found
    place = axis.place
    for line, figures in lines.items():
        if line not in axis.named:
            continue
        alone = [a for a in figures if written_alone(pair, place(line, a))]
        if not alone or sum(v != 0 for v in figures.values()) < _MIN_MATCHES:
            continue
        parts = {other: theirs for other, theirs in lines.items() if axis.a_part(other, alone)}
        sets = list(_adding_up(line, figures, parts))
        if not sets or any(_shown_so(pair, line, parts, alone, place) for parts in sets):
            continue
        for across in alone:
            if _shown_so(pair, line, sets[0], [across], place) is False:
                found.append(Finding(pair.where(pair.output_coord(place(line, across))),
                                     NOT_THE_NAMED_SUM))  # fmt: skip
    return found


def _adding_up(line: int, figures: Line, lines: dict[int, Line]) -> Iterator[list[int]]:
    """Sets of two or more other lines whose figures add up to ``line``'s at each of its
    places (a place they leave empty counts 0), to the last digit."""
    places = list(figures)
    target = [figures[a] for a in places]
    if any(v < 0 for v in target):
        return
    candidates = []
    for other, theirs in lines.items():
        vector = [theirs.get(a, 0.0) for a in places]
        if (
            other != line
            and any(vector)
            and all(0 <= v <= t for v, t in zip(vector, target, strict=True))
        ):
            candidates.append((other, vector))
    steps = 0
    stack: list[tuple[int, list[int], list[float]]] = [(0, [], target)]
    sets = 0
    while stack and steps < _MAX_STEPS and sets < _MAX_SETS:
        start, chosen, left = stack.pop()
        steps += 1
        if len(chosen) >= 2 and all(abs(v) <= 1e-6 for v in left):
            sets += 1
            yield chosen
            continue
        for at in range(start, len(candidates)):
            other, vector = candidates[at]
            rest = [x - v for x, v in zip(left, vector, strict=True)]
            if all(x >= -1e-6 for x in rest):
                stack.append((at + 1, [*chosen, other], rest))


def _shown_so(
    pair: SheetPair,
    line: int,
    parts: list[int],
    places: list[int],
    place: Callable[[int, int], Coord],
) -> bool | None:
    """Whether the copy shows at each of ``places`` of ``line`` the sum of what it shows for
    ``parts`` there (0 where neither holds a figure); None where one of them is not shown
    (removed, or hidden: other checks see to it)."""
    for across in places:
        shown = written(pair, place(line, across))
        theirs = [written(pair, place(part, across)) for part in parts]
        if shown is None or any(v is None for v in theirs):
            return None
        if abs(shown - sum(theirs)) > 1e-6:  # type: ignore[arg-type]
            return False
    return True


def _named(words: str) -> bool:
    """Words naming a total, or a year to date (``_TO_DATE``)."""
    return names_total(words) or _TO_DATE.search(words) is not None
