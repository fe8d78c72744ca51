"""Month codes across the header ('201304 | 201305 | 201306 | Total') under a corner naming the
month of an event ('Referral month'), as cohort tables head their columns: the corner was read
as naming a measure (referrals) its row counts, so the codes were rounded as a line of figures
(201300, 201300, 201300), the columns no longer told apart, verified (WRONG; found building
month-coded headers). A corner naming the period of an event names what the numbers are, in
the analysis (analyse/numbered_heads) and the proof (verify/label_figures), which alone refuses
the codes rounded; 'Referrals' in the corner still makes the row figures. With no total column
(under 'Area' too) the codes were rounded: three or more a month apart head their columns
alone now (analyse/numbered_heads._months_running, verify/repeated_heads.months_running)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings
from wpxl.analyse import analyse_workbook
from wpxl.model import Role
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify.kept_labels import ROUNDED_LABEL

CODES = [201304, 201305, 201306]
AREAS = ["Leeds", "Bradford", "Wakefield"]


def by_month(corner: str, total: bool = True) -> tuple[list[list], dict[tuple[str, str], int]]:
    """Referrals by area over month codes, the corner ``corner``, a Total column of SUMs
    (``total``); with their cached values."""
    heads = [corner, *CODES, *(["Total"] if total else [])]
    rows: list[list] = [["Referrals by area and referral month"], [], heads]
    cached = {}
    for i, area in enumerate(AREAS):
        figures = [412 + 37 * i, 377 - 21 * i, 509 + 13 * i]
        rows.append([area, *figures, *([f"=SUM(B{4 + i}:D{4 + i})"] if total else [])])
        cached[("Referrals", f"E{4 + i}")] = sum(figures)
    return rows, cached


def _book(tmp_path: Path, corner: str, total: bool = True) -> Path:
    rows, cached = by_month(corner, total)
    return write_book(tmp_path / "months.xlsx", {"Referrals": rows}, cached=cached)


@pytest.mark.parametrize("corner", ["Referral month", "Start month", "Area"])
@pytest.mark.parametrize("total", [True, False])
def test_month_codes_under_a_corner_naming_a_period_head_the_columns(tmp_path, corner, total):
    """With no total column, three month codes a month apart head the columns alone: under
    'Area' they were rounded as figures too (201300), verified."""
    (sheet,) = analyse_workbook(read_workbook(_book(tmp_path, corner, total)), Policy())
    assert {sheet.roles[(2, col)] for col in (1, 2, 3)} == {Role.HEADER}


def test_the_copy_keeps_the_codes(tmp_path):
    output, _ = sanitised_beside(_book(tmp_path, "Referral month"))
    lines = list(openpyxl.load_workbook(output)["Referrals"].iter_rows(values_only=True))
    assert list(lines[4][:5]) == ["Referral month", *CODES, "Total"]


@pytest.mark.parametrize("total", [True, False])
def test_the_codes_rounded_under_such_a_corner_are_refused(tmp_path, total):
    rows, cached = by_month("Referral month", total)
    rounded = {(2, col): 201300.0 for col in (1, 2, 3)}
    found = misread_findings(tmp_path, rows, rounded, "rounded", cached=cached)
    assert ROUNDED_LABEL in {f.kind for f in found}


def test_codes_not_a_month_apart_with_no_total_are_figures(tmp_path):
    rows, cached = by_month("Area", total=False)
    rows[2][1:4] = [201304, 201306, 201309]
    source = write_book(tmp_path / "gaps.xlsx", {"Referrals": rows}, cached=cached)
    (sheet,) = analyse_workbook(read_workbook(source), Policy())
    assert sheet.roles[(2, 1)] is not Role.HEADER


def test_a_corner_naming_the_measure_still_makes_the_row_figures(tmp_path):
    (sheet,) = analyse_workbook(read_workbook(_book(tmp_path, "Referrals")), Policy())
    assert sheet.roles[(2, 1)] is not Role.HEADER
