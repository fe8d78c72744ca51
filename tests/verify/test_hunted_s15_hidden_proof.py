"""The proof's own reading of what session 15's hunt for hidden text and personal details
found, caught whatever the plan decided: advisers named row by row under a two-line header, the
role's cell merged down over the months' line or left empty on it; a note naming a participant
or a birth date said with 'born'; a sheet named after a person's caseload; a note a conditional
format shows as nothing; text in the colour of both stops of a gradient; a case list headed by
a person's name or a referral's reference; advisers named in any spelling, or across a table."""

from __future__ import annotations

import pytest

import wpxl.analyse
import wpxl.plan.carried_words
import wpxl.read.conditional
from tests.builders import referrals_table, write_book
from tests.e2e.test_hunted_s15_hidden import (
    CASE_LIST_HEADERS,
    NINO_NOTES,
    NO_PARTICIPANT,
    PERIODS_AND_CODES,
    case_list,
    gradient_noted,
    noted_under_a_rule,
)
from tests.e2e.test_hunted_s15_hidden_staff import (
    SPELLINGS,
    advisers_across,
    by_adviser,
    starts_by_adviser,
)
from tests.e2e.test_hunted_staff_notes import referrals_noted
from tests.misread import proved
from wpxl.read.invisible import Look
from wpxl.verify import Finding

NAMED = "what looks like a person named by their role"


@pytest.mark.parametrize(
    ("header", "merged"), [("Adviser", True), ("Adviser", False), ("Job coach", False)]
)
def test_the_proof_alone_refuses_advisers_named_under_a_two_line_header(
    tmp_path, monkeypatch, header, merged
):
    monkeypatch.setattr(wpxl.analyse, "staff_names", lambda *_: [])
    source = starts_by_adviser(tmp_path / "advisers.xlsx", header, merged)
    findings = proved(tmp_path, source)
    where = [f.part for f in findings if f.kind == NAMED]
    assert where == [f"'Job starts by adviser' A{row}" for row in (7, 8, 9)]


def test_the_proof_passes_the_copy_without_their_names(tmp_path):
    source = starts_by_adviser(tmp_path / "advisers.xlsx", "Adviser", True)
    assert proved(tmp_path, source) == []


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("Participant Jane Whitfield referred twice: counted once", "a participant named"),
        ("Includes customer Joanne Okafor, transferred from Derby", "a participant named"),
        ("Excludes a duplicate record (born 03/04/1985)", "a date of birth"),
    ],
)
def test_the_proof_alone_refuses_a_note_naming_a_participant_or_a_birth_date(
    tmp_path, monkeypatch, note, kind
):
    """The plan made without taking contact details out carries the note; the proof, with
    its own patterns, finds it."""
    monkeypatch.setattr(wpxl.plan.carried_words, "holds_contact_details", lambda _: False)
    source = write_book(tmp_path / "noted.xlsx", {"Referrals": referrals_noted(note)})
    assert Finding("'Referrals' A10", f"what looks like {kind}") in proved(tmp_path, source)


@pytest.mark.parametrize("note", NO_PARTICIPANT)
def test_the_proof_passes_a_note_naming_no_participant(tmp_path, note):
    source = write_book(tmp_path / "noted.xlsx", {"Referrals": referrals_noted(note)})
    assert proved(tmp_path, source) == []


@pytest.mark.parametrize("name", ["Caseload (Amir Patel)", "Amir Patel's caseload"])
def test_the_proof_alone_refuses_a_sheet_named_after_a_persons_caseload(
    tmp_path, monkeypatch, name
):
    monkeypatch.setattr(wpxl.analyse, "listing_people", lambda *_: [])
    source = write_book(tmp_path / "pack.xlsx", {name: referrals_table([[121, 93], [307, 111]])})
    kinds = {f.kind for f in proved(tmp_path, source)}
    assert "what looks like a person named by their role" in kinds


@pytest.mark.parametrize("name", ["Caseload (North East)", "Caseload (JSA 18-24)"])
def test_the_proof_passes_a_sheet_named_for_a_caseloads_area_or_group(tmp_path, name):
    source = write_book(tmp_path / "pack.xlsx", {name: referrals_table([[121, 93], [307, 111]])})
    assert proved(tmp_path, source) == []


def test_the_proof_alone_refuses_a_note_a_conditional_format_shows_as_nothing(
    tmp_path, monkeypatch
):
    """The reader made blind to a rule's number format carries the note; the proof, judging
    the rule's format itself, finds it."""
    monkeypatch.setattr(wpxl.read.conditional, "hides", lambda *_: False)
    source = noted_under_a_rule(tmp_path / "ruled.xlsx", ";;;")
    findings = proved(tmp_path, source)
    assert Finding("'Referrals' A10", "content the input hides") in findings


def test_the_proof_passes_a_note_a_conditional_format_shows_as_text(tmp_path):
    assert proved(tmp_path, noted_under_a_rule(tmp_path / "ruled.xlsx", "0;-0;;@")) == []


@pytest.mark.parametrize(("note", "number"), [NINO_NOTES[0], *NINO_NOTES[2:]])
def test_the_proof_alone_refuses_a_national_insurance_number_without_its_letter(
    tmp_path, monkeypatch, note, number
):
    monkeypatch.setattr(wpxl.plan.carried_words, "holds_contact_details", lambda _: False)
    source = write_book(tmp_path / "noted.xlsx", {"Referrals": referrals_noted(note)})
    finding = Finding("'Referrals' A10", "what looks like a National Insurance number")
    assert finding in proved(tmp_path, source)


@pytest.mark.parametrize("note", PERIODS_AND_CODES)
def test_the_proof_passes_periods_and_codes(tmp_path, note):
    source = write_book(tmp_path / "noted.xlsx", {"Referrals": referrals_noted(note)})
    assert proved(tmp_path, source) == []


def test_the_proof_alone_refuses_text_in_the_colour_of_both_stops_of_a_gradient(
    tmp_path, monkeypatch
):
    """The reader made blind to colours carries the note; the proof, judging the gradient's
    stops the reader records, finds it."""
    monkeypatch.setattr(Look, "unseen_in", lambda *_: False)
    source = gradient_noted(tmp_path / "graded.xlsx", ("FFFFFF", "FAFAFA"))
    assert Finding("'Referrals' A10", "content the input hides") in proved(tmp_path, source)


def test_the_proof_passes_text_standing_out_on_a_gradient(tmp_path):
    assert proved(tmp_path, gradient_noted(tmp_path / "g.xlsx", ("FFFFFF", "1F497D"))) == []


@pytest.mark.parametrize("header", CASE_LIST_HEADERS)
def test_the_proof_alone_refuses_a_case_list_headed_by_a_name_or_reference(
    tmp_path, monkeypatch, header
):
    monkeypatch.setattr(wpxl.analyse, "listing_people", lambda *_: [])
    findings = proved(tmp_path, case_list(tmp_path / "cases.xlsx", header))
    assert Finding("'April' A5", "what looks like a column of people's details") in findings


@pytest.mark.parametrize("names", SPELLINGS, ids=[n[0] for n in SPELLINGS])
def test_the_proof_alone_refuses_advisers_named_in_any_spelling(tmp_path, monkeypatch, names):
    monkeypatch.setattr(wpxl.analyse, "staff_names", lambda *_: [])
    monkeypatch.setattr(wpxl.analyse, "initialled_names", lambda *_: [])  # reads "A Patel" too
    findings = proved(tmp_path, write_book(tmp_path / "advisers.xlsx", by_adviser(names)))
    assert [f.part for f in findings if f.kind == NAMED] == [f"'Starts' A{r}" for r in range(6, 10)]


@pytest.mark.parametrize("merged", [True, False], ids=["merged over", "in the corner"])
def test_the_proof_alone_refuses_advisers_named_across(tmp_path, monkeypatch, merged):
    monkeypatch.setattr(wpxl.analyse, "staff_names", lambda *_: [])
    monkeypatch.setattr(wpxl.analyse, "staff_named_by_title", lambda *_: [])  # 'by adviser'
    findings = proved(tmp_path, advisers_across(tmp_path / "across.xlsx", merged))
    assert [f.part for f in findings if f.kind == NAMED] == [f"'Starts' {c}6" for c in "BCD"]


@pytest.mark.parametrize("merged", [True, False], ids=["merged over", "in the corner"])
def test_the_proof_passes_the_copy_without_advisers_named_across(tmp_path, merged):
    assert proved(tmp_path, advisers_across(tmp_path / "across.xlsx", merged)) == []
