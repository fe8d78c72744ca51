"""Holes a hunt (session 23) found in the proof alone, on copies a plan made and a misreading
altered.

Referrals headed 'Ref' ('Local authority | Ref | Starts') carried unrounded passed: the proof
read 'Ref' as naming a reference, whose numbers must stand as written. So did an extract's
line keyed 'REF' carried unrounded, read as a key and its reference. 'Ref' alone names no code
to the proof now (verify/bare_refs).
"""

from __future__ import annotations

import pytest

from tests.misread import misread_findings

AREAS = ["Leeds", "Bradford", "Wakefield", "Kirklees", "Calderdale"]
REFERRALS = [1237, 988, 701, 845, 432]
STARTS = [412, 377, 251, 298, 163]


@pytest.mark.parametrize("header", ["Ref", "REF", "Ref (2013-14)"])
def test_the_proof_alone_refuses_referrals_headed_ref_kept_unrounded(tmp_path, header):
    rows: list[list] = [["Referrals and job starts by local authority, 2013-14"], []]
    rows.append(["Local authority", header, "Starts"])
    rows += [[a, r, s] for a, r, s in zip(AREAS, REFERRALS, STARTS, strict=True)]
    kept = {(3 + i, 1): r for i, r in enumerate(REFERRALS)}
    assert misread_findings(tmp_path, rows, kept, "kept")


def test_the_proof_alone_refuses_an_extracts_line_keyed_ref_kept_unrounded(tmp_path):
    rows: list[list] = [["Referrals by local authority, 2013-14"], []]
    rows.append(["Local authority", "Measure", "Referrals"])
    rows += [[a, "REF", r] for a, r in zip(AREAS, REFERRALS, strict=True)]
    kept = {(3 + i, 2): r for i, r in enumerate(REFERRALS)}
    assert misread_findings(tmp_path, rows, kept, "kept")


def test_the_proof_alone_passes_a_reference_named_with_more_words_kept(tmp_path):
    rows: list[list] = [["Referrals by local authority, 2013-14"], []]
    rows.append(["Local authority", "LA ref", "Referrals"])
    rows += [[a, c, r] for a, c, r in zip(AREAS, [841, 842, 843, 845, 846], REFERRALS, strict=True)]
    assert misread_findings(tmp_path, rows, {}, "kept") == []
