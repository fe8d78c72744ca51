"""Generate MI-shaped workbooks of a given size for the benchmark: deterministic and fast.

Each sheet is one council x month table the way providers send them: a title naming the
measure ("Referrals by local authority"), a header row of months with a Total column, one row
per local authority, SUM totals down and across (with cached values, as Excel saves them), a
note under the table, a frozen header and column widths. Written with xlsxwriter's
constant_memory mode so even the 1M-cell file takes seconds and little memory to make.
"""

from __future__ import annotations

import random
from pathlib import Path

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name

MEASURES = ("Referrals", "Attachments", "Job starts")
MONTHS = [f"{m} {y}" for y in (2013, 2014) for m in ("Apr", "May", "Jun", "Jul", "Aug", "Sep",
          "Oct", "Nov", "Dec", "Jan", "Feb", "Mar")]  # fmt: skip
COLUMNS = len(MONTHS) + 2  # label + months + total
HEADER_ROWS = 3  # title, blank, header
# 2,400 councils a sheet: 1M cells = 16 sheets.
ROWS_PER_SHEET = 2400


def sheet_shape(cells: int, rows_per_sheet: int = ROWS_PER_SHEET) -> tuple[int, int]:
    """(sheets, council rows per sheet) giving about ``cells`` cells in all."""
    per_sheet = (rows_per_sheet + 1) * COLUMNS
    if cells <= per_sheet:
        return 1, max(10, cells // COLUMNS - 1)
    return round(cells / per_sheet), rows_per_sheet


def make_workbook(
    path: Path, cells: int, rows_per_sheet: int = ROWS_PER_SHEET, seed: int = 1
) -> Path:
    sheets, rows = sheet_shape(cells, rows_per_sheet)
    rng = random.Random(seed)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    fmt = {
        "title": book.add_format({"bold": True, "font_size": 13}),
        "head": book.add_format({"bold": True, "bottom": 1, "bg_color": "#DDEBF7"}),
        "count": book.add_format({"num_format": "#,##0"}),
        "total": book.add_format({"bold": True, "top": 1, "num_format": "#,##0"}),
        "note": book.add_format({"italic": True, "font_color": "#595959"}),
    }
    for index in range(sheets):
        measure = MEASURES[index % len(MEASURES)]
        ws = book.add_worksheet(f"{measure} {index + 1}")
        ws.set_column(0, 0, 24)
        ws.set_column(1, COLUMNS - 1, 10)
        ws.freeze_panes(HEADER_ROWS, 1)
        ws.write_string(0, 0, f"{measure} by local authority, 2013-15", fmt["title"])
        ws.write_string(2, 0, "Local authority", fmt["head"])
        for j, month in enumerate(MONTHS, start=1):
            ws.write_string(2, j, month, fmt["head"])
        ws.write_string(2, COLUMNS - 1, "Total", fmt["head"])
        column_sums = [0] * (COLUMNS - 1)
        first = HEADER_ROWS
        for i in range(rows):
            r = first + i
            values = [rng.randint(0, 400) for _ in MONTHS]
            ws.write_string(r, 0, f"Council {index + 1:03d}-{i + 1:05d}")
            for j, value in enumerate(values, start=1):
                ws.write_number(r, j, value, fmt["count"])
            total = sum(values)
            ws.write_formula(
                r, COLUMNS - 1, f"=SUM(B{r + 1}:{xl_col_to_name(len(MONTHS))}{r + 1})",
                fmt["total"], total,
            )  # fmt: skip
            for j, value in enumerate([*values, total]):
                column_sums[j] += value
        last = first + rows
        ws.write_string(last, 0, "Total", fmt["total"])
        for j in range(1, COLUMNS):
            letter = xl_col_to_name(j)
            ws.write_formula(
                last, j, f"=SUM({letter}{first + 1}:{letter}{last})", fmt["total"],
                column_sums[j - 1],
            )  # fmt: skip
        ws.write_string(last + 2, 0, "Source: provider case management system.", fmt["note"])
    book.close()
    return path


GROUPS = ("JSA 18-24", "JSA 25+", "JSA Early Access", "ESA Flow", "ESA Volunteers", "IB/IS")


def make_stacked_blocks(path: Path, blocks: int, seed: int = 1) -> Path:
    """One sheet of ``blocks`` blocks stacked a blank row apart, one a council, as a provider
    sets out each council's referrals by payment group: the council's name, a header of the
    year's months and Total, a line a payment group with its SUM across, and a Total line of
    SUMs down. Readings that ask each block about every other cost the square of the blocks."""
    rng = random.Random(seed)
    months = MONTHS[:12]
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Referrals by council")
    ws.write_string(0, 0, "Referrals by council and payment group, 2013-14")
    row = 2
    for index in range(blocks):
        ws.write_string(row, 0, f"Council {index + 1:03d}")
        ws.write_row(row + 1, 0, ["Payment group", *months, "Total"])
        first, row = row + 2, row + 2
        sums = [0] * (len(months) + 1)
        for group in GROUPS:
            values = [rng.randint(0, 90) for _ in months]
            ws.write_string(row, 0, group)
            ws.write_row(row, 1, values)
            last = xl_col_to_name(len(months))
            ws.write_formula(
                row, len(months) + 1, f"=SUM(B{row + 1}:{last}{row + 1})", None, sum(values)
            )
            sums = [s + v for s, v in zip(sums, [*values, sum(values)], strict=True)]
            row += 1
        ws.write_string(row, 0, "Total")
        for j, total in enumerate(sums, start=1):
            letter = xl_col_to_name(j)
            ws.write_formula(row, j, f"=SUM({letter}{first + 1}:{letter}{row})", None, total)
        row += 2
    book.close()
    return path
