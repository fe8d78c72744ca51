"""Headings centred across a selection ('Centre Across Selection', the alignment Excel guides
recommend instead of merging) are found when a sheet is read, as the runs of cells they head,
and kept with the sheet for the proof just as merged ranges are."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from wpxl.model import CellRange
from wpxl.read import read_sheets, read_workbook, survey_workbook
from wpxl.read.kept import KeptSheets


def _book(tmp_path: Path) -> Path:
    path = tmp_path / "centred.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Derby")
    across = book.add_format({"center_across": True, "bold": True})
    ws.write(2, 1, "Referrals", across)  # B3 over C3:D3, ended by E3's text
    ws.write_blank(2, 2, None, across)
    ws.write_blank(2, 3, None, across)
    ws.write(2, 4, "Job starts", across)  # E3 over F3, ended by G3's plain format
    ws.write_blank(2, 5, None, across)
    ws.write_blank(2, 6, None, book.add_format({"bold": True}))
    ws.write_blank(2, 7, None, across)
    ws.write(5, 1, "Alone", across)  # a run of one cell heads only its own column
    ws.write(5, 2, 12, across)  # a number is no heading
    ws.write_blank(5, 3, None, across)
    ws.write_row(3, 0, ["Payment group", "Apr", "May", "Jun", "Apr", "May"])
    ws.write_row(4, 0, ["JSA 18-24", 121, 93, 88, 40, 41])
    plain = book.add_worksheet("Plain")
    plain.write(0, 0, "Referrals")
    plain.write_blank(0, 1, None)
    book.close()
    return path


def test_a_heading_centred_across_blank_cells_heads_each_of_them(tmp_path):
    derby, plain = read_workbook(_book(tmp_path)).sheets
    assert derby.centred == [CellRange(2, 1, 2, 3), CellRange(2, 4, 2, 5)]
    assert [derby.merged_origin(2, col).value for col in (2, 3, 5)] == ["Referrals"] * 2 + [
        "Job starts"
    ]
    assert derby.merged_origin(2, 7) is None
    assert derby.merged_origin(5, 3) is None
    assert plain.centred == []


def test_the_runs_are_kept_with_the_sheet_for_the_proof(tmp_path):
    survey = survey_workbook(_book(tmp_path))
    with KeptSheets() as kept:
        read_sheets(survey, [0], kept)
        sheet, _, _ = kept.get(0)
    assert sheet.centred == [CellRange(2, 1, 2, 3), CellRange(2, 4, 2, 5)]
