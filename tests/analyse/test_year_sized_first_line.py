"""A long extract whose first line's count is year-sized ('Leeds | Referrals | 2003' under
'Local authority | Measure | Count') read that line as a second header line of years: 2003
was kept as written and the proof refused the copy (REFUSAL; noticed by session 25's leak
helper). A line of words then one year-sized number, shaped as the line under it (words in the
same columns, a count where it has its number) and under a header line naming that column
already, is the first line of figures (analyse/year_lines)."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

LINES = [("Leeds", 2003, 412), ("Bradford", 1771, 388), ("Wakefield", 1012, 251)]


def test_a_long_extracts_first_count_of_year_size_is_a_count(tmp_path):
    rows: list[list] = [["Local authority", "Measure", "Count"]]
    for area, referrals, starts in LINES:
        rows += [[area, "Referrals", referrals], [area, "Job starts", starts]]
    copy, _ = sanitised_beside(write_book(tmp_path / "extract.xlsx", {"Extract": rows}))
    sheet = openpyxl.load_workbook(copy)["Extract"]
    counts = [
        r[2] for r in sheet.iter_rows(values_only=True) if r[1] in ("Referrals", "Job starts")
    ]
    assert counts == [2000, 420, 1780, 380, 1020, 260]


@pytest.mark.parametrize("corner", ["Local authority", "Area"])
def test_a_header_line_of_one_year_still_heads_its_column(tmp_path, corner):
    """'Local authority | 2013' (or 'Area | 2013') over the areas' counts: a year heading its
    one column, as before."""
    rows: list[list] = [["Referrals by local authority"], [], [corner, 2013]]
    rows += [[area, referrals] for area, referrals, _ in LINES]
    copy, _ = sanitised_beside(write_book(tmp_path / "year.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    lines = [r[:2] for r in sheet.iter_rows(values_only=True) if r[1] is not None]
    assert (corner, 2013) in lines and ("Leeds", 2000) in lines
