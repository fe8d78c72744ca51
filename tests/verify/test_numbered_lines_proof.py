"""A line of consecutive whole numbers in the copy is let stand unrounded as a numbering (week 1,
2, 3 across a header; children 1, 2 down a label column) only where it is the line's own label:
no words before it in its rows (a label column) or above it in its columns (a header row).
Session 18's review found the allowance asked the copy alone, so small counts that happened to
run on (3, 4, 5 referrals in three areas; 6, 7, 8 across three months) were let through
unrounded by the proof: a plan keeping them would have shared them."""

from __future__ import annotations

from tests.builders import write_book
from tests.misread import misread_findings, proved

NOT_ROUNDED = "a figure that is not a multiple of 20"


def test_counts_that_run_on_down_a_column_of_areas_are_refused_unrounded(tmp_path):
    rows = [["Referrals by area"], [], ["Area", "Referrals"],
            ["Leeds", 3], ["Bradford", 4], ["Wakefield", 5]]  # fmt: skip
    kept = {(3, 1): 3, (4, 1): 4, (5, 1): 5}
    kinds = [f.kind for f in misread_findings(tmp_path, rows, kept, "kept")]
    assert kinds.count(NOT_ROUNDED) == 3


def test_counts_that_run_on_across_months_are_refused_unrounded(tmp_path):
    rows = [["Referrals by month"], [], ["Area", "Apr", "May", "Jun"], ["Leeds", 6, 7, 8],
            ["Bradford", 260, 300, 280]]  # fmt: skip
    kept = {(3, 1): 6, (3, 2): 7, (3, 3): 8}
    kinds = [f.kind for f in misread_findings(tmp_path, rows, kept, "kept")]
    assert kinds.count(NOT_ROUNDED) == 3


def test_numbers_labelling_the_lines_of_a_stacked_block_still_stand(tmp_path):
    """Corpus 73's shape: children 0, 1, 2 label each block's lines; the proof's reading of the
    input vouches for the first block's, the copy's numbering for the next's."""
    rows = [["Referrals by number of previous children"], [],
            ["Previous children", "Measure", "JSA", "ESA"],
            [0, "Referrals", 148, 67], [1, "Referrals", 262, 250],
            [2, "Referrals", 293, 98], [0, "Job starts", 317, 268],
            [1, "Job starts", 63, 168], [2, "Job starts", 66, 163]]  # fmt: skip
    assert [f for f in misread_findings(tmp_path, rows, {}, "kept") if f.kind == NOT_ROUNDED] == []


def test_a_row_numbering_the_columns_under_their_headers_still_stands(tmp_path):
    """Corpus 61's shape: 1, 2, 3, 4 under the months and Total, nothing naming the line."""
    rows = [["Referrals by month"], [], ["Area", "Apr", "May", "Jun", "Total"],
            [None, 1, 2, 3, 4], ["Leeds", 258, 98, 290, 646],
            ["Bradford", 115, 169, 155, 439]]  # fmt: skip
    kept = {(3, 1): 1, (3, 2): 2, (3, 3): 3, (3, 4): 4}
    found = misread_findings(tmp_path, rows, kept, "kept")
    assert [f for f in found if f.kind == NOT_ROUNDED] == []


def test_a_header_row_named_a_numbering_still_stands(tmp_path):
    """'Week number', 1, 2, 3 over areas' weekly figures, no 'Total' column beside: refused by
    the proof of session 19 (the words before the line read as an area's name); the real plan's
    copy keeps the week numbers and is proved."""
    rows = [["Referrals by area and week"], [], ["Week number", 1, 2, 3],
            ["Leeds", 56, 57, 64], ["York", 6, 7, 8], ["Hull", 120, 127, 109]]  # fmt: skip
    assert proved(tmp_path, write_book(tmp_path / "weeks.xlsx", {"Referrals": rows})) == []


def test_counts_that_run_on_beside_words_naming_more_than_a_numbering_are_refused(tmp_path):
    rows = [["Referrals by week"], [], ["Area", "Apr", "May", "Jun"],
            ["Week 2 referrals", 3, 4, 5], ["Leeds", 260, 300, 280]]  # fmt: skip
    kept = {(3, 1): 3, (3, 2): 4, (3, 3): 5}
    kinds = [f.kind for f in misread_findings(tmp_path, rows, kept, "kept")]
    assert kinds.count(NOT_ROUNDED) == 3
