"""The writer builds only what the plan says, the same way every time."""

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl

from wpxl.model import CellRange, OutputCell, OutputSheet, Plan, Style
from wpxl.write import write_plan

PRODUCED = dt.date(2026, 11, 25)


def _plan(cells: dict, **sheet) -> Plan:
    return Plan(source=Path("in.xlsx"), sheets=[OutputSheet(name="S", cells=cells, **sheet)])


def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path):
    cells = {
        (0, c): OutputCell(t, kind="kept")
        for c, t in enumerate(["=1+1", "+44 1", "-5", "@SUM(A1)"])
    }
    write_plan(_plan(cells), tmp_path / "o.xlsx", "t", PRODUCED)
    ws = openpyxl.load_workbook(tmp_path / "o.xlsx").active
    assert [ws.cell(1, c + 1).value for c in range(4)] == ["=1+1", "+44 1", "-5", "@SUM(A1)"]
    assert [ws.cell(1, c + 1).data_type for c in range(4)] == ["s", "s", "s", "s"]


def test_planned_formula_is_written_with_its_cached_value(tmp_path):
    cells = {
        (0, 0): OutputCell(20, kind="count"),
        (1, 0): OutputCell(40, kind="count"),
        (2, 0): OutputCell(60, "SUM(A1:A2)", kind="total"),
    }
    write_plan(_plan(cells), tmp_path / "o.xlsx", "t", PRODUCED)
    assert openpyxl.load_workbook(tmp_path / "o.xlsx").active["A3"].value == "=SUM(A1:A2)"
    assert openpyxl.load_workbook(tmp_path / "o.xlsx", data_only=True).active["A3"].value == 60


def test_layout_is_carried_merged_ranges_widths_freeze_and_formats(tmp_path):
    cells = {
        (0, 0): OutputCell("Title", style=Style(bold=True, fill_color="DDEBF7"), kind="kept"),
        (2, 1): OutputCell(
            140, style=Style(number_format="#,##0", border_top="thin"), kind="count"
        ),
    }
    plan = _plan(cells, merged=[CellRange(0, 0, 0, 3)], col_widths={0: 31.0}, freeze=(2, 1))
    write_plan(plan, tmp_path / "o.xlsx", "t", PRODUCED)
    ws = openpyxl.load_workbook(tmp_path / "o.xlsx").active
    assert [str(r) for r in ws.merged_cells.ranges] == ["A1:D1"]
    assert round(ws.column_dimensions["A"].width) == 32  # xlsxwriter adds the cell padding
    assert ws.freeze_panes == "B3"
    assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith("DDEBF7")
    assert ws["B3"].number_format == "#,##0" and ws["B3"].border.top.style == "thin"


def test_same_plan_gives_the_same_bytes_and_fixed_document_dates(tmp_path):
    cells = {(0, 0): OutputCell("Referrals", kind="kept"), (1, 0): OutputCell(20, kind="count")}
    write_plan(_plan(cells), tmp_path / "a.xlsx", "MI pack", PRODUCED)
    write_plan(_plan(cells), tmp_path / "b.xlsx", "MI pack", PRODUCED)
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.xlsx") as z:
        core = z.read("docProps/core.xml").decode()
    assert "<dc:creator>wpxl</dc:creator>" in core
    assert "2026-11-25T00:00:00Z" in core


def test_merged_ranges_over_several_rows_keep_every_cell_written_row_by_row(tmp_path):
    # constant-memory writing flushes a row once the next begins: two tall merged label cells
    # starting on the same row, and cells right of them, must all still arrive
    cells = {
        (1, 0): OutputCell("North", style=Style(v_align="top"), kind="label"),
        (1, 1): OutputCell("Leeds", kind="label"),
        (1, 2): OutputCell(20, kind="count"),
        (1, 4): OutputCell(40, kind="count"),
        (2, 2): OutputCell(60, kind="count"),
        (3, 2): OutputCell(80, kind="count"),
        (4, 0): OutputCell("South", kind="label"),
    }
    merged = [CellRange(1, 0, 3, 0), CellRange(1, 1, 3, 1), CellRange(0, 2, 0, 4)]
    write_plan(_plan(cells, merged=merged), tmp_path / "o.xlsx", "t", PRODUCED)
    ws = openpyxl.load_workbook(tmp_path / "o.xlsx").active
    assert sorted(str(r) for r in ws.merged_cells.ranges) == ["A2:A4", "B2:B4", "C1:E1"]
    assert [ws[a].value for a in ("A2", "B2", "C2", "E2", "C3", "C4", "A5")] == [
        "North", "Leeds", 20, 40, 60, 80, "South",
    ]  # fmt: skip
    assert ws["A2"].alignment.vertical == "top"
