"""Found building whole packs in session 24: job outcomes by referral cohort ('Job outcomes by
referral cohort and months since referral') with the cohort's referrals in the first column,
as the programme's cohort tables show them. The title names outcomes broken down by a
category, so every column was read as a kind of outcome, 'Referrals' too: the referrals went
to the percentage sheet as shares and were lost as volumes (WRONG, though nothing leaked). A
header naming another measure by its plural name and nothing else ('Referrals', 'Job starts',
'No. of attachments') is no kind of the breakdown: it counts that measure, in the analysis
(analyse/breakdown_titles) and the proof (verify/measure_words, verify/outcomes) alike;
'JCP referral' under 'Job outcomes by referral source' is still a kind."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.model import Plan

REFERRALS = [1412, 1377, 1251, 1298, 1163]
OUTCOMES = [[42, 81, 108], [41, 80, 112], [37, 72, 101], [38, 77], [34]]
TITLE = "Job outcomes by referral cohort and months since referral (cumulative)"


def cohorts(header: str = "Referrals") -> list[list]:
    rows: list[list] = [[TITLE], [], ["Referral month", header, "3 months", "6 months", "9 months"]]
    months = ["Apr-14", "May-14", "Jun-14", "Jul-14", "Aug-14"]
    rows += [[m, r, *o] for m, r, o in zip(months, REFERRALS, OUTCOMES, strict=True)]
    return rows


@pytest.mark.parametrize("header", ["Referrals", "Number of referrals", "No. of referrals"])
def test_a_cohorts_referrals_beside_its_outcomes_stay_rounded(tmp_path, header):
    copy, _ = sanitised_beside(write_book(tmp_path / "c.xlsx", {"Cohorts": cohorts(header)}))
    book = openpyxl.load_workbook(copy)
    sheet = book["Cohorts"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == [1420, 1380, 1260, 1300, 1160]
    assert all(sheet.cell(r, c).value is None for r in range(6, 11) for c in (3, 4, 5))
    shares = next(s for s in book if s.title.endswith("%"))
    heads = [c.value for c in next(shares.iter_rows(min_row=6, max_row=6))]
    assert heads[:4] == ["Referral month", "3 months", "6 months", "9 months"]


def test_the_proof_alone_still_refuses_the_outcomes_beside_them_rounded(tmp_path):
    """With 'Referrals' no kind, the columns of months since referral are still the title's
    outcomes: a copy showing them rounded is refused."""
    source = write_book(tmp_path / "c.xlsx", {"Cohorts": cohorts()})

    def rounded_outcomes(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Cohorts")
        volumes = next(c for c in sheet.cells.values() if c.kind == "count")
        for row in range(5, 10):
            sheet.cells[(row, 2)] = volumes

    found = proved(tmp_path, source, rounded_outcomes)
    assert {f.part for f in found if "outcome" in f.kind} >= {
        f"'Cohorts' C{r}" for r in range(6, 11)
    }
