"""The proof reads, on its own, a table of blocks stacked with no blank line between, each under
a line naming its measure in the label column ('Starts', then 'Job outcomes' over the same
payment groups): a plan that read the line as naming itself alone carries the outcomes as
rounded counts, and the proof must refuse the copy, naming each of their cells; the copy the
plan makes of it passes, and so does a table whose lines under 'Job starts' are all starts.
"""

from __future__ import annotations

import pytest

from tests.builders import write_book
from tests.misread import proved

MONTHS = ["Apr-13", "May-13", "Jun-13"]
GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow"]
OUTCOME = "an outcome or sustainment volume"


def _stacked(tmp_path, title: str, first: str | None, last: str):
    rows: list[list] = [[title], [], ["Payment group", *MONTHS]]
    rows += [[first]] if first else []
    rows += [[g, 101, 87, 93] for g in GROUPS]
    rows += [[last]] + [[g, 33, 19, 25] for g in GROUPS]
    return write_book(tmp_path / "stacked.xlsx", {"Perf": rows})


@pytest.mark.parametrize(
    ("title", "first"), [("Performance 2013/14", "Starts"), ("Job starts 2013/14", None)]
)
def test_outcomes_under_a_line_naming_them_carried_are_refused(tmp_path, monkeypatch, title, first):
    monkeypatch.setattr("wpxl.analyse.line_measures.section_measures", lambda *_: {})
    source = _stacked(tmp_path, title, first, "Job outcomes")
    top = 11 if first else 10  # the outcomes' first line in the copy (under the banner)
    expected = {f"'Perf' {c}{r}" for r in range(top, top + 3) for c in "BCD"}
    assert {f.part for f in proved(tmp_path, source) if f.kind == OUTCOME} == expected


def test_the_copy_the_plan_makes_passes(tmp_path):
    assert (
        proved(tmp_path, _stacked(tmp_path, "Performance 2013/14", "Starts", "Job outcomes")) == []
    )


def test_blocks_of_starts_and_referrals_pass(tmp_path):
    assert (
        proved(tmp_path, _stacked(tmp_path, "Performance 2013/14", "Referrals", "Job starts")) == []
    )


def test_outcomes_named_on_their_blocks_first_line_only_carried_are_refused(tmp_path, monkeypatch):
    """'Job outcomes | JSA 18-24', then ' | JSA 25+': the plan missing the outer label carries
    the block's other lines as job starts, and the proof finds them."""
    monkeypatch.setattr("wpxl.analyse.line_measures.section_measures", lambda *_: {})
    rows: list[list] = [["Job starts 2013/14"], [], ["Measure", "Payment group", *MONTHS]]
    for measure, first in (("Job starts", 101), ("Job outcomes", 33)):
        rows += [[measure if at == 0 else None, g, first, 19, 25] for at, g in enumerate(GROUPS)]
    source = write_book(tmp_path / "outer.xlsx", {"Perf": rows})
    found = {f.part for f in proved(tmp_path, source) if f.kind == OUTCOME}
    assert found == {f"'Perf' {c}{r}" for r in (10, 11) for c in "CDE"}
