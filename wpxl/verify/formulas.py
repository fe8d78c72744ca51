"""The proof's own reading of the only formulas a copy may hold: sums, a ratio, a difference.

wpxl writes ``SUM(B4:B9,D4)`` (``+`` joining more SUMs past Excel's 255 arguments, other sheets
quoted as Excel quotes them, and ``+60`` for a rounded group the table does not show),
``B4/C4``, ``B4/C4*100`` (a rate typed as a whole percentage), ``B4/SUM(B4:B7)`` (a share of a
line with no total line) and ``C4-B4`` (one line of
counts less another); anything else in a copy is a
formula wpxl does not write. Read here without the analyse stage's reader, so the two cannot
share a mistake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from wpxl.model.sheetref import column_index

Coord = tuple[int, int]
_CELL = r"\$?([A-Z]{1,3})\$?([0-9]{1,7})"
_SHEET = r"(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!"
_REF = re.compile(rf"(?:{_SHEET})?{_CELL}(?::{_CELL})?")
_SUM_CHUNK = re.compile(r"SUM\(([^()]*)\)")
_ONE_RANGE = re.compile(rf"SUM\({_CELL}:{_CELL}\)")  # SUM(B4:B9): nearly every total
_RATIO = re.compile(rf"^{_CELL}/{_CELL}$")
_WHOLE_PERCENT = re.compile(rf"^{_CELL}/{_CELL}\*100$")
_SHARE_OF_SUM = re.compile(rf"^{_CELL}/SUM\({_CELL}:{_CELL}\)$")
_DIFFERENCE = re.compile(rf"^{_CELL}-{_CELL}$")
_CHANGE = re.compile(rf"^\({_CELL}-{_CELL}\)/{_CELL}(\*100)?$")
# A bare sheet name Excel reads as a reference, not a sheet (Q1, Apr13, R2, RC, TRUE): Excel
# drops a formula naming one so, and shows a blank where the cached value shows the total
_NOT_A_BARE_SHEET = re.compile(r"[A-Z]{1,3}[0-9]+|R[0-9].*|R?C[0-9].*|R|C|RC|TRUE|FALSE")
MAX_RANGE_CELLS = 1_000_000  # wider than any sheet's table: a hostile A1:XFD1048576 is refused


@dataclass(frozen=True, slots=True)
class Range:
    sheet: str | None  # None: the formula's own sheet
    top: int
    left: int
    bottom: int
    right: int

    def coords(self) -> list[Coord]:
        return [
            (row, col)
            for row in range(self.top, self.bottom + 1)
            for col in range(self.left, self.right + 1)
        ]

    @property
    def size(self) -> int:
        return (self.bottom - self.top + 1) * (self.right - self.left + 1)


@dataclass(frozen=True, slots=True)
class SumFormula:
    """What a ``SUM(...)+SUM(...)+60`` adds up: its ranges, and the whole number it adds (wpxl's
    rounded count of a group the table does not show; 0 for almost every total)."""

    ranges: list[Range]
    added: int


# Formulas read at once, of the last sheets read: a dozen readings of a sheet each ask every
# SUM of it, and the rows of a book's sheets repeat the same SUMs. Its answers are shared, so
# none is changed by a reader.
READ_AT_ONCE = 1 << 15


@lru_cache(maxsize=READ_AT_ONCE)
def sum_formula(formula: str, cells_added: bool = False) -> SumFormula | None:
    """The ranges and the number a ``SUM(...)+SUM(...)[+N]`` adds up, or None if the formula
    is anything else. ``cells_added``: single cells joined by ``+`` (``B4+C4``) count as well,
    as an input's totals are often written; wpxl never writes them, so a copy's may not."""
    one = _ONE_RANGE.fullmatch(formula)
    if one is not None:  # read as the general way below reads it, without splitting
        ref = _from_groups(None, None, *one.groups())
        return None if ref is None or ref.size > MAX_RANGE_CELLS else SumFormula([ref], 0)
    chunks = formula.split("+") if "'" not in formula else _split_outside_quotes(formula)
    ranges: list[Range] = []
    added = 0
    for chunk in chunks:
        text = chunk.strip()
        if text.isdigit() and text.isascii():
            added += int(text)
            continue
        match = _SUM_CHUNK.fullmatch(text) if "'" not in chunk else None
        args = match.group(1) if match else _quoted_sum_args(text)
        if args is None and cells_added and (cell := _range(text)) is not None:
            if cell.size != 1:
                return None
            ranges.append(cell)
            continue
        if args is None:
            return None
        for arg in _split_outside_quotes(args, ","):
            ref = _range(arg.strip())
            if ref is None or ref.size > MAX_RANGE_CELLS:
                return None
            ranges.append(ref)
    return SumFormula(ranges, added) if ranges else None


def ratio_cells(formula: str) -> tuple[Coord, Coord] | None:
    """(numerator, denominator) of ``B4/C4``, or None."""
    return _two_cells(_RATIO.match(formula))


def whole_percent_cells(formula: str) -> tuple[Coord, Coord] | None:
    """(numerator, denominator) of ``B4/C4*100``, a rate written as a whole percentage (25
    under '% of starts'), or None: its value must be 100 times the quotient."""
    return _two_cells(_WHOLE_PERCENT.match(formula))


def _two_cells(match: re.Match[str] | None) -> tuple[Coord, Coord] | None:
    if match is None:
        return None
    a_col, a_row, b_col, b_row = match.groups()
    return (int(a_row) - 1, column_index(a_col)), (int(b_row) - 1, column_index(b_col))


def share_of_sum_cells(formula: str) -> tuple[Coord, list[Coord]] | None:
    """(numerator, the cells summed) of ``B4/SUM(B4:B7)``, a share of a line with no total
    line, over one run of a row or a column that holds its numerator; else None."""
    match = _SHARE_OF_SUM.match(formula)
    if match is None:
        return None
    n_col, n_row, a_col, a_row, b_col, b_row = match.groups()
    num = (int(n_row) - 1, column_index(n_col))
    top, left = int(a_row) - 1, column_index(a_col)
    bottom, right = int(b_row) - 1, column_index(b_col)
    if top > bottom or left > right or (top != bottom and left != right):
        return None
    if bottom - top + right - left >= MAX_RANGE_CELLS:
        return None
    cells = [(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)]
    return (num, cells) if num in cells else None


def change_cells(formula: str) -> tuple[Coord, Coord, float] | None:
    """(later, earlier, scale) of ``(C4-B4)/B4`` (scale 1) or ``(C4-B4)/B4*100`` (100), a
    percentage change over the earlier figure; else None."""
    match = _CHANGE.match(formula)
    if match is None or match.group(3, 4) != match.group(5, 6):
        return None
    later, earlier = ((int(match.group(i + 1)) - 1, column_index(match.group(i))) for i in (1, 3))
    return later, earlier, 100.0 if match.group(7) else 1.0


def difference_cells(formula: str) -> tuple[Coord, Coord] | None:
    """(first, second) of ``C4-B4``, or None: spaces allowed, as an input may type them."""
    match = _DIFFERENCE.match(formula.replace(" ", ""))
    if match is None:
        return None
    a_col, a_row, b_col, b_row = match.groups()
    return (int(a_row) - 1, column_index(a_col)), (int(b_row) - 1, column_index(b_col))


def formula_ranges(formula: str) -> list[Range]:
    """Every range a formula of the input reads (H4, 'JO'!B4, Data!B4:C9), whatever it
    computes; text in quotes is not searched."""
    bare = re.sub(r'"[^"]*"', "", formula)
    found = (_from_groups(*m.groups()) for m in _REF.finditer(bare))
    return [r for r in found if r is not None and r.size <= MAX_RANGE_CELLS]


def other_sheet_ranges(formula: str) -> list[Range]:
    """Every range on a named sheet that a formula of the input reads ('JO'!B4, Data!B4:C9)."""
    return [r for r in formula_ranges(formula) if r.sheet is not None]


def unquoted_references(formula: str) -> list[str]:
    """The sheets a formula names bare though Excel would read the name as a cell reference
    (``SUM(Q1!B6)`` must be ``SUM('Q1'!B6)``)."""
    return [
        m.group(2)
        for m in _REF.finditer(formula)
        if m.group(2) is not None and _NOT_A_BARE_SHEET.fullmatch(m.group(2).upper())
    ]


def _range(text: str) -> Range | None:
    match = _REF.fullmatch(text)
    if match is None:
        return None
    return _from_groups(*match.groups())


def _from_groups(
    quoted: str | None, bare: str | None, col1: str, row1: str, col2: str | None, row2: str | None
) -> Range | None:
    sheet = quoted.replace("''", "'") if quoted is not None else bare
    top, left = int(row1) - 1, column_index(col1)
    bottom, right = (int(row2) - 1, column_index(col2)) if col2 else (top, left)
    if bottom < top or right < left:
        return None
    return Range(sheet, top, left, bottom, right)


def _quoted_sum_args(chunk: str) -> str | None:
    if chunk.startswith("SUM(") and chunk.endswith(")"):
        return chunk[4:-1]
    return None


def _split_outside_quotes(text: str, sep: str = "+") -> list[str]:
    """``text`` split at ``sep`` where it is not inside a quoted sheet name."""
    parts, current, quoted = [], [], False
    for ch in text:
        if ch == "'":
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts
