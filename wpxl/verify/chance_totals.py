"""Invariant 13: where the source rounds every cell, a line is a total only where it adds up.

Nomis (ONS's UK Business Counts by local authority) rounds every cell to 5 before publishing.
Down a list of areas, 'Scarborough' (25, 20, 20 ...) is 'Richmondshire' and 'Ryedale' (10 and
15) in seven years of thirteen and 5 off in the rest, which is what rounding to 5 does to a
sum of two: such small figures add up by chance. A copy showing the area as the sum of its
neighbours shows 40 where its own 25 rounds to 20, within the 10 a part invariant 1 allows.
And the list's 'Column Total', rounded on its own, misses the sum of its areas in every year:
a copy adding up all but the first few areas (as many as that rounding covers) shows the total
of a part of the list, within invariant 1's allowance too.

The proof reads the input itself. Where every figure a line of the copy's SUMs adds up, and
its own, is a multiple of 5 in the input (three or more not 0): a line whose words do not name
a total ('Total', 'All areas') and whose label is neither bold nor set out less indented than a
line next to it is, in the input, the sum of those figures in every place, or the copy shows a
chance equality as a total; and the line just past the far end of its run, where the copy shows
a plain figure no SUM adds up, is not one that brings the input's total nearer, over the whole
line, when added: the total counts that line too, and the copy leaves it out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.formulas import Range, sum_formula
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof
from wpxl.verify.summed_blocks import row_labels
from wpxl.verify.total_words import figure, names_total

Coord = tuple[int, int]
CHANCE_TOTAL = (
    "a line shown as the sum of lines it does not add up to in the source, which rounds every "
    "cell (equal to them by chance)"
)
SHORT_RUN = "a total leaving out the line next to the lines it adds up, which the source counts"
_STEP = 5.0  # the coarsest of the steps sources round every cell to that this reads (5, 10)
_MIN_FIGURES = 3


@dataclass
class _Line:
    """One line of the copy's SUMs along one way: each SUM's place in the input, its figure
    there, and the input places and figures of the cells it adds up."""

    places: list[Coord] = field(default_factory=list)  # the copy's
    totals: list[float] = field(default_factory=list)
    parts: list[list[Coord]] = field(default_factory=list)  # the input's
    figures: list[list[float]] = field(default_factory=list)


def chance_totals(pair: SheetPair, _: Proof) -> list[Finding]:
    if pair.kind != "volume" or pair.source is None:
        return []
    cells = pair.source.cells
    lines = _sum_lines(pair, cells)
    if not lines:
        return []  # most sheets: some figure of every line is no multiple of the step
    labels = row_labels(pair, cells)
    covered: set[Coord] | None = None
    found: list[Finding] = []
    for (down, at), line in lines.items():
        if not _rounded_source(line):
            continue
        first = min(spot[1] for place in line.places if (spot := pair.input_coord(place)))
        if not _named(cells, labels, (down, at, first)) and (
            wrong := [
                place
                for place, total, parts in zip(line.places, line.totals, line.figures, strict=True)
                if abs(total - sum(parts)) > 1e-6
            ]
        ):
            found.append(Finding(pair.where(wrong[0]), CHANCE_TOTAL))
            continue
        covered = _covered(pair) if covered is None else covered
        if _leaves_out_its_neighbour(pair, cells, covered, down, at, line):
            found.append(Finding(pair.where(line.places[0]), SHORT_RUN))
    return found


def _sums(pair: SheetPair) -> Iterator[tuple[Coord, list[Range]]]:
    """Each SUM of the copy over cells of its own sheet: its place and ranges."""
    for place, (_, formula, _) in pair.cells.items():
        parsed = sum_formula(formula) if formula is not None else None
        if parsed is None or parsed.added:
            continue
        if all(r.sheet in (None, pair.name) for r in parsed.ranges):
            yield place, parsed.ranges


def _covered(pair: SheetPair) -> set[Coord]:
    """Every copy place a SUM adds up."""
    return {spot for _, ranges in _sums(pair) for ref in ranges for spot in ref.coords()}


def _sum_lines(pair: SheetPair, cells: dict[Coord, Cell]) -> dict[tuple[bool, int], _Line]:
    """The copy's SUMs over cells of its own line of cells, grouped by the line they stand on
    (``down``: a row's SUMs, each adding up cells above or below it), read back to the input;
    only lines whose every figure is a multiple of the step are kept (the parts of the others
    are not read, or kept: on most sheets every line has a figure that is not)."""
    lines: defaultdict[tuple[bool, int], _Line] = defaultdict(_Line)
    spoilt: set[tuple[bool, int]] = set()
    for place, ranges in _sums(pair):
        down = all(r.left == r.right == place[1] for r in ranges)
        if not (down or all(r.top == r.bottom == place[0] for r in ranges)):
            continue
        at = pair.input_coord(place)
        key = (down, at[0] if down else at[1]) if at is not None else None
        if key is None or key in spoilt:
            continue
        total = figure(cells.get(at))  # type: ignore[arg-type]
        if total is not None and total % _STEP:
            spoilt.add(key)
            continue
        parts = [pair.input_coord(spot) for ref in ranges for spot in ref.coords()]
        if not parts or None in parts:
            continue
        figures = [figure(cells.get(part)) for part in parts]  # type: ignore[arg-type]
        if total is None or None in figures:
            continue  # a marker there: nothing to weigh
        if any(f % _STEP for f in figures):  # type: ignore[operator]
            spoilt.add(key)
            continue
        line = lines[key]
        line.places.append(place)
        line.totals.append(total)
        line.parts.append(parts)  # type: ignore[arg-type]
        line.figures.append(figures)  # type: ignore[arg-type]
    return {key: line for key, line in lines.items() if key not in spoilt}


def _rounded_source(line: _Line) -> bool:
    every = [*line.totals, *(f for parts in line.figures for f in parts)]
    return sum(f != 0 for f in every) >= _MIN_FIGURES and all(f % _STEP == 0 for f in every)


def _named(
    cells: dict[Coord, Cell],
    labels: dict[int, tuple[int, str]],
    where: tuple[bool, int, int],
) -> bool:
    """Whether the line's words name a total, or (a row) its label is set out as a heading:
    bold, or less indented than the row before or after it. ``where``: a row's SUMs or a
    column's, the input line they stand on, and the input column of the first of them."""
    down, at, first = where
    if not down:
        heads = [
            c.value for (row, col), c in cells.items() if col == at and isinstance(c.value, str)
        ]
        return any(_total_words(words) for words in heads)
    words = [
        c
        for (row, col), c in cells.items()
        if row == at and col < first and isinstance(c.value, str)
    ]
    if any(_total_words(c.value) or c.style.bold for c in words):  # type: ignore[arg-type]
        return True
    indent = _indent(cells, labels, at)
    return any(indent < _indent(cells, labels, row) for row in (at - 1, at + 1) if row in labels)


def _total_words(words: str) -> bool:
    joined = " ".join(words.split())
    return names_total(joined) or "subtotal" in joined.casefold()


def _indent(cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]], row: int) -> int:
    label = cells.get((row, labels[row][0])) if row in labels else None
    return label.style.indent if label is not None else 0


def _leaves_out_its_neighbour(
    pair: SheetPair,
    cells: dict[Coord, Cell],
    covered: set[Coord],
    down: bool,
    at: int,
    line: _Line,
) -> bool:
    """Whether the line just past the far end of the total's run, a plain figure in the copy
    that no SUM adds up, brings the input's total nearer over the whole line when added."""
    without = with_it = 0.0
    for total, parts, figures in zip(line.totals, line.parts, line.figures, strict=True):
        steps = [part[0] if down else part[1] for part in parts]
        if at > max(steps):
            past = min(steps) - 1
        elif at < min(steps):
            past = max(steps) + 1
        else:
            return False  # a total amid its parts: no far end
        spot = (past, parts[0][1]) if down else (parts[0][0], past)
        extra = figure(cells.get(spot))
        shown = pair.output_coord(spot)
        written = pair.cells.get(shown)
        if extra is None or written is None or written[1] is not None or shown in covered:
            return False
        without += abs(total - sum(figures))
        with_it += abs(total - sum(figures) - extra)
    return with_it < without
