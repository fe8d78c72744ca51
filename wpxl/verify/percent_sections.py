"""A percentage sheet's lines can be told apart: a label shown twice is parted by a name.

Areas stacked under one header, each parted by a row holding only its name ("Buxton"): a
percentage sheet that leaves those rows out shows four runs of 'JSA 18-24 .. Total' a reader
cannot tell apart (which 7 % is Buxton's?). The proof reads the copy alone: down each column
of percentages, a row whose label words were shown on an earlier row of it must be parted from
that row by a row naming something else (words and no percentage: a section's name), or by
words to the left of its own (an area named on its block's first line only).
"""

from __future__ import annotations

from collections.abc import Mapping

from wpxl.model import Cell
from wpxl.model.sheetref import a1
from wpxl.verify.leaks import Finding

Coord = tuple[int, int]
UNTOLD = (
    "outcome percentages on rows whose labels repeat an earlier row's with nothing naming "
    "which is which (a section's name left off); show the row naming each section"
)


def untold_rows(sheet: str, cells: Mapping[Coord, Cell], percent: set[Coord]) -> list[Finding]:
    """The percentage cells (``percent``) of ``sheet`` on rows repeating an earlier row's
    labels with nothing between to tell them apart, one finding per column."""
    if not percent:
        return []
    left = min(c for _, c in percent)
    words: dict[int, dict[int, str]] = {}
    for (row, col), cell in cells.items():
        if col < left and isinstance(cell.value, str) and cell.value.strip():
            words.setdefault(row, {})[col] = " ".join(cell.value.split()).casefold()
    found = []
    for col in sorted({c for _, c in percent}):
        rows = sorted(r for r, c in percent if c == col)
        seen: dict[tuple[str, ...], int] = {}
        for row in rows:
            label = words.get(row, {})
            key = tuple(label[c] for c in sorted(label))
            if key in seen and not _parted(seen[key], row, label, words, percent, col):
                found.append(Finding(f"'{sheet}' {a1(row, col)}", UNTOLD))
                break
            seen[key] = row
    return found


def _parted(
    earlier: int,
    row: int,
    label: dict[int, str],
    words: dict[int, dict[int, str]],
    percent: set[Coord],
    col: int,
) -> bool:
    """Whether a row from ``earlier`` (not it) to ``row`` names a section (words and no
    percentage) or holds words left of the row's own labels."""
    first = min(label, default=col)
    for between in range(earlier + 1, row + 1):
        held = words.get(between, {})
        if held and between != row and (between, col) not in percent:
            return True
        if any(c < first for c in held):
            return True
    return False
