"""Session 19's hunt through the proof's allowances: each place wpxl/verify lets a figure stand
that is no multiple of the base (a code, a year, a label, a count written as text), tried with
a real plan's copy of a plausible input changed the way a misreading would change it (an input
count kept unrounded). Each test here failed before its fix: the proof let the count through.

- A count column headed 'Number of referrals' or 'No. of job starts' was read as a column of
  codes (the number word an identifier's, as in 'Office no.'), so its counts stood unrounded.
- A count written as text ('47', 'c.33', '33p') stood unrounded: the check of figures judges
  numbers only, and the check of words leaves a label's numbers under 100 alone.
"""

from __future__ import annotations

import pytest

from tests.misread import misread_findings
from wpxl.verify.spelt import UNROUNDED

NOT_ROUNDED = "a figure that is not a multiple of 20"
AREAS = [["Referrals by area"], [], ["Area", "Referrals"],
         ["Leeds", 47], ["Bradford", 33], ["Wakefield", 261]]  # fmt: skip


@pytest.mark.parametrize("header", ["Number of referrals", "No. of referrals", "Referrals (no.)"])
def test_counts_under_a_number_word_naming_a_measure_are_refused_unrounded(tmp_path, header):
    rows = [["Referrals by area"], [], ["Area", header],
            ["Leeds", 47], ["Bradford", 33], ["Wakefield", 261]]  # fmt: skip
    kinds = [f.kind for f in misread_findings(tmp_path, rows, {(3, 1): 47, (4, 1): 33}, "kept")]
    assert kinds.count(NOT_ROUNDED) == 2


def test_numbers_under_an_office_number_still_stand(tmp_path):
    rows = [["Referrals by office"], [], ["Office no.", "Referrals"],
            [4417, 260], [4431, 120], [5102, 300]]  # fmt: skip
    assert [f for f in misread_findings(tmp_path, rows, {}, "kept") if f.kind == NOT_ROUNDED] == []


@pytest.mark.parametrize("written", ["47", " 47 ", "c.47", "47p", "(47)"])
def test_a_count_written_as_text_is_refused_unrounded(tmp_path, written):
    found = misread_findings(tmp_path, AREAS, {(3, 1): written}, "kept")
    assert [f.part for f in found if f.kind == UNROUNDED] == ["'Referrals' B6"]


def test_payment_groups_numbered_as_text_still_stand(tmp_path):
    """'6' under 'Payment group' beside typed numbers: a label, as the input's layout shows."""
    rows = [["Referrals by payment group"], [], ["Payment group", "Referrals", "Job starts"],
            [1, 260, 40], ["2", 120, 20], [6, 300, 60], ["Total", 680, 120]]  # fmt: skip
    kept = {(4, 0): "2"}
    assert [f for f in misread_findings(tmp_path, rows, kept, "kept") if f.kind == UNROUNDED] == []
