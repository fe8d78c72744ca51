"""What a hunt of time series with running totals found (session 17).

- A 'Total' column left of a single year's column (the same figures): the year was read as a
  total over the 'Total' column that adds it up, a loop, and wpxl crashed (RecursionError).
"""

from __future__ import annotations

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside


def _r20(figure: int) -> int:
    return (figure + 10) // 20 * 20


def _lines(copy) -> dict[str, list]:
    sheet = openpyxl.load_workbook(copy, data_only=True).worksheets[1]
    return {row[0]: list(row[1:]) for row in sheet.iter_rows(values_only=True) if row[0]}


def test_a_total_column_before_its_one_year_column_is_the_total_over_that_year(tmp_path):
    rows = [
        ["Referrals by year and area"],
        [],
        ["Area", "Total", 2013],
        ["Leeds", 109, 109],
        ["Bradford", 69, 69],
        ["Total", 178, 178],
    ]
    copy, _ = sanitised_beside(write_book(tmp_path / "year.xlsx", {"Referrals": rows}))
    lines = _lines(copy)
    assert lines["Area"][:2] == ["Total", 2013]
    assert lines["Leeds"][:2] == [100, 100]
    assert lines["Bradford"][:2] == [60, 60]
    assert lines["Total"][:2] == [160, 160]
    assert _r20(178) != 160  # the foot rounded on its own would differ
