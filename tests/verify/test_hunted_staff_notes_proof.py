"""The proof's own reading of the notes a short hunt found naming a member of staff ('Prepared
by Jane Smith', 'Checked by: A. Patel'): with the plan made as if it knew none of them, the
note is carried, and the proof, with its own pattern, refuses the copy. A note naming a team
or a source, and the cover's 'Prepared by' the provider, pass."""

from __future__ import annotations

import re

import pytest

import wpxl.plan.contacts
from tests.builders import write_book
from tests.conftest import PRODUCED
from tests.e2e.test_hunted_staff_notes import NOT_PEOPLE, STAFF_NOTES, referrals_noted
from wpxl.analyse import analyse_workbook
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.write import write_plan

NAMED = "what looks like a person named as the workbook's author or contact"


def _kinds(tmp_path, note: str, policy: Policy) -> list[str]:
    book = read_workbook(write_book(tmp_path / "noted.xlsx", {"Referrals": referrals_noted(note)}))
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    return sorted({f.kind for f in verify_output(output, plan, 20)})


@pytest.mark.parametrize(("note", "surname"), STAFF_NOTES)
def test_the_proof_alone_refuses_a_note_naming_who_made_the_workbook(
    tmp_path, monkeypatch, note, surname
):
    monkeypatch.setattr(wpxl.plan.contacts, "NAMED_AS_AUTHOR", re.compile(r"(?!)"))
    assert _kinds(tmp_path, note, Policy()) == [NAMED]


@pytest.mark.parametrize("note", NOT_PEOPLE)
@pytest.mark.parametrize("provider", ["Working Links", "Avanta Enterprise", "the provider"])
def test_the_proof_passes_a_note_naming_no_one_and_the_providers_cover(tmp_path, note, provider):
    assert _kinds(tmp_path, note, Policy(provider=provider)) == []
