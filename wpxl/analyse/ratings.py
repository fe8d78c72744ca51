"""A column of RAG ratings ('Red', 'Amber', 'Green') worked out from the unrounded figures, or of
verdicts against a target ('Yes' under 'On track?', 'Met', 'Behind').

A dashboard rates each office's job starts against its target: 'Red' below it, 'Green' at or
above. The rating is worked from the true figures, so beside the rounded ones it says on which
side of a threshold a true figure lies: 137 starts shown as 140 against a target of 140, rated
'Red', gives away that the true figure is under 140, a bound as telling as a rank
(``uncounted``). Where rounding changes none of the table's figures the ratings were worked
from the very figures the copy shows and tell nothing more: they stay. Otherwise every rating
of the column goes, named on the cover; keeping those of the lines rounding left alone would
tell which lines it changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wpxl.analyse.body import FIGURES
from wpxl.analyse.values import as_number, is_text
from wpxl.model import Cell, Coord, Role, Table

RATED = (
    "a rating against a target ('Red', 'Green', 'Met') worked out from the unrounded figures: "
    "beside the rounded ones it tells on which side of the target a true figure lies, so it is "
    "not shared"
)
# a traffic light in words or by its letter, alone or two together ('Amber/Green'), as trackers
# write it; 'Blue' is the 'BRAG' scheme's met-and-closed
_RATING = re.compile(
    r"(?:red|amber|green|blue|r|a|g|b)(?:\s*[/\-\u2013]\s*(?:red|amber|green|r|a|g))?"
    r"|yes|no|y|n|(?:not\s+)?met|(?:on|off)(?:\s+track)?|above|below|ahead|behind",
    re.IGNORECASE,
)
_FULL = re.compile(r"\b(?:red|amber|green)\b", re.IGNORECASE)
# a verdict ('Yes', 'Met', 'Behind') is read only under words asking it of a target
_HEAD = re.compile(r"\b(?:b?rag|status|rating|on\s+track|target|met)\b", re.IGNORECASE)


def drop_ratings(
    table: Table,
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    reasons: dict[Coord, str],
    header_text: Callable[[int], str],
    base: int,
) -> None:
    """Remove each body column of ratings when rounding to ``base`` changes a figure of the
    table. A column is of ratings when its every written cell is a rating, two or more of
    them, spelt out ('Green') or under a header naming them ('RAG', 'Status'); the table's
    figures are already read (counts and totals), so a figure's change is known."""
    rated = [col for col in table.body_cols if _rates(col, header_text, table, cells)]
    if not rated or not _rounding_changes(table, cells, roles, base):
        return
    for col in rated:
        for row in table.body_rows:
            if (row, col) in cells and not cells[(row, col)].is_empty:
                roles[(row, col)] = Role.DROPPED
                reasons[(row, col)] = RATED


def _rates(
    col: int, header_text: Callable[[int], str], table: Table, cells: dict[Coord, Cell]
) -> bool:
    """Whether the column is of ratings: read down to its first cell that is none (most
    columns: their first, a figure)."""
    written, spelt = 0, False
    for row in table.body_rows:
        cell = cells.get((row, col))
        if cell is None or cell.is_empty:
            continue
        if not is_text(cell.value) or not _RATING.fullmatch(text := str(cell.value).strip()):
            return False
        written, spelt = written + 1, spelt or _FULL.search(text) is not None
    return written >= 2 and (spelt or _HEAD.search(header_text(col)) is not None)


def _rounding_changes(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role], base: int
) -> bool:
    """Whether a count or total of the table is not already a multiple of the base."""
    for row in table.body_rows:
        for col in table.body_cols:
            if roles.get((row, col)) in FIGURES:
                value = as_number(cells[(row, col)].value)
                if value is not None and value % base:
                    return True
    return False
