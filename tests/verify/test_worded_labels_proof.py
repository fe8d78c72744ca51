"""Numbers naming lines among words (verify/worded_labels.py): ONS's mortality by number of
previous children names each line of a cause's block 'All', 0, 1, 2, '3 or more' in its
second column (tests/e2e/test_hunted_s17_real.py). A copy rounding 1 and 2 as counts (to 0) is
refused at each, though the run's top, 0, is kept; the copy the plan makes passes, and a column
of small counts under its header word, no words among them, is not asked."""

from tests.e2e.test_hunted_s17_real import births_by_gestation, deaths_by_previous_children
from tests.misread import misread_findings
from wpxl.policy import Policy
from wpxl.verify.kept_labels import ROUNDED_LABEL

REBUILD = Policy(source_totals="rebuild")
HEADS = ["Cause group", "Number of previous children", "Referrals", "Referrals A",
         "Referrals B", "Referrals C", "Referrals D"]  # fmt: skip


def _rows() -> list[list]:
    rows = deaths_by_previous_children()
    rows[1] = HEADS
    return rows


def test_numbers_of_children_rounded_as_counts_are_refused(tmp_path):
    rounded = {(row, 1): 0.0 for row in (4, 5, 11, 12)}  # each cause's lines 1 and 2
    found = misread_findings(tmp_path, _rows(), rounded, "rounded", policy=REBUILD)
    assert {f.part for f in found if f.kind == ROUNDED_LABEL} == {
        "'Referrals' B7", "'Referrals' B8", "'Referrals' B14", "'Referrals' B15"
    }  # fmt: skip


def test_the_copy_the_plan_makes_keeps_them(tmp_path):
    assert misread_findings(tmp_path, _rows(), {}, "kept", policy=REBUILD) == []


def test_small_counts_under_their_header_are_not_asked(tmp_path):
    rows = [["Referrals by area"], ["Area", "Referrals"]]
    rows += [[name, count] for name, count in zip("ABCDE", (0, 1, 1, 2, 3), strict=True)]
    found = misread_findings(tmp_path, rows, {}, "kept")
    assert not [f for f in found if f.kind == ROUNDED_LABEL]


def test_weeks_of_gestation_rounded_as_counts_are_refused(tmp_path):
    """ONS's Table 17: the weeks 23 to 41 typed as numbers between '22 weeks' and '42 weeks &
    over'; a copy rounding 23 and 24 (to 20) is refused at each."""
    rows = births_by_gestation()
    rows[1][1:] = ["Referrals", "Attachments"]
    found = misread_findings(tmp_path, rows, {(5, 0): 20.0, (6, 0): 20.0}, "rounded")
    assert {f.part for f in found if f.kind == ROUNDED_LABEL} == {
        "'Referrals' A9",
        "'Referrals' A8",
    }
