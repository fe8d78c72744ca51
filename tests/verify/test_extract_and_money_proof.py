"""The proof reads a database extract's joined names and a finance extract's money words itself.

Each copy is the real copy of a real input whose plan is then changed to carry one column the
analyse stage removes (outcome volumes under "job_outcomes", outcome payments under
"Revenue"), as a misreading there would carry it: the proof must refuse the copy on its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import write_book
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.model import OutputCell, Plan
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.sanitise import sanitise_file
from wpxl.verify import Finding, verify_output
from wpxl.verify.amounts import STATED
from wpxl.write import write_plan

VOLUME = "an outcome or sustainment volume"


def _carried(tmp_path: Path, header: str, figure: int, shown: int) -> tuple[Path, Plan]:
    """A referrals table with a third column under ``header``; the plan made to carry that
    column's first figure as ``shown`` (C6, under its header in C5)."""
    rows = [["Referrals by payment group"], [], ["Payment group", "Referrals", header],
            ["JSA 18-24", 121, figure], ["JSA 25+", 307, 2 * figure]]  # fmt: skip
    book = read_workbook(write_book(tmp_path / "pack.xlsx", {"Referrals": rows}))
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    sheet = next(s for s in plan.sheets if s.name == "Referrals")
    sheet.cells[(4, 2)] = OutputCell(header, kind="label")
    sheet.cells[(5, 2)] = OutputCell(shown, kind="count")
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    return output, plan


@pytest.mark.parametrize("header", ["job_outcomes", "JOB_OUTCOMES", "JobOutcomes"])
def test_outcome_volumes_carried_under_a_joined_column_name_are_caught(tmp_path, header):
    output, plan = _carried(tmp_path, header, 47, 40)
    assert Finding("'Referrals' C6", VOLUME) in verify_output(output, plan, 20)


@pytest.mark.parametrize("header", ["Revenue", "Invoiced", "Earnings", "Billed", "Total paid"])
def test_outcome_payments_carried_under_a_finance_header_are_caught(tmp_path, header):
    output, plan = _carried(tmp_path, header, 164_400, 164_400)
    assert Finding("'Referrals' C6", VOLUME) in verify_output(output, plan, 20)


@pytest.mark.parametrize("note", ["JobOutcomes share: 10.9%", "job_outcomes up by 3 on March"])
def test_a_note_in_an_extracts_words_stating_an_amount_about_outcomes_is_caught(tmp_path, note):
    output, plan = _carried(tmp_path, "Referrals", 93, 100)
    plan.sheets[[s.name for s in plan.sheets].index("Referrals")].cells[(10, 0)] = OutputCell(
        note, kind="kept"
    )
    write_plan(plan, output, Policy().title, PRODUCED)
    assert Finding("'Referrals' A11", STATED) in verify_output(output, plan, 20)


def test_counts_of_people_by_band_of_amount_pass_the_proof(tmp_path, job):
    """A row naming a band of amounts ("£100.01 to £200.00", "No payment") counts people: its
    figures are rounded counts the proof lets through, as a header's money words are not."""
    rows = [["Referrals by weekly payment"], [], ["Weekly payment", "Referrals"],
            ["No payment", 1234], ["£0.01 to £100.00", 2213], ["£100.01 to £200.00", 687],
            ["£200.01 or over", 433]]  # fmt: skip
    source = write_book(tmp_path / "bands.xlsx", {"Bands": rows})
    assert Path(sanitise_file(source, job).output).exists()


@pytest.mark.parametrize("header", ["JOPs", "J/O", "SOs", "Sust.", "Job outc."])
def test_outcome_volumes_carried_under_an_abbreviation_are_caught(tmp_path, header):
    output, plan = _carried(tmp_path, header, 47, 40)
    assert Finding("'Referrals' C6", VOLUME) in verify_output(output, plan, 20)
