"""Numbers heading columns under a corner naming them (session 20's probe of numeric labels):
'Age | 18 | 19 | 20 | 21' over areas' referrals by single year of age was read as a line of
figures and rounded to 20, 20, 20, 20 (the columns no longer told apart, and verified);
'Week number | 1 | 2 | 3' with no 'Total' beside was refused by the proof."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings

FIGURES = [[56, 57, 64, 71], [6, 7, 8, 9], [120, 127, 109, 98]]


@pytest.mark.parametrize(
    ("corner", "heads"),
    [("Age", [18, 19, 20, 21]), ("Age (years)", [16, 17, 18, 19]), ("Week number", [1, 2, 3, 4])],
)
def test_numbers_named_by_their_corner_head_the_columns(tmp_path, corner, heads):
    rows = [["Referrals by area"], [], [corner, *heads]]
    rows += [[area, *line] for area, line in zip(["Leeds", "York", "Hull"], FIGURES, strict=True)]
    output, _ = sanitised_beside(write_book(tmp_path / "heads.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(output)["Referrals"]
    lines = [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]
    assert [corner, *heads] in lines
    leeds = next(line for line in lines if line[:1] == ["Leeds"])
    assert leeds == ["Leeds", 60, 60, 60, 80]


def test_counts_running_on_beside_words_naming_more_than_ages_are_refused_unrounded(tmp_path):
    rows = [["Referrals by month"], [], ["Area", "Apr", "May", "Jun"],
            ["Ages unknown", 18, 19, 20], ["Leeds", 260, 300, 280]]  # fmt: skip
    kept = {(3, 1): 18, (3, 2): 19, (3, 3): 20}
    kinds = [f.kind for f in misread_findings(tmp_path, rows, kept, "kept")]
    assert kinds.count("a figure that is not a multiple of 20") == 2  # 20 is one
