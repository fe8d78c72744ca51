"""The proof catches, on its own, a row numbering each group's columns 1 to 5 (ONS's NEET
tables) rounded as counts, and NS-SEC class codes 1.1, 1.2 (ONS's mortality Table 12) rounded:
before, it read the row as figures and asked no decimal naming a line, and passed both copies;
a copy keeping either as written it refused as figures no multiple of the base."""

from __future__ import annotations

from tests.e2e.test_hunted_s17_labels2 import neet_rows, nssec_rows
from tests.misread import misread_findings
from wpxl.policy import Policy
from wpxl.verify.kept_labels import ROUNDED_LABEL
from wpxl.verify.leaks import Finding


def _findings(tmp_path, written: dict, high: bool = False) -> list[Finding]:
    policy = Policy(source_totals="rebuild")
    rows = neet_rows(high=high)
    return misread_findings(tmp_path, rows, written, "rounded", policy=policy)


def test_column_numbers_rounded_are_caught(tmp_path):
    found = _findings(tmp_path, {(3, col): 0 for col in range(1, 11)})
    caught = {f.part for f in found if f.kind == ROUNDED_LABEL}
    assert caught >= {"'Referrals' C6", "'Referrals' K6"}


def test_column_numbers_under_words_a_row_higher_rounded_are_caught(tmp_path):
    found = _findings(tmp_path, {(3, col): 0 for col in range(1, 11)}, high=True)
    caught = {f.part for f in found if f.kind == ROUNDED_LABEL}
    assert caught >= {"'Referrals' C6", "'Referrals' K6"}
    assert _findings(tmp_path, {}, high=True) == []


def test_column_numbers_kept_as_written_are_no_finding(tmp_path):
    assert _findings(tmp_path, {}) == []


def _class_findings(tmp_path, written: dict, blocks: int = 1) -> list[Finding]:
    policy = Policy(source_totals="rebuild")
    rows = nssec_rows(blocks=blocks)
    return misread_findings(tmp_path, rows, written, "rounded", policy=policy)


def test_class_codes_rounded_are_caught(tmp_path):
    """NS-SEC classes 1.1 .. 8 rounded to 0, as a misreading of them as counts would."""
    found = _class_findings(tmp_path, {(row, 1): 0 for row in range(4, 13)})
    caught = {f.part for f in found if f.kind == ROUNDED_LABEL}
    assert caught >= {"'Referrals' B7", "'Referrals' B8", "'Referrals' B15"}


def test_class_codes_kept_as_written_are_no_finding(tmp_path):
    assert _class_findings(tmp_path, {}) == []


def test_class_codes_of_a_second_block_rounded_are_caught(tmp_path):
    """The classes named again under a second registration type, 1.1 and 1.2 rounded to 0."""
    found = _class_findings(tmp_path, {(15, 1): 0, (16, 1): 0}, blocks=2)
    caught = {f.part for f in found if f.kind == ROUNDED_LABEL}
    assert caught >= {"'Referrals' B18", "'Referrals' B19"}
    assert _class_findings(tmp_path, {}, blocks=2) == []
