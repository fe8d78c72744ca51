"""Invariant 10 for a group's first line and for lines named alike (verify/block_heads.py,
verify/alike_lines.py), on MoJ's shapes: an age group's line over its offences (A1.4ii), and
'Males and Females' over the sexes' lines of the same name beside a count one off (A1.5i). A
copy rounding either on its own is refused at its places; the copy the plan makes is not."""

from tests.e2e.test_hunted_s15_moj import offences_by_sex
from tests.e2e.test_hunted_s16_real import offence_groups, offences_in_detail
from tests.misread import misread_findings
from wpxl.policy import Policy
from wpxl.verify.alike_lines import ALIKE_ROUNDED_ALONE
from wpxl.verify.block_heads import GROUP_ROUNDED_ALONE

MALE_ADULTS = 35  # 'Adults' under 'Males' (0-based row, as the input holds it)


def _alone(rows: list[list], row: int, cols: tuple[int, ...]) -> dict[tuple[int, int], float]:
    return {(row, col): float((rows[row][col] + 10) // 20 * 20) for col in cols}


def test_an_age_group_rounded_on_its_own_over_its_offences_is_refused(tmp_path):
    rows = offences_by_sex()
    assert rows[MALE_ADULTS][0] == "Adults"
    found = misread_findings(tmp_path, rows, _alone(rows, MALE_ADULTS, (1, 2)), "rounded")
    assert {f.part for f in found if f.kind == GROUP_ROUNDED_ALONE} == {
        "'Referrals' B38",
        "'Referrals' C38",
    }


def test_the_copy_the_plan_makes_adds_up_its_groups(tmp_path):
    assert misread_findings(tmp_path, offences_by_sex(), {}, "kept") == []


FRAUD = 11  # 'Fraud offences' under 'Males and Females', in MoJ's A1.5i shape


def test_a_line_over_the_lines_named_alike_rounded_on_its_own_is_refused(tmp_path):
    rows = offences_in_detail()
    assert rows[FRAUD][0] == "Fraud offences"
    found = misread_findings(tmp_path, rows, _alone(rows, FRAUD, (3,)), "rounded")
    assert [f.part for f in found if f.kind == ALIKE_ROUNDED_ALONE] == ["'Referrals' D14"]


def test_the_copy_the_plan_makes_adds_up_the_lines_named_alike(tmp_path):
    assert misread_findings(tmp_path, offences_in_detail(), {}, "kept") == []


GROUP = 4  # 'Violence with injury' over its offences, 9 over them in the last year


def test_a_group_line_a_few_off_in_a_year_rounded_on_its_own_is_refused(tmp_path):
    rows = offence_groups()
    assert rows[GROUP][0] == "Violence with injury"
    rebuild = Policy(source_totals="rebuild")
    found = misread_findings(tmp_path, rows, _alone(rows, GROUP, (1, 2)), "rounded", policy=rebuild)
    assert {f.part for f in found if f.kind == GROUP_ROUNDED_ALONE} == {
        "'Referrals' B7",
        "'Referrals' C7",
    }
