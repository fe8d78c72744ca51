"""Found building whole packs in session 24, smaller things a reader sees: headers typed on two
lines in their cells ('Local' Alt+Enter 'authority'), as analysts wrap them, went into the
percentage sheet's intro sentence with the line break inside it ('by region local
authority' broken over two lines). And job outcomes by months since referral, the months
numbered 1 to 24 down the first column, were refused: on the percentage sheet the proof took
months 10 and on (equal to outcome figures of the table) for outcome figures quoted in words,
reading 'Months since referral' as a period's header (months 1 to 12) before a time since an
event's; a month, year or quarter followed by 'since', 'after', 'from' or 'on' names a time
since an event now (verify/label_figures)."""

from __future__ import annotations

import openpyxl
import pytest
import xlsxwriter

from tests.builders import write_book
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


@pytest.mark.parametrize("header", ["Months since referral", "Months from referral"])
def test_outcomes_by_months_since_referral_keep_the_months_as_labels(tmp_path, header):
    groups = ["JSA 18-24", "JSA 25+", "ESA Flow"]
    rows: list[list] = [["Job outcomes by months since referral, to March 2015"], []]
    rows.append([header, *groups])
    rows += [[m, 10 + m, 30 + (7 * m) % 23, 12 + (5 * m) % 31] for m in range(1, 25)]
    rows.append(["Total", *(sum(r[c] for r in rows[3:]) for c in (1, 2, 3))])
    copy, _ = sanitised_beside(write_book(tmp_path / "months.xlsx", {"Outcomes": rows}))
    shares = openpyxl.load_workbook(copy)["Job outcomes %"]
    keys = [c.value for c in shares["A"] if c.value is not None and str(c.value).isdigit()]
    assert keys == [str(m) for m in range(1, 25)]
