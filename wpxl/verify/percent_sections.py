"""A percentage sheet's lines can be told apart: a label shown twice is parted by a name.

Areas stacked under one header, each parted by a row holding only its name ("Buxton"): a
percentage sheet that leaves those rows out shows four runs of 'JSA 18-24 .. Total' a reader
cannot tell apart (which 7 % is Buxton's?). The proof reads the copy alone: down each column
of percentages, a row whose label words were shown on an earlier row of it must be parted from
that row by a row whose words the sheet shows once (a section's name, with or without shares
of its own: 'Referrals not in work' over its JSA and ESA), or by words to the left of its own
(an area named on its block's first line only). A row with no words (its label removed, as it
stated an amount) is not judged. Columns are read the same way, their headers for labels: an
outcome column under a payment group ('JSA 18-24' over Referrals | Job starts | Job outcomes)
shown without the group's name is one more 'Job outcomes'. A header merged over columns heads
each of them, as a reader sees it: a grand 'Total' at the far right under no year is told from
2013/14's 'Total' under '2013/14' merged over its quarters. A date tells lines apart as words
do: a long extract's 'Office | Month | Referrals | Job outcomes', each office once a month and
the months typed as dates, was refused, its offices read as repeating with nothing between.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime

from wpxl.model import Cell
from wpxl.model.layout import BANNER_ROWS
from wpxl.model.sheetref import a1
from wpxl.verify.leaks import Finding

Coord = tuple[int, int]
Spans = Iterable[tuple[int, int, int, int]]
UNTOLD = (
    "outcome percentages on rows (or columns) whose labels repeat an earlier one's with "
    "nothing naming which is which (a section's or group's name left off); show it"
)


def untold_rows(
    sheet: str, cells: Mapping[Coord, Cell], percent: set[Coord], spans: Spans = ()
) -> list[Finding]:
    """The percentage cells (``percent``) of ``sheet`` on rows repeating an earlier row's
    labels with nothing between to tell them apart, one finding per column; and the same of
    columns repeating an earlier column's headers ('Job outcomes', 'Job outcomes' with the
    payment group over each left off), one per row. A header merged along its row (``spans``:
    the sheet's merged ranges, top, left, bottom, right) heads each column it spans."""
    words = {at: value for at, c in cells.items() if isinstance(value := c.value, str)}
    words |= {at: str(c.value) for at, c in cells.items() if _dated(c) and at not in percent}
    turned = {(c, r): value for (r, c), value in words.items()}
    for top, left, bottom, right in spans:  # the banner across the top is no header
        if BANNER_ROWS <= top == bottom and (head := words.get((top, left))) is not None:
            turned.update({(c, top): head for c in range(left + 1, right + 1)})
    down = _untold(words, percent)
    across = [(r, c) for c, r in _untold(turned, {(c, r) for r, c in percent})]
    return [Finding(f"'{sheet}' {a1(*at)}", UNTOLD) for at in [*down, *across]]


def _dated(cell: Cell) -> bool:
    """Whether a cell shows a date ('01/06/2013' down a long extract's 'Month' column, the
    months of a pivot across): it tells its line from one with another date as words would.
    A percentage sheet shows no other figure but its percentages (``NOT_A_PERCENTAGE``)."""
    return isinstance(cell.value, int | float | datetime) and not isinstance(cell.value, bool)


def _untold(texts: Mapping[Coord, str], percent: set[Coord]) -> list[Coord]:
    """The first cell of each column of ``percent`` whose row repeats an earlier row's words
    (those left of the percentages) with nothing parting them."""
    if not percent:
        return []
    left = min(c for _, c in percent)
    words: dict[int, dict[int, str]] = {}
    for (row, col), text in texts.items():
        if col < left and text.strip():
            words.setdefault(row, {})[col] = " ".join(text.split())
    keys = {row: tuple(held[c] for c in sorted(held)) for row, held in words.items()}
    once = {key for key, n in Counter(keys.values()).items() if n == 1}
    by_col: dict[int, list[int]] = {}
    for r, c in percent:
        if r in keys:
            by_col.setdefault(c, []).append(r)
    found = []
    for col in sorted({c for _, c in percent}):
        seen: dict[tuple[str, ...], int] = {}
        for row in sorted(by_col.get(col, [])):
            key = keys[row]
            if key in seen and not _parted(seen[key], row, words, keys, once):
                found.append((row, col))
                break
            seen[key] = row
    return found


def _parted(
    earlier: int,
    row: int,
    words: dict[int, dict[int, str]],
    keys: dict[int, tuple[str, ...]],
    once: set[tuple[str, ...]],
) -> bool:
    """Whether a row after ``earlier`` and before ``row`` holds words the sheet shows once, or
    a row after ``earlier`` up to ``row`` holds words left of the row's own labels."""
    first = min(words[row])
    for between in range(earlier + 1, row + 1):
        if between in keys and (
            (between != row and keys[between] in once) or min(words[between]) < first
        ):
            return True
    return False
