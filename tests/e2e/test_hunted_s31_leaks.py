"""What a hunt through hostile but plausible packs found in copies that passed their proof
(session 31).

Beside the job starts, a column counting the starts whose outcome claim was still to come,
headed with 'claim' in the singular ('Awaiting claim', 'Pending claim', 'Claim pending', 'Claim
due', 'Eligible to claim', 'Ready to claim'), went out rounded as job starts, verified: only
'Claims' (plural), a claim approved or made, 'Due to claim' and 'Claimable' were read as a
status of the starts. The starts less such a column are the starts claimed, an outcome volume
by difference (412 - 315 = 97). A claim waited on or due is such a status now, in the plan
(analyse/starts_lines._STATUS) and the proof (verify/lasted._STATUS), as a column or as a row
under the starts; the column goes as shares and the proof alone refuses it carried rounded.

Beside the job starts, outcomes or sustainments under a header written short by leaving letters
out, as analysts squeeze a header into its column ('Outcms', 'Job outcms', 'Sustmnts',
'Sustnmt'), went out rounded as the table's measure, verified: a slip of one letter was read
('Job outcoms'), a word two or more letters short was not. A word made of an outcome word's
letters in order, its first three and its last kept, six letters or more, reads as that word
now, in the plan (analyse/misspelt) and the proof (verify/misspelt); 'Outsourced' and
'Suspensions' are what they say, and stay rounded.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.beside_starts import ROUNDED_STARTS, STARTS, beside_starts, shown_as_shares
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s27_leaks import OUTCOME_VOLUME
from tests.misread import carried_rounded, proved

OUTCOMES = [97, 88, 61, 74, 39]
UNCLAIMED = [315, 289, 190, 224, 124]  # the starts less their outcomes: 97, 88, 61, 74, 39

AWAITING_CLAIM = [
    "Awaiting claim",
    "Pending claim",
    "Claim pending",
    "Claim due",
    "Eligible to claim",
    "Ready to claim",
]


@pytest.mark.parametrize("header", AWAITING_CLAIM)
def test_starts_awaiting_their_claim_beside_the_starts_go_as_shares(tmp_path, header):
    """They went out rounded: 320, 280, 200, 220, 120 beside 420, 380, 260, 300, 160."""
    assert shown_as_shares(tmp_path, header, UNCLAIMED)


@pytest.mark.parametrize("header", AWAITING_CLAIM)
def test_the_proof_alone_refuses_starts_awaiting_their_claim_carried_rounded(tmp_path, header):
    source = write_book(tmp_path / "claims.xlsx", {"Performance": beside_starts(header, UNCLAIMED)})
    refused = [
        f.part
        for f in proved(tmp_path, source, carried_rounded(UNCLAIMED))
        if f.kind == OUTCOME_VOLUME
    ]
    assert refused == [f"'Performance' C{r}" for r in range(6, 11)]


def test_a_row_of_starts_awaiting_their_claim_under_the_starts_goes(tmp_path):
    rows: list[list] = [["Job starts, 2013/14"], [], ["Measure", "Leeds", "Bradford"]]
    rows += [["Job starts", *STARTS[:2]], ["Awaiting claim", *UNCLAIMED[:2]]]
    copy, _ = sanitised_beside(write_book(tmp_path / "rows.xlsx", {"Performance": rows}))
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(7, c).value for c in range(1, 4)] == ["Awaiting claim", None, None]
    assert [sheet.cell(6, c).value for c in range(2, 4)] == [420, 380]


SHORTENED = [("Outcms", OUTCOMES), ("Job outcms", OUTCOMES), ("Sustmnts", OUTCOMES)]
SHORTENED += [("Sustnmt", OUTCOMES)]


@pytest.mark.parametrize(("header", "values"), SHORTENED)
def test_outcomes_under_a_header_written_short_go_as_shares(tmp_path, header, values):
    """They went out rounded: 100, 80, 60, 80, 40."""
    assert shown_as_shares(tmp_path, header, values)


@pytest.mark.parametrize(("header", "values"), SHORTENED)
def test_the_proof_alone_refuses_outcomes_under_a_short_header_carried(tmp_path, header, values):
    source = write_book(tmp_path / "short.xlsx", {"Performance": beside_starts(header, values)})
    refused = [
        f.part
        for f in proved(tmp_path, source, carried_rounded(values))
        if f.kind == OUTCOME_VOLUME
    ]
    assert refused == [f"'Performance' C{r}" for r in range(6, 11)]


@pytest.mark.parametrize("header", ["Outsourced", "Suspensions", "Outreach"])
def test_words_sharing_an_outcome_words_opening_stay_rounded(tmp_path, header):
    rows = beside_starts(header, STARTS)
    copy, _ = sanitised_beside(write_book(tmp_path / "opening.xlsx", {"Performance": rows}))
    sheet = openpyxl.load_workbook(copy)["Performance"]
    assert [sheet.cell(r, 3).value for r in range(6, 11)] == ROUNDED_STARTS
