"""Single years of age across the header after the lines' total, as population tables set
them out totals first: 'Area | All ages | 18 | 19 | ... | 24', each area's 'All ages' a SUM along
its line. Total words before the numbers name a total line, and the only other reading of
single years (``summed_heads``) asked for a total line under them: the ages were rounded as a
line of figures (18 -> 20, 19 -> 20, 20, 21 -> 20 ...) and the columns could no longer be told
apart, verified (WRONG; found building totals-first packs). A line of numbers running one
apart, where every line under it adds itself up in a column the line heads with words, heads
its columns, in the analysis (analyse/summed_heads) and the proof (verify/summed_heads), which
alone refuses the ages rounded."""

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

AREAS = ["Leeds", "Bradford", "Wakefield", "Kirklees"]
AGES = list(range(18, 25))


def by_age(
    total: str = "All ages", written: bool = False
) -> tuple[list[list], dict[tuple[str, str], int]]:
    """Referrals by area and single year of age (``written`` as text, '18', as exports write
    them), each line's ``total`` first, a SUM along it; with the SUMs' cached values."""
    ages = [str(age) for age in AGES] if written else AGES
    rows: list[list] = [["Referrals by single year of age, 2014"], [], ["Area", total, *ages]]
    cached = {}
    for i, area in enumerate(AREAS):
        figures = [41 + 67 * i + 23 * age % 97 for age in AGES]
        rows.append([area, f"=SUM(C{4 + i}:I{4 + i})", *figures])
        cached[("Referrals", f"B{4 + i}")] = sum(figures)
    return rows, cached


def _book(tmp_path: Path, total: str = "All ages", written: bool = False) -> Path:
    rows, cached = by_age(total, written)
    return write_book(tmp_path / "ages.xlsx", {"Referrals": rows}, cached=cached)


@pytest.mark.parametrize("total", ["All ages", "Total"])
def test_ages_after_the_lines_total_head_their_columns(tmp_path, total):
    (sheet,) = analyse_workbook(read_workbook(_book(tmp_path, total)), Policy())
    assert {sheet.roles[(2, col)] for col in range(2, 9)} == {Role.HEADER}


@pytest.mark.parametrize("written", [False, True])
def test_the_copy_keeps_the_ages_and_rebuilds_each_lines_total(tmp_path, written):
    """Ages written as text ('18') were rounded too once the proof read them as heads: the
    copy was refused, until the analysis read them as the proof does."""
    output, _ = sanitised_beside(_book(tmp_path, written=written))
    sheet = openpyxl.load_workbook(output)["Referrals"]
    lines = list(sheet.iter_rows(max_col=9, values_only=True))
    ages = [str(age) for age in AGES] if written else AGES
    assert list(lines[4]) == ["Area", "All ages", *ages]
    assert lines[5][1] == "=SUM(C6:I6)"


def test_the_ages_rounded_as_counts_are_refused(tmp_path):
    rows, cached = by_age()
    rounded = {(2, 2 + at): float((age + 10) // 20 * 20) for at, age in enumerate(AGES)}
    found = misread_findings(tmp_path, rows, rounded, "rounded", cached=cached)
    assert {f.part for f in found if f.kind == ROUNDED_LABEL} >= {
        "'Referrals' C5",
        "'Referrals' I5",
    }


def test_the_copy_the_plan_makes_passes(tmp_path):
    rows, cached = by_age()
    assert misread_findings(tmp_path, rows, {}, "kept", cached=cached) == []
