"""Session 20's hunt through the proof's allowances, run end to end: each shape here made a
copy that kept an input count unrounded, and the proof called it verified. Each test failed
before its fix.

- A table's first line of counts under a header row naming one of its columns by a time since
  an event ('Area | Months since referral | Attachments in month | Attachments to date') was
  read as a header row of times since referral (three whole numbers rising, 'Months since
  referral' over them), by the analysis and the proof alike: 57 and 212 attachments stood.
- A cohort named by its event alone ('Referral cohort') over numbers that are no month codes
  (137, 411, 53: how many each group holds, beside each of its months, or down a column whose
  total line leaves it blank) was read as a cohort's key by the analysis and the proof alike,
  and the referrals stood unrounded.
- Counts under a header naming the code they are broken down by ('Referrals by area code'),
  repeated beside an extract's months, were read by the analysis as a key column (code words
  name keys), and by the proof as codes no total counts: 137, 411 and 53 stood unrounded.

And refusals, where the plan was right and the proof wrong:

- Referrals one apart under a header starting with a period's word ('Quarter 1 referrals': 2,
  3, 4 for three areas) were read by the proof as quarters numbered down a label column; the
  plan's copy, rounding them, was refused as rounding labels.
- A count named for the place it counts in ('Starts in CPA'), repeated over an extract's
  months, was read by the proof as an outer key; the plan's copy, rounding it, was refused.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s18_real import ELAPSED, cohort_rows
from tests.misread import misread_findings

ELAPSED_COLUMN = [
    ["Attachments by area"],
    [],
    ["Area", "Months since referral", "Attachments in month", "Attachments to date"],
    ["Derby", 3, 57, 212],
    ["Buxton", 6, 41, 263],
    ["Matlock", 9, 66, 307],
]
ELAPSED_WORDS_ALONE = [
    ["Job starts by area"],
    [],
    ["Area", "Weeks since attachment", None, None],
    ["Derby", 13, 57, 212],
    ["Buxton", 26, 41, 263],
    ["Matlock", 39, 66, 307],
]


def _shown(output, sheet: str) -> set[float]:
    """Every number the copy's sheet shows."""
    copy = openpyxl.load_workbook(output)[sheet]
    return {c.value for row in copy.iter_rows() for c in row if isinstance(c.value, int | float)}


@pytest.mark.parametrize("rows", [ELAPSED_COLUMN, ELAPSED_WORDS_ALONE])
def test_a_first_line_of_rising_counts_under_a_time_since_an_event_is_rounded(tmp_path, rows):
    output, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Attachments": rows}))
    assert not {57, 212} & _shown(output, "Attachments")


def test_months_since_referral_under_two_corners_naming_the_rows_still_head_columns(tmp_path):
    heads = [["Cohort", "Months since referral"], ["Month of referral", *ELAPSED]]
    rows = [["Attachments by month of referral"], [], *heads, *cohort_rows()[4:]]
    output, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Cohorts": rows}))
    copy = openpyxl.load_workbook(output)["Cohorts"]
    assert [copy.cell(6, col).value for col in range(2, 8)] == ELAPSED


def test_counts_under_a_period_word_naming_a_measure_are_rounded_and_proved(tmp_path):
    rows = [["Referrals by area"], [], ["Area", "Quarter 1 referrals", "Quarter 2 referrals"],
            ["Derby", 2, 41], ["Buxton", 3, 57], ["Matlock", 4, 66]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Referrals": rows}))
    copy = openpyxl.load_workbook(output)["Referrals"]
    assert [copy.cell(row, 2).value for row in (6, 7, 8)] == [0, 0, 0]


MONTHS = [("Apr", 41), ("May", 57), ("Jun", 66)]


def grouped_extract(header: str) -> list[list]:
    """A long extract 'Payment group | <header> | Month | Job starts', each group's count
    (137, 411, 53) repeated beside each of its months."""
    rows: list[list] = [["Job starts by payment group"], [], ["Payment group", header]]
    rows[2] += ["Month", "Job starts"]
    for group, count in (("JSA 18-24", 137), ("JSA 25+", 411), ("ESA Flow", 53)):
        rows += [[group, count, month, starts] for month, starts in MONTHS]
    return rows


def test_starts_in_a_cpa_repeated_over_months_are_rounded_and_proved(tmp_path):
    rows = grouped_extract("Starts in CPA")
    output, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Starts": rows}))
    copy = openpyxl.load_workbook(output)["Starts"]
    assert [copy.cell(row, 2).value for row in (6, 9, 12)] == [140, 420, 60]


COHORT_SIZES = [["Job starts by month"], [], ["Referral month", "Referral cohort", "Job starts"],
                ["Apr-13", 137, 41], ["May-13", 411, 57], ["Jun-13", 53, 66],
                ["Total", None, 164]]  # fmt: skip


@pytest.mark.parametrize("rows", [grouped_extract("Referral cohort"), COHORT_SIZES])
def test_referral_cohort_sizes_are_rounded(tmp_path, rows):
    output, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Starts": rows}))
    assert not {137, 411, 53} & _shown(output, "Starts")


def test_counts_under_a_header_naming_a_code_they_are_counted_by_are_rounded(tmp_path):
    rows = grouped_extract("Referrals by area code")
    output, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Starts": rows}))
    assert not {137, 411, 53} & _shown(output, "Starts")


def test_cohort_sizes_under_a_plain_cohort_header_are_rounded(tmp_path):
    """Numbers under a plain 'Cohort' down a label column whose Total line leaves it blank
    were read as the cohorts' numbers, so their sizes (412, 398, 377 referred) stood unrounded
    (session 21): cohorts are numbered in order, 1 to 99, or by their month (201304)."""
    rows = [["Job starts by month"], [], ["Referral month", "Cohort", "Job starts"],
            ["Apr-13", 412, 41], ["May-13", 398, 57], ["Jun-13", 377, 66],
            ["Total", None, 164]]  # fmt: skip
    output, _ = sanitised_beside(write_book(tmp_path / "pack.xlsx", {"Starts": rows}))
    assert not {412, 398, 377} & _shown(output, "Starts")


def test_cohort_sizes_under_a_plain_cohort_header_kept_are_refused_by_the_proof(tmp_path):
    rows = [["Job starts by month"], [], ["Referral month", "Cohort", "Job starts"],
            ["Apr-13", 41, 41], ["May-13", 39, 57], ["Jun-13", 37, 66],
            ["Total", None, 164]]  # fmt: skip
    kept = {(3, 1): 41, (4, 1): 39, (5, 1): 37}
    found = misread_findings(tmp_path, rows, kept, "kept")
    assert {f.part for f in found if f.kind == "a figure that is not a multiple of 20"} >= {
        "'Referrals' B6",
        "'Referrals' B7",
        "'Referrals' B8",
    }
