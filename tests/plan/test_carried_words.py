"""Carried words judged as their sheet is planned, the rest once the workbook's figures are
known: the same removals, in the order the texts were carried, as judging all at the end."""

from __future__ import annotations

from wpxl.plan.carried_words import CONTACTS, QUOTES, CarriedWords
from wpxl.policy import Policy


def _words() -> CarriedWords:
    words = CarriedWords(20, Policy().measure_words, 20)
    words.add_text("Starts", (3, 0), "Leeds", True, (1, 0))
    words.add_text("Starts", (4, 0), "Leeds 4360", True, (2, 0))  # a multiple of 20
    words.add_text("Starts", (5, 0), "Call 0113 496 0000", False, (3, 0))
    words.add_text("Notes", (2, 0), "Checked total: 4349", False, (0, 0))
    words.add_words("About this workbook")
    return words


def test_a_text_goes_for_its_own_sake_or_for_a_figure_the_workbook_holds() -> None:
    words = _words()
    removals = words.drop_quoting(frozenset({4360.0}))
    assert [(r.where, r.why) for r in removals] == [
        ("'Starts' A3", QUOTES),  # 4360 is one of the workbook's figures
        ("'Starts' A4", CONTACTS),
        ("'Notes' A1", QUOTES),  # 4349 is not a multiple of 20, whatever the workbook holds
    ]
    assert words.deletions == {"Starts": {(4, 0), (5, 0)}, "Notes": {(2, 0)}}
    assert words.planned() == {"Leeds", "About this workbook"}


def test_a_round_number_the_workbook_does_not_hold_stays() -> None:
    words = _words()
    removals = words.drop_quoting(frozenset({1200.0}))
    assert [r.where for r in removals] == ["'Starts' A4", "'Notes' A1"]
    assert "Leeds 4360" in words.planned()
    assert "Checked total: 4349" not in words.planned()


def test_a_text_met_again_is_judged_as_it_was_and_as_a_note_on_its_own() -> None:
    """The same words on every sheet are judged once, but a label's rule (numbers of 100 or
    more) and a note's (25 or more, and counts of a measure) are still told apart."""
    words = CarriedWords(20, Policy().measure_words, 20)
    for sheet in ("Apr", "May", "Jun"):
        words.add_text(sheet, (3, 0), "ESA flow (37)", True, (1, 0))
        words.add_text(sheet, (9, 0), "37 referrals withdrawn", True, (7, 0))
    words.add_text("Notes", (2, 0), "37 referrals withdrawn", False, (0, 0))
    removals = words.drop_quoting(frozenset({37.0}))
    # the label's small count is no figure a label could quote; the note's count goes however small
    assert [r.where for r in removals] == ["'Apr' A2", "'May' A2", "'Jun' A2", "'Notes' A1"]
    assert "37 referrals withdrawn" in words.planned()
    words.deletions.clear()
    spared = words.drop_quoting(frozenset())
    assert [r.where for r in spared] == ["'Notes' A1"]
