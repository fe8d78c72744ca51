"""A place's kind alone over a column of its codes, as the proof reads it: DWP's office
numbers under 'Office' (1021, 2044), councils' numbers under 'LA' or 'LAD' (383, 384), each
beside the place's name.

'Office' heads counts too (people seen at an office, beside 'Outreach'), and a count let
through as a code is a disclosure, so the header alone proves nothing: ``label_figures`` lets
such numbers stand only in a run it reads as labels, a line naming a total or a group's line
(a region over or after its areas) among its lines or just past them leaving the column blank
(``label_figures._totalled``), and here only when every number has the same number of
digits, three or more (codes are of a fixed width), all different, typed (not digits written
as text), each beside a name on its line (just left of it or just right, the same side for
all).

'Area' alone (or 'Region') over 101, 102, 205, 310 is such a kind too. In the table's first
column with no name beside, three or more such codes, none the others' sum, are the lines' only
labels (counts there would name no line) and need no total.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wpxl.verify.books import Coord

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
    text: Callable[[Coord], str | None],
    rows: list[int],
    numbers: list[int],
    col: int,
    closed: bool,
    first: bool,
) -> bool:
    """Whether the numbers on ``rows`` of the column are codes (see the module's doc): beside
    names where a total leaves the column blank (``closed``), or in the table's ``first``
    column with no name beside them; ``text`` gives the words written at a place of the input,
    or None."""
    if any(text((row, col)) is not None for row in rows):
        return False  # digits written as text: the analysis reads them as counts, as it may
    widths = {len(str(n)) for n in numbers}
    if len(set(numbers)) != len(numbers) or len(widths) != 1 or min(widths) < _CODE_DIGITS:
        return False
    if any(all(_NAME.search(text((row, col + side)) or "") for row in rows) for side in (-1, 1)):
        return closed
    alone = first and len(numbers) >= _ALONE and 2 * max(numbers) != sum(numbers)
    return alone and not any(_NAME.search(text((row, col + 1)) or "") for row in rows)
