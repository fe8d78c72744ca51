"""Rows of ordinary cells are rendered by wpxl.write.rows in one string; every byte of the copy
must be what xlsxwriter's own write_* calls write for the same plan, styles' numbering included.
Each test writes the same plan twice, the second time with every row sent through xlsxwriter's
calls, and compares the two files part by part."""

from __future__ import annotations

import datetime as dt
import math
import zipfile
from pathlib import Path

from wpxl.model import CellRange, ExcelError, OutputCell, OutputSheet, Plan, Style
from wpxl.write import write_plan
from wpxl.write.rows import RowWriter

PRODUCED = dt.date(2026, 11, 25)
BOLD, COUNT = Style(bold=True), Style(number_format="#,##0", border_top="thin")
RATE, NOTE = Style(number_format="0.0%"), Style(italic=True, font_color="595959")
FILL = Style(fill_color="DDEBF7")  # first used on a sheet after one whose last row has a new style

_VALUES = [
    0, 1, -20, 307, 123456789012345, 10**15, 10**20, 0.1, -0.0, 1e-7, 1e20, 2.5, 1 / 3,
    math.nan, math.inf, -math.inf, "", None, "Referrals", " lead", "trail ", "two\nlines",
    "<r>not rich</r>", "_x0041_ as written", "bell\x07", "\t\ufffe\uffff_x00e9_", "& < > \" '",
    "=SUM(A1)", "é 😀",
    "x" * 16383, "y" * 16384, True, False, ExcelError("#N/A"), ExcelError("#REF!"),
    dt.datetime(2020, 6, 18), dt.date(2021, 1, 1), dt.time(9, 30),
]  # fmt: skip
_FORMULAS = [
    ("SUM(B2:B3)", 40), ("SUM(B2:B3)", 2.5), ("SUM(B2:B3)", "text"), ("SUM(B2:B3)", ""),
    ("SUM(B2:B3)", "#N/A"), ("SUM(B2:B3)", True), ("SUM(B2:B3)", None),
    ("SUM('Other (2)'!B2,B3)+SUM(C2)", 7), ("(B2+B3)*2", 8), ("ROUND(B2,0)", 3),
    ("FILTER(A1:A2,B1:B2)", 0), ("SUM(B2)&\"<&>\"", "a<b"), ("{1,2}", 1), ("_xlfn.SUM(B2)", 1),
    ("SUM(B2:B3)", ExcelError("#N/A")),
]  # fmt: skip


def _sheets() -> list[OutputSheet]:
    styles = [Style(), BOLD, COUNT, RATE, NOTE]
    values = {
        (1 + i // 6, i % 6): OutputCell(v, style=styles[i % 5]) for i, v in enumerate(_VALUES)
    }
    formulas = {
        (10 + i, 2): OutputCell(value, formula, style=styles[(i + 2) % 5], kind="total")
        for i, (formula, value) in enumerate(_FORMULAS)
    }
    counts = {(30 + r, c): OutputCell(20 * r * c, style=COUNT) for r in range(40) for c in range(8)}
    last = {(80, 0): OutputCell("last row, a style of its own", style=Style(underline=True))}
    return [
        OutputSheet("Mixed", {**values, **formulas}, merged=[CellRange(0, 0, 0, 3)],
                    row_heights={0: 30.0, 5: 0.0, 99: 12.0}, col_widths={0: 20.0}, freeze=(1, 1)),
        OutputSheet("Counts", {**counts, **last}, row_heights={31: 18.0}),
        OutputSheet("Later", {(4, 2): OutputCell(1, style=FILL), (6, 9): OutputCell("z")}),
        OutputSheet("Empty", {}, row_heights={0: 20.0}),
    ]  # fmt: skip


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist()}


def test_rows_rendered_in_one_string_are_byte_for_byte_what_xlsxwriter_writes(
    tmp_path, monkeypatch
):
    plan = Plan(source=Path("in.xlsx"), sheets=_sheets())
    rendered = []
    write = RowWriter.write
    monkeypatch.setattr(
        RowWriter, "write", lambda *args: rendered.append(write(*args)) or rendered[-1]
    )
    write_plan(plan, tmp_path / "rows.xlsx", "t", PRODUCED)
    assert rendered.count(True) > 40 and rendered.count(False) > 5  # both ways were taken
    monkeypatch.setattr(RowWriter, "write", lambda *args: False)
    write_plan(plan, tmp_path / "cells.xlsx", "t", PRODUCED)
    assert _parts(tmp_path / "rows.xlsx") == _parts(tmp_path / "cells.xlsx")
    assert (tmp_path / "rows.xlsx").read_bytes() == (tmp_path / "cells.xlsx").read_bytes()
