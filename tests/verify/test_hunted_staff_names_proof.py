"""The proof's own reading of the notes a second hunt found naming a member of staff ('Prepared
by Jane Smith from the MI team', 'contact: john brown', 'Jane Smith (MI analyst)', 'Queries:
Jane'): with the plan made as if it knew none of them, the note is carried, and the proof, with
its own pattern (wpxl.verify.named_author), refuses the copy. A product or a data set named as a
source ('Source: Experian Mosaic') passes, and so does the cover's "Prepared by <provider> from
'<file>'" whatever the provider is called."""

from __future__ import annotations

import re

import pytest

import wpxl.plan.contacts
from tests.e2e.test_hunted_staff_names import NOT_PEOPLE, STAFF_NAMES
from tests.verify.test_hunted_staff_notes_proof import NAMED, _kinds
from wpxl.policy import Policy


@pytest.mark.parametrize(("note", "name"), STAFF_NAMES)
def test_the_proof_alone_refuses_a_note_naming_a_member_of_staff(tmp_path, monkeypatch, note, name):
    monkeypatch.setattr(wpxl.plan.contacts, "NAMED_AS_AUTHOR", re.compile(r"(?!)"))
    assert _kinds(tmp_path, note, Policy()) == [NAMED]


@pytest.mark.parametrize("note", NOT_PEOPLE)
@pytest.mark.parametrize("provider", ["Avanta Enterprise", "Ingeus Deloitte", "Jane's Trust"])
def test_the_proof_passes_a_note_naming_no_one_beside_the_providers_cover(tmp_path, note, provider):
    assert _kinds(tmp_path, note, Policy(provider=provider)) == []
