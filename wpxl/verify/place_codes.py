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

Offices numbered under 'Office' right of 'Region', the region named on its first office's line
only ('North | 6660', then ' | 2946', ' | 6518'): the later lines have no name but the code, so
such codes (three or more, none the others' sum, nothing named right of them) are the lines'
only labels too, where a total or a group's line leaves the column blank. Rounded, 2946 read
2940, and the proof passed the copy (session 32).

Places numbered in order down a table's first column with no name beside ('Ward' over 1, 2, 3,
12, 17, as a council numbers its wards) are its lines' only labels as well, of no fixed width:
three or more from 1 to 99, each above the one before, none the others' sum. Read as counts,
a copy rounding them to 0, 0, 0, 20, 20 passed the proof (session 41); ``kept_labels`` now
refuses it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from itertools import pairwise

from wpxl.model import Cell
from wpxl.verify.books import Coord

_BARE_PLACE = re.compile(
    r"^\s*(?:(?:jcp|jobcentre(?:\s+plus)?)(?:\s+office)?|office|site|delivery\s+site|district"
    r"|ward|team|la|lad|lea|local\s+authority(?:\s+district)?|area|region)\s*:?\s*$",
    re.IGNORECASE,
)
_NAME = re.compile(r"[A-Za-z]{2,}")
_CODE_DIGITS = 3
_REACH = 50  # how far right of a code written as text its line's figures are looked for
_ALONE = 3  # codes naming the lines of a table's first column with no name beside them
_SMALL_PLACES = 99  # places numbered in order from 1 ('Ward' 1 to 33), not codes of a width


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
    if first and _in_order(numbers):  # 'Ward' over 1, 2, 3, 12, 17: no name beside them
        return not any(_NAME.search(text((row, col + 1)) or "") for row in rows)
    widths = {len(str(n)) for n in numbers}
    if len(set(numbers)) != len(numbers) or len(widths) != 1 or min(widths) < _CODE_DIGITS:
        return False
    if any(all(_NAME.search(text((row, col + side)) or "") for row in rows) for side in (-1, 1)):
        return closed
    grouped = closed and _groups_named_left(text, rows, col)
    alone = (first or grouped) and len(numbers) >= _ALONE and 2 * max(numbers) != sum(numbers)
    return alone and not any(_NAME.search(text((row, col + 1)) or "") for row in rows)


def _in_order(numbers: list[int]) -> bool:
    """Places numbered in order from 1 to 99, three or more, each above the one before, none
    the others' sum (see the module's doc)."""
    ordered = all(b > a for a, b in pairwise(numbers))
    small = numbers[0] >= 1 and numbers[-1] <= _SMALL_PLACES
    return len(numbers) >= _ALONE and ordered and small and 2 * max(numbers) != sum(numbers)


def _groups_named_left(text: Callable[[Coord], str | None], rows: list[int], col: int) -> bool:
    """Whether the column left of the codes names their groups on each group's first line
    only ('Region | Office' over 'North | 6660', ' | 2946'): the first code's line named, the
    others named or blank there (``text`` gives None for a figure too: ``label_figures`` has
    made sure none stands left of the codes)."""
    left = [text((row, col - 1)) for row in rows]
    return (
        bool(rows)
        and _NAME.search(left[0] or "") is not None
        and all(w is None or _NAME.search(w) for w in left)
    )


def text_place_code(cells: Mapping[Coord, Cell], at: Coord) -> bool:
    """Whether the input's digits as text at ``at`` are a place's code as the proof reads one:
    in a run of two or more digits as text down a column, all different, right under a
    place's kind alone ('Office' over '120', '7', '2019'), each the first thing on its line
    with a figure right of it. A count written as text stands beside its line's name, and
    counts here would name no line (wpxl.analyse.bare_places reads them so too)."""
    row, col = at
    if _digits(cells.get(at)) is None:
        return False
    top = row
    while _digits(cells.get((top - 1, col))) is not None:
        top -= 1
    bottom = row
    while _digits(cells.get((bottom + 1, col))) is not None:
        bottom += 1
    head = cells.get((top - 1, col))
    if head is None or not isinstance(head.value, str) or not names_bare_place(head.value):
        return False
    run = [str(_digits(cells.get((r, col)))) for r in range(top, bottom + 1)]
    if len(run) < 2 or len(set(run)) != len(run):
        return False
    return all(_first_on_line(cells, r, col) for r in range(top, bottom + 1))


def _digits(cell: Cell | None) -> str | None:
    value = None if cell is None or cell.formula is not None else cell.value
    if isinstance(value, str) and value.strip().isdecimal() and value.isascii():
        return value.strip()
    return None


def _first_on_line(cells: Mapping[Coord, Cell], row: int, col: int) -> bool:
    """Nothing left of the code on its line, and a figure (typed, a formula's or digits as
    text) right of it (a name may stand between: 'Office | Local office | Referrals')."""
    left = any(
        (c := cells.get((row, x))) is not None and c.value not in (None, "") for x in range(col)
    )
    right = (cells.get((row, x)) for x in range(col + 1, col + _REACH + 1))
    return not left and any(c is not None and _figure(c) for c in right)


def _figure(cell: Cell) -> bool:
    value = cell.value
    typed = isinstance(value, int | float) and not isinstance(value, bool)
    return cell.formula is not None or typed or _digits(cell) is not None
