"""The proof reads each of two side-by-side tables under its own title: a plan that read both
as referrals is refused for the outcomes only, and a right plan passes."""

from __future__ import annotations

from pathlib import Path

import wpxl.analyse.roles
from tests.builders import write_book
from tests.conftest import PRODUCED
from tests.e2e.test_side_by_side_titles import OUTCOMES, REFERRALS, side_by_side
from wpxl.analyse import analyse_workbook
from wpxl.model import Measure
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import Finding, verify_output
from wpxl.write import write_plan

VOLUME = "an outcome or sustainment volume"


def _findings(tmp_path: Path, left: str, right: str) -> list[Finding]:
    source = write_book(tmp_path / "pack.xlsx", {"Pack": side_by_side(left, right)})
    book = read_workbook(source)
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, Policy().title, PRODUCED)
    return verify_output(output, plan, 20)


def test_the_proof_passes_side_by_side_tables_read_right(tmp_path):
    assert _findings(tmp_path, REFERRALS, OUTCOMES) == []
    assert _findings(tmp_path, OUTCOMES, REFERRALS) == []


def test_the_proof_alone_refuses_the_outcome_table_carried_as_referrals(tmp_path, monkeypatch):
    """A plan reading every table as referrals carries the outcomes as rounded counts; the
    proof refuses each of those (named by the copy's cells, under the banner), in whichever
    table they are, and none of the referrals."""
    monkeypatch.setattr(
        wpxl.analyse.roles,
        "title_and_measure",
        lambda layout, cells, *_: (str(cells[layout.title_cells[0]].value), Measure.REFERRALS),
    )
    right = {f.part for f in _findings(tmp_path, REFERRALS, OUTCOMES) if f.kind == VOLUME}
    assert right == {f"'Pack' {c}{r}" for c in "GH" for r in (6, 7, 8)}
    (tmp_path / "b").mkdir()
    left = {f.part for f in _findings(tmp_path / "b", OUTCOMES, REFERRALS) if f.kind == VOLUME}
    assert left == {f"'Pack' {c}{r}" for c in "BC" for r in (6, 7, 8)}
