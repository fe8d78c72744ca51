"""Read a workbook into wpxl's own model: formulas, cached values and safe formatting.

openpyxl gives formulas and formatting; python-calamine gives the cached results of formulas
(what Excel last showed), which openpyxl can only give by loading the whole file twice. Every
kind of content wpxl will not carry is counted here, so the report can say it was dropped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import python_calamine
from openpyxl.utils import column_index_from_string, range_boundaries
from openpyxl.worksheet.worksheet import Worksheet

from wpxl.errors import InputError
from wpxl.model import Cell, CellRange, CellValue, ExcelError, Sheet, Style, Workbook
from wpxl.sniff import check_workbook_file

ERROR_CODES = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)

EXCEL_ROWS, EXCEL_COLS = 1_048_576, 16_384
MAX_MERGED_CELLS = 10_000
# A sheet's first-to-last-cell rectangle calamine may fill (about 32 bytes a cell).
MAX_DENSE_CELLS = 20_000_000
# Package parts that wpxl never carries, by the kind the report names them with.
_PART_KINDS = (
    (re.compile(r"xl/comments\d*\.xml$"), "comments"),
    (re.compile(r"xl/threadedComments/"), "threaded comments"),
    (re.compile(r"xl/charts/chart"), "charts"),
    (re.compile(r"xl/pivotTables/"), "pivot tables"),
    (re.compile(r"xl/pivotCache/pivotCacheDefinition"), "pivot caches"),
    (re.compile(r"xl/externalLinks/externalLink"), "external links"),
    (re.compile(r"xl/media/"), "images"),
    (re.compile(r"xl/embeddings/"), "embedded objects"),
    (re.compile(r"xl/vbaProject\.bin$"), "macros"),
    (re.compile(r"customXml/item\d*\.xml$"), "custom XML"),
    (re.compile(r"xl/printerSettings/"), "printer settings"),
    (re.compile(r"docProps/custom\.xml$"), "custom document properties"),
    (re.compile(r"xl/queryTables/"), "data connections"),
    (re.compile(r"xl/drawings/drawing\d*\.xml$"), "drawings"),
    (re.compile(r"xl/persons/"), "threaded comment authors"),
    (re.compile(r"xl/(ctrlProps|activeX)/"), "form controls"),
    (re.compile(r"xl/(slicers|slicerCaches|timelines|timelineCaches)/"), "slicers"),
    (re.compile(r"xl/richData/"), "images"),
    (re.compile(r"xl/model/"), "data model"),
    (re.compile(r"xl/webextensions/|xl/webExtensions/"), "add-ins"),
    (re.compile(r"xl/connections\.xml$"), "data connections"),
)
_XML_TEXT = re.compile(r">([^<>]+)<")
# Document properties that name people, organisations or the file's subject.
_PERSONAL_PROPERTY = re.compile(
    r"<(?:\w+:)?(creator|lastModifiedBy|title|subject|description|keywords|category|Company|Manager"
    r"|HyperlinkBase)>([^<]*)<"
)


def read_workbook(path: Path) -> Workbook:
    """Read ``path`` without modifying it; raise InputError with a plain sentence if it can't be."""
    check_workbook_file(path)
    data = path.read_bytes()
    try:
        extras, dropped_text = _scan_package(path)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, data_only=False, keep_links=False, rich_text=False)
        cached = python_calamine.CalamineWorkbook.from_path(str(path))
    except InputError:
        raise
    except Exception as exc:  # every parser failure means the same thing to the user
        raise _damaged(path, exc) from exc
    sheets = []
    try:
        for ws in book.worksheets:
            sheet = _read_sheet(ws, _cached_values(cached, ws))
            _count_sheet_extras(ws, extras, dropped_text)
            sheets.append(sheet)
    except ValueError as exc:  # cell references outside the sheet, odd values openpyxl kept
        raise _damaged(path, exc) from exc
    if book.chartsheets:
        extras["chart sheets"] = len(book.chartsheets)
    names = list(book.defined_names.values())
    for ws in book.worksheets:
        names.extend(ws.defined_names.values())
    user_names = [n for n in names if not n.name.startswith("_xlnm.")]
    if user_names:
        extras["defined names"] = len(user_names)
        dropped_text.extend(n.name for n in user_names)
    try:
        _fill_errors(path, sheets)
    except Exception as exc:  # the second, read-only parse meets cells the first one skipped
        raise _damaged(path, exc) from exc
    if not sheets:
        raise InputError(
            f"{path.name}: the workbook has no worksheets. Check it is the right file."
        )
    if not any(not c.is_empty for s in sheets if s.visible for c in s.cells.values()):
        raise InputError(
            f"{path.name}: every visible sheet is empty, so there is nothing to share. "
            "Check it is the right file."
        )
    return Workbook(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        sheets=sheets,
        extras=dict(sorted(extras.items())),
        dropped_text=dropped_text,
    )


def _damaged(path: Path, exc: Exception) -> InputError:
    return InputError(
        f"{path.name}: the workbook is damaged and cannot be read ({type(exc).__name__}). "
        "Open it in Excel, save it again as .xlsx and retry."
    )


def _fill_errors(path: Path, sheets: list[Sheet]) -> None:
    """Formula cells calamine gave no value for may hold an error (or calamine skipped the sheet):
    ask openpyxl for those only."""
    wanted = {
        sheet.name: [c for c, cell in sheet.cells.items() if cell.formula and cell.value is None]
        for sheet in sheets
    }
    wanted = {name: coords for name, coords in wanted.items() if coords}
    if not wanted:
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        values = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    try:
        for sheet in sheets:
            for row, col in wanted.get(sheet.name, []):
                value = values[sheet.name].cell(row + 1, col + 1).value
                old = sheet.cells[(row, col)]
                if isinstance(value, str) and value in ERROR_CODES:
                    sheet.cells[(row, col)] = Cell(ExcelError(value), old.formula, old.style)
                elif isinstance(value, int | float | str | bool) and value != "":
                    number = (
                        int(value) if isinstance(value, float) and value.is_integer() else value
                    )
                    sheet.cells[(row, col)] = Cell(number, old.formula, old.style)
    finally:
        values.close()


def _scan_package(path: Path) -> tuple[dict[str, int], list[str]]:
    extras: dict[str, int] = {}
    dropped_text: list[str] = []
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            for pattern, kind in _PART_KINDS:
                if pattern.search(name):
                    extras[kind] = extras.get(kind, 0) + 1
                    if name.endswith(".xml") and kind != "printer settings":
                        dropped_text.extend(_xml_text(package.read(name)))
        for name in ("docProps/core.xml", "docProps/app.xml"):
            if name in package.namelist():
                text = _PERSONAL_PROPERTY.findall(package.read(name).decode("utf-8", "replace"))
                values = [value.strip() for _, value in text if value.strip()]
                if values:
                    extras["document properties"] = extras.get("document properties", 0) + len(
                        values
                    )
                    dropped_text.extend(values)
    return extras, dropped_text


def _xml_text(xml: bytes) -> list[str]:
    return [t.strip() for t in _XML_TEXT.findall(xml.decode("utf-8", "replace")) if t.strip()]


@dataclass(frozen=True, slots=True)
class _CachedGrid:
    """calamine's values from the first used cell on: a sheet used only at A1048576 stays small."""

    rows: list[list[Any]]
    top: int = 0
    left: int = 0


def _cached_values(book: python_calamine.CalamineWorkbook, ws: Worksheet) -> _CachedGrid:
    """calamine fills the rectangle between a sheet's first and last cells, and aborts the whole
    process if that can't be allocated (A1 and XFD1048576: 17 billion cells); such a sheet's
    formula results come from openpyxl instead (_fill_formula_values)."""
    rows = [r for r, _ in ws._cells]
    cols = [c for _, c in ws._cells]
    if rows and (max(rows) - min(rows) + 1) * (max(cols) - min(cols) + 1) > MAX_DENSE_CELLS:
        return _CachedGrid([])
    try:
        sheet = book.get_sheet_by_name(ws.title)
        top, left = sheet.start if sheet.start else (0, 0)
        return _CachedGrid(sheet.to_python(skip_empty_area=True), top, left)
    except Exception:
        return _CachedGrid([])


def _stored_cells(ws: Worksheet) -> list[Any]:
    """The cells the file holds, in row order; iter_rows would make every empty cell up to the
    last used one (a million for a sheet used only at A1048576)."""
    keys = sorted(ws._cells)
    if any(not (1 <= row <= EXCEL_ROWS and 1 <= col <= EXCEL_COLS) for row, col in keys):
        raise ValueError(f"sheet '{ws.title}' has a cell outside the grid")
    return [ws._cells[key] for key in keys]


def _read_sheet(ws: Worksheet, cached: _CachedGrid) -> Sheet:
    sheet = Sheet(name=ws.title, state=ws.sheet_state)
    styles: dict[tuple[int, ...], Style] = {}
    for cell in _stored_cells(ws):
        if cell.value is None and not cell.has_style:
            continue
        coord = (cell.row - 1, cell.column - 1)
        key = tuple(cell._style)  # openpyxl's own style index array: cheap to hash
        style = styles.get(key)
        if style is None:
            style = styles[key] = _style(cell)
        value, formula = _value(cell, cached, coord)
        if value is None and formula is None and style == Style():
            continue
        sheet.cells[coord] = Cell(value=value, formula=formula, style=style)
    sheet.merged.extend(_mergeable(ws))
    for letter, dim in ws.column_dimensions.items():
        first = dim.min or column_index_from_string(letter)
        last = dim.max or first
        for col in range(first - 1, min(last, first + 200)):
            if dim.hidden:
                sheet.hidden_cols.add(col)
            if dim.customWidth and dim.width:
                sheet.col_widths[col] = float(dim.width)
    for idx, dim in ws.row_dimensions.items():
        if dim.hidden:
            sheet.hidden_rows.add(idx - 1)
        if dim.customHeight and dim.ht:
            sheet.row_heights[idx - 1] = float(dim.ht)
    if ws.freeze_panes:
        min_col, min_row, _, _ = range_boundaries(ws.freeze_panes)
        sheet.freeze = (min_row - 1, min_col - 1)
    return sheet


def _mergeable(ws: Worksheet) -> list[CellRange]:
    """Merged ranges worth carrying: merging is formatting only, and the writer fills every
    cell of a range, so one spanning the whole sheet (17 billion cells) or overlapping another
    (which Excel would call a damaged file) is left out."""
    kept: list[CellRange] = []
    for merged in ws.merged_cells.ranges:
        rng = CellRange(
            merged.min_row - 1, merged.min_col - 1, merged.max_row - 1, merged.max_col - 1
        )
        cells = (rng.bottom - rng.top + 1) * (rng.right - rng.left + 1)
        if cells <= MAX_MERGED_CELLS and not any(_overlap(rng, other) for other in kept):
            kept.append(rng)
    return kept


def _overlap(a: CellRange, b: CellRange) -> bool:
    return not (a.bottom < b.top or b.bottom < a.top or a.right < b.left or b.right < a.left)


def _value(cell: Any, cached: _CachedGrid, coord: tuple[int, int]) -> tuple[CellValue, str | None]:
    raw = cell.value
    if cell.data_type == "f" or (
        isinstance(raw, str) and raw.startswith("=") and cell.data_type != "s"
    ):
        formula = raw if isinstance(raw, str) else getattr(raw, "text", None)
        if not isinstance(formula, str):  # array or data-table formulas: keep their text only
            formula = str(getattr(raw, "text", "") or "")
        return _cached(cached, coord), formula.lstrip("=") or None
    if cell.data_type == "e":
        return ExcelError(str(raw)), None
    if isinstance(raw, float) and not math.isfinite(raw):  # no Excel file can hold one
        return ExcelError("#NUM!"), None
    if isinstance(raw, float) and raw.is_integer():
        return int(raw), None
    if isinstance(raw, str | int | float | bool | dt.datetime | dt.date | dt.time) or raw is None:
        return raw, None
    return str(raw), None


def _cached(cached: _CachedGrid, coord: tuple[int, int]) -> CellValue:
    row, col = coord[0] - cached.top, coord[1] - cached.left
    if not (0 <= row < len(cached.rows) and 0 <= col < len(cached.rows[row])):
        return None
    value = cached.rows[row][col]
    if value == "":
        return None
    if isinstance(value, str) and value in ERROR_CODES:
        return ExcelError(value)
    if isinstance(value, float) and not math.isfinite(value):
        return ExcelError("#NUM!")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dt.timedelta):
        return (dt.datetime.min + value).time()
    return value


def _rgb(color: Any) -> str | None:
    rgb = getattr(color, "rgb", None) if color is not None else None
    if getattr(color, "type", None) == "rgb" and isinstance(rgb, str) and len(rgb) >= 6:
        return rgb[-6:].upper()
    return None


def _style(cell: Any) -> Style:
    font, fill, align, border = cell.font, cell.fill, cell.alignment, cell.border
    solid = fill is not None and fill.fill_type == "solid"
    return Style(
        number_format=cell.number_format or "General",
        bold=bool(font.b),
        italic=bool(font.i),
        underline=bool(font.u),
        font_name=font.name,
        font_size=float(font.sz) if font.sz else None,
        font_color=_rgb(font.color),
        fill_color=_rgb(fill.fgColor) if solid else None,
        h_align=align.horizontal,
        v_align=align.vertical,
        wrap=bool(align.wrap_text),
        indent=int(align.indent or 0),
        border_left=border.left.style if border.left else None,
        border_right=border.right.style if border.right else None,
        border_top=border.top.style if border.top else None,
        border_bottom=border.bottom.style if border.bottom else None,
    )


def _count_sheet_extras(ws: Worksheet, extras: dict[str, int], dropped_text: list[str]) -> None:
    def found(kind: str, count: int = 1) -> None:
        extras[kind] = extras.get(kind, 0) + count

    if ws.sheet_state != "visible":
        found("hidden sheets")
        dropped_text.extend(str(c.value) for c in _stored_cells(ws) if isinstance(c.value, str))
    if ws.data_validations and ws.data_validations.dataValidation:
        found("data validation", len(ws.data_validations.dataValidation))
    if len(ws.conditional_formatting):
        found("conditional formats", len(ws.conditional_formatting))
    hf = ws.HeaderFooter
    parts = [
        hf.oddHeader,
        hf.oddFooter,
        hf.evenHeader,
        hf.evenFooter,
        hf.firstHeader,
        hf.firstFooter,
    ]
    texts = [p.text for part in parts for p in (part.left, part.center, part.right) if p.text]
    if texts:
        found("headers and footers")
        dropped_text.extend(texts)
    if ws.protection.sheet:
        found("sheet protection")
    if ws.auto_filter.ref:
        found("filters")
    hidden_rows = sum(1 for d in ws.row_dimensions.values() if d.hidden)
    hidden_cols = sum(1 for d in ws.column_dimensions.values() if d.hidden)
    if (hidden_rows or hidden_cols) and ws.sheet_state == "visible":
        row_hidden = {i for i, d in ws.row_dimensions.items() if d.hidden}
        col_hidden = {c for c, d in ws.column_dimensions.items() if d.hidden}
        dropped_text.extend(
            c.value
            for c in _stored_cells(ws)
            if isinstance(c.value, str) and (c.row in row_hidden or c.column_letter in col_hidden)
        )
    if hidden_rows:
        found("hidden rows", hidden_rows)
    if hidden_cols:
        found("hidden columns", hidden_cols)
    for cell in _stored_cells(ws):
        if cell.comment is not None:
            dropped_text.append(cell.comment.text)
        if cell.hyperlink is not None:
            found("hyperlinks")
