"""A place's kind alone over a column of its codes: DWP's office numbers under 'Office'
(1021, 2044), councils' numbers under 'LA' or 'LAD' (383, 384), each beside the place's name.

Rounded as counts, the codes became 1020 and 2040 (or 380 and 380: the lines could no longer
be told apart). But 'Office' also heads counts (people seen at an office, beside 'Outreach'),
and a count shown as a code is a disclosure, so such a header alone is no evidence (fail
closed): the column's numbers are codes only where ``label_numbers`` finds a leading column of
whole numbers read by no formula, with a line naming a total or a group's line (a region over
or after its areas) among its lines that leaves the column blank or holds its words there (a
column of counts holds the total there), and here every number has the same number of digits,
three or more (codes are of a fixed width; counts of a few people are not), all different,
each beside a name on its line (just left of it or just right, the same side for all).

'Area' alone over 101, 102, 205, 310 (areas numbered, some jumping) is such a kind too: rounded,
they read 100, 100, 200, 320. In the table's first column with no name beside, three or more
such codes, none the others' sum, are its lines' only labels (counts there would name no line)
and stand without a total, as the proof reads them (wpxl.verify.place_codes).
"""

from __future__ import annotations

import re

from wpxl.analyse.values import is_text, typed_whole
from wpxl.model import Cell, Coord

_BARE_PLACE = re.compile(
    r"^\s*(?:(?:jcp|jobcentre(?:\s+plus)?)(?:\s+office)?|office|site|delivery\s+site|district"
    r"|ward|team|la|lad|lea|local\s+authority(?:\s+district)?|area|region)\s*:?\s*$",
    re.IGNORECASE,
)
_NAME = re.compile(r"[A-Za-z]{2,}")
_CODE_DIGITS = 3
_ALONE = 3  # codes naming the lines of a table's first column with no name beside them


def names_bare_place(header: str) -> bool:
    """Whether the header is a place's kind alone ('Office', 'LAD'), naming no measure."""
    return _BARE_PLACE.match(header) is not None


def place_codes(
    cells: dict[Coord, Cell],
    rows: list[int],
    col: int,
    numbers: list[int],
    closed: bool,
    first: bool,
) -> bool:
    """Whether ``numbers``, the column's whole numbers on ``rows``, are codes (see the doc):
    beside names where a total leaves the column blank (``closed``), or in the table's
    ``first`` column with no name beside them."""
    widths = {len(str(n)) for n in numbers}
    if len(set(numbers)) != len(numbers) or len(widths) != 1 or min(widths) < _CODE_DIGITS:
        return False
    coded = [row for row in rows if typed_whole(cells.get((row, col))) is not None]
    if any(all(_named(cells.get((row, col + side))) for row in coded) for side in (-1, 1)):
        return closed
    alone = first and len(coded) == len(numbers) >= _ALONE and 2 * max(numbers) != sum(numbers)
    return alone and not any(_named(cells.get((row, col + 1))) for row in coded)


def _named(cell: Cell | None) -> bool:
    return cell is not None and is_text(cell.value) and _NAME.search(str(cell.value)) is not None
