"""A header row of times since an event (verify/elapsed_heads.py): DWP's cohorts' 3, 6, 9, 12,
18 and 24 months since referral, under 'Months since referral', with no total column. A copy
rounding them as counts is refused; the copy the plan makes, keeping them, is not; the same
numbers under words naming no time since an event are figures, and the proof says so."""

from tests.e2e.test_hunted_s18_real import ELAPSED, cohort_rows
from tests.misread import misread_findings
from wpxl.verify.kept_labels import ROUNDED_LABEL

HEAD = 3  # the row of months since referral (0-based input row)


def test_months_since_referral_rounded_as_counts_are_refused(tmp_path):
    rows = cohort_rows()
    rounded = {(HEAD, 1 + i): float((n + 10) // 20 * 20) for i, n in enumerate(ELAPSED)}
    found = misread_findings(tmp_path, rows, rounded, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}


def test_the_copy_the_plan_makes_keeps_them(tmp_path):
    assert misread_findings(tmp_path, cohort_rows(), {}, "kept") == []


def test_under_other_words_they_are_figures(tmp_path):
    rows = cohort_rows()
    rows[2] = [None, "Attachments to date"]
    kept = {(HEAD, 1 + i): float(n) for i, n in enumerate(ELAPSED)}
    found = misread_findings(tmp_path, rows, kept, "kept")
    assert any("not a multiple" in f.kind for f in found)
