"""Invariant 10 for a typed "Total" over a cell the copy cannot show: never rounded on its own.

A table pasted as values holds a cell written '[c]', '..', '251*', '<5' or '1 251' (a count
typed with a space), and a typed "Total" that counted it. The copy shows no figure there, so no
sum of the cells it shows makes the total; rounded on its own, the "Total" is the rounded
original total (which guidance R5 forbids), and its distance from the rounded cells above it
gives the hidden cell back.

An Excel error in the column ('#N/A'), or a formula a script saved without its value, hides a
figure the same way. The proof reads the input itself: a figure along a line the copy names a
plain "Total" ("Grand total", "Totals"), right of the words or under them, whose run of figures
across holds such a cell, and which the copy writes as a plain figure, is such a total. Under
the words only where no figure stands right of them: a total line's words on top of the table
('Total | 1014 | 967' over '1 | 306 | 126', '3 | * | 205') have the lines' labels under them,
numbers naming payment groups or years, no totals. Nor are numbers the proof reads as heading
columns ('Total' heading the year's column, then month codes heading theirs: 'Total | 201404 |
201405', over SUMs a script left uncached).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wpxl.model import Cell, ExcelError
from wpxl.verify.books import SheetPair
from wpxl.verify.label_figures import LabelReading
from wpxl.verify.leaks import Finding
from wpxl.verify.summed_blocks import written_alone
from wpxl.verify.total_words import figure

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


def totals_over_unshown(pair: SheetPair, cells: dict[Coord, Cell], base: int) -> list[Finding]:
    """Each figure along a line the copy names "Total" (right of the words, or under them),
    beside a run holding a cell written instead of a figure, written as a plain figure."""
    found: set[Coord] = set()
    reading: LabelReading | None = None  # made only for a total found
    for coord, text in pair.indexed(base).texts:
        at = pair.input_coord(coord) if _TOTAL.match(text) else None
        if at is None:
            continue
        ways = [((0, 1), (1, 0))]
        if next(_run(cells, at, (0, 1)), None) is None:  # words over a total column
            ways.append(((1, 0), (0, 1)))
        for along, across in ways:
            for place in _run(cells, at, along):  # a formula in the copy: asked no further
                plain = figure(cells[place]) is not None and written_alone(pair, place)
                if plain and _beside_unshown(cells, place, across):
                    reading = reading or LabelReading(cells)
                    if not reading.names_across(place):  # 'Total | 201404 | 201405': heads
                        found.add(place)
    return [Finding(pair.where(pair.output_coord(place)), UNSHOWN_ALONE) for place in sorted(found)]


def _beside_unshown(cells: dict[Coord, Cell], place: Coord, step: Coord) -> bool:
    """Whether the run of figures through ``place`` along ``step`` (both ways) holds a cell
    written instead of a figure."""
    return any(
        _unshown_cell(cells[p])
        for way in (step, (-step[0], -step[1]))
        for p in _run(cells, place, way)
    )


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
