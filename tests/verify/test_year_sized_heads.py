"""The proof refuses a copy that carries a count as a year heading its column: a one-column
table's first line ('Leeds | 2046' under 'Area | Total') kept unrounded, read as a second
header row of one year (session 19's fuzz of summaries found the analysis doing so)."""

from __future__ import annotations

from tests.e2e.test_hunted_s19_fuzz import YEAR_SIZED
from tests.misread import misread_findings


def test_a_first_lines_year_sized_count_kept_as_a_heading_is_refused(tmp_path):
    rows = [*YEAR_SIZED, ["Wakefield", 960]]
    found = misread_findings(tmp_path, rows, {(3, 1): 2046}, "kept")
    assert found  # 2,046 referrals in Leeds, no year: the copy must not show it


def test_a_year_heading_a_column_of_counts_still_stands(tmp_path):
    """The plan keeps 2014 and rounds Leeds' 2,046 (a corner word two lines up names the
    lines): the proof passes the copy. As merged from the hunt, the plan kept 2,046 as a second
    year heading and this test passed that copy; the proof of the other hunt refused it."""
    rows = [["Referrals by area"], [], ["Area", "Referrals"], [None, 2014], ["Leeds", 2046],
            ["Bradford", 1265], ["Wakefield", 960]]  # fmt: skip
    assert misread_findings(tmp_path, rows, {}, "kept") == []


def test_a_count_under_a_year_heading_kept_as_a_second_heading_is_refused(tmp_path):
    rows = [["Referrals by area"], [], ["Area", "Referrals"], [None, 2014], ["Leeds", 2046],
            ["Bradford", 1265], ["Wakefield", 960]]  # fmt: skip
    assert misread_findings(tmp_path, rows, {(4, 1): 2046}, "kept")


CORNERED = [["Referrals by area"], [], [None, "Referrals"], ["Area", 2014], ["Leeds", 2046],
            ["Bradford", 1265], ["Wakefield", 960]]  # fmt: skip


def test_a_year_beside_the_label_columns_corner_word_still_stands(tmp_path):
    """'Area | 2014' under '| Referrals': 'Area' heads the names below, no line is named so;
    the copy keeping 2014 and rounding the areas passes (it was refused as a count kept)."""
    assert misread_findings(tmp_path, CORNERED, {}, "kept") == []


def test_an_areas_count_kept_beside_the_corner_word_is_still_refused(tmp_path):
    """The first line's 2,046 kept as a second year under the corner's 2014: 'Leeds' names a
    line, no label column, so the proof refuses it still."""
    assert misread_findings(tmp_path, CORNERED, {(4, 1): 2046}, "kept")
