"""Invariant 10 for a typed "Total" over a cell the copy cannot show: never rounded on its own.

A table pasted as values holds a cell written '[c]', '..', '251*', '<5' or '1 251' (a count
typed with a space), and a typed "Total" that counted it. The copy shows no figure there, so no
sum of the cells it shows makes the total; rounded on its own, the "Total" is the rounded
original total (which guidance R5 forbids), and its distance from the rounded cells above it
gives the hidden cell back.

An Excel error in the column ('#N/A'), or a formula a script saved without its value, hides a
figure the same way. The proof reads the input
itself: along a column (or row) from such a cell, through the
figures next to it, a line whose first words are a plain "Total" ("Grand total", "Totals") or
a column so headed, which the copy writes as a plain figure, is such a total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wpxl.model import Cell, ExcelError
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.summed_blocks import figure, written_alone

Coord = tuple[int, int]
UNSHOWN_ALONE = (
    "a total over a cell the copy shows no figure for (a marker such as '[c]', or a figure "
    "written with a mark), rounded on its own"
)
_TOTAL = re.compile(r"^\s*(?:grand\s+)?totals?\s*:?\s*$", re.IGNORECASE)
_MARKER = re.compile(r"^\s*(?:\.\.|\.|:|-|\u2013|\u2014|\*|\[[a-z]\]|n/?a)\s*$", re.IGNORECASE)
_PLAIN = re.compile(r"^\s*[+-]?\d+(?:,\d{3})*(?:\.\d+)?\s*$")  # a count the copy rounds
# a figure with a mark before or after it ("<5", "c.47", "(11)", "251*", "307p") or typed with
# spaces ("1 251"); words around digits ("Apr 2013", "JSA 18-24") are a header or a label
_MARKED = re.compile(
    r"^\s*(?:[<>\u2264\u2265~(]|c\.|ca\.)?\s*\d[\d,.\s]*(?:[*\u2020\u2021]+|[a-z]{1,2}|\))?\s*$",
    re.IGNORECASE,
)


def totals_over_unshown(
    pair: SheetPair, cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]]
) -> list[Finding]:
    unshown = [c for c, cell in cells.items() if _unshown_cell(cell)]
    found: set[Coord] = set()
    for row, col in unshown:  # most sheets: none
        for step in ((1, 0), (-1, 0)):
            for place in _run(cells, (row, col), step):
                label = labels.get(place[0])
                if label is not None and label[0] < col and _TOTAL.match(label[1]):
                    found.add(place)
        for step in ((0, 1), (0, -1)):
            for place in _run(cells, (row, col), step):
                if _TOTAL.match(_header(cells, place)):
                    found.add(place)
    return [
        Finding(pair.where(pair.output_coord(place)), UNSHOWN_ALONE)
        for place in sorted(found)
        if written_alone(pair, place)
    ]


def _unshown_cell(cell: Cell) -> bool:
    """A cell holding an Excel error ('#N/A'), a formula saved without its value (by a
    script), or text written instead of a figure."""
    value = cell.value
    if value is None:
        return cell.formula is not None
    return isinstance(value, ExcelError) or (type(value) is str and _unshown(value))


def _unshown(text: str) -> bool:
    """A cell written instead of a figure: a publisher's marker, or a figure with a mark or
    typed with spaces, which the copy does not show (a plain number typed as text it rounds)."""
    if _MARKER.match(text):
        return True
    return bool(_MARKED.match(text)) and not _PLAIN.match(text)


def _run(cells: dict[Coord, Cell], start: Coord, step: Coord) -> Iterator[Coord]:
    """The places from ``start`` on along ``step`` holding figures (or cells written instead
    of one), up to the first that holds neither."""
    row, col = start[0] + step[0], start[1] + step[1]
    while True:
        cell = cells.get((row, col))
        if cell is None:
            return
        if figure(cell) is None and not _unshown_cell(cell):
            return
        yield row, col
        row, col = row + step[0], col + step[1]


def _header(cells: dict[Coord, Cell], place: Coord) -> str:
    """The words heading ``place``'s column: the first words above the figures over it."""
    row, col = place
    while row > 0:
        row -= 1
        cell = cells.get((row, col))
        if cell is None:
            return ""
        if type(cell.value) is str and not _unshown(cell.value):
            return cell.value
    return ""
