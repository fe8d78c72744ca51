"""Numbers banding the columns by a quantity named in the corner (session 21's probe of numeric
labels): 'Duration (weeks) | 13 | 26 | 39 | 52', 'Hours worked | 16 | 30 | 37', 'Months on
programme | 3 | 6 | 9 | 12' and 'Score | 1 .. 5' over areas' referrals, with no 'Total' beside
them, were read as a line of figures and rounded (20, 20, 40, 60: the columns no longer told
apart, and verified); 'Number of children | 0 | 1 | 2 | 3+' was refused."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings
from wpxl.verify.kept_labels import ROUNDED_LABEL

FIGURES = [[56, 57, 64, 71, 38], [6, 7, 8, 9, 11], [120, 127, 109, 98, 143]]
NOT_ROUNDED = "a figure that is not a multiple of 20"


def _banded(corner: str, heads: list) -> list[list]:
    rows: list[list] = [["Referrals by area"], [], [corner, *heads]]
    areas = ["Leeds", "York", "Hull"]
    return rows + [[a, *line[: len(heads)]] for a, line in zip(areas, FIGURES, strict=True)]


@pytest.mark.parametrize(
    ("corner", "heads", "leeds"),
    [
        ("Duration (weeks)", [13, 26, 39, 52], [60, 60, 60, 80]),
        ("Hours worked", [16, 30, 37], [60, 60, 60]),
        ("Months on programme", [3, 6, 9, 12], [60, 60, 60, 80]),
        ("Weeks unemployed", [13, 26, 52, 104], [60, 60, 60, 80]),
        ("Score", [1, 2, 3, 4, 5], [60, 60, 60, 80, 40]),
        ("Number of children", [0, 1, 2, "3+"], [60, 60, 60, 80]),
    ],
)
def test_numbers_banding_a_quantity_named_in_the_corner_head_the_columns(
    tmp_path, corner, heads, leeds
):
    source = write_book(tmp_path / "banded.xlsx", {"Referrals": _banded(corner, heads)})
    output, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(output)["Referrals"]
    lines = [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]
    assert [corner, *heads] in lines
    assert ["Leeds", *leeds] in lines


def test_quantity_heads_rounded_are_refused_by_the_proof(tmp_path):
    rounded = {(2, 1): 20, (2, 2): 20, (2, 3): 40, (2, 4): 60}
    found = misread_findings(tmp_path, _banded("Duration (weeks)", [13, 26, 39, 52]), rounded,
                             "rounded")  # fmt: skip
    assert ROUNDED_LABEL in {f.kind for f in found}


def test_a_line_named_like_a_quantity_under_a_header_of_areas_is_counts_to_the_proof(tmp_path):
    """Under 'Measure | Leeds | York | Hull' (a blank row between), 'Hours worked | 16 | 30 |
    37' is a line of figures: kept unrounded, the proof refuses it."""
    rows = [["Hours and referrals by area"], [], ["Measure", "Leeds", "York", "Hull"], [],
            ["Hours worked", 16, 30, 37], ["Referrals", 56, 57, 64]]  # fmt: skip
    kept = {(4, 1): 16, (4, 2): 30, (4, 3): 37}
    kinds = [f.kind for f in misread_findings(tmp_path, rows, kept, "kept")]
    assert kinds.count(NOT_ROUNDED) == 3


@pytest.mark.parametrize("corner", ["Referral score", "Time in work (weeks)", "Total"])
def test_counts_under_a_corner_naming_a_counted_event_are_no_heads_to_the_proof(tmp_path, corner):
    """A time in work counts sustainments however it is banded; a total is figures."""
    rows = [["Referrals by area"], [], [corner, 17, 26, 39], ["Leeds", 56, 57, 64]]
    kept = {(2, 1): 17, (2, 2): 26, (2, 3): 39}
    kinds = [f.kind for f in misread_findings(tmp_path, rows, kept, "kept")]
    assert kinds.count(NOT_ROUNDED) == 3


def _named_over(words: str, heads: list) -> list[list]:
    rows: list[list] = [["Referrals by area"], [], [None, words], ["Area", *heads]]
    areas = ["Leeds", "York", "Hull"]
    return rows + [[a, *line[: len(heads)]] for a, line in zip(areas, FIGURES, strict=True)]


@pytest.mark.parametrize(
    ("words", "heads"),
    [
        ("Duration (weeks)", [13, 26, 39, 52]),
        ("Hours worked", [16, 30, 37]),
        ("Score", [1, 2, 3, 4, 5]),
        ("Number of children", [0, 1, 2, "3+"]),
    ],
)
def test_bands_under_the_quantity_named_over_them_head_the_columns(tmp_path, words, heads):
    source = write_book(tmp_path / "over.xlsx", {"Referrals": _named_over(words, heads)})
    output, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(output)["Referrals"]
    lines = [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]
    assert ["Area", *heads] in lines
    assert next(line for line in lines if line[:1] == ["Leeds"])[1:4] == [60, 60, 60]


def test_bands_named_over_them_rounded_are_refused_by_the_proof(tmp_path):
    rounded = {(3, 1): 20, (3, 2): 40, (3, 3): 40}
    found = misread_findings(tmp_path, _named_over("Hours worked", [16, 30, 37]), rounded,
                             "rounded")  # fmt: skip
    assert ROUNDED_LABEL in {f.kind for f in found}


def test_a_first_line_under_a_header_naming_its_columns_one_by_one_stays_counts(tmp_path):
    """'Area | Hours worked | Referrals | Starts' names its columns one by one: the line under
    it ('Leeds | 16 | 30 | 37', rising as bands do) is figures, rounded, and the proof refuses
    it kept."""
    rows = [["Hours and referrals by area"], [], ["Area", "Hours worked", "Referrals", "Starts"],
            ["Leeds", 16, 30, 37], ["York", 120, 127, 109]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "lines.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(output)["Referrals"]
    lines = [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]
    assert ["Leeds", 20, 40, 40] in lines
    kept = {(3, 1): 16, (3, 2): 30, (3, 3): 37}
    kinds = [f.kind for f in misread_findings(tmp_path, rows, kept, "kept")]
    assert kinds.count(NOT_ROUNDED) == 3


@pytest.mark.parametrize(
    ("header", "bands"),
    [
        ("Hours worked", [16, 30, 37]),
        ("Score", [1, 2, 3, 4, 5]),
        ("Months on programme", [3, 6, 9, 12, 18, 24]),
    ],
)
def test_bands_down_a_label_column_name_the_rows(tmp_path, header, bands):
    rows: list[list] = [[f"Referrals by {header.lower()}"], [], [header, "Referrals", "Starts"]]
    rows += [[band, 100 + 7 * i, 33 + 5 * i] for i, band in enumerate(bands)]
    output, _ = sanitised_beside(write_book(tmp_path / "down.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(output)["Referrals"]
    firsts = [line[0] for line in sheet.iter_rows(min_row=1, values_only=True)]
    assert firsts[firsts.index(header) + 1 :][: len(bands)] == bands


def test_bands_down_a_label_column_rounded_are_refused_by_the_proof(tmp_path):
    rows: list[list] = [["Referrals by hours"], [], ["Hours worked", "Referrals", "Starts"]]
    rows += [[16, 107, 33], [30, 114, 38], [37, 121, 43]]
    rounded = {(3, 0): 20, (4, 0): 40, (5, 0): 40}
    assert ROUNDED_LABEL in {f.kind for f in misread_findings(tmp_path, rows, rounded, "rounded")}


@pytest.mark.parametrize(
    ("corner", "heads"),
    [("Week", [1, 2, 3, 4]), ("Week number", ["1", "2", "3", "4"]), ("Age", [18, 19, 20, 21])],
)
def test_weeks_and_ages_in_the_corner_rounded_are_refused_by_the_proof(tmp_path, corner, heads):
    """The plan keeps them (session 20); the proof let them pass rounded (0, 0, 0, 0 or 20, 20,
    20, 20), the columns no longer told apart."""
    rounded = {(2, i + 1): (int(h) + 10) // 20 * 20 for i, h in enumerate(heads)}
    found = misread_findings(tmp_path, _banded(corner, heads), rounded, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}


def test_an_open_band_after_single_years_of_age_is_a_label(tmp_path):
    """'Age' over 18, 19 ... 24, then '25+', then 'Total': the proof read '25+' as a count
    written with a mark (the typed ages stopped its walk up to 'Age') and refused the copy."""
    rows: list[list] = [["Referrals by age"], [], ["Age", "Referrals"]]
    rows += [[age, 40 + 3 * age] for age in range(18, 25)]
    rows += [["25+", 301], ["Total", "=SUM(B4:B11)"]]
    output, _ = sanitised_beside(write_book(tmp_path / "ages.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(output)["Referrals"]
    lines = [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]
    assert ["25+", 300] in lines and [18, 100] in lines


def test_an_open_band_among_counts_kept_is_refused_by_the_proof(tmp_path):
    rows = [["Referrals by area"], [], ["Area", "Referrals", "Starts"], ["Leeds", 12, 41],
            ["York", "25+", 57], ["Hull", 57, 66]]  # fmt: skip
    found = misread_findings(tmp_path, rows, {(4, 1): "25+"}, "kept")
    assert "a count written as text that is not rounded" in {f.kind for f in found}


def test_codes_beside_a_label_column_without_a_total_line_stay_counts_to_the_proof(tmp_path):
    """'Area | CPA | Referrals' with no total line: the CPA column is not the table's only
    labels, so its numbers need the total line's words to be read as codes."""
    rows = [["Referrals by area"], [], ["Area", "CPA", "Referrals"], ["Leeds", 7, 104],
            ["York", 17, 257], ["Hull", 18, 66]]  # fmt: skip
    kept = {(3, 1): 7, (4, 1): 17, (5, 1): 18}
    kinds = [f.kind for f in misread_findings(tmp_path, rows, kept, "kept")]
    assert kinds.count(NOT_ROUNDED) == 3


def test_a_quantity_counted_beside_the_area_column_stays_counts(tmp_path):
    """'Area | Number of children | Referrals': right of the areas' names the numbers count
    (12, 35, 47 rising by chance); only the table's first column holds a quantity's bands."""
    rows = [["Referrals by area"], [], ["Area", "Number of children", "Referrals"],
            ["Leeds", 12, 104], ["York", 35, 257], ["Hull", 47, 66],
            ["Total", None, 427]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "children.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(output)["Referrals"]
    lines = [[v for v in line if v is not None] for line in sheet.iter_rows(values_only=True)]
    assert ["Leeds", 20, 100] in lines
    kept = {(3, 1): 12, (4, 1): 35, (5, 1): 47}
    kinds = [f.kind for f in misread_findings(tmp_path, rows, kept, "kept")]
    assert kinds.count(NOT_ROUNDED) == 3


@pytest.mark.parametrize("header", ["Number of households", "Number of children", "No. of cases"])
def test_how_many_under_number_of_words_is_no_code_to_the_proof(tmp_path, header):
    """'Office no.' names codes; 'Number of households' says how many: counts kept under it
    passed the proof as codes (session 21)."""
    rows = [["Referrals by area"], [], ["Area", header, "Referrals"], ["Leeds", 13, 104],
            ["York", 37, 257], ["Hull", 29, 66]]  # fmt: skip
    kept = {(3, 1): 13, (4, 1): 37, (5, 1): 29}
    kinds = [f.kind for f in misread_findings(tmp_path, rows, kept, "kept")]
    assert kinds.count(NOT_ROUNDED) == 3
