"""Hunted in session 24 (second fuzz helper, fuzz26.py): published MI layouts (key figures per
authority, referral cohorts, pasted pivots, totals first, years over quarters, Stat-Xplore
exports) the copy misread or the proof refused, each on a real .xlsx through the command line."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings


def _shown(copy, sheet: str) -> dict[int, list]:
    """The figures on each line of ``sheet`` in the copy, by the line's number in the copy."""
    rows = openpyxl.load_workbook(copy)[sheet].iter_rows(values_only=True)
    return {n: [v for v in line[1:] if v is not None] for n, line in enumerate(rows, start=1)}


# fuzz26 'kpi', seeds 70104 and 70105: key figures, one block per local authority stacked with
# the authority's name above it; the last block has no header line of its own.
KEY_FIGURES = [
    ["Headline figures"],
    [],
    ["Local authority: Gateshead"],
    ["Indicator", "This month", "Last month", "Year to date"],
    ["Referrals", 2778, 2974, 1811],
    ["Job outcomes", 199, 321, 702],
    [],
    ["Bradford"],
    ["Measure", "Value"],
    ["Referrals", 103],
    ["Job starts", 385],
    ["Job outcomes", 2],
    [],
    ["Local authority: Chesterfield"],
    ["Referrals", 253],
    ["Attachments", 102],
    ["Job starts", 204],
    ["Job outcomes", 78],
]


def test_key_figures_of_a_block_with_no_header_under_value_blocks_are_counts(tmp_path):
    """A block of key figures with no header line of its own, under blocks headed 'Value' and a
    block headed 'This month | Last month | Year to date', had every figure removed as "an
    amount of money" (WRONG): its column was headed by every header above it, 'Value' among
    them, the nearest ('This month') last, and only a column whose last header is 'Value' was
    let off its money. A column whose only money word is 'Value' alone counts the measure its
    line names: the referrals, attachments and starts are rounded, the outcomes removed."""
    copy, _ = sanitised_beside(write_book(tmp_path / "kpi.xlsx", {"Summary": KEY_FIGURES}))
    shown = _shown(copy, "Summary")
    assert [shown[r] for r in range(17, 21)] == [[260], [100], [200], []]
    assert [shown[r] for r in range(12, 15)] == [[100], [380], []]


# fuzz26 'cohort', seed 70109: two cohort tables stacked, the second's months since referral
# headed '3m', '6m', '12m'.
COHORTS = [
    ["Cumulative job outcomes by month of referral"],
    [],
    ["Referral month", "Referrals", "After 6 months", "After 12 months", "% at 6 months"],
    ["Apr-14", 361, 40, 57, 0.111],
    ["May-14", 267, 26, None, 0.097],
    ["Total", 628],
    [],
    [],
    ["Referral cohorts: job outcomes achieved"],
    [],
    ["Referral month", "Referrals", "3m", "6m", "12m"],
    ["Apr-14", 356, 28, 35, 38],
    ["May-14", 108, 7, 19, 24],
    ["Jun-14", 253, 28, 49, "n/a"],
]


def test_months_since_referral_headed_3m_6m_under_a_cohort_table_are_headers(tmp_path):
    """The second of two cohort tables, its months since referral headed '3m', '6m', '12m',
    was refused: under the first table's outcome columns the proof read the header line as an
    outcome line and '3m' as a figure marked 'm' (as '59r' is a figure marked revised), so a
    copy carrying its own headers failed (REFUSAL). Numbers marked by a unit of time, rising
    along an input line holding no figure, over figures, head the columns: the copy is made,
    its headers as written, the referrals rounded, the outcomes gone to the percentage sheet."""
    copy, _ = sanitised_beside(write_book(tmp_path / "cohorts.xlsx", {"Referrals": COHORTS}))
    shown = _shown(copy, "Referrals")
    assert shown[13] == ["Referrals", "3m", "6m", "12m"]
    assert [shown[r] for r in range(14, 17)] == [[360], [100], [260, "n/a"]]


def test_the_proof_still_refuses_outcome_volumes_typed_with_a_unit_of_time(tmp_path):
    """The let-off is for a header line: outcome volumes written '28m', '35m', '38m' on a
    cohort's line beside its referrals (a figure) are still outcome volumes to the proof."""
    written = {(11, 2): "28m", (11, 3): "35m", (11, 4): "38m"}
    found = misread_findings(tmp_path, COHORTS, written, "kept")
    volumes = {f.part for f in found if f.kind == "an outcome or sustainment volume"}
    assert volumes >= {"'Referrals' C14", "'Referrals' D14", "'Referrals' E14"}


def _cohort(title: str, head: str) -> list[list]:
    """fuzz26 'cohort', seeds 70107, 70112, 70113, 70115: a referral cohort's referrals headed
    ``head`` beside its job outcomes by months since referral."""
    return [
        [title],
        [],
        ["Month of referral", head, "Month 3", "Month 6", "Month 12"],
        ["Jun-14", 209, 16, 21, 45],
        ["Jul-14", 53, 5, 10],
        ["Aug-14", 287, 8],
    ]


COHORT_TITLES = [
    "Job outcomes by referral cohort and months since referral",
    "Cumulative job outcomes by month of referral",
]


@pytest.mark.parametrize("head", ["Number referred", "No. referred", "People referred"])
@pytest.mark.parametrize("title", COHORT_TITLES)
def test_a_cohorts_number_referred_beside_its_outcomes_is_referrals(tmp_path, title, head):
    """A cohort's referrals headed 'Number referred' went to the percentage sheet as shares of
    outcomes with the months since referral beside them (WRONG): under a title breaking
    outcomes down, only a header naming another measure by its plural name ('Referrals',
    'Number of referrals') counted that measure. Its participle with a word for a number or
    for people ('Number referred', 'People referred') names it so too, in the
    analysis and the proof: the referrals are rounded, the outcomes go to the percentage
    sheet."""
    rows = _cohort(title, head)
    copy, _ = sanitised_beside(write_book(tmp_path / "cohort.xlsx", {"Referrals": rows}))
    shown = _shown(copy, "Referrals")
    assert [shown[r] for r in range(6, 9)] == [[200], [60], [280]]
