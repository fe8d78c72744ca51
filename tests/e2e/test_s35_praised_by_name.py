"""Session 35: participants named in a note of praise, or as whose job outcome it was.

'Well done to Jane Smith and Ahmed Khan, whose job outcomes were confirmed this month' under a
referrals table went out as it was, and the proof passed it (found by this session's arith
hunt, left by it). It names two participants, people on benefits, beside their outcomes, and
in listing them counts the month's outcomes. A person was read as named after a role
('customer Jane Smith'), an author's phrase ('Prepared by') or what befell them ('deceased');
now also after praise ('Well done to', 'Congratulations', 'Kudos') and before 'whose' or 'who'
and their job or outcome, in the plan (analyse/people.NAMED_PARTICIPANT) and, on its own
reading, the proof (verify/named_author.NAMED_PARTICIPANT). Such praise of a team or an office
('Well done to the Leeds office') names no one and stays.
"""

from __future__ import annotations

import re

import pytest

import wpxl.plan.contacts
from tests.builders import write_book
from tests.e2e.test_hunted_staff_notes import referrals_noted, shown_with_note
from tests.misread import proved

NAMED = [
    ("Well done to Jane Smith and Ahmed Khan, whose job outcomes were confirmed.", "Khan"),
    ("Congratulations to Priya Shah on her new job", "Shah"),
    ("Kudos: Tom O'Neill, who started work at Asda in May", "O'Neill"),
    ("Ahmed Khan, whose sustainment was paid in June, moved to York", "Khan"),
]


@pytest.mark.parametrize(("note", "surname"), NAMED)
def test_a_note_naming_a_participant_by_praise_or_their_outcome_goes(tmp_path, note, surname):
    _, text = shown_with_note(tmp_path, note)
    assert surname not in text


@pytest.mark.parametrize(("note", "surname"), NAMED)
def test_the_proof_alone_refuses_a_note_naming_a_participant_by_praise_or_outcome(
    tmp_path, monkeypatch, note, surname
):
    monkeypatch.setattr(wpxl.plan.contacts, "NAMED_PARTICIPANT", re.compile(r"(?!)"))
    source = write_book(tmp_path / "noted.xlsx", {"Referrals": referrals_noted(note)})
    assert "what looks like a participant named" in {f.kind for f in proved(tmp_path, source)}


@pytest.mark.parametrize(
    "note",
    ["Well done to the Leeds office for its referrals", "Congratulations to all our advisers"],
)
def test_praise_naming_no_one_stays(tmp_path, note):
    _, text = shown_with_note(tmp_path, note)
    assert note in text
