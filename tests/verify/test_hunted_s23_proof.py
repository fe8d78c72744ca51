"""Holes a hunt (session 23) found in the proof alone, on copies a plan made and a misreading
altered.

Referrals headed 'Ref' ('Local authority | Ref | Starts') carried unrounded passed: the proof
read 'Ref' as naming a reference, whose numbers must stand as written. So did an extract's
line keyed 'REF' carried unrounded, read as a key and its reference. 'Ref' alone names no code
to the proof now (verify/bare_refs).

Sustainment outcomes headed 'SO' beside the job starts, carried as rounded counts, passed: the
proof read only the plural 'SOs' (verify/measure_words).

A note stating outcomes after a period word or a number word ('Job outcomes this month 43',
'JOs no. 43') carried as written passed: the proof took 'month 43' and 'no. 43' for references
(verify/counted_references), as it took a bound counting them for an age ('Over 40 job
outcomes', 'JOs: 40+'), two volumes joined by a slash for a financial year ('23/20'), and
an ordinal counting job outcomes to date for an ordinal alone ('its 43rd job outcome'). A note
quoting an unrounded count of starts so ('Calderdale starts this month 43') passed too. A row
label counting its line ('Calderdale - 43 starts') passed, a label's small numbers being let
off as naming groups: left a strict xfail, refused since session 24 (verify/line_labels).
"""

from __future__ import annotations

import pytest

from tests.builders import write_book
from tests.e2e.beside_starts import beside_starts
from tests.misread import misread_findings, proved

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


def test_the_proof_alone_refuses_sustainment_outcomes_headed_so_carried_as_counts(
    tmp_path, unabbreviated
):
    source = write_book(tmp_path / "so.xlsx", {"Performance": beside_starts("SO", [137] * 5)})
    found = proved(tmp_path, source)
    volumes = {f.part for f in found if f.kind == "an outcome or sustainment volume"}
    assert volumes == {f"'Performance' C{r}" for r in range(6, 11)}


@pytest.mark.parametrize(
    "note",
    [
        "Job outcomes this month 43",
        "JOs this week 12",
        "Job outcomes - month 43",
        "JOs no. 43",
        "Over 40 job outcomes this year",
        "JOs: 40+",
        "JOs (M/F): 23/20",
        "Leeds recorded its 43rd job outcome this week",
    ],
)
def test_the_proof_alone_refuses_a_note_counting_outcomes_after_a_period_or_number_word(
    tmp_path, note
):
    rows = beside_starts("Attachments", STARTS)
    rows += [[], [note]]
    found = misread_findings(tmp_path, rows, {(9, 0): note}, "kept")
    assert "an amount stated about outcomes (it could give an outcome volume back)" in {
        f.kind for f in found
    }


def test_the_proof_alone_passes_a_note_naming_a_period_about_outcomes(tmp_path):
    rows = beside_starts("Attachments", STARTS)
    rows += [[], ["Job outcomes are paid at month 6"]]
    assert misread_findings(tmp_path, rows, {}, "kept") == []


@pytest.mark.parametrize(
    "note", ["Calderdale starts this month 43", "Calderdale: over 43 starts", "Its 43rd start"]
)
def test_the_proof_alone_refuses_a_note_quoting_an_unrounded_count_so(tmp_path, note):
    rows = beside_starts("Attachments", STARTS)
    rows[7][1] = 43
    rows += [[], [note]]
    assert misread_findings(tmp_path, rows, {(9, 0): note}, "kept")


def test_the_proof_alone_refuses_a_row_label_counting_its_line(tmp_path):
    rows = beside_starts("Attachments", STARTS)
    rows[7][1] = 43
    rows[7][0] = "Calderdale - 43 starts"
    assert misread_findings(tmp_path, rows, {(7, 0): "Calderdale - 43 starts"}, "kept")
