"""A column of footnote marks between a table's labels and its figures, headed as notes.

Published tables put a narrow column headed 'Note' (or 'Notes', 'Footnote') between the labels
and the figures, holding a mark on the odd line ('[a]', '*', 'p', '(1)', or the note's number
typed as a number: 1, 2): the copy read it as the first column of figures, rounding the numbers
to 0 and removing '(1)' as a figure written with a symbol, so no line said which note was its.
Under such a header, a column holding only marks, each number among them the number of a note
written on the sheet ('1. Figures are provisional.', '(2) Revised'), names its lines' notes:
labels, kept as written. A count typed under 'Notes' with no note of its number stays a figure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wpxl.analyse.numbered_columns import headed_by
from wpxl.model import Cell, Coord

if TYPE_CHECKING:  # the layout reads its columns here
    from wpxl.analyse.layout import Layout

_NOTES = re.compile(r"^\s*(?:foot)?notes?\s*(?:marks?\s*)?:?\s*$", re.IGNORECASE)
# a footnote's mark: its number or letter, bare or in brackets, or a symbol
_MARK = re.compile(
    r"^\s*(?:[(\[]\s*(?:note\s*)?[0-9a-z]{1,2}\s*[)\]]|\*{1,3}|[\u2020\u2021\u00a7#]{1,2}|[a-z]"
    r"|\d{1,2})\s*$",
    re.IGNORECASE,
)
_MOST = 99  # a note's number: 1 to 99
_NUMBER = re.compile(r"^\s*[(\[]?\s*(\d{1,2})\s*[)\]]?\s*$")  # 1, '(1)', '[1]'
# a note opening with its number: '1. ...', '1) ...', '(1) ...', '[1] ...', 'Note 1: ...'
_NOTE_OPENING = re.compile(r"^\s*(?:notes?\s*)?[(\[]?\s*(\d{1,2})\s*(?:[.):\]]|\s)\s*[a-z]", re.I)


def note_marks(cells: dict[Coord, Cell], layout: Layout, col: int) -> bool:
    """Whether the column is headed as notes and holds footnote marks only (one at least)."""
    if not headed_by(cells, layout.header_rows, col, lambda words: bool(_NOTES.match(words))):
        return False
    found = (cells.get((row, col)) for row in layout.body_rows)
    marks = [c for c in found if c is not None and not c.is_empty]
    if not marks or not all(_is_mark(c) for c in marks):
        return False
    numbers = {n for c in marks if (n := _number(c.value)) is not None}
    return not numbers or numbers <= _notes_opened(cells)


def _number(value: object) -> int | None:
    """The note's number a mark gives (1, '(1)', '[1]'), or None (a letter, a symbol)."""
    if isinstance(value, int):
        return value
    found = _NUMBER.match(value) if isinstance(value, str) else None
    return int(found.group(1)) if found else None


def _notes_opened(cells: dict[Coord, Cell]) -> set[int]:
    """The numbers the sheet's notes open with ('1. Figures are provisional.')."""
    texts = (c.value for c in cells.values() if isinstance(c.value, str))
    return {int(found.group(1)) for t in texts if (found := _NOTE_OPENING.match(t))}


def _is_mark(cell: Cell) -> bool:
    value = cell.value
    if cell.formula is not None or isinstance(value, bool):
        return False
    if isinstance(value, int):
        return 1 <= value <= _MOST
    return isinstance(value, str) and bool(_MARK.match(value))
