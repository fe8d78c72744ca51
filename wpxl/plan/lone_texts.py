"""Texts alone in their line of a copy's sheet: a title or a note, wherever they stand.

A header or row label is judged against the workbook's figures only from 100 (its small numbers
name groups: 'JSA 18-24', 'Top 50'), a title or a note from 25, and any count of a measure it
states. An analyst centres a title by typing it over the middle of the table ('47 referrals
awaiting validation' in C1) or writes a note under a column ('Note: 47 referrals withdrawn'),
and the analysis reads such a text as the column's header: its count went out unrounded. A
text with no figure and no other words in its line is judged as a title now (the proof reads it
so too: ``verify.text_roles``).
"""

from __future__ import annotations

from collections import Counter

from wpxl.model import Coord, OutputCell


def lone_rows(cells: dict[Coord, OutputCell]) -> set[int]:
    """The rows of a sheet's cells holding one value only, a text."""
    held = Counter(row for (row, _), cell in cells.items() if cell.value not in (None, ""))
    return {
        row
        for (row, _), cell in cells.items()
        if held[row] == 1 and isinstance(cell.value, str) and cell.value
    }
