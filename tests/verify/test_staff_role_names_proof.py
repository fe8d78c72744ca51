"""The proof finds, on its own, people named under a header naming a member of staff's role in
words the analysis once did not read as one ('Team leader', 'Account manager', 'PA') or who did
something with a case ('Assigned to', 'Signed off by'): a plan that missed them carries 'Jane
Smith', 'Amir Patel' beside their own rounded figures, and the proof must refuse, naming each
name's cell; teams under such a header are no one, and pass.
"""

from __future__ import annotations

import pytest

from tests.misread import BANNER, misread_findings
from wpxl.model.sheetref import a1
from wpxl.verify.name_column import NAMED_PERSON

STAFF = ["Jane Smith", "Amir Patel", "O'Brien, Kate"]
TEAMS = ["North team", "South team", "Unallocated"]


def _named(tmp_path, header: str, names: list[str]) -> set[str]:
    rows: list[list] = [["Referrals, April 2014"], [], [header, "Referrals", "Job starts"]]
    rows += [[name, 140 + 20 * at, 60] for at, name in enumerate(names)]
    kept = {(3 + at, 0): name for at, name in enumerate(names)}  # as a plan that missed them
    found = misread_findings(tmp_path, rows, kept, "kept")
    return {f.part for f in found if f.kind == NAMED_PERSON}


@pytest.mark.parametrize(
    "header", ["Team leader", "Account manager", "PA", "Staff", "Assigned to", "Signed off by"]
)
def test_people_left_under_a_staff_role_header_are_caught(tmp_path, header):
    assert _named(tmp_path, header, STAFF) == {
        f"'Referrals' {a1(3 + at + BANNER, 0)}" for at in range(len(STAFF))
    }


def test_teams_under_a_staff_role_header_are_no_one(tmp_path):
    assert _named(tmp_path, "Team leader", TEAMS) == set()
