"""Invariant 10 over the copy's top totals (verify/summed_tops.py): ONS's 'UNITED KINGDOM' adds
up two countries the copy writes as totals and Scotland, a line over council areas a little
less than it. A copy that rounds the United Kingdom on its own is refused at each of its
places; the copy the plan makes, the countries' sum, is not."""

from tests.e2e.test_hunted_s16_real import births_rows
from tests.misread import misread_findings
from wpxl.verify.summed_tops import NOT_THE_SUM

UK = 3  # the United Kingdom's row (0-based, as the input holds it)


def _round(value: int) -> int:
    return (value + 10) // 20 * 20


def test_a_total_of_the_top_totals_and_a_line_rounded_on_its_own_is_refused(tmp_path):
    rows = births_rows()
    alone = {(UK, col): float(_round(rows[UK][col])) for col in (4, 5)}
    found = misread_findings(tmp_path, rows, alone, "rounded")
    assert {f.part for f in found if f.kind == NOT_THE_SUM} == {"'Referrals' E6", "'Referrals' F6"}


def test_the_copy_the_plan_makes_has_the_countries_sum(tmp_path):
    assert misread_findings(tmp_path, births_rows(), {}, "kept") == []
