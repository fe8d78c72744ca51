"""Columns numbered again under each group's head (session 21's probe of two-row headers):
'2013' merged over 'Area | 1 | 2 | 3 | 4' and '2014' over the next 1 to 4 (quarters under
years), months under financial years, weeks under regions, years under payment groups, months
1 to 6 under one year: each run was read as a line of counts and rounded (0, 0, 0, 0 or 2020,
2020, 2020), the columns no longer told apart, and verified."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings
from wpxl.verify.kept_labels import ROUNDED_LABEL

FIGURES = [
    [56, 57, 64, 71, 38, 45, 61, 52],
    [6, 7, 8, 9, 11, 3, 5, 2],
    [120, 127, 109, 98, 143, 131, 88, 92],
]
NOT_ROUNDED = "a figure that is not a multiple of 20"


def _grouped(groups: list, run: list, corner: str = "Area", total: bool = False) -> list[list]:
    top: list = [None]
    for group in groups:
        top += [group] + [None] * (len(run) - 1)
    width = len(run) * len(groups)
    rows: list[list] = [["Referrals by area"], [], top + (["Total"] if total else [])]
    rows.append([corner, *(run * len(groups))])
    for area, line in zip(["Leeds", "York", "Hull"], FIGURES, strict=True):
        at = len(rows) + 1
        last = openpyxl.utils.get_column_letter(1 + width)
        rows.append([area, *line[:width]] + ([f"=SUM(B{at}:{last}{at})"] if total else []))
    return rows


@pytest.mark.parametrize(
    ("groups", "run", "total"),
    [
        ([2013, 2014], [1, 2, 3, 4], False),
        (["2013/14", "2014/15"], [1, 2, 3, 4], True),
        (["North", "South"], [1, 2, 3, 4], False),
        (["PG1", "PG2"], [2013, 2014, 2015], False),
        ([2013], [1, 2, 3, 4, 5, 6], False),
        (["2013/14", "2014/15"], ["1", "2"], False),
    ],
)
def test_runs_numbered_under_each_groups_head_head_the_columns(tmp_path, groups, run, total):
    source = write_book(tmp_path / "groups.xlsx", {"Referrals": _grouped(groups, run, total=total)})
    output, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(output)["Referrals"]
    lines = [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]
    assert ["Area", *(run * len(groups))] in lines
    assert next(line for line in lines if line[:1] == ["Leeds"])[1:5] == [60, 60, 60, 80]


def test_runs_under_group_heads_rounded_are_refused_by_the_proof(tmp_path):
    rows = _grouped([2013, 2014], [1, 2, 3, 4])
    rounded = {(3, col): 0 for col in range(1, 9)}
    found = misread_findings(tmp_path, rows, rounded, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}


def test_a_first_line_repeating_a_run_under_words_over_each_column_stays_counts(tmp_path):
    """Under 'Area | Apr | May | Jun | Jul | Aug | Sep' the line 'Leeds | 1 | 2 | 3 | 1 | 2 |
    3' is counts: every column has its own head, so no run starts under a group's."""
    rows = [["Referrals by area"], [], ["Area", "Apr", "May", "Jun", "Jul", "Aug", "Sep"],
            ["Leeds", 1, 2, 3, 1, 2, 3], ["York", 56, 57, 64, 71, 38, 45]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "line.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(output)["Referrals"]
    lines = [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]
    assert ["Leeds", 0, 0, 0, 0, 0, 0] in lines
    kept = {(3, col): rows[3][col] for col in range(1, 7)}
    kinds = [f.kind for f in misread_findings(tmp_path, rows, kept, "kept")]
    assert kinds.count(NOT_ROUNDED) == 6


@pytest.mark.parametrize("corner", ["Referrals", "Total", "Leeds"])
def test_a_run_beside_words_naming_a_count_or_a_row_is_counts_to_the_proof(tmp_path, corner):
    """A corner naming a count or a total, or a row's name under the label column's header
    ('Area' over 'Leeds'), makes the run a line of figures."""
    rows = _grouped([2013, 2014], [1, 2, 3, 4], corner=corner)
    if corner == "Leeds":
        rows[2][0] = "Area"
    kept = {(3, col): rows[3][col] for col in range(1, 9)}
    kinds = [f.kind for f in misread_findings(tmp_path, rows, kept, "kept")]
    assert kinds.count(NOT_ROUNDED) == 8
