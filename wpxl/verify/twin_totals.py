"""Invariant 10, for a total typed twice: a line copying a total line is never rounded on its own.

A quarter's 'Year to date' is, in the first quarter, its 'Quarter total' figure for figure. The
copy writes the quarter as the sum of its rounded months; rounding the year to date on its own
shows the rounded original total beside it (580 beside 600), which guidance R5 forbids.

The proof reads the input itself: two lines (columns, or rows) of the same figures, to the last
digit, wherever either holds one, three or more of them and two or more not 0, of which the
copy writes one as formulas wherever it holds figures: the other's plain figures, where it
differs from the first, are a total rounded on its own.
"""

from __future__ import annotations

from collections import defaultdict

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.summed_blocks import written_alone
from wpxl.verify.total_words import figure

Coord = tuple[int, int]
TWIN_ALONE = "a copy of a total line rounded on its own, not the total it copies"
MIN_FIGURES = 3
MIN_MATCHES = 2


def twin_totals(pair: SheetPair, cells: dict[Coord, Cell]) -> list[Finding]:
    # each line's figures (rows and columns in one walk) summed up as a signature, the XOR of
    # each place's and figure's hash, not kept: a sheet of a million would be held twice over
    signed: tuple[Signed, Signed] = (defaultdict(_empty), defaultdict(_empty))
    rows, cols = signed
    for (row, col), cell in cells.items():  # the row's and the column's, written out: a
        value = figure(cell)  # loop over the two made two tuples a cell
        if value is not None:
            sign = rows[row]
            sign[0] ^= hash((col, value))
            sign[1] += 1
            sign[2] += value != 0
            sign = cols[col]
            sign[0] ^= hash((row, value))
            sign[1] += 1
            sign[2] += value != 0
    found: list[Finding] = []
    for axis in (0, 1):
        by_figures: defaultdict[tuple[int, int], list[int]] = defaultdict(list)
        for line, (signature, held, shown) in signed[axis].items():
            if held >= MIN_FIGURES and shown >= MIN_MATCHES:
                by_figures[(signature, held)].append(line)
        alike = [t for t in by_figures.values() if len(t) >= 2]
        lines = _figures(cells, axis, {line for twins in alike for line in twins})
        for twins in alike:  # the same signature: the same figures, asked to the last digit
            for group in _same_figures(twins, lines):
                found += _flagged(pair, cells, group, axis, lines)
    return found


Signed = defaultdict[int, list[int]]  # line -> [signature, figures, figures not 0]


def _empty() -> list[int]:
    return [0, 0, 0]


def _figures(cells: dict[Coord, Cell], axis: int, wanted: set[int]) -> dict[int, dict[int, float]]:
    """The figures of the ``wanted`` lines, by place across."""
    lines: defaultdict[int, dict[int, float]] = defaultdict(dict)
    if wanted:
        for coord, cell in cells.items():
            if coord[axis] in wanted and (value := figure(cell)) is not None:
                lines[coord[axis]][coord[1 - axis]] = value
    return lines


def _same_figures(twins: list[int], lines: dict[int, dict[int, float]]) -> list[list[int]]:
    groups: defaultdict[tuple[tuple[int, float], ...], list[int]] = defaultdict(list)
    for line in twins:
        groups[tuple(sorted(lines[line].items()))].append(line)
    return [group for group in groups.values() if len(group) >= 2]


def _flagged(
    pair: SheetPair,
    cells: dict[Coord, Cell],
    twins: list[int],
    axis: int,
    lines: dict[int, dict[int, float]],
) -> list[Finding]:
    def at(line: int, place: int) -> Coord:
        return (line, place) if axis == 0 else (place, line)

    written = [t for t in twins if all(_as_total(pair, at(t, p)) for p in lines[t])]
    if not written:
        return []
    found = []
    for twin in (t for t in twins if t not in written):
        for place in lines[twin]:
            coord = at(twin, place)
            alone = cells[coord].formula is None and written_alone(pair, coord)
            if alone and _shown(pair, coord) != _shown(pair, at(written[0], place)):
                found.append(Finding(pair.where(pair.output_coord(coord)), TWIN_ALONE))
    return found


def _as_total(pair: SheetPair, coord: Coord) -> bool:
    written = pair.cells.get(pair.output_coord(coord))
    return written is not None and written[1] is not None


def _shown(pair: SheetPair, coord: Coord) -> object:
    written = pair.cells.get(pair.output_coord(coord))
    return None if written is None else written[0]
