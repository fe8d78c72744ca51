"""Session 35: counts shown in thousands by their number format.

'Referrals (000s)' over 41,234 formatted '#,##0,' shows 41, as regional tables do: the comma
after the last digit divides what is shown by a thousand ('#,##0,,' by a million). wpxl writes
its own formats, never the input's text, and its list had no such scaling: the copy showed
41,240 under '(000s)', which a reader takes for 41 million. The scaling is one of wpxl's own
formats now (read/numformats ``_SCALES``): the copy holds the rounded 41,240 and shows 41 as the
input did; the proof reads the format as one of wpxl's.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.e2e.runs import sanitised_beside

REGIONS = [("North East", 41234), ("North West", 98711), ("Yorkshire", 77420)]


def _book(path: Path, number_format: str) -> Path:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Referrals")
    shown = book.add_format({"num_format": number_format})
    sheet.write(0, 0, "Referrals by region, 2013/14")
    sheet.write_row(2, 0, ["Region", "Referrals (000s)"])
    for row, (region, count) in enumerate(REGIONS, start=3):
        sheet.write(row, 0, region)
        sheet.write(row, 1, count, shown)
    sheet.write(6, 0, "Total")
    sheet.write_formula(6, 1, "=SUM(B4:B6)", shown, sum(c for _, c in REGIONS))
    book.close()
    return path


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("#,##0,", "#,##0,"),
        ("0.0,,", "0.0,,"),
        ('#,##0,"k";(#,##0,)', "#,##0,"),
        ("#,##0", "#,##0"),
    ],
)
def test_a_count_shown_in_thousands_is_shown_in_thousands_in_the_copy(tmp_path, written, kept):
    output, printed = sanitised_beside(_book(tmp_path / "regions.xlsx", written))
    sheet = openpyxl.load_workbook(output)["Referrals"]
    cached = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    assert [cached[f"B{r}"].value for r in range(6, 10)] == [41240, 98720, 77420, 217380]
    assert sheet["B9"].value == "=SUM(B6:B8)"
    assert {sheet[f"B{r}"].number_format for r in range(6, 10)} == {kept}
    removed = [line for line in printed.splitlines() if "removed" in line]
    # the format's own text ('k') is not carried, named by its cells (session 42)
    words = "number formats' own text and conditions (wpxl writes its own formats)"
    assert removed == ([f"  removed: 'Referrals' B4:B7: {words}, not carried into the output"]
                       if '"k"' in written else [])  # fmt: skip
