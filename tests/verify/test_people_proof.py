"""Record-level data in a copy: the header of a column of people's details ('Participant',
'Customer ID', 'Date of birth') or a caseload named after a person ('Caseload - Amir Patel').
The plan removes such a note (and lists it); the proof alone refuses a copy that still holds
one, and `wpxl check` does too; counts of people ('Participants') pass."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.builders import referrals_table, write_book
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.model import OutputCell
from wpxl.plan import Audience, make_plan
from wpxl.plan.carried_words import CONTACTS
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.sanitise import sanitise_file
from wpxl.verify import Finding, verify_output
from wpxl.verify.check import check_output
from wpxl.write import write_plan

PEOPLE = [
    ("Participant", "a column of people's details"),
    ("Customer ID", "a column of people's details"),
    ("participant_id", "a column of people's details"),
    ("Date of birth", "a column of people's details"),
    ("NINO:", "a column of people's details"),
    ("Caseload - Amir Patel", "a person named by their role"),
    ("Adviser: Jo Smith", "a person named by their role"),
]
KEPT = ["Participants", "Customers by payment group", "Caseload - North East",
        "Adviser - Performance Summary", "Caseload: JSA 18-24"]  # fmt: skip


def _copy_holding(tmp_path: Path, note: str) -> tuple[Path, list[Finding]]:
    """The real copy of a plain input, a note put back into its plan as if the plan had missed
    it, and what the proof says of it."""
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": referrals_table([[121, 93]])})
    book = read_workbook(source)
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    sheet = next(s for s in plan.sheets if s.name == "Referrals")
    sheet.cells[(10, 0)] = OutputCell(note, kind="kept")
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    return output, verify_output(output, plan, 20)


@pytest.mark.parametrize(("note", "kind"), PEOPLE, ids=[p[0] for p in PEOPLE])
def test_the_proof_alone_refuses_a_copy_listing_people(tmp_path, note, kind):
    output, findings = _copy_holding(tmp_path, note)
    assert Finding("'Referrals' A11", f"what looks like {kind}") in findings
    assert f"what looks like {kind}" in {f.kind for f in check_output(output, Policy())}


@pytest.mark.parametrize("note", KEPT)
def test_the_proof_passes_counts_of_people_and_named_groups(tmp_path, note):
    _, findings = _copy_holding(tmp_path, note)
    assert not [f for f in findings if f.kind.startswith("what looks like")]


def test_a_note_naming_a_caseloads_person_is_removed_and_listed(tmp_path, job):
    rows = referrals_table([[121, 93], [307, 111]])
    rows += [[], ["Caseload: Amir Patel"], ["Checked by adviser - Jo Smith"], ["Caseload: JSA"]]
    result = sanitise_file(write_book(tmp_path / "pack.xlsx", {"Referrals": rows}), job)
    assert result.ok, result.message
    with zipfile.ZipFile(result.output) as package:
        text = "".join(package.read(n).decode() for n in package.namelist())
    assert "Amir Patel" not in text and "Jo Smith" not in text and "Caseload: JSA" in text
    removed = {(r.where, r.why) for r in result.removed}
    assert {("'Referrals' A8", CONTACTS), ("'Referrals' A9", CONTACTS)} <= removed
