"""Texts alone in their line of a copy's sheet: a title or a note, wherever they stand.

A header or row label is judged against the workbook's figures only from 100 (its small numbers
name groups: 'JSA 18-24', 'Top 50'), a title or a note from 25, and any count of a measure it
states. An analyst centres a title by typing it over the middle of the table ('47 referrals
awaiting validation' in C1) or writes a note under a column ('Note: 47 referrals withdrawn'),
and the analysis reads such a text as the column's header: its count went out unrounded. A
text with no figure and no other words in its line is judged as a title now (the proof reads it
so too: ``verify.text_roles``).

A year, maybe with a footnote's mark ('2009⁽²⁾', '2009(2)', '2009*'), between years
down its column is the line's label, though every figure of its line was removed (a year table
of averages, as MoJ's A1.2): read as a title, '2009⁽²⁾' was removed wherever 2009
was a count of the workbook.
"""

from __future__ import annotations

import re
from collections import Counter

from wpxl.model import Coord, OutputCell

# a year, maybe marked for a footnote: raised '⁽²⁾', flat '(2)', or a symbol
_YEAR = re.compile(r"^\s*(?:19|20)\d\d\s*(?:[⁽⁾⁰¹²³⁴-⁹]+|\(\d{1,2}\)|[*†‡]+)?\s*$")


def lone_rows(cells: dict[Coord, OutputCell]) -> set[int]:
    """The rows of a sheet's cells holding one value only, a text, but for a year among years
    down its column (the line's label, its figures removed)."""
    held = Counter(row for (row, _), cell in cells.items() if cell.value not in (None, ""))
    return {
        row
        for (row, col), cell in cells.items()
        if held[row] == 1
        and isinstance(cell.value, str)
        and cell.value
        and not _among_years(cells, row, col, cell.value)
    }


def _among_years(cells: dict[Coord, OutputCell], row: int, col: int, text: str) -> bool:
    """Whether ``text`` is a year (maybe marked) with a year next above or below it."""
    if _YEAR.match(text) is None:
        return False
    return any(
        (near := cells.get((at, col))) is not None
        and _YEAR.match(f"{near.value:.0f}" if isinstance(near.value, float) else str(near.value))
        is not None
        for at in (row - 1, row + 1)
    )
