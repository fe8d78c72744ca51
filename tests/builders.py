"""Write small real .xlsx inputs for tests, the way Excel would (formulas carry cached values)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import xlsxwriter

Rows = list[list[Any]]


def script_book(path: Path, sheets: dict[str, Rows]) -> Path:
    """The rows written by openpyxl, sheet by sheet, as an analyst's script saves them: its
    formulas hold no cached values (``write_book`` writes a book as Excel saves one)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def write_book(
    path: Path,
    sheets: dict[str, Rows],
    hidden: tuple[str, ...] = (),
    cached: dict[tuple[str, str], Any] | None = None,
) -> Path:
    """Each row is a list of values; a string starting with '=' is a formula.

    ``cached`` gives a formula's cached result by (sheet, A1); without one it is 0, read as
    Excel's own 0 (the book is written as Excel saves one), and wpxl's own sum of the
    referenced cells is irrelevant: tests that need a cache pass it.
    """
    cached = cached or {}
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    # as Excel saves a book: not asked to be worked out afresh on opening, so a formula's stored
    # result, 0 where none is given, is what it shows (wpxl.read.cellvalues.Formulas)
    book.calc_on_load = False
    for name, rows in sheets.items():
        ws = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, str) and value.startswith("="):
                    ref = xlsxwriter.utility.xl_rowcol_to_cell(r, c)
                    ws.write_formula(r, c, value, None, cached.get((name, ref), 0))
                elif isinstance(value, str):
                    ws.write_string(r, c, value)
                else:
                    ws.write(r, c, value)
        if name in hidden:
            ws.hide()
    book.close()
    return path


def referrals_table(
    values: list[list[int]], total_row: bool = True, total_col: bool = True
) -> Rows:
    """'Referrals by payment group': a title, a header, labelled rows, SUM totals."""
    groups = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers", "JSA Prison Leavers"]
    months = ["Apr 2013", "May 2013", "Jun 2013", "Jul 2013"][: len(values[0])]
    rows: Rows = [["Referrals by payment group"], [], ["Payment group", *months]]
    if total_col:
        rows[2].append("Total")
    width = len(months)
    for i, line in enumerate(values):
        r = len(rows) + 1
        row: list[Any] = [groups[i], *line]
        if total_col:
            last = xlsxwriter.utility.xl_col_to_name(width)
            row.append(f"=SUM(B{r}:{last}{r})")
        rows.append(row)
    if total_row:
        first, last = 4, len(rows)
        row = ["Total"]
        for c in range(1, width + 1 + (1 if total_col else 0)):
            letter = xlsxwriter.utility.xl_col_to_name(c)
            row.append(f"=SUM({letter}{first}:{letter}{last})")
        rows.append(row)
    return rows


GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
STARTS = [[137, 212, 195], [411, 389, 402], [33, 47, 29], [12, 9, 17]]
OUTCOMES = [[31, 45, 52], [88, 97, 101], [7, 4, 9], [3, 5, 2]]


def grouped_pack(path: Path, groups: dict[int, str], title: str, merged: bool = False) -> Path:
    """Job starts (columns B-E) then job outcomes (F-I) by payment group: Apr, May, Jun and a
    Total each under a second header row, with ``groups`` (column -> words) on the first,
    typed in their cells only or, ``merged``, merged over their four columns; every total a
    SUM formula with its cached value."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Performance")
    ws.write(0, 0, title)
    for col, words in groups.items():
        if merged:
            ws.merge_range(2, col, 2, col + 3, words)
        else:
            ws.write(2, col, words)
    ws.write_row(3, 0, ["Payment group", *(["Apr", "May", "Jun", "Total"] * 2)])
    letters = "ABCDEFGHI"
    for i, group in enumerate(GROUPS):
        ws.write(4 + i, 0, group)
        for data, first in ((STARTS, 1), (OUTCOMES, 5)):
            ws.write_row(4 + i, first, data[i])
            span = f"{letters[first]}{5 + i}:{letters[first + 2]}{5 + i}"
            ws.write_formula(4 + i, first + 3, f"=SUM({span})", None, sum(data[i]))
    ws.write(8, 0, "Total")
    for j in range(8):
        data = STARTS if j < 4 else OUTCOMES
        cached = sum(sum(r) if j % 4 == 3 else r[j % 4] for r in data)
        ws.write_formula(8, 1 + j, f"=SUM({letters[1 + j]}5:{letters[1 + j]}8)", None, cached)
    book.close()
    return path


def quarter_by_payment_group(measure: str, seed: int) -> Rows:
    """A quarter's ``measure`` by payment group, with SUM totals across and down: a small sheet
    whose figures differ by ``seed``, for tests of how a book's sheets are grouped and read."""
    rows: Rows = [[f"{measure} by payment group, Q1 2024/25"], []]
    rows.append(["Payment group", "Apr", "May", "Jun", "Total"])
    for i, group in enumerate(("JSA 18-24", "JSA 25+", "ESA Flow", "ESA Ex-IB")):
        figures = [(seed * 37 + i * 53 + m * 11) % 290 + 3 for m in range(3)]
        rows.append([group, *figures, f"=SUM(B{i + 4}:D{i + 4})"])
    rows.append(["Total", *(f"=SUM({c}4:{c}7)" for c in "BCDE")])
    return rows
