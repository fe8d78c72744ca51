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
