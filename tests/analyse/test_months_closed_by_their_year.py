"""Months numbered 1 to 12 across a header row, closed by their year's total column headed the
year alone: 'Area | 1 | 2 | ... | 12 | Year' ('Full year', or the year itself, 2014, which Excel
stores as a number when typed). Only 'Total', a year span ('2013/14') or a quarter named the
numbers a header (``numbered_heads``), so the row was read as a line of figures: the months were
rounded (0, 0 ... 20, 20), 2014 with them (2020), and the title 'Referrals by month, 2014' was
removed as quoting a figure; the proof passed the copy (WRONG). A row of counts never runs 1, 2,
3 ... nor does it end with a year that its parts numbered so could add up to."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from wpxl.analyse import analyse_workbook
from wpxl.model import Role
from wpxl.policy import Policy
from wpxl.read import read_workbook

AREAS = ["Leeds", "Bradford", "Wakefield", "Kirklees"]
TITLE = "Referrals by month, 2014"


def months_then(year: object, first: int = 1) -> tuple[list[list], dict[tuple[str, str], int]]:
    """Referrals by area over months numbered from ``first``, the year's column headed
    ``year`` adding them up; with each SUM's cached value."""
    months = list(range(first, first + 12))
    rows: list[list] = [[TITLE], [], ["Area", *months, year]]
    cached = {}
    for i, area in enumerate(AREAS):
        figures = [97 + 53 * i + 31 * m for m in range(12)]
        rows.append([area, *figures, f"=SUM(B{4 + i}:M{4 + i})"])
        cached[("Referrals", f"N{4 + i}")] = sum(figures)
    return rows, cached


def _book(tmp_path: Path, year: object, first: int = 1) -> Path:
    rows, cached = months_then(year, first)
    return write_book(tmp_path / "months.xlsx", {"Referrals": rows}, cached=cached)


@pytest.mark.parametrize("year", ["Year", "Full year", 2014, "2014"])
def test_months_numbered_before_their_years_column_head_the_columns(tmp_path, year):
    (sheet,) = analyse_workbook(read_workbook(_book(tmp_path, year)), Policy())
    assert {sheet.roles[(2, col)] for col in range(1, 14)} == {Role.HEADER}


@pytest.mark.parametrize("year", ["Year", 2014])
def test_the_copy_keeps_the_months_the_year_and_the_title(tmp_path, year):
    output, _ = sanitised_beside(_book(tmp_path, year))
    lines = list(openpyxl.load_workbook(output)["Referrals"].iter_rows(values_only=True))
    assert TITLE in lines[2]
    assert list(lines[4][1:]) == [*range(1, 13), year]
    assert lines[5][13] == "=SUM(B6:M6)"


def test_numbers_not_running_from_one_before_a_year_are_figures(tmp_path):
    """Months 2 to 13 are no months: the line stays figures, rounded with the rest."""
    (sheet,) = analyse_workbook(read_workbook(_book(tmp_path, 2014, first=2)), Policy())
    assert sheet.roles[(2, 1)] is not Role.HEADER
