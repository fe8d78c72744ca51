"""Stream one worksheet part of an .xlsx into a model Sheet, one row at a time.

Loading a whole workbook with openpyxl builds a Python object per cell for every sheet at once
and parses each cell in pure Python: on large MI extracts, several times wpxl's own time and
memory. Here the sheet XML is read with ElementTree's C parser from the zip, formulas and their
cached values from the same ``<c>``, formatting resolved once per style index, in openpyxl's
reader's semantics (shared formulas translated, date-formatted numbers as dates, no ``s`` the
default style): the model is the same as openpyxl's.
"""

from __future__ import annotations

from typing import IO, Any
from xml.etree.ElementTree import Element, iterparse

from openpyxl.utils.cell import coordinate_from_string, range_boundaries
from openpyxl.utils.units import DEFAULT_COLUMN_WIDTH
from openpyxl.worksheet.header_footer import HeaderFooterItem

from wpxl.model import Cell, CellRange, Sheet, Style, as_written
from wpxl.model.sheetref import a1, column_index, parse_a1
from wpxl.read.cellvalues import Formulas, SharedBeforeItsFormula, cell_value
from wpxl.read.centred import CENTRE_ACROSS, centred_runs
from wpxl.read.conditional import CONDITIONAL_2010, conditional_looks, settle
from wpxl.read.extensions import EXTENDED, note_extended
from wpxl.read.invisible import (
    NARROW_COLUMN,
    ZERO_HEIGHT,
    ZERO_WIDTH,
    lowered,
    narrowed_by_default,
)
from wpxl.read.merged import blank_merged_cells
from wpxl.read.outline import fold, outlined
from wpxl.read.seen import Links, SheetExtras, as_seen, formula_as_seen, rich_runs
from wpxl.read.strings import Run
from wpxl.read.styles import DISGUISED_COUNTS, StyleTable
from wpxl.read.uncached_sums import read_uncached_sums

M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_C, _V, _F = (M + t for t in ("c", "v", "f"))
_ROW, _COL, _MERGE, _PANE, _HYPERLINK = (M + t for t in ("row", "col", "mergeCell", "pane",
                                                         "hyperlink"))  # fmt: skip
_SHEET_VIEW, _DV, _CF, _PROTECTION, _FILTER, _HF, _OUTLINE, _FORMAT = (
    M + t
    for t in (
        "sheetView", "dataValidation", "conditionalFormatting", "sheetProtection", "autoFilter",
        "headerFooter", "outlinePr", "sheetFormatPr",
    )
)  # fmt: skip
# The sheet's own parts _sheet_detail reads (any other is part of a cell, or nothing read)
_DETAILS = frozenset((_COL, _MERGE, _PANE, _HYPERLINK, _SHEET_VIEW, _DV, _CF, _PROTECTION, _FILTER,
                      _HF, CONDITIONAL_2010, _OUTLINE, _FORMAT, *EXTENDED))  # fmt: skip
EXCEL_ROWS, EXCEL_COLS = 1_048_576, 16_384
_HF_PARTS = ("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter")


def read_sheet(
    source: IO[bytes],
    name: str,
    state: str,
    styles: StyleTable,
    strings: list[str],
    renamed: dict[str, str] | None = None,
    runs: dict[int, tuple[Run, ...]] | None = None,
    hidden_sheets: frozenset[str] = frozenset(),
    order: tuple[str, ...] = (),
    hidden_names: frozenset[str] = frozenset(),
    recalculated: bool = False,
) -> tuple[Sheet, SheetExtras]:
    """``renamed``: sheets shown under another name (wpxl.read.sheetnames), which formulas referring
    to them are made to use; ``runs``: the formatted runs of shared strings (wpxl.read.strings);
    ``hidden_sheets``: names (lower case) of sheets not carried, whose readers keep their values;
    ``order``: the workbook's sheet names in its order, which 3-D references span;
    ``hidden_names``: defined names (upper case) of ranges on such sheets, read as they are;
    ``recalculated``: the workbook is worked out afresh on opening, its formulas' stored results
    not what Excel shows (wpxl.read.cellvalues.Formulas).

    What the sheet's reader cannot see (wpxl.read.invisible) is left out as it is read, and
    counted with its text, as hidden rows and columns are.

    Most cells are a whole count in a plain format, in a row an earlier cell placed: read here
    without a call, the column by its letters, one Cell shared by every count with the same
    digits and style (a Cell is immutable). Every other cell takes _CellReader.read."""
    sheet = Sheet(name=name, state=state)
    reader = _CellReader(
        sheet, styles, strings, renamed, runs, (hidden_sheets, hidden_names), order, recalculated
    )
    cells, by_s, columns, pending = sheet.cells, reader.by_s, _COLUMNS, reader.pending
    spilled = reader.spilled  # an array formula's other cells, read as its formula there
    row0 = col0 = last_row = -1  # 0-based: the cell before (col0 -1: none yet), the row before
    row_text = ""  # the digits of the cell before's ``r``
    for _, el in iterparse(source, events=("end",)):
        tag = el.tag
        if tag == _C:
            attrib = el.attrib
            ref = attrib.get("r")
            col = None
            if ref and row_text and ref.endswith(row_text):
                col = columns.get(ref[: -len(row_text)])
            if col is not None:
                col0 = col
            elif ref:
                row0, col0, row_text = _locate(ref, name)
            else:  # where its row is, the row's end says (its ``r`` or the next number)
                col0 += 1
                pending.append((el, col0))
                continue
            s = attrib.get("s")
            known = by_s.get(s) or reader.style(s)
            if (
                known[3]
                and len(el) == 1
                and attrib.get("t", "n") == "n"
                and not (spilled and ref in spilled)
            ):
                v = el[0]
                raw = v.text
                if raw and v.tag == _V and raw.isdigit():  # a whole count: as _number reads it
                    cell = known[4].get(raw)
                    if cell is None:
                        cell = known[4][raw] = Cell(int(raw), None, known[1])
                    cells[(row0, col0)] = cell
                    continue
            reader.read(el, ref, (row0, col0), known)
        elif tag == _ROW:
            last_row = _row_ended(el, last_row, sheet, reader)
            col0, row_text = -1, ""  # the next row's first cell is located by its own ``r``
        elif tag in _DETAILS:  # a cell's parts are read with the cell
            _sheet_detail(el, tag, sheet, reader.extras, styles)
    later, reader.later = reader.later or [], None
    for args in later:  # every formula they share is known now
        reader.read(*args)
    return _finished(sheet, reader, styles)


def _finished(sheet: Sheet, reader: _CellReader, styles: StyleTable) -> tuple[Sheet, SheetExtras]:
    """The sheet once all its XML is read: what its conditional formats show or hide settled
    (they follow the cells), merged ranges blanked, centre-across runs found (only on a sheet
    using the alignment), wide hidden columns hidden."""
    if reader.pending:
        raise ValueError(f"sheet '{sheet.name}' has a cell outside any row")
    extras = reader.extras
    if extras.held or sheet.conditional:
        settle(sheet, extras, styles, {id(known[1]): known[0] for known in reader.by_s.values()})
    if sheet.state == "visible":
        _read_uncached_sums(sheet, reader, styles)
    default = styles.style(0)[0]
    blank_merged_cells(sheet, default, extras)
    sheet.unseen_kinds = extras.places
    if any(known[1].h_align == CENTRE_ACROSS for known in reader.by_s.values()):
        sheet.centred = centred_runs(sheet.cells)
    for first, last in extras.wide_hidden:
        sheet.hidden_cols.update(col for _, col in sheet.cells if first <= col <= last)
    unsized = narrowed_by_default(sheet)
    if unsized:
        extras.found(ZERO_WIDTH, len(unsized))
        sheet.hidden_cols.update(unsized)
    for kind, count in fold(sheet):
        extras.found(kind, count)
    return sheet, extras


def _read_uncached_sums(sheet: Sheet, reader: _CellReader, styles: StyleTable) -> None:
    """Sums saved without values under a date, time or % format read as the counts they add
    (wpxl.read.uncached_sums), counted as Excel-saved ones are."""
    ids = {id(known[1]): known[0] for known in reader.by_s.values()}
    found = read_uncached_sums(
        sheet.cells,
        lambda style: _dressed(ids.get(id(style), -1), style, styles),
        lambda style: styles.as_count(ids[id(style)]),
    )
    if found:
        reader.extras.found(DISGUISED_COUNTS, found)


def _dressed(style_id: int, style: Style, styles: StyleTable) -> bool:
    """Whether a cell's format can dress a count up: a date or time, a percentage."""
    return style_id in styles.date_ids or style.number_format.endswith("%")


def _locate(ref: str, name: str) -> tuple[int, int, str]:
    """The 0-based row and column of a cell's ``r``, and the digits of its row; checked to lie
    within Excel's grid."""
    row, col = _cell_ref(ref)
    if not (0 <= row < EXCEL_ROWS and 0 <= col < EXCEL_COLS):
        raise ValueError(f"sheet '{name}' has a cell outside the grid")
    return row, col, ref[len(ref.rstrip("0123456789")) :]


# What a cell's ``s`` means, looked up once a sheet: (style index, Style, any formatting, whether
# a whole count in it is read as written (no date format, nothing hides), and the Cell shared by
# every such count with the same digits, by its digits)
_Known = tuple[int, Style, bool, bool, dict[str, Cell]]
_PLAIN = Style()


class _CellReader:
    """Every cell but the plain whole counts: text, formulas and their cached values, dates,
    booleans, errors, and whatever a cell's format or a rich run may hide."""

    def __init__(
        self,
        sheet: Sheet,
        styles: StyleTable,
        strings: list[str],
        renamed: dict[str, str] | None,
        runs: dict[int, tuple[Run, ...]] | None,
        hidden: tuple[frozenset[str], frozenset[str]],  # sheets (lower case), names (upper)
        order: tuple[str, ...],
        recalculated: bool,
    ) -> None:
        self.name, self.cells, self.links = sheet.name, sheet.cells, Links(sheet.hidden_links)
        self.unseen = sheet.unseen_formulas
        self.extras = SheetExtras()
        self.by_s: dict[str | None, _Known] = {}
        self.pending: list[tuple[Element, int]] = []  # cells without ``r``: (cell, 0-based col)
        # cells sharing a formula whose own cell comes later in the file (rows out of order)
        self.later: list[tuple[Element, str, tuple[int, int], _Known]] | None = []
        self._styles, self._strings, self._runs = styles, strings, runs
        self._formulas = Formulas(renamed or {}, order, self.links.arrays, recalculated)
        self.spilled = self._formulas.spilled
        self._hidden = sheet.state != "visible"
        self._hidden_sheets, self._hidden_names = hidden

    def style(self, s: str | None) -> _Known:
        """What a cell's ``s`` means (most cells share a few)."""
        styles = self._styles
        style_id = int(s) if s else 0
        style, styled = styles.style(style_id)
        plain = style_id not in styles.date_ids and (self._hidden or styles.ordinary(style_id))
        known = self.by_s[s] = (style_id, style, styled, plain, {})
        return known

    def read(self, el: Element, ref: str, coord: tuple[int, int], known: _Known) -> None:
        style_id, style, styled, _, _ = known
        styles, extras = self._styles, self.extras
        try:
            value, formula = cell_value(el, ref, style_id, styles, self._strings, self._formulas)
        except SharedBeforeItsFormula:
            if self.later is None:  # the whole sheet is read: no cell holds the formula
                raise
            self.later.append((el, ref, coord, known))
            return
        rich = rich_runs(el, self._runs) if isinstance(value, str) else ()
        el.clear()
        if formula is not None:
            value, formula = formula_as_seen(
                formula, value, self._hidden_sheets, extras, self._hidden_names, (self.links, coord)
            )
        if self._hidden:
            _keep_hidden_text(value, formula, extras)
        elif value is not None and (rich or not styles.ordinary(style_id)):
            seen = as_seen(value, formula, style_id, rich, styles, extras, coord)
            if seen is None:  # a figure reading it reads on through its formula
                if reads := formula or self.links.found.get(coord):
                    self.unseen[coord] = reads
                return
            value, style = seen
        if value is None and formula is None and (not styled or as_written(style) == _PLAIN):
            return
        self.cells[coord] = Cell(value=value, formula=formula, style=style)

    def read_pending(self, row: int) -> None:
        """The row's cells written without an ``r``, each one column after the cell before
        (as openpyxl places them), read once the row's own number is known."""
        for el, col in self.pending:
            if not (0 <= row < EXCEL_ROWS and 0 <= col < EXCEL_COLS):
                raise ValueError(f"sheet '{self.name}' has a cell outside the grid")
            s = el.get("s")
            self.read(el, a1(row, col), (row, col), self.by_s.get(s) or self.style(s))
        self.pending.clear()


def _row_ended(el: Element, previous: int, sheet: Sheet, reader: _CellReader) -> int:
    """The 0-based row ``el`` closes (its ``r``, or the one after the ``previous`` row, as
    openpyxl counts), whose cells written without an ``r`` are read now that it is known; a
    hidden or too-low row is noted hidden."""
    number = el.get("r")
    row = int(number) - 1 if number else previous + 1
    height = el.get("ht")
    if el.get("hidden") in ("1", "true"):
        sheet.hidden_rows.add(row)
        reader.extras.found("hidden rows")
    elif lowered(height, sheet.default_row_height):
        sheet.hidden_rows.add(row)
        reader.extras.found(ZERO_HEIGHT)
    if height is not None and float(height):
        sheet.row_heights[row] = float(height)
    if el.get("outlineLevel") or el.get("collapsed"):
        outlined(sheet.row_outline, row, row, el)
    if reader.pending:
        reader.read_pending(row)
    el.clear()
    return row


def _keep_hidden_text(value: object, formula: str | None, extras: SheetExtras) -> None:
    """A hidden sheet's words and formulas, kept aside for the proof to search the copy for."""
    if isinstance(value, str) and formula is None:
        extras.text.append(value)
    elif formula is not None:
        extras.text.append("=" + formula)


def _sheet_detail(el: Any, tag: str, sheet: Sheet, extras: SheetExtras, styles: StyleTable) -> None:
    if tag == _MERGE:
        min_col, min_row, max_col, max_row = range_boundaries(el.get("ref"))
        sheet.merged.append(CellRange(min_row - 1, min_col - 1, max_row - 1, max_col - 1))
    elif tag == _COL:
        first = int(el.get("min"))
        last = int(el.get("max", first))
        width = float(el.get("width", DEFAULT_COLUMN_WIDTH))
        hidden = el.get("hidden") in ("1", "true")
        if hidden:
            extras.found("hidden columns")
        elif el.get("width") is not None and width < NARROW_COLUMN:
            hidden = True
            extras.found(ZERO_WIDTH, min(last, first + 200) - first + 1)
        if hidden and last > first + 200:
            extras.wide_hidden.append((first - 1, last - 1))
        if el.get("outlineLevel") or el.get("collapsed"):
            outlined(sheet.col_outline, first - 1, min(last, first + 200) - 1, el)
        for col in range(first - 1, min(last, first + 200)):
            if hidden:
                sheet.hidden_cols.add(col)
            if width:
                sheet.col_widths[col] = width
    elif tag == _FORMAT:
        for name, size in (("default_row_height", "defaultRowHeight"),
                           ("default_col_width", "defaultColWidth")):  # fmt: skip
            setattr(sheet, name, float(el.get(size)) if el.get(size) else None)
    elif tag == _OUTLINE:
        sheet.row_outline.summary_after = el.get("summaryBelow") not in ("0", "false")
        sheet.col_outline.summary_after = el.get("summaryRight") not in ("0", "false")
    elif tag == _PANE and el.get("topLeftCell"):
        min_col, min_row, _, _ = range_boundaries(el.get("topLeftCell"))
        sheet.freeze = (min_row - 1, min_col - 1)
    elif tag == _DV:  # its list or limits, and its messages, can quote figures
        extras.found("data validation")
        sheet.outside_places.setdefault("data validation", []).append((el.get("sqref"), 1))
        extras.text.extend(_texts(el, "formula1", "formula2") + _attributes(el, _DV_WORDS))
    elif tag == _CF:  # its rules' values can quote figures: the cover names its place
        extras.found("conditional formats")
        sheet.outside_places.setdefault("conditional formats", []).append((el.get("sqref"), 1))
        extras.text.extend(_texts(el, "formula"))
        sheet.conditional.extend(conditional_looks(el, styles))
    elif tag == CONDITIONAL_2010:
        sheet.conditional.extend(conditional_looks(el, styles))
        note_extended(el, sheet, extras)  # named by its cells, as the sheet's own are
    elif tag in EXTENDED:  # sparklines, an Excel 2010 data validation: named by their cells
        note_extended(el, sheet, extras)
    elif tag == _PROTECTION and el.get("sheet") in ("1", "true"):
        extras.found("sheet protection")
    elif tag == _FILTER and el.get("ref"):
        extras.found("filters")
    elif tag == _HYPERLINK and el.get("ref"):
        min_col, min_row, max_col, max_row = range_boundaries(el.get("ref"))
        cells = (max_col - min_col + 1) * (max_row - min_row + 1)
        extras.found("hyperlinks", cells)
        sheet.outside_places.setdefault("hyperlinks", []).append((el.get("ref"), cells))
    elif tag == _HF:
        nodes = [el.find(M + part) for part in _HF_PARTS]
        items = [HeaderFooterItem.from_tree(n) for n in nodes if n is not None and n.text]
        texts = [p.text for item in items for p in (item.left, item.center, item.right) if p.text]
        if texts:
            extras.found("headers and footers")
            extras.text.extend(texts)
            sheet.outside_places.setdefault("headers and footers", []).append(("", 1))
    if tag == _SHEET_VIEW:
        el.clear()


_DV_WORDS = ("prompt", "promptTitle", "error", "errorTitle")


def _texts(el: Any, *tags: str) -> list[str]:
    return [t.text for tag in tags for t in el.iter(M + tag) if t.text]


def _attributes(el: Any, names: tuple[str, ...]) -> list[str]:
    return [el.get(name) for name in names if el.get(name)]


_COLUMNS: dict[str, int] = {}  # the 0-based column of each run of letters parse_a1 accepted


def _cell_ref(ref: str) -> tuple[int, int]:
    """(row, column), 0-based, of a cell's ``r`` attribute: "B12" -> (11, 1). The column of
    letters already seen is remembered: the same answer as parse_a1, at a look-up's cost."""
    letters = ref.rstrip("0123456789")
    col = _COLUMNS.get(letters)
    if col is not None and len(letters) < len(ref):
        return int(ref[len(letters) :]) - 1, col
    plain = parse_a1(ref)
    if plain is not None:
        _COLUMNS[letters] = plain[1]
        return plain
    letters, number = coordinate_from_string(ref)  # "$B$12", "b12": rare; raises if malformed
    return number - 1, column_index(letters)
