"""Hunted in session 22 (fuzz21 'sides', seed 14045): job starts under quarters merged over their
months ('Q1' over Apr to Jun, 'Q2' over Jul to Sep), and beside them a table of sustainments
whose title stands on the starts' title row. The proof read the title rows over a column under
a merged quarter's later months as every title of those rows, the sustainments' among them, and
refused the copy: the starts of May to Sep were 'outcome volumes' (REFUSAL). A merged header's
cells now belong to its run of cells (verify/sheet_words.run_through), so those columns read
their own table's title, as the quarter's first column did.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.e2e.runs import sanitised_beside

STARTS = {
    "JSA 25+": [895, 1519, 1017, 1150, 2414, 2546],
    "JSA 18-24": [2749, 707, 990, 2300, 839, 2265],
}
SUSTAINED = {"Sheffield": 25, "Bradford": 22, "Leeds": 9}


def _book(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Job starts"
    sheet["A1"] = "Job starts by area and month, 2014-15"
    sheet["K1"] = "Sustainment outcomes by area and month, 2014-15"
    sheet["B3"], sheet["E3"] = "Q1", "Q2"
    sheet.merge_cells("B3:D3")
    sheet.merge_cells("E3:G3")
    sheet.append([])
    heads = ["Payment group", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Total"]
    for col, head in enumerate(heads, start=1):
        sheet.cell(4, col, head)
    sheet["K3"], sheet["L3"] = "Area", "Sep-14"
    for row, (group, figures) in enumerate(STARTS.items(), start=5):
        sheet.cell(row, 1, group)
        for col, figure in enumerate(figures, start=2):
            sheet.cell(row, col, figure)
        sheet.cell(row, 8, f"=SUM(B{row}:G{row})")
    for row, (area, figure) in enumerate(SUSTAINED.items(), start=4):
        sheet.cell(row, 11, area)
        sheet.cell(row, 12, figure)
    book.save(path)
    return path


def test_starts_under_merged_quarters_beside_a_titled_outcome_table_are_rounded(tmp_path):
    copy, _ = sanitised_beside(_book(tmp_path / "sides.xlsx"))
    book = openpyxl.load_workbook(copy, data_only=True)
    sheet = book["Job starts"]
    lines = [[sheet.cell(r, c).value for c in range(1, 8)] for r in (7, 8)]
    assert lines == [
        ["JSA 25+", 900, 1520, 1020, 1160, 2420, 2540],
        ["JSA 18-24", 2740, 700, 1000, 2300, 840, 2260],
    ]
    assert not [
        v for row in sheet.iter_rows(min_col=11, values_only=True) for v in row if v in (25, 22, 9)
    ]
    assert "Sustainments %" in book.sheetnames
