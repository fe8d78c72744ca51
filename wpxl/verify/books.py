"""The two workbooks the proof reads for itself: the copy (as the zip it is) and its input.

The copy is read part by part, as a council could unzip it; the input through wpxl.read, one
sheet at a time, so proving a large workbook holds one sheet of each at once. Each carried
output cell is mapped back to the input cell it came from by the documented layout
(wpxl.model.layout): ``BANNER_ROWS`` rows down, the input's hidden rows and columns closed up.
"""

from __future__ import annotations

import zipfile
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from wpxl.model import Cell, Sheet
from wpxl.model.layout import BANNER_ROWS, COVER_NAME, output_sheet_name
from wpxl.model.regrouping import RegroupedSheet
from wpxl.model.sheetref import a1
from wpxl.read import ReadInput, Survey, merge_counts, read_sheets, survey_workbook
from wpxl.verify.formulas import sum_formula
from wpxl.verify.input_sums import InputSum, input_sum
from wpxl.verify.leaks import (
    MAIN_NS,
    WrittenCell,
    number_formats,
    read_sheet_part,
    shared_strings,
    sheet_parts,
)
from wpxl.verify.outcomes import OutcomeContext
from wpxl.verify.values import number

Coord = tuple[int, int]
_BOOK, _RELS, _STYLES = "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"


class OutputBook:
    """The copy's package: its parts, sheets (in order, with their state), formats, strings."""

    def __init__(self, package: zipfile.ZipFile) -> None:
        self.package = package
        self.names = package.namelist()
        book = self.read(_BOOK)
        self.where = sheet_parts({_BOOK: book, _RELS: self.read(_RELS)})
        root = ET.fromstring(book)
        self.states = {
            s.get("name", ""): s.get("state", "visible") for s in root.iter(f"{{{MAIN_NS}}}sheet")
        }
        self.defined_names = [d.text or "" for d in root.iter(f"{{{MAIN_NS}}}definedName")]
        self.strings = shared_strings(self.read("xl/sharedStrings.xml"))
        self.formats = number_formats(self.read(_STYLES))

    def read(self, name: str) -> bytes:
        return self.package.read(name) if name in self.names else b""

    def format_of(self, style: int) -> str:
        return self.formats[style] if 0 <= style < len(self.formats) else "General"

    def sheet(self, name: str) -> tuple[dict[Coord, WrittenCell], list[str]]:
        return read_sheet_part(self.read(self.where.get(name, "")), self.strings)


class SourceBook:
    """The input, surveyed once; each sheet read when the proof comes to it.

    ``regrouped`` (by input sheet name) holds sheets ``--aggregate`` rebuilt from the input's own
    counts: the copy is compared with them, once wpxl.verify.regrouped has held each to the
    sheet it was made from (counts conserved, no figure in a new label)."""

    def __init__(
        self,
        path: Path,
        regrouped: Mapping[str, RegroupedSheet] | None = None,
        read: ReadInput | None = None,
    ) -> None:
        self.survey: Survey = read.survey if read is not None else survey_workbook(path)
        self.kept = read.kept if read is not None else None
        self.regrouped: dict[str, RegroupedSheet] = dict(regrouped or {})
        self.by_output_name = {
            output_sheet_name(e.shown): i
            for i, e in enumerate(self.survey.entries)
            if e.state == "visible"
        }
        self.hidden_names = {e.shown for e in self.survey.entries if e.state != "visible"}
        self.read_indexes: set[int] = set()
        self.extras = dict(self.survey.extras)  # what wpxl.read counted, sheets' too once read

    def sheet(self, index: int) -> tuple[Sheet, list[str]]:
        """The sheet and the text wpxl.read found in it that no reader sees (headers ...)."""
        self.read_indexes.add(index)
        sheet, extras, dropped = self._read(index)
        self.extras = merge_counts(self.extras, extras)  # a hidden sheet counted there already
        return sheet, dropped

    def _read(self, index: int) -> tuple[Sheet, dict[str, int], list[str]]:
        """What wpxl.read reads of the sheet: kept as it read it for sanitise, or read now."""
        kept = self.kept.get(index) if self.kept is not None else None
        if kept is not None:
            return kept
        book = read_sheets(self.survey, [index])
        return book.sheets[0], book.extras, book.dropped_text

    def read_again(self, index: int) -> Sheet:
        """The sheet as wpxl.read reads it, counting nothing again (for a later look)."""
        return self._read(index)[0]

    def every_sheet(self) -> Iterator[Sheet]:
        """Every input sheet read again, then each regrouping of one: a percentage of a
        regrouped table is worked from the regrouped counts, so those are the input's too."""
        for index in range(len(self.survey.entries)):
            yield self._read(index)[0]
        yield from (r.sheet for r in self.regrouped.values())

    def unread(self) -> Iterator[tuple[Sheet, list[str]]]:
        for index in range(len(self.survey.entries)):
            if index not in self.read_indexes:
                yield self.sheet(index)


@dataclass(slots=True)
class CellIndex:
    """What several invariants ask of every cell of a copy's sheet, found in one pass over it
    in its order: each walking a large sheet for its own few cells cost more than judging them."""

    texts: list[tuple[Coord, str]]  # every cell holding words
    odd: list[Coord]  # every figure but a plain multiple of the base (a formula's, a year ...)
    tops: list[Coord]  # every plain multiple of the base with no figure just above it
    figure_rows: set[int]  # rows and columns holding any figure
    figure_cols: set[int]
    first_user: dict[int, Coord]  # style -> the first cell using it, empty or not
    first_shown: dict[int, Coord]  # style -> the top-left-most cell with a value using it


def index_cells(cells: dict[Coord, WrittenCell], base: int) -> CellIndex:
    """The ``CellIndex`` of a sheet's cells, by one walk over them."""
    texts: list[tuple[Coord, str]] = []
    odd: list[Coord] = []
    tops: list[Coord] = []
    rows: set[int] = set()
    cols: set[int] = set()
    users: dict[int, Coord] = {}
    shown: dict[int, Coord] = {}
    for coord, (value, formula, style) in cells.items():
        if style not in users:
            users[style] = coord
        if value is None:
            continue
        first = shown.get(style)
        if first is None or coord < first:
            shown[style] = coord
        kind = value.__class__
        if kind is float:
            rows.add(coord[0])
            cols.add(coord[1])
            if formula is not None or value % base:  # type: ignore[operator]
                odd.append(coord)
            else:
                above = cells.get((coord[0] - 1, coord[1]))
                if above is None or above[0].__class__ is not float:
                    tops.append(coord)
        elif kind is str:
            texts.append((coord, value))  # type: ignore[arg-type]
    return CellIndex(texts, odd, tops, rows, cols, users, shown)


@dataclass(slots=True, weakref_slot=True)
class SheetPair:
    """One output sheet, and the input sheet it was made from (None: the cover or a % sheet)."""

    name: str
    kind: str  # cover | volume | percent
    cells: dict[Coord, WrittenCell]
    words: list[str]
    source: Sheet | None = None  # for a regrouped sheet, the regrouping (compared with)
    context: OutcomeContext | None = None  # the words around the input's figures
    original: Sheet | None = None  # the input sheet a regrouped ``source`` was made from
    hidden: set[Coord] = field(default_factory=set)  # input cells styled to be unseen
    sums: dict[Coord, Any] | None = None  # its SUMs walked once (wpxl.verify.totals)
    lines: Any = None  # its plain figures by line (verify.totals), for the input's SUMs too
    index: CellIndex | None = None  # its cells, indexed once (``indexed``)
    headings: dict[Coord, str] = field(default_factory=dict)  # verify.outcome_labels.heading
    # a formula over other sheets stored without its value, worked out (verify.other_inputs)
    elsewhere: Callable[[str], float | None] | None = None
    labels: Any = None  # the input's labels, read once (verify.copy_labels.label_figures)
    figures: Any = None  # the input's figures by line, read once (verify.figure_lines)
    row_labels: Any = None  # the input's first words by row, read once (verify.summed_blocks)
    _shown: dict[Coord, float | None] = field(default_factory=dict)
    _hidden_rows: list[int] = field(default_factory=list)  # the input's, in order
    _hidden_cols: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.source is not None:
            self._hidden_rows = sorted(self.source.hidden_rows)
            self._hidden_cols = sorted(self.source.hidden_cols)

    def indexed(self, base: int) -> CellIndex:
        """The sheet's cells indexed, once (the base is the proof's, the same every time)."""
        if self.index is None:
            self.index = index_cells(self.cells, base)
        return self.index

    def stating(self, base: int, states: Callable[[str], bool]) -> list[tuple[Coord, str]]:
        """The copy's texts under its banner that ``states`` something ("n = 380", "29%")."""
        texts = self.indexed(base).texts
        return [(c, text) for c, text in texts if c[0] >= BANNER_ROWS and states(text)]

    def input_coord(self, coord: Coord) -> Coord | None:
        """The input cell an output cell of a volume sheet was carried from."""
        if self.source is None or coord[0] < BANNER_ROWS:
            return None
        if not self._hidden_rows and not self._hidden_cols:  # most sheets: asked per cell
            return coord[0] - BANNER_ROWS, coord[1]
        return carried_from(coord, self._hidden_rows, self._hidden_cols)

    def input_rows(self, top: int, bottom: int, col: int) -> Sequence[int]:
        """The input rows of the copy's rows ``top`` to ``bottom`` in column ``col``, in
        order: ``input_coord``'s row for each that has one. Most sheets move no line, and a
        SUM's range of 19,000 rows is then a range, not 19,000 questions."""
        if self.source is None:
            return ()
        if not self._hidden_rows and not self._hidden_cols:
            return range(max(top, BANNER_ROWS) - BANNER_ROWS, bottom + 1 - BANNER_ROWS)
        coords = (self.input_coord((row, col)) for row in range(top, bottom + 1))
        return [at[0] for at in coords if at is not None]

    @property
    def moves(self) -> tuple[list[int], list[int]]:
        """The input's hidden rows and columns, in order: what ``input_coord`` undoes."""
        return self._hidden_rows, self._hidden_cols

    def carried(self, at: Coord) -> bool:
        """Whether the input cell at ``at`` is in the copy at all: a hidden row or column is
        not, and ``output_coord`` of its cells is the next line the copy shows."""
        hidden_rows, hidden_cols = self._hidden_rows, self._hidden_cols
        if not hidden_rows and not hidden_cols:  # most sheets
            return True
        return not _holds(hidden_rows, at[0]) and not _holds(hidden_cols, at[1])

    def output_coord(self, at: Coord) -> Coord:
        """Where an input cell of a volume sheet stands in the copy (``input_coord`` undone)."""
        if not self._hidden_rows and not self._hidden_cols:  # most sheets
            return at[0] + BANNER_ROWS, at[1]
        row = at[0] - bisect_right(self._hidden_rows, at[0] - 1) + BANNER_ROWS
        return row, at[1] - bisect_right(self._hidden_cols, at[1] - 1)

    def input_cells_unmoved(self) -> dict[Coord, Cell] | None:
        """The input's cells when no hidden line moves them (each is ``BANNER_ROWS`` down in
        the copy, same column): a shortcut for the commonest case; None otherwise."""
        if self.source is None or self._hidden_rows or self._hidden_cols:
            return None
        return self.source.cells

    def input_number(self, coord: Coord) -> float | None:
        """The figure the input shows at the place an output cell came from."""
        at = self.input_coord(coord)
        return None if at is None else self.shown(at)

    def shown(self, at: Coord) -> float | None:
        """The figure an input cell shows: a SUM of the input's own cells (of its sheet), or its
        cells joined by ``+``, wrapped or not (wpxl.verify.input_sums), is worked out from them,
        as Excel shows it on opening, whatever value was cached when the file was written; any
        other cell is its (cached) value."""
        if self.source is None:
            return None
        if at in self._shown:
            return self._shown[at]
        cell = self.source.cells.get(at)
        value = None if cell is None else number(cell.value)
        formula = None if cell is None else cell.formula
        if value is None and formula and "!" in formula and self.elsewhere is not None:
            value = self.elsewhere(formula)  # a script's link to another sheet ('=Data!B3')
        self._shown[at] = value  # a SUM that adds up itself shows its cached value
        parsed = sum_formula(formula, cells_added=True) if formula else None
        wrapped = input_sum(formula) if formula and parsed is None else None
        if wrapped is not None:
            parsed = sum_formula(wrapped.formula, cells_added=True)
        if parsed is not None and all(r.sheet in (None, self.source.name) for r in parsed.ranges):
            try:
                parts = [self._part(c, wrapped) for r in parsed.ranges for c in r.coords()]
            except RecursionError:  # a chain of thousands of running totals: trust the cache
                return value
            value = None if None in parts else parsed.added + sum(parts)  # type: ignore[arg-type]
            self._shown[at] = value
        return value

    def _part(self, at: Coord, wrapped: InputSum | None) -> float | None:
        """What a part of an input's SUM adds: its figure, 0 for a blank or words (or what the
        SUBTOTAL it is part of leaves out), None for a formula stored without its value (a
        workbook saved by a script) that is no SUM of its own sheet's cells: what Excel shows
        there is not known, nor the total over it."""
        assert self.source is not None
        cell = self.source.cells.get(at)
        if wrapped is not None and wrapped.leaves_out(cell, _holds(self._hidden_rows, at[0])):
            return 0.0
        figure = self.shown(at)
        if figure is not None:
            return figure
        return None if cell is not None and cell.formula is not None and cell.value is None else 0.0

    def input_cell(self, coord: Coord) -> Cell | None:
        at = self.input_coord(coord)
        return None if at is None or self.source is None else self.source.cells.get(at)

    def where(self, coord: Coord) -> str:
        return f"'{self.name}' {a1(*coord)}"


def carried_from(coord: Coord, hidden_rows: list[int], hidden_cols: list[int]) -> Coord | None:
    """The input cell a copy's cell under the banner was carried from, the input hiding
    ``hidden_rows`` and ``hidden_cols`` (in order), which the copy leaves out."""
    if coord[0] < BANNER_ROWS:
        return None
    if not hidden_rows and not hidden_cols:
        return coord[0] - BANNER_ROWS, coord[1]
    return _nth_visible(coord[0] - BANNER_ROWS, hidden_rows), _nth_visible(coord[1], hidden_cols)


def _nth_visible(n: int, hidden: list[int]) -> int:
    """The input line that is the ``n``-th (from 0) of those not hidden."""
    line = n
    while True:
        before = bisect_right(hidden, line)
        if line - before == n and (not before or hidden[before - 1] != line):
            return line
        line = n + before


def kind_of_sheet(name: str, index: int, source: SourceBook) -> str:
    if index == 0 and name == COVER_NAME:
        return "cover"
    return "volume" if name in source.by_output_name else "percent"


def _holds(ordered: list[int], line: int) -> bool:
    at = bisect_left(ordered, line)
    return at < len(ordered) and ordered[at] == line
