"""Session 19's hunt through the proof's allowances: each place wpxl/verify lets a figure stand
that is no multiple of the base (a code, a year, a label, a count written as text), tried with
a real plan's copy of a plausible input changed the way a misreading would change it (an input
count kept unrounded). Each test here failed before its fix: the proof let the count through.

- A count column headed 'Number of referrals' or 'No. of job starts' was read as a column of
  codes (the number word an identifier's, as in 'Office no.'), so its counts stood unrounded.
"""

from __future__ import annotations

import pytest

from tests.misread import misread_findings

NOT_ROUNDED = "a figure that is not a multiple of 20"


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
