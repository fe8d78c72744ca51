"""6. A number 1900-2100 is a year only as a label: a header row or a label column of years.

Anywhere else it is a count and must be rounded; so is one under a 'Year 1' header (the
programme's contract years head counts) or under a running total's words ('Year to date' over
a lone 2,013: a count to date, though alone in its column). A line of years holds nothing but
years: a figure beside a total formula in its line is one of the line's counts, however
year-shaped (a year to date of 2,013 between the rebuilt totals of its column, or the months
it adds up along its row), since no header row or label column of years holds a total.
Nor is a lone year-shaped figure under words, among counts down its column, on a line named
by words of no time ('Leeds | 2046' under 'Area | Total'): a header of one year has nothing,
or a time ('Year', 'Financial year'), beside it, and a count of 2,046 is no year.
"""

from __future__ import annotations

import re

from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof
from wpxl.verify.values import FIRST_YEAR, LAST_YEAR, RUNNING_WORDS, is_multiple, is_year

YEAR_AMONG_COUNTS = "a year-like figure among counts, not rounded"
_YEAR_HEADER = re.compile(r"\byear\s*\d{1,2}\b", re.IGNORECASE)
# a label column's words beside a header of years: when, not what or where
_TIME_WORDS = re.compile(r"\b(?:year|yr|period|month|quarter|week|date|as at|cohort)s?\b", re.I)


def years_are_labels(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Each year-shaped figure that is no rounded count, found on a line of figures that is not
    all years (along its row and along its column), or under a 'Year 1' header."""
    if pair.kind != "volume":
        return []
    base, cells = proof.base, pair.cells
    years = [  # among the figures that are no plain rounded count
        coord
        for coord in pair.indexed(base).odd
        for v, f, _ in (cells[coord],)
        if FIRST_YEAR <= v <= LAST_YEAR  # type: ignore[operator]
        and f is None
        and is_year(v)  # type: ignore[arg-type]
        and not is_multiple(v, base)  # type: ignore[arg-type]
    ]
    return [
        Finding(pair.where(coord), YEAR_AMONG_COUNTS)
        for coord in years
        if not any(_line_of_years(pair, coord, along) for along in (0, 1))
        or _under_year_header(pair, coord)
        or _on_a_named_line(pair, coord)
    ]


def _line_of_years(pair: SheetPair, coord: tuple[int, int], along: int) -> bool:
    """Whether the unbroken line of figures through a cell, along its row (1) or its column
    (0), holds years only: no count, and no formula (a total is no year)."""
    cells = pair.cells
    for step in (-1, 1):
        at = list(coord)
        while True:
            at[along] += step
            cell = cells.get((at[0], at[1]))
            if cell is None or not isinstance(cell[0], float):
                break
            if cell[1] is not None or not is_year(cell[0]):
                return False
    return True


def _under_year_header(pair: SheetPair, coord: tuple[int, int]) -> bool:
    at = pair.input_coord(coord)
    if at is None or pair.context is None:
        return False
    return any(_YEAR_HEADER.search(t) or RUNNING_WORDS.search(t) for t in pair.context.headers(at))


def _on_a_named_line(pair: SheetPair, coord: tuple[int, int]) -> bool:
    """A year-shaped figure alone on its row but for words of no time naming the line, under
    words naming such lines ('Area') and a heading over the figure (words, or a year): a count
    on a table's first line ('Leeds | 2046' under 'Area | Total'), not a header of one year."""
    cells = pair.cells
    row, col = coord
    if _line_of_years(pair, coord, 0):  # a column of years: labels, read as such above
        return False
    over = cells.get((row - 1, col))  # a heading: words, or a year ('Area | 2014')
    heading = over is not None and (
        (isinstance(over[0], str) and bool(over[0].strip()))
        or (isinstance(over[0], float) and over[1] is None and is_year(over[0]))
    )
    if not heading:
        return False
    width = max(k for _, k in cells)
    beside = [(k, c[0]) for k in range(width + 1) if k != col and (c := cells.get((row, k)))]
    texts = [(k, v) for k, v in beside if isinstance(v, str) and v.strip()]
    if len(beside) != len(texts) or len(texts) != 1 or texts[0][0] > col:
        return False
    label_col, label = texts[0]
    corner = cells.get((row - 1, label_col))
    named = corner is not None and isinstance(corner[0], str) and bool(corner[0].strip())
    return named and not _TIME_WORDS.search(label)
