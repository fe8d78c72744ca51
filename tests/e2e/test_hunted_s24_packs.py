"""Found building whole packs in session 24, smaller things a reader sees: headers typed on two
lines in their cells ('Local' Alt+Enter 'authority'), as analysts wrap them, went into the
percentage sheet's intro sentence with the line break inside it ('by region local
authority' broken over two lines)."""

from __future__ import annotations

import openpyxl
import xlsxwriter

from tests.e2e.runs import sanitised_beside

REGIONS = {
    "Yorkshire and the Humber": [("Leeds", 412, 41), ("Bradford", 377, 37), ("Wakefield", 251, 29)],
    "North East": [("Newcastle", 298, 33), ("Sunderland", 163, 17)],
}


def test_headers_wrapped_in_their_cells_read_as_one_line_in_the_intro(tmp_path):
    path = tmp_path / "wrapped.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Starts by area")
    sheet.write(0, 0, "Job starts by region and local authority, 2014-15")
    sheet.write_row(2, 0, ["Region", "Local\nauthority", "Job\nstarts", "Job\noutcomes"])
    row = 3
    for region, areas in REGIONS.items():  # each region merged down over its areas
        sheet.merge_range(row, 0, row + len(areas) - 1, 0, region)
        for area, starts, outcomes in areas:
            sheet.write_row(row, 1, [area, starts, outcomes])
            row += 1
    book.close()
    copy, _ = sanitised_beside(path)
    shares = openpyxl.load_workbook(copy)["Job outcomes %"]
    intro = next(c.value for c in shares["A"] if str(c.value).startswith("Percentage of"))
    assert "by region local authority," in intro and "\n" not in intro
    starts = openpyxl.load_workbook(copy)["Starts by area"]
    assert [starts.cell(r, 3).value for r in range(6, 11)] == [420, 380, 260, 300, 160]
