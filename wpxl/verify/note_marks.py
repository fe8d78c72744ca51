"""The proof's own reading of a column of footnote marks between a table's labels and figures.

Published tables put a narrow column headed 'Note' (or 'Notes', 'Footnote') between the labels
and the figures, a mark on the odd line: '[a]', '*', 'p', '(1)', or the note's number typed as
a number (1, 2) for a note written under the table ('1. Figures are provisional.'). Read as
figures, 1 and 2 are no multiple of the base and '(1)' a count written as text, and the proof
refused the copy keeping them. A number in such a column is a mark when every cell between it
and the header is blank or a mark and the sheet writes a note opening with that number
('1. ...', '(1) ...', '[1] ...', 'Note 1: ...'), so a count typed under 'Notes' with no note of
its number is judged as any other figure. The analyse stage is never asked.
"""

from __future__ import annotations

import re

from wpxl.model import Cell

Coord = tuple[int, int]
_NOTES = re.compile(r"^\s*(?:foot)?notes?\s*(?:marks?\s*)?:?\s*$", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*[(\[]?\s*(\d{1,2})\s*[)\]]?\s*$")  # 1, '(1)', '[1]'
_LETTERED = re.compile(  # '(a)', '[b]', '*', a dagger, 'p'
    r"^\s*(?:[(\[]\s*[a-z]\s*[)\]]|\*{1,3}|[\u2020\u2021\u00a7#]{1,2}|[a-z])\s*$", re.IGNORECASE
)
# a note opening with its number: '1. ...', '1) ...', '(1) ...', '[1] ...', 'Note 1: ...'
_OPENING = re.compile(r"^\s*(?:notes?\s*)?[(\[]?\s*(\d{1,2})\s*(?:[.):\]]|\s)\s*[a-z]", re.I)
_MOST = 99


class NoteMarks:
    """Which numbers of one input sheet are footnote marks (each column's run read once)."""

    def __init__(self, cells: dict[Coord, Cell]) -> None:
        self._cells = cells
        self._headed: dict[Coord, bool] = {}  # a mark's place -> whether 'Notes' heads its run
        self._notes: set[int] | None = None  # the numbers notes on the sheet open with

    def __call__(self, at: Coord) -> bool:
        """Whether the input's value at ``at`` is a footnote's mark: a number with its note."""
        number = _mark_number(self._cells.get(at))
        if number is None or not self._under_notes(at):
            return False
        if self._notes is None:
            self._notes = {
                int(found.group(1))
                for cell in self._cells.values()
                if isinstance(cell.value, str) and (found := _OPENING.match(cell.value))
            }
        return number in self._notes

    def _under_notes(self, at: Coord) -> bool:
        """Whether the column above ``at`` holds blanks and marks only up to a header naming
        notes."""
        row, col = at
        seen = []
        headed = False
        while row >= 0:
            if (row, col) in self._headed:
                headed = self._headed[(row, col)]
                break
            seen.append((row, col))
            cell = self._cells.get((row, col))
            value = None if cell is None else cell.value
            if value is None or (isinstance(value, str) and not value.strip()):
                row -= 1
                continue
            if _is_mark(cell):
                row -= 1
                continue
            headed = isinstance(value, str) and bool(_NOTES.match(value))
            break
        self._headed.update(dict.fromkeys(seen, headed))
        return headed


def _mark_number(cell: Cell | None) -> int | None:
    """The number a footnote mark gives (1, '(1)', '[1]'), 1 to 99; None for anything else."""
    if cell is None or cell.formula is not None or isinstance(cell.value, bool):
        return None
    value = cell.value
    if isinstance(value, int | float) and float(value).is_integer():
        return int(value) if 1 <= value <= _MOST else None
    found = _NUMBERED.match(value) if isinstance(value, str) else None
    return int(found.group(1)) if found and 1 <= int(found.group(1)) <= _MOST else None


def _is_mark(cell: Cell) -> bool:
    value = cell.value
    return _mark_number(cell) is not None or (
        cell.formula is None and isinstance(value, str) and bool(_LETTERED.match(value))
    )
