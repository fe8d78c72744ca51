"""The proof finds, on its own, people named under a header naming a member of staff's role in
words the analysis once did not read as one ('Team leader', 'Account manager', 'PA') or who did
something with a case ('Assigned to', 'Signed off by'): a plan that missed them carries 'Jane
Smith', 'Amir Patel' beside their own rounded figures, and the proof must refuse, naming each
name's cell; teams under such a header are no one, and pass. So must it refuse a copy naming
them in a table only its title says is by caseload, team leader or account manager.
"""

from __future__ import annotations

import pytest

import wpxl.analyse
from tests.builders import write_book
from tests.misread import BANNER, misread_findings, proved
from wpxl.model.sheetref import a1
from wpxl.verify.name_column import NAMED_PERSON
from wpxl.verify.named_staff import NAMED_STAFF

STAFF = ["Jane Smith", "Amir Patel", "O'Brien, Kate"]
TEAMS = ["North team", "South team", "Unallocated"]


def _named(tmp_path, header: str, names: list[str]) -> set[str]:
    rows: list[list] = [["Referrals, April 2014"], [], [header, "Referrals", "Job starts"]]
    rows += [[name, 140 + 20 * at, 60] for at, name in enumerate(names)]
    kept = {(3 + at, 0): name for at, name in enumerate(names)}  # as a plan that missed them
    found = misread_findings(tmp_path, rows, kept, "kept")
    return {f.part for f in found if f.kind in (NAMED_PERSON, NAMED_STAFF)}  # PA: a role


@pytest.mark.parametrize(
    "header", ["Team leader", "Account manager", "PA", "Staff", "Assigned to", "Signed off by"]
)
def test_people_left_under_a_staff_role_header_are_caught(tmp_path, header):
    assert _named(tmp_path, header, STAFF) == {
        f"'Referrals' {a1(3 + at + BANNER, 0)}" for at in range(len(STAFF))
    }


def test_teams_under_a_staff_role_header_are_no_one(tmp_path):
    assert _named(tmp_path, "Team leader", TEAMS) == set()


MONTHS = ["Apr-13", "May-13", "Jun-13"]


@pytest.mark.parametrize("by", ["caseload", "team leader", "account manager"])
@pytest.mark.parametrize("across", [False, True])
def test_staff_a_title_says_the_table_is_by_caseload_or_role_are_caught(
    tmp_path, monkeypatch, by, across
):
    """The analysis as if it read no title by member of staff carries the names; the proof,
    reading the title itself, finds each."""
    monkeypatch.setattr(wpxl.analyse, "staff_named_by_title", lambda *_: [])
    rows: list[list] = [[f"Job starts by {by}, 2013/14"], []]
    if across:
        rows += [["Month", *STAFF]]
        rows += [[m, *(40 + 20 * j for j in range(3))] for m in MONTHS]
    else:
        rows += [[None, *MONTHS]]
        rows += [[n, *(40 + 20 * j for j in range(3))] for n in STAFF]
    source = write_book(tmp_path / "caseload.xlsx", {"Starts": rows})
    where = ["B5", "C5", "D5"] if across else ["A6", "A7", "A8"]
    assert [f.part for f in proved(tmp_path, source) if f.kind == NAMED_STAFF] == [
        f"'Starts' {at}" for at in where
    ]


def test_staff_named_across_under_a_role_header_are_caught(tmp_path, monkeypatch):
    """'Month | Team leader' over ' | Jane Smith | Amir Patel ...': the plan missing the names
    across carries them, and the proof finds each."""
    monkeypatch.setattr(wpxl.analyse, "named_under_name", lambda *_: [])
    rows: list[list] = [["Job starts 2013/14"], [], ["Month", "Team leader"], [None, *STAFF]]
    rows += [[m, *(40 + 20 * j for j in range(3))] for m in MONTHS]
    source = write_book(tmp_path / "across.xlsx", {"Starts": rows})
    assert [f.part for f in proved(tmp_path, source) if f.kind == NAMED_PERSON] == [
        f"'Starts' {c}6" for c in "BCD"
    ]
