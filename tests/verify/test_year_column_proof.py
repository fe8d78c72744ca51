"""A column of years kept as written (verify/year_column.py): MoJ's annual averages run from
1900, two years marked with a footnote ('2009(2)'). A copy that rounds the years before 1990 as
counts is refused at each, though the run's top, 1900, is a multiple of the base already; the
copy the plan makes keeps them."""

from tests.e2e.test_hunted_s16_real import annual_averages
from tests.e2e.test_hunted_s17_real import deaths_by_year
from tests.misread import misread_findings
from wpxl.verify.kept_labels import ROUNDED_LABEL

FIRST = 3  # the row of 1900 (0-based, as the input holds it)


def test_years_rounded_as_counts_are_refused_below_a_top_that_is_a_multiple(tmp_path):
    rounded = {(FIRST + k, 0): float((1900 + k + 10) // 20 * 20) for k in range(1, 4)}
    found = misread_findings(tmp_path, annual_averages(), rounded, "rounded")
    assert {f.part for f in found if f.kind == ROUNDED_LABEL} == {
        "'Referrals' A7",
        "'Referrals' A8",
        "'Referrals' A9",
    }


def test_a_year_rounded_in_a_run_typed_as_floats_is_refused(tmp_path):
    rows = annual_averages(marked=(), first=1985)
    rows[FIRST + 2][0] = 1987.0
    found = misread_findings(tmp_path, rows, {(FIRST + 2, 0): 1980.0}, "rounded")
    assert [f.part for f in found if f.kind == ROUNDED_LABEL] == ["'Referrals' A8"]


def test_the_copy_the_plan_makes_keeps_the_years(tmp_path):
    assert misread_findings(tmp_path, annual_averages(), {}, "kept") == []


def test_years_under_registration_year_rounded_as_counts_are_refused(tmp_path):
    """ONS's deaths by 'Registration Year' (tests/e2e/test_hunted_s17_real.py): a year named by
    what it dates heads years as 'Year' does."""
    top = 5  # the row of 2001
    rounded = {(top + k, 1): float((2001 + k + 10) // 20 * 20) for k in range(3)}
    found = misread_findings(tmp_path, deaths_by_year(), rounded, "rounded")
    assert {f.part for f in found if f.kind == ROUNDED_LABEL} >= {
        "'Referrals' B8",
        "'Referrals' B9",
    }
