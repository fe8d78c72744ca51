"""Numbers outside any table that number lines of text: a contents list (1, 2, 3 ... each
beside a worksheet's description) names its lines, and counts nothing, so its numbers are
kept as they are rather than dropped as figures no table explains. So are the numbers of a
block of notes under its heading (Stat-Xplore's 'Annotations', then '1' and '2' each beside a
note's text), which were dropped as 'a number outside any table' when there were fewer than
three: under such a heading 1, 2 ... number its notes however few.
"""

from __future__ import annotations

import re

from wpxl.analyse.values import as_number, is_numbering, is_text
from wpxl.model import Cell, Coord

# a block of notes' heading, alone in its cell: 'Annotations', 'Notes:', 'Footnotes'
_NOTES_HEADING = re.compile(r"\s*(?:annotations?|(?:foot)?notes?)\s*:?\s*", re.IGNORECASE)


def numbered_lines(free: list[Coord], cells: dict[Coord, Cell]) -> set[Coord]:
    """Numbers outside any table that number lines of text (a contents list: 1, 2, 3 ... each
    beside a worksheet's description; or a block of notes under its heading): labels, kept as
    they are."""
    by_col: dict[int, list[Coord]] = {}
    for row, col in free:
        cell, beside = cells[(row, col)], cells.get((row, col + 1))
        number = cell.formula is None and as_number(cell.value) is not None
        if number and beside is not None and is_text(beside.value):
            by_col.setdefault(col, []).append((row, col))
    numbered: set[Coord] = set()
    for coords in by_col.values():
        values = [cells[c].value for c in sorted(coords)]
        if is_numbering(values, ""):
            numbered.update(coords)
        else:
            numbered.update(_notes_numbered(sorted(coords), cells))
    return numbered


def _notes_numbered(coords: list[Coord], cells: dict[Coord, Cell]) -> list[Coord]:
    """The numbers 1, 2 ... on consecutive lines from straight under a notes heading in their
    column (a blank line between allowed), each beside text."""
    first = next((i for i, at in enumerate(coords) if _first_note(at, cells)), None)
    if first is None:
        return []
    found = [coords[first]]
    for row, col in coords[first + 1 :]:
        if row != found[-1][0] + 1 or as_number(cells[(row, col)].value) != len(found) + 1:
            break
        found.append((row, col))
    return found


def _first_note(coord: Coord, cells: dict[Coord, Cell]) -> bool:
    """Whether ``coord`` holds 1 under a notes heading (a blank line between allowed)."""
    row, col = coord
    above = [cells.get((r, col)) for r in (row - 1, row - 2)]
    texts = [c.value for c in above if c is not None and c.value not in (None, "")]
    heading = bool(texts) and isinstance(texts[0], str) and _NOTES_HEADING.fullmatch(texts[0])
    return bool(heading) and as_number(cells[coord].value) == 1
