"""A line of counts named a period's total ('Month total | 2013 | 1995 | 2031', a large
provider's monthly referrals) was read as a line of years by its period word and kept, and the
proof refused the copy (session 21): words naming a period's total head counts, however
year-like the counts are."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside


@pytest.mark.parametrize("label", ["Month total", "Year total", "Quarter totals"])
def test_year_like_counts_named_a_periods_total_are_rounded(tmp_path, label):
    rows = [["Referrals by month"], [], ["Measure", "Apr", "May", "Jun"],
            ["Referrals", 1004, 1009, 1013], [label, 2013, 1995, 2031]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "totals.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(output)["Referrals"]
    lines = [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]
    assert [label, 2020, 2000, 2040] in lines
