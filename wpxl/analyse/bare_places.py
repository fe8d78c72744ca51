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

Offices numbered under 'Office' right of 'Region', the region named on its first office's line
only ('North | 6660', then ' | 2946', ' | 6518'): the later lines have no name but the code, so
such codes (three or more, none the others' sum, nothing named right of them) are the lines'
only labels too, where a total or a group's line leaves the column blank. Rounded, 2946 read
2940, and the proof passed the copy (session 32).

Wards numbered in order down a table's first column, 'Ward' over 1, 2, 3, 12, 17 with no name
beside (as a council numbers its wards), are its lines' only labels too, though of no fixed
width: three or more from 1 to 99, each above the one before, none the others' sum
(``numbered_in_order``). Rounded as counts they read 0, 0, 0, 20, 20, and the proof, reading
them as counts too, passed the copy (session 41).

Written as text ('Office' over '120', '7', '2019', beside each office's referrals), the codes
were read as counts typed as text and rounded (120, 0, 2020): the offices lost. Digits as text
under a place's kind alone ('Office', 'Site', 'Branch', 'Jobcentre'), two or more, all
different, each the first figure of its line (the table's first column, nothing left of them)
with figures right of them, are the lines' codes, whatever their width: a count written as text
stands beside its line's name, and counts here would name no line. A text column of counts
under a measure ('Referrals'), or right of the lines' names, is still rounded.
"""

from __future__ import annotations

import itertools
import re

from wpxl.analyse.values import is_text, typed_whole
from wpxl.model import Cell, Coord

_BARE_PLACE = re.compile(
    r"^\s*(?:(?:jcp|jobcentre(?:\s+plus)?)(?:\s+office)?|office|site|delivery\s+site|branch|district"
    r"|ward|team|la|lad|lea|local\s+authority(?:\s+district)?|area|region)\s*:?\s*$",
    re.IGNORECASE,
)
_NAME = re.compile(r"[A-Za-z]{2,}")
_CODE_DIGITS = 3
_ALONE = 3  # codes naming the lines of a table's first column with no name beside them
_SMALL_PLACES = 99  # places numbered in order from 1 ('Ward' 1 to 33), not codes of a width


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
    coded = [row for row in rows if typed_whole(cells.get((row, col))) is not None]
    if first and len(coded) == len(numbers) and numbered_in_order(numbers):
        return not any(_named(cells.get((row, col + 1))) for row in coded)  # 'Ward' 1, 2, 12
    widths = {len(str(n)) for n in numbers}
    if len(set(numbers)) != len(numbers) or len(widths) != 1 or min(widths) < _CODE_DIGITS:
        return False
    if any(all(_named(cells.get((row, col + side))) for row in coded) for side in (-1, 1)):
        return closed
    grouped = closed and _groups_named_left(cells, coded, col)
    alone = (first or grouped) and len(coded) == len(numbers) >= _ALONE
    alone = alone and 2 * max(numbers) != sum(numbers)
    return alone and not any(_named(cells.get((row, col + 1))) for row in coded)


def numbered_in_order(numbers: list[int]) -> bool:
    """Places numbered in order ('Ward' over 1, 2, 3, 12, 17): three or more numbers from 1 to
    99, each above the one before, none the others' sum. Rounded as counts they read 0, 0, 0,
    20, 20 and the lines could no longer be told apart."""
    ordered = all(b > a for a, b in itertools.pairwise(numbers))
    return (
        len(numbers) >= _ALONE
        and ordered
        and numbers[0] >= 1
        and numbers[-1] <= _SMALL_PLACES
        and 2 * max(numbers) != sum(numbers)
    )


def _groups_named_left(cells: dict[Coord, Cell], coded: list[int], col: int) -> bool:
    """Whether the column left of the codes names their groups on each group's first line
    only ('Region | Office' over 'North | 6660', ' | 2946'): the first code's line named,
    the others named or blank there. The codes are then the only names of the later lines."""
    left = [cells.get((row, col - 1)) for row in coded]
    blank = [c is None or c.is_empty or c.value in (None, "") for c in left]
    return (
        bool(coded)
        and _named(left[0])
        and all(b or _named(c) for b, c in zip(blank, left, strict=True))
    )


def _named(cell: Cell | None) -> bool:
    return cell is not None and is_text(cell.value) and _NAME.search(str(cell.value)) is not None


def place_codes_as_text(heads: list[Cell | None], values: list[object], first: bool) -> bool:
    """Whether a table's ``first`` column's ``values`` under ``heads`` are places' codes
    written as text (see the doc): a place's kind alone over two or more digits as text, all
    different, no leading zero needed nor forbidden ('007' is a code either way)."""
    kind = any(h is not None and is_text(h.value) and names_bare_place(str(h.value)) for h in heads)
    digits = [v for v in values if isinstance(v, str) and v.strip().isdecimal() and v.isascii()]
    others = [v for v in values if v not in digits and v is not None and v != ""]
    return (
        first
        and kind
        and len(digits) >= 2
        and len(set(digits)) == len(digits)
        and all(isinstance(v, str) and _NAME.search(v) for v in others)
    )
