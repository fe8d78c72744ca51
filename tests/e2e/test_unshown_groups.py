"""Totals that count a group their table does not show ("All ages" with mothers whose age was
not stated), with the policy's ``source_totals = "rebuild"``: each is the sum of its rounded
parts plus that group rounded to 20, a live formula whose cached value every viewer agrees
with, within rounding of the source's total, and said on the cover."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from tests.builders import write_book
from tests.e2e.libreoffice import recalculate, soffice
from wpxl.cli import app
from wpxl.model.layout import COVER_NAME
from wpxl.sanitise import sanitise_file

ROWS = [
    ["Referrals by age of mother"],
    [],
    ["Region", "All ages", "Under 25", "25 to 34", "35 and over"],
    ["North", 1237, 300, 600, 300],  # 37 whose age was not stated
    ["South", 905, 200, 500, 200],  # 5
    ["West", 444, 101, 219, 110],  # 14
    ["Total", 2586, 601, 1319, 610],
]


@pytest.fixture
def sanitised(tmp_path, job):
    source = write_book(tmp_path / "births.xlsx", {"Births": ROWS})
    job = replace(job, policy=replace(job.policy, source_totals="rebuild"))
    return sanitise_file(source, job)


def test_each_total_adds_its_unshown_group_rounded_to_its_rounded_parts(sanitised):
    formulas = openpyxl.load_workbook(sanitised.output)["Births"]
    cached = openpyxl.load_workbook(sanitised.output, data_only=True)["Births"]
    assert [formulas[f"B{r}"].value for r in (6, 7, 8, 9)] == [
        "=SUM(C6:E6)+40",  # 37 not stated
        "=SUM(C7:E7)",  # 5 rounds to 0
        "=SUM(C8:E8)+20",  # 14
        "=SUM(B6:B8)",  # the column's total adds up the rows, as the source's did
    ]
    assert [cached[f"B{r}"].value for r in (6, 7, 8, 9)] == [1240, 900, 460, 2600]
    for r, source in zip((6, 7, 8, 9), (1237, 905, 444, 2586), strict=True):
        assert abs(cached[f"B{r}"].value - source) <= 10 * 4  # within rounding of 3 parts + 1


def test_the_cover_and_warnings_say_which_totals_count_a_group_not_shown(sanitised):
    (warning,) = [w for w in sanitised.warnings if w.code == "totals-over-unshown-group"]
    assert "B4 and 2 more" in warning.message and "not stated" in warning.message
    cover = " ".join(
        str(c.value)
        for row in openpyxl.load_workbook(sanitised.output)[COVER_NAME].iter_rows()
        for c in row
        if c.value
    )
    assert "count more than the parts the table shows" in cover


@pytest.mark.skipif(
    soffice() is None and not os.environ.get("CI"), reason="LibreOffice is not installed"
)
def test_libreoffice_recalculates_the_same_totals(sanitised, tmp_path):
    (again,) = recalculate([Path(sanitised.output)], tmp_path / "lo")
    cached = openpyxl.load_workbook(again, data_only=True)["Births"]
    assert [cached[f"B{r}"].value for r in (6, 7, 8, 9)] == [1240, 900, 460, 2600]


def test_inspect_names_each_total_over_a_group_not_shown(tmp_path):
    source = write_book(tmp_path / "births.xlsx", {"Births": ROWS})
    (tmp_path / "wpxl.toml").write_text('source_totals = "rebuild"\n', encoding="utf-8")
    shown = CliRunner().invoke(
        app, ["inspect", str(source), "--policy", str(tmp_path / "wpxl.toml")]
    )
    assert shown.exit_code == 0, shown.stderr
    assert "total B4 = C4:E4 + a group not shown" in shown.stdout
    assert "total B5 = C5:E5 + a group not shown" in shown.stdout  # 5: a group, rounded to 0
    assert "total B7 = B4:B6\n" in shown.stdout  # the column's total adds up the rows
    assert "3 totals count a group the table does not show" in shown.stdout
