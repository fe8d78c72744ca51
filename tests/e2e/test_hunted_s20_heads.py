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
from wpxl.verify.kept_labels import ROUNDED_LABEL

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


def _ages_under_age() -> list[list]:
    rows: list[list] = [["Referrals by area and age"], [], [None, "Age"], ["Area", 18, 19, 20, 21]]
    return rows + [[a, *line] for a, line in zip(["Leeds", "York", "Hull"], FIGURES, strict=True)]


def test_years_of_age_under_age_head_the_columns(tmp_path):
    output, _ = sanitised_beside(
        write_book(tmp_path / "ages.xlsx", {"Referrals": _ages_under_age()})
    )
    sheet = openpyxl.load_workbook(output)["Referrals"]
    lines = [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]
    assert ["Area", 18, 19, 20, 21] in lines and ["Leeds", 60, 60, 60, 80] in lines


def test_years_of_age_under_age_rounded_are_refused_by_the_proof(tmp_path):
    rounded = {(3, 1): 20, (3, 2): 20, (3, 3): 20, (3, 4): 20}
    found = misread_findings(tmp_path, _ages_under_age(), rounded, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}


@pytest.mark.parametrize(
    ("corner", "heads"), [("Week", ["1", "2", "3"]), ("Age", ["18", "19", "20"])]
)
def test_numbers_written_as_text_named_by_their_corner_head_the_columns(tmp_path, corner, heads):
    """'Week | "1" | "2" | "3"' was rounded to 0, 0, 0 as counts written as text."""
    rows = [["Referrals by area"], [], [corner, *heads]]
    rows += [[a, *line[:3]] for a, line in zip(["Leeds", "York", "Hull"], FIGURES, strict=True)]
    output, _ = sanitised_beside(write_book(tmp_path / "texts.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(output)["Referrals"]
    lines = [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]
    assert [corner, *heads] in lines and ["Leeds", 60, 60, 60] in lines


CODED = [
    ("Payment group", [1, 2, 3, 4]),
    ("Payment group", [1, 2, 6]),
    ("CPA", [1, 2, 3]),
    ("Month", [4, 5, 6]),
    ("Month", [11, 12, 1]),
    ("Payment group", ["1", "2", "6"]),
]


def _coded(corner: str, heads: list) -> list[list]:
    rows: list[list] = [["Referrals by area"], [], [corner, *heads]]
    return rows + [[a, *line[: len(heads)]] for a, line in zip(["Leeds", "York", "Hull"],
                                                                FIGURES, strict=True)]  # fmt: skip


@pytest.mark.parametrize(("corner", "heads"), CODED)
def test_codes_named_by_their_corner_head_the_columns(tmp_path, corner, heads):
    """WP's payment groups 1 to 9 across, no 'Total' beside: rounded to 0, 0, 0 as a line of
    counts (and verified) before session 20; kept as codes now, the counts under them rounded."""
    source = write_book(tmp_path / "coded.xlsx", {"Referrals": _coded(corner, heads)})
    output, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(output)["Referrals"]
    lines = [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]
    assert [corner, *heads] in lines
    assert ["Leeds", 60, 60, 60, 80][: len(heads) + 1] in lines


def test_payment_groups_rounded_are_refused_by_the_proof(tmp_path):
    rounded = {(2, 1): 0, (2, 2): 0, (2, 3): 0, (2, 4): 0}
    found = misread_findings(tmp_path, _coded("Payment group", [1, 2, 3, 4]), rounded, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}


@pytest.mark.parametrize("heads", [[1, 2, 12], [3, 2, 1], [4, 6, 8]])
def test_numbers_no_code_runs_so_are_counts_to_the_proof(tmp_path, heads):
    """Past the ninth payment group, falling, or months not one apart: kept as written, the
    numbers are refused as counts (a corner word alone does not make a line of labels)."""
    corner = "Month" if heads == [4, 6, 8] else "Payment group"
    rows = [["Referrals by area"], [], ["Area", "Apr", "May", "Jun"], [corner, *heads],
            ["Leeds", 56, 57, 64]]  # fmt: skip
    kept = {(3, col): value for col, value in enumerate(heads, start=1)}
    found = misread_findings(tmp_path, rows, kept, "kept")
    assert any("multiple of 20" in f.kind for f in found)


@pytest.mark.parametrize("above", ["Payment group", "Cohort"])
def test_codes_under_their_name_above_the_row_head_the_columns(tmp_path, above):
    """'Payment group' over 'Area | 1 | 2 | 3 | 4': rounded to 0, 0, 0, 0 before."""
    rows: list[list] = [["Referrals by area"], [], [None, above], ["Area", 1, 2, 3, 4]]
    rows += [[a, *line] for a, line in zip(["Leeds", "York", "Hull"], FIGURES, strict=True)]
    output, _ = sanitised_beside(write_book(tmp_path / "above.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(output)["Referrals"]
    lines = [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]
    assert ["Area", 1, 2, 3, 4] in lines and ["Leeds", 60, 60, 60, 80] in lines


def test_payment_groups_under_their_name_rounded_are_refused_by_the_proof(tmp_path):
    rows: list[list] = [["Referrals by area"], [], [None, "Payment group"], ["Area", 1, 2, 3, 4]]
    rows += [[a, *line] for a, line in zip(["Leeds", "York", "Hull"], FIGURES, strict=True)]
    rounded = {(3, 1): 0, (3, 2): 0, (3, 3): 0, (3, 4): 0}
    found = misread_findings(tmp_path, rows, rounded, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}
