"""The proof reads, with its own words, a line of job starts said to be still in work ('Still
working', 'Stayed in work', 'Kept their job', 'In employment at 6m') and sustainments or
outcomes abbreviated as providers abbreviate them ('Susts', 'S/P', 'Outcs'): a plan made under
a policy whose measure words lack them carries the counts, rounded, beside the job starts, and
the proof must refuse the copy, naming each figure's cell. A line still on the programme is no
outcome, and passes.
"""

from __future__ import annotations

import pytest

from tests.builders import write_book
from tests.conftest import PRODUCED
from tests.misread import BANNER
from wpxl.analyse import analyse_workbook, line_measures
from wpxl.model import Measure
from wpxl.model.sheetref import a1
from wpxl.plan import Audience, make_plan
from wpxl.policy import DEFAULT_MEASURE_WORDS, Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.write import write_plan

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow"]
# the words a provider's own policy may stop at: those known before this session's hunt
WORDS = dict(DEFAULT_MEASURE_WORDS)
WORDS[Measure.SUSTAINMENTS] = ("sustainment", "sustained", "still employed", "still in work")
WORDS[Measure.JOB_OUTCOMES] = ("job outcome", "outcome", "in work at")
OUTCOME = "an outcome or sustainment volume"


def _found(tmp_path, header: str) -> set[str]:
    rows: list[list] = [["Job starts by payment group, 2013/14"], []]
    rows += [["Payment group", "Job starts", header]]
    rows += [[g, 400 + 20 * at, 120] for at, g in enumerate(GROUPS)]
    book = read_workbook(write_book(tmp_path / "pack.xlsx", {"Perf": rows}))
    policy = Policy(measure_words=WORDS)  # the plan's and the proof's, as a run has it
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    write_plan(plan, output := tmp_path / "copy.xlsx", policy.title, PRODUCED)
    return {f.part for f in verify_output(output, plan, 20, policy) if f.kind == OUTCOME}


@pytest.mark.parametrize(
    "header",
    ["Still working", "Stayed in work", "Kept their job", "In employment at 6m", "Sustaining"],
)
def test_starts_still_in_work_carried_are_refused(tmp_path, monkeypatch, header):
    # the plan reads no time among the starts: '6m' is one since session 22 (analyse/work_marks)
    monkeypatch.setattr(line_measures, "is_starts_outcome_line", lambda *_: False)
    assert _found(tmp_path, header) == {f"'Perf' {a1(3 + at + BANNER, 2)}" for at in range(3)}


@pytest.mark.parametrize("header", ["Susts", "SUSTS", "S/P", "S/Ps", "Outc", "Outcs"])
def test_abbreviated_outcomes_carried_are_refused(tmp_path, unabbreviated, header):
    assert _found(tmp_path, header) == {f"'Perf' {a1(3 + at + BANNER, 2)}" for at in range(3)}


def test_starts_still_on_the_programme_pass(tmp_path):
    assert _found(tmp_path, "Still on programme") == set()
