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
from wpxl.verify.figure_lines import figure_lines
from wpxl.verify.leaks import Finding
from wpxl.verify.summed_blocks import written_alone

Coord = tuple[int, int]
TWIN_ALONE = "a copy of a total line rounded on its own, not the total it copies"
MIN_FIGURES = 3
MIN_MATCHES = 2


def twin_totals(pair: SheetPair, cells: dict[Coord, Cell]) -> list[Finding]:
    figures = figure_lines(pair, cells)  # each line's figures, read once for the sheet
    signed = (_signed(figures.by_row()), _signed(figures.by_col()))
    found: list[Finding] = []
    for axis in (0, 1):
        by_figures: defaultdict[tuple[int, int], list[int]] = defaultdict(list)
        for line, (signature, held, shown) in signed[axis].items():
            if held >= MIN_FIGURES and shown >= MIN_MATCHES:
                by_figures[(signature, held)].append(line)
        alike = [t for t in by_figures.values() if len(t) >= 2]
        wanted = {line for twins in alike for line in twins}
        by_line = figures.by_row() if axis == 0 else figures.by_col()
        lines = {line: held for line, held in by_line.items() if line in wanted}
        for twins in alike:  # the same signature: the same figures, asked to the last digit
            for group in _same_figures(twins, lines):
                found += _flagged(pair, cells, group, axis, lines)
    return found


def _signed(lines: dict[int, dict[int, float]]) -> dict[int, tuple[int, int, int]]:
    """Each line's signature (the hash of its places and figures, as a set), its figures and
    its figures not 0: twins are looked for among lines alike in these, then compared in full."""
    return {
        line: (hash(frozenset(held.items())), len(held), len(held) - [*held.values()].count(0))
        for line, held in lines.items()
    }


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
