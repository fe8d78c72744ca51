"""The proof catches, on its own, a number naming a row or column rounded as a count: payment
groups 1, 2, 6, 9 or CPA numbers down the first column, or CPA numbers across the header row,
each rounded to 0 or 20 by a plan that misread them, while every figure is a multiple of 20
and every total adds up its rounded cells (nothing else in the proof notices).

Each copy is written by the real writer from a real plan of a real input; the plan is then
changed the way a misreading would change it, and the proof must refuse, naming the cell.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import write_book
from tests.conftest import PRODUCED
from tests.misread import BANNER, misread_findings
from wpxl.analyse import analyse_workbook
from wpxl.model import OutputCell
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.verify.kept_labels import ROUNDED_LABEL
from wpxl.write import write_plan

FIGURES = [[143, 212, 61], [187, 38, 97], [251, 119, 73], [66, 301, 158]]


def _found(tmp_path: Path, rows: list[list], rounded: list[tuple[int, int]]) -> set[str]:
    """The cells the proof names as rounded labels in a copy of ``rows`` whose plan rounds the
    numbers at ``rounded`` (input places) to the nearest 20, as a misreading would."""
    written = {(r, c): (rows[r][c] + 10) // 20 * 20 for r, c in rounded}
    found = misread_findings(tmp_path, rows, written, "rounded")
    return {f.part for f in found if f.kind == ROUNDED_LABEL}


def _down(header: str, numbers: list[int]) -> list[list]:
    rows: list[list] = [["Referrals by payment group"], [], [header, "Apr", "May", "Jun"]]
    rows += [[n, *FIGURES[i]] for i, n in enumerate(numbers)]
    rows.append(["Total", *(sum(f[k] for f in FIGURES) for k in range(3))])
    return rows


def _across(numbers: list[int]) -> list[list]:
    rows: list[list] = [["Referrals by contract package area"], [], ["Month", *numbers, "Total"]]
    for month, line in zip(["April", "May", "June"], FIGURES, strict=False):
        counts = [*line, line[0] + 1]
        rows.append([month, *counts, sum(counts)])
    rows.append(["Total", *(sum(r[k] for r in rows[3:6]) for k in range(1, 6))])
    return rows


@pytest.mark.parametrize(
    ("header", "numbers"), [("Payment group", [1, 2, 6, 9]), ("CPA", [3, 7, 12, 15])]
)
def test_numbers_naming_the_rows_rounded_are_caught(tmp_path, header, numbers):
    rows = _down(header, numbers)
    assert _found(tmp_path, rows, [(3 + i, 0) for i in range(4)]) == {"'Referrals' A6"}


def test_numbers_naming_the_columns_rounded_are_caught(tmp_path):
    rows = _across([3, 7, 12, 15])
    found = _found(tmp_path, rows, [(2, c) for c in range(1, 5)])
    assert found == {"'Referrals' B5", "'Referrals' C5", "'Referrals' D5", "'Referrals' E5"}


def test_labels_kept_and_counts_rounded_are_not_caught(tmp_path):
    assert _found(tmp_path, _down("CPA", [3, 7, 12, 15]), []) == set()
    assert _found(tmp_path, _across([3, 7, 12, 15]), []) == set()


def test_numbers_under_a_measure_rounded_are_not_caught(tmp_path):
    """Fail closed the other way too: numbers the input's layout does not show to be labels
    (a header naming a measure) are counts, and rounding them is right."""
    rows = _down("Referrals", [3, 7, 12, 15])
    assert _found(tmp_path, rows, [(3 + i, 0) for i in range(4)]) == set()


def test_months_of_a_long_extract_rounded_are_caught(tmp_path):
    """'Area | Year | Month | Referrals': the months beside their year name the rows."""
    rows: list[list] = [["Referrals by area and month"], [], ["Area", "Year", "Month", "Referrals"]]
    figures = iter([137, 212, 195, 411, 389, 402])
    rows += [[a, 2014, m, next(figures)] for a in ("Derby", "Buxton") for m in (4, 5, 6)]
    found = _found(tmp_path, rows, [(3 + i, 2) for i in range(6)])
    assert found == {"'Referrals' C6"}  # the run's first, named once


def _coded_months(areas: list[str]) -> list[list]:
    rows: list[list] = [["Referrals by area and month"], [], ["Area", "Month", "Referrals"]]
    figures = iter([137, 212, 195, 411, 389, 402])
    return rows + [[a, m, next(figures)] for a in areas for m in (202404, 202405, 202406)]


def test_month_codes_repeated_for_each_area_rounded_are_caught(tmp_path):
    rows = _coded_months(["Derby", "Buxton"])
    found = _found(tmp_path, rows, [(3 + i, 1) for i in range(6)])
    assert found == {"'Referrals' B6"}


def test_month_codes_repeated_in_one_area_kept_unrounded_are_caught(tmp_path):
    """The proof lets repeated codes stand only where words tell the rows apart: the same
    codes twice under one area, kept as written by a misreading plan, are unrounded figures."""
    rows = _coded_months(["Derby", "Derby"])
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    book = read_workbook(source)
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    sheet = next(s for s in plan.sheets if s.name == "Referrals")
    for i in range(6):
        style = sheet.cells[(3 + i + BANNER, 1)].style
        sheet.cells[(3 + i + BANNER, 1)] = OutputCell(rows[3 + i][1], style=style, kind="kept")
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    unrounded = {f.part for f in verify_output(output, plan, 20) if "multiple of 20" in f.kind}
    assert "'Referrals' B6" in unrounded
