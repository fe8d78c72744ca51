"""Invariant 10, for a group of columns under one head: a column adding up the others of its
group shows the sum of what the copy shows for them.

Published tables head each year's columns with the year, merged over them or typed over the
first alone ('2023' over 'Year | Q1 | Q2 | Q3 | Q4', or over 'Q1 .. Q4 | Total'), and the
region's district columns with the region. A group's first or last column is often its total,
typed, and nothing but arithmetic says so ('Year', 'Calendar year'); rounded on its own it shows
the rounded original total, not the sum of the rounded quarters the reader sees beside it,
which guidance R5 forbids.

The proof reads the input itself: a head (words or a year) in one header row, over the columns
the row below names, up to the next head in its row (or a column the row below leaves blank,
a spacer), or over its merged range, and the column just before or after them that the row
below names with the head's own words ('2021-22' over Q1 to Q4, '2021-22 | Q1 | ... | Q4'
under it: the year's total first); three columns or more. Where the group's first or last
column is, to the last digit in every row below where it holds a figure (a formula's as the
file caches it), the sum of the others, two of those sums or more not 0, it is their total, and
the copy must show at each such place the sum of what it shows at theirs. Only a plain figure
is asked (a formula is held to the cells it adds up by invariant 1).

A year is as often headed in the same row as its parts, by its number alone beside them ('Q1
2023 | Q2 2023 | Q3 2023 | Q4 2023 | 2023', or '2023/24' beside its months): the columns next to
it whose heads name a quarter or a month of that year are its group, read the same way. A
column named as a total beside such groups ('Total', 'All years'), adding up their totals and
the named columns of figures outside every group, must show the sum of what the copy shows for
them too.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from wpxl.model import Cell, CellRange
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.summed_blocks import written_alone
from wpxl.verify.total_words import figure, names_total

Coord = tuple[int, int]
NOT_THE_GROUPS_SUM = "a total of its group's columns rounded on its own, not the sum shown"
_MIN_MATCHES = 2
_MIN_COLUMNS = 3
_YEAR = re.compile(r"^\s*((?:19|20)\d\d)(?:\s*[/-]\s*((?:19|20)?\d\d))?\s*$")
_MONTH = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_PART = re.compile(rf"\b(?:q[1-4]|quarter\s*[1-4]|(?:{_MONTH})[a-z]*)\b", re.IGNORECASE)
_YEARS_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def group_totals(
    pair: SheetPair, cells: dict[Coord, Cell], spans: list[CellRange]
) -> list[Finding]:
    """Each place where a group's first or last column adds up the others in the input but
    the copy shows it as a figure that is not the sum of theirs; ``spans``: the sheet's merged
    ranges and centre-across runs."""
    found = []
    totals: dict[int, dict[int, list[int]]] = {}  # names row -> each group's total: its columns
    by_col: dict[int, set[int]] = {}  # read once: a sheet may head a group over each of 200 blocks
    for r, c in cells:
        by_col.setdefault(c, set()).add(r)
    below: dict[tuple[int, ...], list[int]] = {}  # each set of columns' rows, in order
    lines = _Lines(pair, cells)
    for head_row, cols in _groups(cells, spans):
        if (key := tuple(cols)) not in below:
            below[key] = sorted(set().union(*(by_col.get(c, ()) for c in cols)))
        rows = below[key][bisect_right(below[key], head_row + 1) :]
        for total in {cols[0], cols[-1]}:
            parts = tuple(c for c in cols if c != total)
            if lines.adds_up(rows, total, parts):
                found += lines.not_shown_so(rows, total, parts)
                totals.setdefault(head_row + 1, {})[total] = cols
    for names_row, groups in totals.items():
        found += _over_the_groups(cells, names_row, groups, by_col, lines)
    return found


class _Lines:
    """Each row's reading for a total column and its parts, read once: a sheet of blocks heads
    a group over each block, and every group reads the rows to the sheet's end."""

    def __init__(self, pair: SheetPair, cells: dict[Coord, Cell]) -> None:
        self.pair, self.cells = pair, cells
        self.sums: dict[tuple[int, int, tuple[int, ...]], int | None] = {}
        self.shown: dict[tuple[int, int, tuple[int, ...]], Finding | None] = {}

    def adds_up(self, rows: list[int], total: int, parts: tuple[int, ...]) -> bool:
        matches = 0
        for row in rows:
            key = (row, total, parts)
            if key not in self.sums:
                self.sums[key] = self._sum(row, total, parts)
            if (reading := self.sums[key]) is None:
                continue
            if reading < 0:
                return False
            matches += reading
        return matches >= _MIN_MATCHES

    def _sum(self, row: int, total: int, parts: tuple[int, ...]) -> int | None:
        """The row's figure in ``total`` against its parts': -1 not their sum, 0 their sum and
        0, 1 their sum and not 0; None where it holds no figure."""
        value = figure(self.cells.get((row, total)))
        if value is None:
            return None
        shown = [figure(self.cells.get((row, part))) for part in parts]
        if abs(value - sum(p or 0.0 for p in shown)) > 1e-6:
            return -1
        return int(value != 0)

    def not_shown_so(self, rows: list[int], total: int, parts: tuple[int, ...]) -> list[Finding]:
        found = []
        for row in rows:
            key = (row, total, parts)
            if key not in self.shown:
                self.shown[key] = _not_shown_so(self.pair, row, total, parts)
            if (finding := self.shown[key]) is not None:
                found.append(finding)
        return found


def _over_the_groups(
    cells: dict[Coord, Cell],
    names_row: int,
    groups: dict[int, list[int]],
    by_col: dict[int, set[int]],
    lines: _Lines,
) -> list[Finding]:
    """A column named as a total in the groups' names row ('Total', 'All years'), in no group,
    adding up the groups' totals and the named columns outside every group."""
    grouped = {c for cols in groups.values() for c in cols}
    named = sorted(
        c for c, rows in by_col.items() if names_row in rows and _named(cells[(names_row, c)])
    )
    found = []
    for col in named:
        words = cells[(names_row, col)].value
        if col in grouped or not isinstance(words, str) or not names_total(words.strip()):
            continue
        rows = sorted(r for r in by_col[col] if r > names_row)
        counted = [c for c in named if any(figure(cells.get((r, c))) is not None for r in rows)]
        parts = (*groups, *(c for c in counted if c != col and c not in grouped))
        if lines.adds_up(rows, col, parts):
            found += lines.not_shown_so(rows, col, parts)
    return found


def _groups(cells: dict[Coord, Cell], spans: list[CellRange]) -> list[tuple[int, list[int]]]:
    """Each head's row and the columns it heads (see the module's doc)."""
    merged = {(s.top, s.left): s.right for s in spans if s.top == s.bottom and s.right > s.left}
    groups = []
    for (row, col), cell in cells.items():
        if not _head(cell) or not _named(cells.get((row + 1, col))):
            continue  # most cells: a figure, not a head
        right = merged.get((row, col))
        if right is None:
            right = col
            while (
                not _named(cells.get((row, right + 1)))
                and _named(cells.get((row + 1, right + 1)))
                and not _heads_next(cells, row, right + 1)
            ):
                right += 1
        cols = list(range(col, right + 1))
        for side in (col - 1, right + 1):  # its total named by the head's own words, beside
            if _same_words(cells.get((row + 1, side)), cell) and not _named(cells.get((row, side))):
                cols = sorted([*cols, side])
        if len(cols) >= _MIN_COLUMNS:
            groups.append((row, cols))
    return groups + _years_beside_parts(cells)


def _heads_next(cells: dict[Coord, Cell], row: int, col: int) -> bool:
    """Whether the column is the next group's total, named by that group's head just right of
    it ('2022-23' under no head, then Q1 under '2022-23'): no column of the group before."""
    head = cells.get((row, col + 1))
    return head is not None and _head(head) and _same_words(cells.get((row + 1, col)), head)


def _same_words(cell: Cell | None, head: Cell) -> bool:
    """Whether a names row's cell repeats a group's head ('2021-22' over Q1 to Q4, and
    '2021-22' again in the row below, just left of Q1 or right of Q4: the year's total)."""
    return cell is not None and str(cell.value).strip() == str(head.value).strip()


def _years_beside_parts(cells: dict[Coord, Cell]) -> list[tuple[int, list[int]]]:
    """A year's column beside the columns whose heads, in its row, name its quarters or
    months, before it or after it, as a group headed in the row above (the year first or last)."""
    groups = []
    for (row, col), cell in cells.items():
        if not _head(cell):
            continue  # most cells: a figure, not a head
        year = _YEAR.match(str(cell.value)) if isinstance(cell.value, int | str) else None
        if year is None:
            continue
        first = int(year.group(1))
        years = {str(first), str(first + 1)} if year.group(2) else {str(first)}
        for step in (-1, 1):
            run = [col]
            while _part_of(cells.get((row, run[-1] + step)), years):
                run.append(run[-1] + step)
            if len(run) >= _MIN_COLUMNS:
                groups.append((row - 1, sorted(run)))
    return groups


def _part_of(cell: Cell | None, years: set[str]) -> bool:
    """A head naming a quarter or a month of one of ``years``: 'Q1 2023', 'Apr 2023'."""
    if cell is None or not isinstance(cell.value, str) or _PART.search(cell.value) is None:
        return False
    named = set(_YEARS_IN.findall(cell.value))
    return bool(named) and named <= years


def _head(cell: Cell) -> bool:
    """Words, or a whole number shaped like a year: what may head a group of columns."""
    value = cell.value
    if value.__class__ is str:
        return bool(value.strip())  # type: ignore[union-attr]
    return value.__class__ is int and 1900 <= value <= 2100  # type: ignore[operator]


def _named(cell: Cell | None) -> bool:
    """Words or a number (a year) in a header cell."""
    return cell is not None and not cell.is_empty and not isinstance(cell.value, bool)


def _not_shown_so(pair: SheetPair, row: int, total: int, parts: tuple[int, ...]) -> Finding | None:
    place = (row, total)
    if not written_alone(pair, place):
        return None  # a formula: invariant 1 holds it to the cells it adds up
    shown = pair.cells.get(pair.output_coord(place))
    at_parts = [pair.cells.get(pair.output_coord((row, part))) for part in parts]
    if shown is None or any(p is None or not isinstance(p[0], float) for p in at_parts):
        return None  # a part removed: the other invariants see to it
    if abs(shown[0] - sum(p[0] for p in at_parts)) > 1e-6:  # type: ignore[misc, index]
        return Finding(pair.where(pair.output_coord(place)), NOT_THE_GROUPS_SUM)
    return None
