"""Invariant 2 for a share in words (verify/precise_shares.py): the provider's note or label
stating a percentage to a decimal place ("28.57% of JSA Prison Leavers referred were
attached", beside referrals and attachments shown as 0: 2 of 7) gives back the counts rounding
hid. The plan made without judging such shares carried them (session 16's hunt); the proof,
reading the copy's words itself, refuses that copy, and passes a whole percentage."""

from __future__ import annotations

import pytest

import wpxl.plan.carried_words
import wpxl.read.sheetnames
from tests.builders import write_book
from tests.e2e.test_hunted_s16_derived import _referred_and_attached
from tests.misread import proved
from wpxl.verify import INVARIANTS
from wpxl.verify.precise_shares import PRECISE_SHARE, states_a_precise_share

NOTE = "Only 28.57% of JSA Prison Leavers referred were attached."


def _found(tmp_path, note: str) -> list[str]:
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": _referred_and_attached(note)})
    return [f.part for f in proved(tmp_path, source) if f.kind == PRECISE_SHARE]


def test_the_proof_alone_refuses_a_note_stating_a_share_to_a_decimal_place(tmp_path, monkeypatch):
    monkeypatch.setattr(wpxl.plan.carried_words, "states_a_precise_share", lambda _: False)
    assert _found(tmp_path, NOTE) == ["'Referrals' A12"]
    monkeypatch.delitem(INVARIANTS, "numbers_allowlisted")
    assert _found(tmp_path, NOTE) == []  # only this invariant sees it


def test_the_proof_passes_the_copy_without_it(tmp_path):
    assert _found(tmp_path, NOTE) == []


@pytest.mark.parametrize(
    ("text", "role", "precise"),
    [
        ("28.57% of JSA Prison Leavers", "title", True),
        ("JSA Prison Leavers (0.17%)", "label", True),
        ("Rate: 12.4 per cent", "title", True),
        ("A rise of 1,234.5 %", "title", True),
        ("45% of referrals were ESA", "title", False),
        ("May not sum to 100.0% due to rounding", "title", False),
        ("0.0% of referrals", "label", False),
        ("Figures rounded; 28.57% of something", "wpxl", False),  # wpxl's own sentence
        ("Version 2.5", "title", False),
        ("JSA Prison Leavers attachment rate 0.2857", "title", True),
        ("Attachments per referral 0.87", "title", False),  # as a whole percentage
        ("Payments of £12.505 or more", "title", False),
        ("Published 03.04.2024, v1.2.345", "title", False),
    ],
)
def test_a_share_to_a_decimal_place_is_any_but_0_or_100_in_the_inputs_words(text, role, precise):
    assert states_a_precise_share(text, role) is precise


def test_the_proof_alone_refuses_a_sheet_named_with_a_share_to_a_decimal_place(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(wpxl.read.sheetnames, "states_a_precise_share", lambda _: False)
    rows = _referred_and_attached("Referrals and attachments by payment group.")
    source = write_book(tmp_path / "named.xlsx", {"Attached 28.57%": rows})
    found = {(f.part, f.kind) for f in proved(tmp_path, source)}
    assert ("the name of sheet 'Attached 28.57%'", "a sheet name that quotes a figure") in found
