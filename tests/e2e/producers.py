"""A Work Programme pack as xlsxwriter writes it, for the hunt through packs other programs
write (session 33): referrals by office and job outcomes by payment group, each with its
totals, and ways to rewrite its parts as other programs store them."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import xlsxwriter

OFFICES = [
    ("Leeds North", [123, 47, 88]),
    ("Leeds South", [9, 31, 150]),
    ("Bradford", [64, 10, 77]),
]
OUTCOMES = [("JSA 18-24", [12, 7, 9]), ("JSA 25+", [23, 15, 4]), ("ESA Flow", [3, 2, 6])]
MONTHS = [dt.datetime(2024, 4, 1), dt.datetime(2024, 5, 1), dt.datetime(2024, 6, 1)]
COPIED = [
    ["Leeds North", 120, 40, 80, 240],
    ["Leeds South", 0, 40, 160, 200],
    ["Bradford", 60, 20, 80, 160],
    ["Total", 180, 100, 320, 600],
]


def xlsxwriter_pack(path: Path) -> Path:
    """The pack as xlsxwriter writes it, with its results: its words as shared strings, its
    month heads in a date format and its heads bold (so cells name styles past the first)."""
    book = xlsxwriter.Workbook(str(path))
    book.set_properties({"author": "Jane Hargreaves"})
    bold = book.add_format({"bold": True})
    month = book.add_format({"bold": True, "num_format": "mmm-yy"})
    for name, lines, first in (("Referrals", OFFICES, "Office"),
                               ("Outcomes", OUTCOMES, "Payment group")):  # fmt: skip
        sheet = book.add_worksheet(name)
        sheet.write(0, 0, f"{name} by month, April to June", bold)
        sheet.write(1, 0, first, bold)
        for col, when in enumerate(MONTHS, start=1):
            sheet.write_datetime(1, col, when, month)
        sheet.write(1, 4, "Total", bold)
        for i, (label, counts) in enumerate(lines, start=2):
            sheet.write_row(i, 0, [label, *counts])
            sheet.write_formula(i, 4, f"=SUM(B{i + 1}:D{i + 1})", None, sum(counts))
        sheet.write(5, 0, "Total", bold)
        for col, letter in enumerate("BCDE", start=1):
            shown = sum(sum(n) if letter == "E" else n[col - 1] for _, n in lines)
            sheet.write_formula(5, col, f"=SUM({letter}3:{letter}5)", None, shown)
    book.close()
    return path


def rewritten(path: Path, change: Callable[[str, bytes], bytes]) -> Path:
    """The package with each part as ``change`` (given its name and bytes) rewrites it."""
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    with zipfile.ZipFile(path, "w") as package:
        for name, part in parts.items():
            package.writestr(name, change(name, part))
    return path


def copy_lines(output: Path) -> list[list]:
    """The office and total lines of the copy's referrals."""
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    rows = shown.iter_rows(max_col=5, values_only=True)
    return [list(row) for row in rows if row[0] in ("Leeds North", "Leeds South", "Bradford",
                                                     "Total")]  # fmt: skip
