"""The proof's own reading of what session 17's hunt through hostile packs found: with the plan
made as if it did not read a note saying how long people stayed in work ("3 JSA Prison Leavers
reached 13 weeks in work"), the note is carried, and the proof refuses it as an amount stated
about outcomes; with the plan made as if it knew no line of small counts, a note stating a
whole percentage about one ("29% of JSA Prison Leavers referred were attached", beside counts
shown as 0) is carried, and the proof refuses it; and with the plan made as if a sheet of
outcome shares named no outcomes, the base stated under them ("n = 380") is carried, and the
proof refuses it."""

from __future__ import annotations

import pytest

from tests.builders import write_book
from tests.conftest import PRODUCED
from tests.e2e.test_hunted_s17_hostile import (
    TIMES_IN_WORK,
    referred_and_attached,
    shares_with_base,
    starts_with_note,
)
from wpxl.analyse import analyse_workbook
from wpxl.plan import Audience, make_plan
from wpxl.policy import DEFAULT_MEASURE_WORDS, Policy
from wpxl.read import read_workbook
from wpxl.verify import INVARIANTS, Finding, verify_output
from wpxl.verify.amounts import STATED
from wpxl.verify.outcome_bases import OUTCOME_BASE
from wpxl.verify.small_base_shares import SMALL_BASE_SHARE
from wpxl.write import write_plan

# the plan's words as if it knew none saying people stayed in work ("still working", "kept
# their job" are sustainment words): the proof reads them with its own
_BLIND = Policy(
    measure_words={
        measure: tuple(w for w in words if not w.startswith(("still", "kept", "stayed")))
        for measure, words in DEFAULT_MEASURE_WORDS.items()
    }
)


def _findings(tmp_path, note: str) -> list[Finding]:
    source = write_book(tmp_path / "lasted.xlsx", {"Starts": starts_with_note(note)})
    return _proved(tmp_path, source, _BLIND)


def _proved(tmp_path, source, policy: Policy | None = None) -> list[Finding]:
    book = read_workbook(source)
    policy = policy or Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, Policy().title, PRODUCED)
    return verify_output(output, plan, 20)


@pytest.mark.parametrize("note", TIMES_IN_WORK)
def test_the_proof_alone_refuses_a_note_saying_how_many_stayed_in_work(tmp_path, monkeypatch, note):
    monkeypatch.setattr("wpxl.plan.quoting.says_an_outcome_event", lambda text: False)
    # nor a count of people: '3 JSA Prison Leavers' counts leavers (session 36), which the plan
    # removes on its own
    monkeypatch.setattr("wpxl.plan.quoting.counted", lambda text, words: [])
    assert Finding("'Starts' A12", STATED) in _findings(tmp_path, note)


def test_the_proof_passes_the_copy_the_plan_makes_of_it(tmp_path):
    assert _findings(tmp_path, TIMES_IN_WORK[0]) == []


SMALL_NOTES = [
    "29% of JSA Prison Leavers referred were attached.",
    "Attachment rate: JSA Prison Leavers 29 per cent, JSA 18-24 33 per cent",
]


def _small_findings(tmp_path, note: str) -> list[Finding]:
    source = write_book(tmp_path / "small.xlsx", {"Referrals": referred_and_attached(note)})
    return _proved(tmp_path, source)


@pytest.mark.parametrize("note", SMALL_NOTES)
def test_the_proof_alone_refuses_a_whole_share_about_a_line_of_small_counts(
    tmp_path, monkeypatch, note
):
    """The plan made as if it knew no line of small counts carries the note; the proof, with
    its own reading of the input's lines, refuses it."""
    monkeypatch.setattr("wpxl.plan.carried_words.names_a_line", lambda text, labels: False)
    assert _small_findings(tmp_path, note) == [Finding("'Referrals' A12", SMALL_BASE_SHARE)]


@pytest.mark.parametrize("note", SMALL_NOTES)
def test_the_proof_passes_the_copy_without_the_note(tmp_path, note):
    assert _small_findings(tmp_path, note) == []


def test_the_proof_passes_a_whole_share_about_a_line_of_large_counts(tmp_path, monkeypatch):
    monkeypatch.setattr("wpxl.plan.carried_words.names_a_line", lambda text, labels: False)
    assert _small_findings(tmp_path, "45% of referrals were JSA 25+.") == []


def test_without_its_invariant_the_proof_passes_the_carried_note(tmp_path, monkeypatch):
    """The one invariant that catches it: removed, the plan's slip goes through."""
    monkeypatch.setattr("wpxl.plan.carried_words.names_a_line", lambda text, labels: False)
    monkeypatch.delitem(INVARIANTS, "no_small_base_shares")
    assert _small_findings(tmp_path, SMALL_NOTES[0]) == []


@pytest.mark.parametrize("note", ["n = 380", "Base: 380", "Total: 380"])
def test_the_proof_alone_refuses_the_base_of_outcome_shares(tmp_path, monkeypatch, note):
    """The plan made as if the sheet named no outcomes carries the base of its shares, 380 job
    outcomes; the proof, reading the input sheet's words itself, refuses it."""
    monkeypatch.setattr("wpxl.plan.carried_words.of_outcomes", lambda *args: False)
    source = write_book(tmp_path / "base.xlsx", shares_with_base(note))
    assert _proved(tmp_path, source) == [Finding("'Mix' A11", OUTCOME_BASE)]
    monkeypatch.delitem(INVARIANTS, "no_outcome_bases")
    assert _proved(tmp_path, source) == []
