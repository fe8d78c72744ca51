"""Invariant 10 over lines named by codes (verify/coded_lines.py): a SOC sub-major group (61)
adds up its minor groups (611, 612, 614), and 'All occupations' the sub-major groups. A copy
rounding either on its own is refused at its places; the copy the plan makes is not."""

from tests.e2e.test_hunted_s18_real import soc_table
from tests.misread import misread_findings
from wpxl.verify import totals_of_totals
from wpxl.verify.coded_lines import NOT_THE_SUM

ALL, CARING = 3, 4  # 'All occupations' and sub-major group 61 (0-based input rows)


def _round(value: int) -> int:
    return (value + 10) // 20 * 20


def test_a_sub_major_group_rounded_on_its_own_is_refused(tmp_path):
    rows = soc_table()
    alone = {(CARING, 2): float(_round(rows[CARING][2]))}  # 403 -> 400; its parts show 420
    found = misread_findings(tmp_path, rows, alone, "rounded")
    assert {f.part for f in found if f.kind == NOT_THE_SUM} == {"'Referrals' C7"}


def test_all_occupations_rounded_on_its_own_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(totals_of_totals, "named_heads", lambda *args: [])  # it reads them too
    monkeypatch.setattr(totals_of_totals, "summed_tops", lambda *args: [])  # and so does it
    rows = soc_table()
    alone = {(ALL, col): float(_round(rows[ALL][col])) for col in (2, 3, 4)}
    found = misread_findings(tmp_path, rows, alone, "rounded")
    assert {f.part for f in found if f.kind == NOT_THE_SUM} == {"'Referrals' C6"}  # 1,140 by 1,160


def test_the_copy_the_plan_makes_adds_up_the_codes(tmp_path):
    assert misread_findings(tmp_path, soc_table(), {}, "kept") == []
