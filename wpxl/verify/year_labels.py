"""6. A number 1900-2100 is a year only as a label: a header row or a label column of years.

Anywhere else it is a count and must be rounded; so is one under a 'Year 1' header (the
programme's contract years head counts) or under a running total's words ('Year to date' over
a lone 2,013: a count to date, though alone in its column). A line of years holds nothing but
years: a figure beside a total formula in its line is one of the line's counts, however
year-shaped (a year to date of 2,013 between the rebuilt totals of its column, or the months
it adds up along its row), since no header row or label column of years holds a total.
"""

from __future__ import annotations

import re

from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof
from wpxl.verify.values import FIRST_YEAR, LAST_YEAR, RUNNING_WORDS, is_multiple, is_year

YEAR_AMONG_COUNTS = "a year-like figure among counts, not rounded"
_YEAR_HEADER = re.compile(r"\byear\s*\d{1,2}\b", re.IGNORECASE)


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
