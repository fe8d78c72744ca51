"""Session 20's hunt through the proof's allowances for numbers standing as labels (times since
an event over columns, months numbered down a column, a long extract's keys, a cohort's
number) and for figures in a percentage's format: each copy is written by the real writer from
a real plan of a real input, changed the way a misreading would change it (a count kept
unrounded), and the proof must refuse it on its own. Each test here failed before its fix.
"""

from __future__ import annotations

import pytest

from tests.e2e.test_hunted_s20_allow import (
    COHORT_SIZES,
    ELAPSED_COLUMN,
    ELAPSED_WORDS_ALONE,
    grouped_extract,
)
from tests.misread import misread_findings

NOT_ROUNDED = "a figure that is not a multiple of 20"


def _refused(tmp_path, rows: list[list], kept: dict[tuple[int, int], int]) -> set[str]:
    """The cells (as the proof names them) the proof refuses as unrounded figures."""
    found = misread_findings(tmp_path, rows, kept, "kept")
    return {f.part for f in found if f.kind == NOT_ROUNDED}


@pytest.mark.parametrize("rows", [ELAPSED_COLUMN, ELAPSED_WORDS_ALONE])
def test_a_first_line_of_counts_is_no_header_row_of_times_since_an_event(tmp_path, rows):
    kept = {(3, 2): 57, (3, 3): 212}
    assert _refused(tmp_path, rows, kept) == {"'Referrals' C6", "'Referrals' D6"}


@pytest.mark.parametrize(
    "header",
    ["Quarter 1 referrals", "Month 3 job starts", "Period 2 attachments", "Months in work"],
)
def test_counts_one_apart_under_a_period_word_naming_a_measure_are_figures(tmp_path, header):
    rows = [["Referrals by area"], [], ["Area", header, "Quarter 2 referrals"],
            ["Derby", 2, 41], ["Buxton", 3, 57], ["Matlock", 4, 66]]  # fmt: skip
    kept = {(r, 1): rows[r][1] for r in (3, 4, 5)}
    assert _refused(tmp_path, rows, kept) == {"'Referrals' B6", "'Referrals' B7", "'Referrals' B8"}


@pytest.mark.parametrize("header", ["Referrals to CPA", "Starts in CPA", "Referral cohort"])
def test_a_count_repeated_over_an_extracts_months_is_no_key(tmp_path, header):
    rows = grouped_extract(header)
    kept = {(r, 1): rows[r][1] for r in range(3, len(rows))}
    refused = _refused(tmp_path, rows, kept)
    assert {"'Referrals' B6", "'Referrals' B9", "'Referrals' B12"} <= refused


def test_referral_cohort_sizes_closed_by_a_total_row_are_figures(tmp_path):
    kept = {(r, 1): COHORT_SIZES[r][1] for r in (3, 4, 5)}
    found = _refused(tmp_path, COHORT_SIZES, kept)
    assert found == {"'Referrals' B6", "'Referrals' B7", "'Referrals' B8"}


def test_referral_cohorts_by_their_month_codes_still_stand(tmp_path):
    rows = [["Job starts by cohort"], [], ["Referral cohort", "Job starts"],
            [201304, 40], [201305, 60], [201306, 60], ["Total", 160]]  # fmt: skip
    assert misread_findings(tmp_path, rows, {}, "kept") == []
