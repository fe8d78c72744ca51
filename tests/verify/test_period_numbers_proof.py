"""The proof's reading of months, quarters or periods numbered down a label column with no
year beside them (verify/period_numbers): a number it lets stand unrounded must number the
periods, one apart across the quarter lines and within the period's range; any other is a
figure, refused unrounded whatever the plan made of it."""

from __future__ import annotations

import pytest

from tests.e2e.test_hunted_s18_refusals import year_to_date
from tests.misread import misread_findings
from wpxl.verify.period_numbers import numbers_periods

NOT_ROUNDED = "a figure that is not a multiple of 20"


@pytest.mark.parametrize(
    ("months", "kept"),
    [
        ([1, 2, 3, 4, 5, 6, 7], True),
        ([1, 2, 3, 4, 5, 6, 9], False),
        ([1, 2, 3, 4, 5, 6, 13], False),
    ],
)
def test_a_lone_month_after_the_quarters_stands_only_as_the_next_number(tmp_path, months, kept):
    rows = year_to_date(months, "Q{q} total")
    lone = len(rows) - 3  # the last month's line, before its quarter's and the Total
    found = misread_findings(tmp_path, rows, {(lone, 0): months[-1]}, "kept")
    refused = (f"'Referrals' A{lone + 3}", NOT_ROUNDED) in [(f.part, f.kind) for f in found]
    assert refused is not kept


@pytest.mark.parametrize(
    ("header", "numbers", "closed", "periods"),
    [
        ("Month", [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3], True, True),
        ("Month", [1, 2], True, True),
        ("Month", [1, 2], False, False),
        ("Quarter", [1, 2, 3, 4, 5], True, False),
        ("Period", [11, 12, 13], False, True),
        ("Year", [1, 2, 3], True, False),
        ("Month", [2, 1, 3], True, False),
    ],
)
def test_period_numbers_run_one_apart_within_their_range(header, numbers, closed, periods):
    assert numbers_periods(header, numbers, closed) is periods
