"""The proof's own reading of a column numbering a part of the year, by the input's cells: a
database extract's 'Year | Month | JSA | ESA' with months 4 .. 12, 1 .. 3, or 'Year | Quarter'
with 1 .. 4. Such numbers are labels, kept as written; but a count taken for one is a
disclosure, so a figure is let stand as one only when:

- it is one of an unbroken run of whole numbers under a header naming the part ('Month',
  'Quarter', 'Qtr', 'Week', 'Period', maybe with 'number'), all from 1 to the part's last
  (12 months, 4 quarters, 53 weeks, 13 periods), with no figure just below the run (a total
  row counting it);
- each row of the run has figures right of it, and none left of it but a year: then a column
  left of it (just left, or with words between: 'Year | Region | Month') is a run of years
  under a header of words on the same rows (or a year on the first, shown once over the rows
  under it as a pivot table shows it), and each row's cells left of it (an empty one showing
  the one above), its words right of it before its figures ('Year | Month | Region') and part
  together are different (the parts repeat from year to year);
- or with no year column, nothing left of it is a figure, its numbers are all different and
  the header or a line of the five above it names a year.

``label_figures`` also asks that no formula of the copy refers to it. The analyse stage is
never asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wpxl.model import Cell
from wpxl.verify.books import Coord

PART = re.compile(  # a part of the year's header: 'Month', 'Quarter no.'
    r"^\s*(?:(?:financial|fiscal|calendar|reporting|accounting)\s+)?"
    r"(month|quarter|qtr|week|wk|period)s?\.?(?:\s+(?:number|no\.?|num\.?))?\s*:?\s*$",
    re.IGNORECASE,
)
LAST = {"month": 12, "quarter": 4, "qtr": 4, "week": 53, "wk": 53, "period": 13}
_YEAR_TEXT = re.compile(r"^\s*(?:FY\s*)?(?:199\d|20\d\d)(?:\s*[/-]\s*(?:\d\d|\d{4}))?\s*$")
_YEAR_IN_WORDS = re.compile(r"(?<!\d)(?:199\d|20\d\d)(?!\d)")
_TITLE_LINES = 5


class YearParts:
    """Judges whether an input figure numbers a part of the year (see the module's doc)."""

    def __init__(
        self, cells: dict[Coord, Cell], row_cells: Callable[[int], list[tuple[int, Cell]]]
    ) -> None:
        self.cells = cells
        self.row_cells = row_cells  # the input's cells of a row, left to right

    def __call__(self, at: Coord) -> bool:
        row, col = at
        top, end = row, row
        while whole(self.cells.get((top - 1, col))) is not None:
            top -= 1
        header = _text(self.cells.get((top - 1, col)))
        named = PART.match(header) if header is not None else None
        if named is None:
            return False  # asked before the run is walked: a column of counts is long
        while whole(self.cells.get((end + 1, col))) is not None:
            end += 1
        if is_number(_value(self.cells.get((end + 1, col)))):
            return False
        rows = range(top, end + 1)
        parts = [whole(self.cells.get((r, col))) or 0 for r in rows]
        if len(parts) < 2 or not all(1 <= n <= LAST[named.group(1).lower()] for n in parts):
            return False
        year_col = next((c for c in range(col - 1, -1, -1) if self._years(rows, c)), None)
        for r in rows:
            line = self.row_cells(r)
            left = [c for c, cell in line if c < col and is_number(cell.value)]
            if left not in ([year_col], []) or (left and year_col is None):
                return False  # a figure left of it: it is among the figures, not the labels
            if not any(c > col and is_number(cell.value) for c, cell in line):
                return False
        if year_col is not None:  # each row's words and year left of it, and part, once
            keys, shown = set(), {}  # a cell left empty shows the one above (a pivot table)
            for r, n in zip(rows, parts, strict=True):
                line = self.row_cells(r)
                shown |= {c: str(v) for c, cell in line if c < col and _shown(v := cell.value)}
                keys.add((*sorted(shown.items()), *_words_after(line, col), n))
            return len(keys) == len(parts)
        return len(set(parts)) == len(parts) and self._year_named(top - 1, col)

    def _years(self, rows: range, col: int) -> bool:
        """Whether the column holds a year on each of the rows, or on the first and on each it
        does not leave empty (a pivot table shows a year once over its rows), under a header
        of words."""
        cells = self.cells
        if _text(cells.get((rows[0] - 1, col))) is None or _year(cells.get((rows[0], col))) is None:
            return False
        found = [cells.get((r, col)) for r in rows]
        return all(c is None or not _shown(c.value) or _year(c) is not None for c in found)

    def _year_named(self, header_row: int, col: int) -> bool:
        """Whether the column's header or a line of the few above it names a year."""
        if _YEAR_IN_WORDS.search(_text(self.cells.get((header_row, col))) or ""):
            return True
        first = max(0, header_row - _TITLE_LINES)
        return any(
            isinstance(cell.value, str) and _YEAR_IN_WORDS.search(cell.value)
            for r in range(first, header_row)
            for _, cell in self.row_cells(r)
        )


def _words_after(line: list[tuple[int, Cell]], col: int) -> list[tuple[int, str]]:
    """The row's words right of ``col`` before its first figure ('Year | Month | Region')."""
    words = []
    for c, cell in line:
        if c <= col:
            continue
        if is_number(cell.value):
            break
        if _shown(cell.value):
            words.append((c, str(cell.value)))
    return words


def _shown(value: object) -> bool:
    """Whether a cell shows anything (not empty, not blank words)."""
    return value is not None and str(value).strip() != ""


def _value(cell: Cell | None) -> object:
    return None if cell is None else cell.value


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


EXACT = 2**53  # every int up to this is a float exactly: it is its own whole number


def whole(cell: Cell | None) -> int | None:
    """A typed whole number (no formula, no text). A plain int, the commonest cell (asked of
    each of a column's 2,400 counts as a label run is read), is itself, not turned to a float
    and back."""
    if cell is None or cell.formula is not None:
        return None
    value = cell.value
    if value.__class__ is int and -EXACT <= value <= EXACT:  # type: ignore[operator]
        return value  # type: ignore[return-value]
    if not is_number(value):
        return None
    value = float(value)  # type: ignore[arg-type]
    return int(value) if value.is_integer() else None


def _text(cell: Cell | None) -> str | None:
    if cell is None or cell.formula is not None or not isinstance(cell.value, str):
        return None
    return cell.value.strip() or None


def _year(cell: Cell | None) -> str | None:
    """A year written as a number (2013) or as words (2013/14), as text; None otherwise."""
    number = whole(cell)
    if number is not None:
        return str(number) if 1990 <= number <= 2100 else None
    text = _text(cell)
    return text if text is not None and _YEAR_TEXT.match(text) else None
