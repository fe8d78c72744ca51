"""The cover names the policy by its SHA-256 ('Policy: sha256 b7a2a0220303136a5b...'). About
one policy in fifty has a digest holding a zero and nine more digits between letters
('a0220303136a'), a UK phone number's shape to the proof, which refused every copy made under
it, whatever the workbook ('About this workbook' A5: what looks like a UK phone number), as it
refused ONS's birth characteristics under its analyst's policy (REFUSAL). wpxl's own line
naming the digest is no personal detail (verify/leaks.personal_kinds)."""

from __future__ import annotations

import openpyxl

from tests.builders import referrals_table, write_book
from tests.e2e.runs import sanitised_beside
from wpxl.policy import policy_hash
from wpxl.policy.file import read_policy
from wpxl.verify.leaks import personal_kinds


def test_a_policy_whose_digest_holds_a_phone_numbers_shape_is_used(tmp_path):
    policy = tmp_path / "wpxl.toml"
    policy.write_text('title = "Work Programme MI 22"\n', encoding="utf-8")
    digest = policy_hash(read_policy(policy))
    assert personal_kinds(digest) == ["a UK phone number"]
    book = write_book(tmp_path / "pack.xlsx", {"Referrals": referrals_table([[137, 212]] * 3)})
    output, _ = sanitised_beside(book, policy)
    cover = [line[0] for line in openpyxl.load_workbook(output).worksheets[0].values]
    assert f"Policy: sha256 {digest} (identifies the policy settings used)." in cover


def test_a_phone_number_beside_the_digests_words_is_still_found():
    assert personal_kinds("Policy: sha256 queries to 0161 496 0000") == ["a UK phone number"]
