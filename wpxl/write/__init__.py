"""Write stage: build a new .xlsx from the plan alone, with xlsxwriter.

Only planned cells, their safe formatting, merged ranges, widths, heights and freeze panes are
written; strings are always written as strings, so text that starts with ``=`` can never
become a formula. Fixed document dates make the same plan give the same bytes. xlsxwriter's
constant-memory mode flushes each row as the next begins, so a sheet is written from the plan's
cells in row order and memory stays flat however large the workbook (strings are written inline
in each sheet rather than in a shared table).
"""

from __future__ import annotations

import datetime as dt
from operator import itemgetter
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from wpxl.model import ExcelError, OutputCell, OutputSheet, Plan, Style, as_written
from wpxl.model.stylememo import StyleMemo
from wpxl.read.invisible import WHITE, alike
from wpxl.read.numformats import OUTPUT_FORMATS
from wpxl.write.rows import RowSheet, RowWriter

_BORDERS = {
    "thin": 1, "medium": 2, "dashed": 3, "dotted": 4, "thick": 5, "double": 6, "hair": 7,
    "mediumDashed": 8, "dashDot": 9, "mediumDashDot": 10, "dashDotDot": 11,
    "mediumDashDotDot": 12, "slantDashDot": 13,
}  # fmt: skip
_ERROR_FORMULAS = {"#N/A": "NA()", "#DIV/0!": "1/0"}


def write_plan(plan: Plan, target: Path, title: str, produced: dt.date) -> None:
    """Write ``plan`` to ``target`` (a new file; the caller makes it appear atomically)."""
    stamp = dt.datetime.combine(produced, dt.time(0, 0), tzinfo=dt.UTC).replace(tzinfo=None)
    book = xlsxwriter.Workbook(
        str(target),
        {
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "nan_inf_to_errors": True,
            "use_future_functions": False,
            "constant_memory": True,
        },
    )
    book.set_properties(
        {"title": title, "author": "wpxl", "company": "", "created": stamp, "comments": ""}
    )
    book.set_calc_mode("auto")
    written = StyleMemo(lambda style: book.add_format(_properties(style)))
    # Styles that differ only in what is kept to judge the input by share one format
    formats = StyleMemo(lambda style: written(as_written(style)))
    rows = RowWriter(formats)
    for sheet in plan.sheets:
        _write_sheet(book.add_worksheet(sheet.name, RowSheet), sheet, formats, rows)
    book.close()


def _properties(style: Style) -> dict[str, Any]:
    props: dict[str, Any] = {}
    if style.number_format not in OUTPUT_FORMATS:  # an input's format text can quote a figure
        raise ValueError("a number format that is not one of wpxl's own reached the writer")
    if style.number_format != "General":
        props["num_format"] = style.number_format
    for key, value in (
        ("bold", style.bold), ("italic", style.italic), ("underline", style.underline),
        ("text_wrap", style.wrap),
    ):  # fmt: skip
        if value:
            props[key] = True
    if style.font_name:
        props["font_name"] = style.font_name
    if style.font_size:
        props["font_size"] = style.font_size
    if style.font_color and not alike(style.font_color, style.fill_color or WHITE):
        # text in its own fill's colour showed on a conditional format's fill, not carried
        props["font_color"] = "#" + style.font_color
    if style.fill_color:
        props["bg_color"] = "#" + style.fill_color
        props["pattern"] = 1
    if style.h_align and style.h_align != "general":
        props["align"] = {"centerContinuous": "center_across"}.get(style.h_align, style.h_align)
    if style.v_align:
        props["valign"] = {"center": "vcenter"}.get(style.v_align, style.v_align)
    if style.indent:
        props["indent"] = style.indent
    for side in ("left", "right", "top", "bottom"):
        border = getattr(style, f"border_{side}")
        if border in _BORDERS:
            props[side] = _BORDERS[border]
    return props


def _write_sheet(
    ws: RowSheet, sheet: OutputSheet, formats: StyleMemo[Format], rows: RowWriter
) -> None:
    for col, width in sorted(sheet.col_widths.items()):
        ws.set_column(col, col, width)
    for row, height in sorted(sheet.row_heights.items()):
        ws.set_row(row, height)
    cells: dict[tuple[int, int], OutputCell] = dict(sheet.cells)
    for rng in sheet.merged:
        # merge_range would pad the area row by row at once, which constant-memory mode cannot
        # take once later rows are written; the area's cells join the row-ordered writes instead
        ws.merge.append([rng.top, rng.left, rng.bottom, rng.right])
        first = cells.get((rng.top, rng.left))
        style = first.style if first is not None else Style()
        for row in range(rng.top, rng.bottom + 1):
            for col in range(rng.left, rng.right + 1):
                cells.setdefault((row, col), OutputCell(None, style=style))
    for row, line in _rows_in_order(cells):
        _write_row(ws, row, line, formats, rows)
    if sheet.freeze is not None and sheet.freeze != (0, 0):
        ws.freeze_panes(*sheet.freeze)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)  # one page wide, as long as it needs: the banner is always printed


def _rows_in_order(
    cells: dict[tuple[int, int], OutputCell],
) -> list[tuple[int, list[tuple[int, OutputCell]]]]:
    """Each row's cells in column order, rows in order. The plan holds a sheet's cells row by
    row already, bar its banner and notes: gathering them by row takes half the time of sorting
    a large sheet's cells as one list."""
    by_row: dict[int, list[tuple[int, OutputCell]]] = {}
    for (row, col), cell in cells.items():
        line = by_row.get(row)
        if line is None:
            by_row[row] = [(col, cell)]
        else:
            line.append((col, cell))
    for line in by_row.values():
        line.sort(key=itemgetter(0))  # in order already, most rows: one pass
    return sorted(by_row.items(), key=itemgetter(0))


def _write_row(
    ws: RowSheet,
    row: int,
    line: list[tuple[int, OutputCell]],
    formats: StyleMemo[Format],
    rows: RowWriter,
) -> None:
    """A row of ordinary cells in one string (wpxl.write.rows); any other row cell by cell."""
    if not rows.write(ws, row, line):
        for col, cell in line:
            _write_cell(ws, row, col, cell, formats(cell.style))


def _write_cell(ws: Worksheet, row: int, col: int, cell: OutputCell, fmt: Format) -> None:
    value = cell.value
    if type(value) is int and cell.formula is None:  # most cells: a rounded count
        ws.write_number(row, col, value, fmt)
    elif cell.formula is not None:
        ws.write_formula(row, col, "=" + cell.formula, fmt, value)
    elif isinstance(value, ExcelError):
        formula = _ERROR_FORMULAS.get(value.code, value.code)
        ws.write_formula(row, col, "=" + formula, fmt, value.code)
    elif value is None or value == "":
        ws.write_blank(row, col, None, fmt)
    elif isinstance(value, bool):
        ws.write_boolean(row, col, value, fmt)
    elif isinstance(value, int | float):
        ws.write_number(row, col, value, fmt)
    elif isinstance(value, dt.datetime | dt.date | dt.time):
        ws.write_datetime(row, col, value, fmt)
    else:
        ws.write_string(row, col, str(value), fmt)
