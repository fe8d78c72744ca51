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
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wpxl.verify.books import Coord

_BARE_PLACE = re.compile(
    r"^\s*(?:(?:jcp|jobcentre(?:\s+plus)?)(?:\s+office)?|office|site|delivery\s+site|district"
    r"|ward|team|la|lad|lea|local\s+authority(?:\s+district)?)\s*:?\s*$",
    re.IGNORECASE,
)
_NAME = re.compile(r"[A-Za-z]{2,}")
_CODE_DIGITS = 3


def names_bare_place(header: str) -> bool:
    """Whether the header is a place's kind alone ('Office', 'LAD'), naming no measure."""
    return _BARE_PLACE.match(header) is not None


def place_codes(
    text: Callable[[Coord], str | None], rows: list[int], numbers: list[int], col: int
) -> bool:
    """Whether the numbers on ``rows`` of the column are codes (see the module's doc);
    ``text`` gives the words written at a place of the input, or None."""
    if any(text((row, col)) is not None for row in rows):
        return False  # digits written as text: the analysis reads them as counts, as it may
    widths = {len(str(n)) for n in numbers}
    if len(set(numbers)) != len(numbers) or len(widths) != 1 or min(widths) < _CODE_DIGITS:
        return False
    return any(all(_NAME.search(text((row, col + side)) or "") for row in rows) for side in (-1, 1))
