"""Stream one worksheet part of an .xlsx into a model Sheet, one row at a time.

Loading a whole workbook with openpyxl builds a Python object per cell for every sheet at once
and parses each cell in pure Python; on large MI extracts that costs several times the time and
memory of wpxl's own work. Here the sheet XML is read with ElementTree's C parser straight from
the zip, formulas and their cached values come from the same ``<c>`` element, and formatting is
resolved once per style index. Semantics follow openpyxl's reader (shared formulas translated,
date-formatted numbers as dates, a cell without ``s`` has the default style) so the model is the
same as when openpyxl read it.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from typing import IO, Any
from xml.etree.ElementTree import Element, iterparse

from openpyxl.formula.translate import Translator
from openpyxl.utils.cell import coordinate_from_string, range_boundaries
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.utils.units import DEFAULT_COLUMN_WIDTH
from openpyxl.worksheet.header_footer import HeaderFooterItem

from wpxl.model import Cell, CellRange, CellValue, ExcelError, Sheet, Style
from wpxl.model.sheetref import a1, column_index, parse_a1
from wpxl.read.invisible import LOW_ROW, MERGED_COVERED, NARROW_COLUMN, ZERO_HEIGHT, ZERO_WIDTH
from wpxl.read.seen import SheetExtras, as_seen, formula_as_seen, rich_runs
from wpxl.read.sheetnames import renamed_in_formula
from wpxl.read.strings import Run
from wpxl.read.styles import StyleTable

M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_C, _V, _F, _IS, _T, _RPH = (M + t for t in ("c", "v", "f", "is", "t", "rPh"))
_ROW, _COL, _MERGE, _PANE, _HYPERLINK = (M + t for t in ("row", "col", "mergeCell", "pane",
                                                         "hyperlink"))  # fmt: skip
_SHEET_VIEW, _DV, _CF, _PROTECTION, _FILTER, _HF = (
    M + t
    for t in (
        "sheetView", "dataValidation", "conditionalFormatting", "sheetProtection", "autoFilter",
        "headerFooter",
    )
)  # fmt: skip
EXCEL_ROWS, EXCEL_COLS = 1_048_576, 16_384
# A merged range bigger than this is not walked cell by cell (a hostile A1:XFD1048576).
_MERGE_WALK_LIMIT = 100_000
_HF_PARTS = ("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter")


class _Formulas:
    """Shared formulas: Excel stores the text once; the other cells get it translated."""

    def __init__(self, renamed: dict[str, str]) -> None:
        self._shared: dict[str, Translator] = {}
        self._renamed = renamed

    def text(self, f: Any, ref: str) -> str | None:
        kind = f.get("t")
        value = "=" + (f.text or "")
        if kind == "shared":
            index = f.get("si")
            if index in self._shared:
                value = self._shared[index].translate_formula(ref)
            elif value != "=":
                self._shared[index] = Translator(value, ref)
        elif kind == "dataTable":
            value = ""
        if self._renamed and "!" in value:
            value = renamed_in_formula(value, self._renamed)
        return value.lstrip("=") or None


def read_sheet(
    source: IO[bytes],
    name: str,
    state: str,
    styles: StyleTable,
    strings: list[str],
    renamed: dict[str, str] | None = None,
    runs: dict[int, tuple[Run, ...]] | None = None,
    hidden_sheets: frozenset[str] = frozenset(),
) -> tuple[Sheet, SheetExtras]:
    """``renamed``: sheets shown under another name (wpxl.read.sheetnames), which formulas referring
    to them are made to use; ``runs``: the formatted runs of shared strings (wpxl.read.strings);
    ``hidden_sheets``: names (lower case) of sheets not carried, whose readers keep their values.

    What the sheet's reader cannot see (wpxl.read.invisible) is left out as it is read, and
    counted with its text, as hidden rows and columns are."""
    sheet = Sheet(name=name, state=state)
    extras = SheetExtras()
    cells = sheet.cells
    formulas = _Formulas(renamed or {})
    hidden = state != "visible"
    row_index = 0
    col_index = 0
    by_s: dict[str | None, tuple[int, Style, bool]] = {}  # a cell's ``s``, looked up once
    for _, el in iterparse(source, events=("end",)):
        tag = el.tag
        if tag == _C:
            ref = el.get("r")
            if ref:
                row_index, col_index = _cell_ref(ref)
            else:
                col_index += 1
                ref = a1(row_index - 1, col_index - 1)
            if not (1 <= row_index <= EXCEL_ROWS and 1 <= col_index <= EXCEL_COLS):
                raise ValueError(f"sheet '{name}' has a cell outside the grid")
            style_id, style, styled = _style(el.get("s"), by_s, styles)
            value, formula = _cell_value(el, ref, style_id, styles, strings, formulas)
            rich = rich_runs(el, runs) if isinstance(value, str) else ()
            el.clear()
            if formula is not None:
                formula = formula_as_seen(formula, hidden_sheets, extras)
            if hidden:
                _keep_hidden_text(value, formula, extras)
            elif value is not None and (rich or not styles.ordinary(style_id)):
                seen = as_seen(value, formula, style_id, rich, styles, extras)
                if seen is None:
                    continue
                value, style = seen
            if value is None and formula is None and (not styled or style == _PLAIN):
                continue
            cells[(row_index - 1, col_index - 1)] = Cell(value=value, formula=formula, style=style)
        elif tag == _ROW:
            row_index, col_index = _row_started(el, row_index, sheet, extras), 0
        elif tag != _V and tag != _F:  # a cell's value and formula are read with the cell
            _sheet_detail(el, tag, sheet, extras)
    _blank_merged_cells(sheet, styles.style(0)[0], extras)
    for first, last in extras.wide_hidden:
        sheet.hidden_cols.update(col for _, col in cells if first <= col <= last)
    return sheet, extras


def _style(
    s: str | None, known: dict[str | None, tuple[int, Style, bool]], styles: StyleTable
) -> tuple[int, Style, bool]:
    """A cell's style index, Style and whether it has any formatting, for its ``s``: worked
    out once a sheet (most cells share a few)."""
    found = known.get(s)
    if found is None:
        style_id = int(s) if s else 0
        found = known[s] = (style_id, *styles.style(style_id))
    return found


def _row_started(el: Element, previous: int, sheet: Sheet, extras: SheetExtras) -> int:
    """The 1-based number of the row ``el`` starts; a hidden or too-low row is noted hidden."""
    number = el.get("r")
    row_index = int(number) if number else previous + 1
    height = el.get("ht")
    if el.get("hidden") in ("1", "true"):
        sheet.hidden_rows.add(row_index - 1)
        extras.found("hidden rows")
    elif height is not None and float(height) < LOW_ROW:
        sheet.hidden_rows.add(row_index - 1)
        extras.found(ZERO_HEIGHT)
    if height is not None and float(height):
        sheet.row_heights[row_index - 1] = float(height)
    el.clear()
    return row_index


def _keep_hidden_text(value: object, formula: str | None, extras: SheetExtras) -> None:
    """A hidden sheet's words and formulas, kept aside for the proof to search the copy for."""
    if isinstance(value, str) and formula is None:
        extras.text.append(value)
    elif formula is not None:
        extras.text.append("=" + formula)


def _blank_merged_cells(sheet: Sheet, default: Style, extras: SheetExtras) -> None:
    """As openpyxl reads them: a merged range's other cells are empty, with default formatting
    except the origin's border along the range's edges. What they held is hidden under the
    merge, so it is counted with its text."""
    for rng in sheet.merged:
        covered = [c for c in sheet.cells if c in rng and c != (rng.top, rng.left)]
        for coord in covered:
            cell = sheet.cells[coord]
            if not cell.is_empty:
                extras.found(MERGED_COVERED)
                extras.text.append(str(cell.value) if cell.formula is None else "=" + cell.formula)
        if (rng.bottom - rng.top + 1) * (rng.right - rng.left + 1) > _MERGE_WALK_LIMIT:
            for coord in covered:
                del sheet.cells[coord]
            continue
        origin = sheet.cells.get((rng.top, rng.left))
        frame = origin.style if origin is not None else default
        for row in range(rng.top, rng.bottom + 1):
            for col in range(rng.left, rng.right + 1):
                if (row, col) == (rng.top, rng.left):
                    continue
                edges = {
                    name: getattr(frame, name)
                    for name, on_edge in (
                        ("border_top", row == rng.top),
                        ("border_left", col == rng.left),
                        ("border_right", col == rng.right),
                        ("border_bottom", row == rng.bottom),
                    )
                    if on_edge and getattr(frame, name)
                }
                if edges:
                    sheet.cells[(row, col)] = Cell(None, None, replace(default, **edges))
                else:
                    sheet.cells.pop((row, col), None)


_PLAIN = Style()


def _cell_value(
    el: Any, ref: str, style_id: int, styles: StyleTable, strings: list[str], formulas: _Formulas
) -> tuple[CellValue, str | None]:
    kind = el.get("t", "n")
    f = el.find(_F)
    if kind == "inlineStr":
        inline = el.find(_IS)
        text = None if inline is None else "".join(t.text or "" for t in inline.iter(_T))
        raw = None
    else:
        text = None
        raw = el.findtext(_V) or None
    if f is not None:
        return _cached(raw, kind, style_id, styles, strings), formulas.text(f, ref)
    if kind == "inlineStr":
        return text, None
    if raw is None:
        return None, None
    if kind == "n":
        if raw.isdigit() and style_id not in styles.date_ids:
            return int(raw), None  # a whole count, the commonest cell: as _number reads it
        number = _number(raw, style_id, styles)
        return (str(number) if isinstance(number, dt.timedelta) else number), None
    if kind == "s":
        return strings[int(raw)], None
    if kind == "b":
        return bool(int(raw)), None
    if kind == "e":
        return ExcelError(raw), None
    if kind == "d":
        return from_ISO8601(raw), None
    return raw, None  # "str": a string


def _number(raw: str, style_id: int, styles: StyleTable) -> CellValue:
    number: int | float = float(raw) if ("." in raw or "E" in raw or "e" in raw) else int(raw)
    if not math.isfinite(number):  # 1E999: no Excel file can hold one
        return ExcelError("#NUM!")
    if style_id in styles.date_ids and not styles.is_count(style_id, number):
        try:
            when = from_excel(number, styles.epoch, timedelta=style_id in styles.timedelta_ids)
        except (OverflowError, ValueError):
            return ExcelError("#VALUE!")
        return when
    if isinstance(number, float) and number.is_integer():
        return int(number)
    return number


def _cached(
    raw: str | None, kind: str, style_id: int, styles: StyleTable, strings: list[str]
) -> CellValue:
    """A formula's cached result: what Excel showed when the file was last saved."""
    if raw is None:
        return None
    if kind == "e":
        return ExcelError(raw)
    if kind == "str":
        return raw
    if kind == "b":
        return bool(int(raw))
    if kind == "s":
        return strings[int(raw)]
    value = _number(raw, style_id, styles)
    if isinstance(value, dt.timedelta):
        return (dt.datetime.min + value).time()
    return value


def _sheet_detail(el: Any, tag: str, sheet: Sheet, extras: SheetExtras) -> None:
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
        for col in range(first - 1, min(last, first + 200)):
            if hidden:
                sheet.hidden_cols.add(col)
            if width:
                sheet.col_widths[col] = width
    elif tag == _PANE and el.get("topLeftCell"):
        min_col, min_row, _, _ = range_boundaries(el.get("topLeftCell"))
        sheet.freeze = (min_row - 1, min_col - 1)
    elif tag == _DV:  # its list or limits, and its messages, can quote figures
        extras.found("data validation")
        extras.text.extend(_texts(el, "formula1", "formula2") + _attributes(el, _DV_WORDS))
    elif tag == _CF:
        extras.found("conditional formats")
        extras.text.extend(_texts(el, "formula"))
    elif tag == _PROTECTION and el.get("sheet") in ("1", "true"):
        extras.found("sheet protection")
    elif tag == _FILTER and el.get("ref"):
        extras.found("filters")
    elif tag == _HYPERLINK and el.get("ref"):
        min_col, min_row, max_col, max_row = range_boundaries(el.get("ref"))
        extras.found("hyperlinks", (max_col - min_col + 1) * (max_row - min_row + 1))
    elif tag == _HF:
        nodes = [el.find(M + part) for part in _HF_PARTS]
        items = [HeaderFooterItem.from_tree(n) for n in nodes if n is not None and n.text]
        texts = [p.text for item in items for p in (item.left, item.center, item.right) if p.text]
        if texts:
            extras.found("headers and footers")
            extras.text.extend(texts)
    if tag == _SHEET_VIEW:
        el.clear()


_DV_WORDS = ("prompt", "promptTitle", "error", "errorTitle")


def _texts(el: Any, *tags: str) -> list[str]:
    return [t.text for tag in tags for t in el.iter(M + tag) if t.text]


def _attributes(el: Any, names: tuple[str, ...]) -> list[str]:
    return [el.get(name) for name in names if el.get(name)]


_COLUMNS: dict[str, int] = {}  # the 1-based column of each run of letters parse_a1 accepted


def _cell_ref(ref: str) -> tuple[int, int]:
    """(row, column), 1-based, of a cell's ``r`` attribute: "B12" -> (12, 2). The column of
    letters already seen is remembered: the same answer as parse_a1, at a look-up's cost."""
    letters = ref.rstrip("0123456789")
    col = _COLUMNS.get(letters)
    if col is not None and len(letters) < len(ref):
        return int(ref[len(letters) :]), col
    plain = parse_a1(ref)
    if plain is not None:
        _COLUMNS[letters] = plain[1] + 1
        return plain[0] + 1, plain[1] + 1
    letters, number = coordinate_from_string(ref)  # "$B$12", "b12": rare; raises if malformed
    return number, column_index(letters) + 1
