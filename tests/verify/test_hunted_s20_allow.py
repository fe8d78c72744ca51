"""Session 20's hunt through the proof's allowances for numbers standing as labels (times since
an event over columns, months numbered down a column, a long extract's keys, a cohort's
number) and for figures in a percentage's format: each copy is written by the real writer from
a real plan of a real input, changed the way a misreading would change it (a count kept
unrounded), and the proof must refuse it on its own. Each test here failed before its fix.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.test_hunted_s20_allow import (
    COHORT_SIZES,
    ELAPSED_COLUMN,
    ELAPSED_WORDS_ALONE,
    grouped_extract,
)
from tests.misread import BANNER, misread_findings, proved
from wpxl.model import OutputCell, Plan, Style

NOT_ROUNDED = "a figure that is not a multiple of 20"


def _refused(tmp_path, rows: list[list], kept: dict[tuple[int, int], int]) -> set[str]:
    """The cells (as the proof names them) the proof refuses as unrounded figures."""
    found = misread_findings(tmp_path, rows, kept, "kept")
    return {f.part for f in found if f.kind == NOT_ROUNDED}


@pytest.mark.parametrize("rows", [ELAPSED_COLUMN, ELAPSED_WORDS_ALONE])
def test_a_first_line_of_counts_is_no_header_row_of_times_since_an_event(tmp_path, rows):
    kept = {(3, 2): 57, (3, 3): 212}
    assert _refused(tmp_path, rows, kept) == {"'Referrals' C6", "'Referrals' D6"}


@pytest.mark.parametrize(
    "header",
    ["Quarter 1 referrals", "Month 3 job starts", "Period 2 attachments", "Months in work"],
)
def test_counts_one_apart_under_a_period_word_naming_a_measure_are_figures(tmp_path, header):
    rows = [["Referrals by area"], [], ["Area", header, "Quarter 2 referrals"],
            ["Derby", 2, 41], ["Buxton", 3, 57], ["Matlock", 4, 66]]  # fmt: skip
    kept = {(r, 1): rows[r][1] for r in (3, 4, 5)}
    assert _refused(tmp_path, rows, kept) == {"'Referrals' B6", "'Referrals' B7", "'Referrals' B8"}


@pytest.mark.parametrize("header", ["Referrals to CPA", "Starts in CPA", "Referral cohort"])
def test_a_count_repeated_over_an_extracts_months_is_no_key(tmp_path, header):
    rows = grouped_extract(header)
    kept = {(r, 1): rows[r][1] for r in range(3, len(rows))}
    refused = _refused(tmp_path, rows, kept)
    assert {"'Referrals' B6", "'Referrals' B9", "'Referrals' B12"} <= refused


def test_referral_cohort_sizes_closed_by_a_total_row_are_figures(tmp_path):
    kept = {(r, 1): COHORT_SIZES[r][1] for r in (3, 4, 5)}
    found = _refused(tmp_path, COHORT_SIZES, kept)
    assert found == {"'Referrals' B6", "'Referrals' B7", "'Referrals' B8"}


def test_referral_cohorts_by_their_month_codes_still_stand(tmp_path):
    rows = [["Job starts by cohort"], [], ["Referral cohort", "Job starts"],
            [201304, 40], [201305, 60], [201306, 60], ["Total", 160]]  # fmt: skip
    assert misread_findings(tmp_path, rows, {}, "kept") == []


PERCENT = Style(number_format="0%")
MIXED = [["Referrals by area"], [], ["Area", "Referrals", "Job starts"],
         ["Derby", 1, 41], ["Buxton", 37, 57], ["Matlock", 1, 66], ["Ashby", 212, 80]]  # fmt: skip


def _as_percentages(tmp_path, rows: list[list], formatted: list[str], carried: dict) -> set[str]:
    """The proof's findings (cells) on the real copy of ``rows`` (its cells ``formatted`` in a
    percentage's format), the plan carrying ``carried`` ({input place: value}) in that format,
    as a misreading of a count column formatted as percentages, or of a typed rate, would."""
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    book = openpyxl.load_workbook(source)
    for ref in formatted:
        book["Referrals"][ref].number_format = "0%"
    book.save(source)

    def carry(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Referrals")
        for (row, col), value in carried.items():
            cell = OutputCell(float(value), style=PERCENT, kind="kept")
            sheet.cells[(row + BANNER, col)] = cell

    return {f.part for f in proved(tmp_path, source, carry)}


def test_a_count_of_one_carried_in_a_percentage_format_is_refused(tmp_path):
    carried = {(3, 1): 1, (5, 1): 1}
    found = _as_percentages(tmp_path, MIXED, ["B4", "B5", "B6", "B7"], carried)
    assert {"'Referrals' B6", "'Referrals' B8"} <= found


def test_a_count_of_one_given_a_percentage_format_is_refused(tmp_path):
    assert "'Referrals' B6" in _as_percentages(tmp_path, MIXED, [], {(3, 1): 1})


def test_a_typed_rate_carried_beside_rounded_counts_is_refused(tmp_path):
    rows = [["Job starts by area"], [], ["Area", "Referrals", "Job starts", "Start rate"],
            ["Derby", 421, 111, 111 / 421], ["Buxton", 388, 57, 57 / 388]]  # fmt: skip
    carried = {(3, 3): rows[3][3], (4, 3): rows[4][3]}
    found = _as_percentages(tmp_path, rows, ["D4", "D5"], carried)
    assert {"'Referrals' D6", "'Referrals' D7"} <= found


@pytest.mark.parametrize(
    "header", ["Referrals by area code", "Job starts per office code", "Jobs by area code"]
)
def test_counts_by_a_code_kept_unrounded_are_refused(tmp_path, header):
    rows = [["Referrals by area"], [], ["Area", header],
            ["Derby", 41], ["Buxton", 37], ["Matlock", 113]]  # fmt: skip
    kept = {(r, 1): rows[r][1] for r in (3, 4, 5)}
    assert _refused(tmp_path, rows, kept) == {"'Referrals' B6", "'Referrals' B7", "'Referrals' B8"}


def test_counts_by_a_code_repeated_over_an_extracts_months_are_refused(tmp_path):
    rows = grouped_extract("Referrals by area code")
    kept = {(r, 1): rows[r][1] for r in range(3, len(rows))}
    assert {"'Referrals' B6", "'Referrals' B9", "'Referrals' B12"} <= _refused(tmp_path, rows, kept)
