"""The sheet reader reads plain whole counts by a shorter path than every other cell; these tests
write the cells of a sheet by hand, in the ways a file can hold them, and check each is read as
openpyxl reads it, and that a count the shorter path must not take is still judged in full."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import xlsxwriter

from tests.robustness.conftest import rewrite_package
from wpxl.read import read_workbook
from wpxl.read.invisible import HIDDEN_BY_FORMAT

# s="1": a plain count format, s="2": a date, s="3": a format that shows nothing
_ROWS = (
    '<row r="2"><c r="A2" s="1"><v>307</v></c><c r="B2" s="2"><v>44000</v></c>'
    '<c r="C2" s="1" t="n"><v>0042</v></c><c r="D2" s="3"><v>99</v></c>'
    '<c r="E2" s="1"><v>121</v></c></row>'
    '<row r="3"><c r="A3"><v>12</v></c><c r="B3"><v>12.5</v></c><c r="C3"><v>1E3</v></c>'
    '<c r="AA3" s="1"><v>307</v></c></row>'
    '<row r="4"><c r="B4" s="1"><v>307</v></c><c r="C4" s="1"><v/></c>'
    '<c r="D4" s="1"><f>A3+1</f><v>13</v></c><c r="E4" t="inlineStr"><is><t>5</t></is></c></row>'
    '<row r="12"><c r="B12" s="1"><v>8</v></c></row>'
)


def _sheet_written_by_hand(tmp_path: Path, rows: str = _ROWS) -> Path:
    built = tmp_path / "built.xlsx"
    book = xlsxwriter.Workbook(str(built))
    ws = book.add_worksheet("Referrals")
    for col, fmt in enumerate(("#,##0", "dd/mm/yyyy", ";;;")):
        ws.write_number(0, col, 1, book.add_format({"num_format": fmt}))
    book.close()
    with zipfile.ZipFile(built) as package:
        xml = package.read("xl/worksheets/sheet1.xml").decode()
    head, _, rest = xml.partition("<sheetData>")
    xml = head + "<sheetData>" + rows + "</sheetData>" + rest.partition("</sheetData>")[2]
    return rewrite_package(built, tmp_path / "by-hand.xlsx", {"xl/worksheets/sheet1.xml": xml})


def test_counts_written_every_way_a_file_can_hold_them_are_read_as_openpyxl_reads_them(tmp_path):
    path = _sheet_written_by_hand(tmp_path)
    book = read_workbook(path)
    cells = book.sheets[0].cells
    expected = openpyxl.load_workbook(path)["Referrals"]
    for ref in ("A2", "B2", "C2", "E2", "A3", "B3", "C3", "AA3", "B4", "E4", "B12"):
        theirs = expected[ref]
        ours = cells[(theirs.row - 1, theirs.column - 1)].value
        assert ours == theirs.value and isinstance(ours, type(theirs.value) | int), ref
    assert cells[(1, 1)].value == dt.datetime(2020, 6, 18)
    assert cells[(1, 2)].value.__class__ is int and cells[(2, 2)].value.__class__ is int
    assert (cells[(3, 3)].value, cells[(3, 3)].formula) == (13, "A3+1")
    assert cells[(1, 0)].style.number_format == cells[(11, 1)].style.number_format == "#,##0"


def test_a_count_in_a_format_that_shows_nothing_is_still_left_out_among_plain_counts(tmp_path):
    book = read_workbook(_sheet_written_by_hand(tmp_path))
    assert (1, 3) not in book.sheets[0].cells
    assert book.extras[HIDDEN_BY_FORMAT] == 1
    assert "99" in book.dropped_text


def test_cells_written_without_a_reference_are_placed_in_their_own_row_as_openpyxl_places_them(
    tmp_path,
):
    rows = (
        '<row r="2"><c t="inlineStr"><is><t>Area</t></is></c><c s="1"><v>307</v></c></row>'
        '<row r="3"><c r="C3" s="1"><v>121</v></c><c s="1"><v>93</v></c><c><f>C3+D3</f><v>214</v>'
        "</c></row>"
        '<row><c><v>20</v></c><c r="B4"><v>40</v></c><c><v>60</v></c></row>'
    )
    path = _sheet_written_by_hand(tmp_path, rows)
    cells = read_workbook(path).sheets[0].cells
    expected = openpyxl.load_workbook(path)["Referrals"]
    placed = {(c.row - 1, c.column - 1): c.value for row in expected.iter_rows() for c in row}
    assert {k: c.value for k, c in cells.items()} == {
        k: 214 if v == "=C3+D3" else v for k, v in placed.items() if v is not None
    }
    assert cells[(2, 4)].formula == "C3+D3" and cells[(3, 2)].value == 60
