"""Columns numbered in digits written as text are kept as written, never rounded.

An export writes the numbers heading a table's columns as text ('Area | "1" | "2" | "3"',
weeks; '18', '19', '20' under a blank corner, ages), with no 'Total' beside them. Rounded as
a line of counts they read 0, 0, 0: the columns can no longer be told apart, yet every figure
of the copy is a multiple of the base and no total is wrong, and the label reading of header
rows (``label_figures``) asks for a total column or words naming the numbers.

The proof reads the input itself: three or more digits as text, one apart, none past 99, in
touching cells of a row, no figure over any of them and a figure under each (typed or as
text; on the next row, or the one after a blank one), the cell before them blank or words
naming the kind of the lines under it ('Area', 'Week', 'Age band'). A corner naming a measure
('Referrals') heads counts written as text; a corner naming one line ('Leeds | "1" | "2" |
"3"' over 'York | "4" | "5" | "6"', a table written all as text with no header row) is that
line's name, and its digits are its counts, rounded like the rest (``text_counts``). Each
head must stand in the copy as the input holds it wherever the copy shows a plain figure
there. The same reading, of typed numbers too but counting from 1, vouches for a header row
of numbers with no 'Total' beside them ('Payment group | 1 | 2 | ... | 13', sustainment
payments 1 to 13: ``numbers_under_a_kind``), so a percentage sheet may show them as its
columns' names. Never asked: analyse.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from wpxl.model import Cell
from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.year_column import changed_labels

_MIN_NUMBERS = 3
_LARGEST = 99
MEASURE = re.compile(  # words naming what a figure counts
    r"referr|attach|starts?\b|outcome|sustain|claimant|participant|people|person|volume|count"
    r"|number",
    re.IGNORECASE,
)


# words naming what a first column's lines are, as a corner over numbered columns does; a
# line's own name ('Leeds', 'Jobseekers') names none of these
_KIND = re.compile(
    r"\b(?:areas?|regions?|districts?|offices?|sites?|jobcentres?|jcp|wards?|teams?|la|lad"
    r"|authorit(?:y|ies)|cpa|package|groups?|pg|cohorts?|weeks?|months?|quarters?|periods?"
    r"|years?|days?|ages?|bands?|providers?|contracts?|types?|categor(?:y|ies)|class|grades?"
    r"|zones?|lots?|routes?|strands?|pathways?|options?|codes?|no\.?|names?|locations?"
    r"|places?|count(?:y|ies)|boroughs?|tiers?|levels?|stages?|waves?|benefits?|customers?"
    r"|claimant\s+types?|by)\b",
    re.IGNORECASE,
)


def text_heads(pair: SheetPair, kind: str) -> list[Finding]:
    """The places where a column's number written as text (see the doc) is not the input's."""
    if pair.kind != "volume" or pair.source is None:
        return []
    cells = pair.source.cells
    found: list[Finding] = []
    for numbers in _head_runs(cells):
        found += changed_labels(pair, numbers, kind)
    return found


def head_places(cells: dict[Coord, Cell]) -> set[Coord]:
    """The input places of every column's number written as text (see the doc)."""
    return {at for numbers in _head_runs(cells) for at, _ in numbers}


def _head_runs(cells: dict[Coord, Cell]) -> list[list[tuple[Coord, int]]]:
    rows: defaultdict[int, list[int]] = defaultdict(list)
    for (row, col), cell in cells.items():
        if _digits(cell) is not None:
            rows[row].append(col)
    found: list[list[tuple[Coord, int]]] = []
    for row, cols in rows.items():
        if len(cols) < _MIN_NUMBERS:
            continue  # most rows: no such digits at all
        for run in _runs(sorted(cols)):
            numbers = [((row, col), _digits(cells[(row, col)]) or 0) for col in run]
            if _heads(cells, row, run, [n for _, n in numbers]):
                found.append(numbers)
    return found


def _runs(cols: list[int]) -> list[list[int]]:
    """The columns' runs of touching cells."""
    runs: list[list[int]] = [[cols[0]]]
    for before, col in pairwise(cols):
        if col == before + 1:
            runs[-1].append(col)
        else:
            runs.append([col])
    return [run for run in runs if len(run) >= _MIN_NUMBERS]


def numbers_under_a_kind(
    cells: dict[Coord, Cell], row: int, named: list[tuple[int, int | None]]
) -> bool:
    """Whether a header row's whole numbers ((column, number), left to right; typed or as
    digits) number its columns as digits written as text do (see the doc), counting from 1:
    'Payment group | 1 | 2 | ... | 13' over each group's sustainment payments 1 to 13, with no
    'Total' beside them (a cumulative line has none). Typed, from 1 only: a line of counts
    running 1, 2, 3 under such a corner would be no table's first line but a header."""
    numbers = [n for _, n in named]
    run = [c for c, _ in named]
    if len(run) < _MIN_NUMBERS or None in numbers or numbers[0] != 1:
        return False
    if any(b - a != 1 for a, b in pairwise(run)):
        return False  # touching cells only
    corner = cells.get((row, run[0] - 1))
    if (corner is None or corner.value in (None, "")) and any(
        cells.get((row, c)) is not None and cells[(row, c)].value not in (None, "")
        for c in range(run[0] - 1)
    ):
        return False  # 'Leeds | (blank) | 1 | 2 | 3': a line's name further left, its counts
    return _heads(cells, row, run, numbers)  # type: ignore[arg-type]


def _heads(cells: dict[Coord, Cell], row: int, run: list[int], numbers: list[int]) -> bool:
    if numbers[-1] > _LARGEST or any(b - a != 1 for a, b in pairwise(numbers)):
        return False
    corner = cells.get((row, run[0] - 1))
    value = None if corner is None else corner.value
    if value not in (None, "") and (not isinstance(value, str) or MEASURE.search(value)):
        return False  # a figure before them, or 'Referrals': counts written as text
    if isinstance(value, str) and value.strip() and not _KIND.search(value):
        return False  # 'Leeds': a line's name, its digits its counts
    return all(
        not _figure(cells.get((row - 1, col)))
        and (_under(cells.get((row + 1, col))) or _under(cells.get((row + 2, col))))
        for col in run
    )


def _under(cell: Cell | None) -> bool:
    """A figure under a column's number: typed, a formula's, or a count written as text as
    the whole table may be ('Area | "1" | "2" | "3"' over 'Leeds | "13" | "27" | "5"')."""
    return _figure(cell) or (cell is not None and _digits(cell) is not None)


def _figure(cell: Cell | None) -> bool:
    """A typed number, or a formula's."""
    if cell is None:
        return False
    value = cell.value
    return cell.formula is not None or (
        isinstance(value, int | float) and not isinstance(value, bool)
    )


def _digits(cell: Cell) -> int | None:
    """The whole number digits written as text hold ('18'); None for anything else."""
    value = cell.value if cell.formula is None else None
    if isinstance(value, str) and value.strip().isdecimal() and value.isascii():
        return int(value)
    return None
