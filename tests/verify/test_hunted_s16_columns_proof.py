"""The proof on its own against the year-shaped totals the column hunt of session 16 found
carried as years (tests/e2e/test_hunted_s16_columns.py)."""

from __future__ import annotations

import openpyxl

from tests.e2e.test_hunted_s16_columns import (
    _noted_total,
    _quarters,
    _year_beside_quarters,
    _year_first,
)
from tests.misread import misread_findings
from wpxl.verify.group_totals import NOT_THE_GROUPS_SUM
from wpxl.verify.stated_figures import STATED_FIGURE
from wpxl.verify.year_labels import YEAR_AMONG_COUNTS


def test_a_year_shaped_quarter_between_total_formulas_is_a_count(tmp_path):
    """The plan carrying the true quarter (2,013) as if a year, its column's other quarters
    rebuilt as formulas: the proof finds it alone."""
    rows, cached = _quarters(typed=False)
    findings = misread_findings(tmp_path, rows, {(3, 4): 2013}, "kept", cached)
    assert any(f.part.endswith("E6") and f.kind == YEAR_AMONG_COUNTS for f in findings), findings


def test_a_year_to_date_shaped_like_a_year_is_a_count(tmp_path):
    rows, cached = _quarters(typed=False)
    findings = misread_findings(tmp_path, rows, {(3, 9): 2041}, "kept", cached)
    assert any(f.part.endswith("J6") and f.kind == YEAR_AMONG_COUNTS for f in findings), findings


def test_a_header_row_of_years_over_total_formulas_stays_a_label(tmp_path):
    """A year heading a total formula's column is a label still."""
    rows = [["Referrals by payment group"], [], ["Payment group", 2022, 2023, "Total"],
            ["JSA 18-24", 137, 212, "=SUM(B4:C4)"],
            ["Total", "=SUM(B4)", "=SUM(C4)", "=SUM(D4)"]]  # fmt: skip
    cached = {("Referrals", "D4"): 349, ("Referrals", "B5"): 137, ("Referrals", "C5"): 212}
    cached[("Referrals", "D5")] = 349
    assert misread_findings(tmp_path, rows, {}, "kept", cached) == []


def test_the_true_total_after_total_is_a_figure_stated(tmp_path):
    """'Total 2023' states no count, but a year-shaped figure of the input after 'total' is
    one all the same: the note carried, the proof refuses it on its own."""
    rows = _noted_total("Referrals total 2017 before rounding")
    findings = misread_findings(tmp_path, rows, {(7, 0): rows[7][0]}, "kept")
    assert [f.kind for f in findings if f.part.endswith("A10")] == [STATED_FIGURE], findings


def test_a_year_total_left_of_its_quarters_rounded_on_its_own_is_found(tmp_path):
    """The plan rounding each year's typed total on its own, as when '2023' over it named it a
    period: the proof finds it alone, the year's columns read as a group under its head."""
    source = _year_first(tmp_path / "years.xlsx", merged=True)
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(source)["Referrals"].iter_rows()]
    alone = {(r, c): float((rows[r][c] + 10) // 20 * 20) for r in (4, 5, 6) for c in (1, 6)}
    findings = misread_findings(tmp_path, rows, alone, "rounded")
    assert {f.kind for f in findings} == {NOT_THE_GROUPS_SUM}, findings


def test_a_year_named_alone_beside_its_quarters_rounded_on_its_own_is_found(tmp_path):
    """The plan rounding each year's typed total on its own: the proof finds it alone, the
    year's number said by the quarters beside it."""
    source = _year_beside_quarters(tmp_path / "years.xlsx", first=False)
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(source)["Referrals"].iter_rows()]
    alone = {(r, c): float((rows[r][c] + 10) // 20 * 20) for r in (3, 4, 5) for c in (5, 10)}
    findings = misread_findings(tmp_path, rows, alone, "rounded")
    assert {f.kind for f in findings} == {NOT_THE_GROUPS_SUM}, findings


def test_a_total_of_the_years_rounded_on_its_own_is_found(tmp_path):
    """The plan rounding the typed 'Total' after the years on its own: the proof finds it
    alone, a total of the groups' totals."""
    source = _year_beside_quarters(tmp_path / "years.xlsx", first=True, grand=True)
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(source)["Referrals"].iter_rows()]
    alone = {(r, 11): float((rows[r][11] + 10) // 20 * 20) for r in (3, 4, 5)}
    findings = misread_findings(tmp_path, rows, alone, "rounded")
    assert {f.kind for f in findings} == {NOT_THE_GROUPS_SUM}, findings
