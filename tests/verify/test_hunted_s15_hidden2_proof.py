"""The proof's own reading of what session 15's second hunt for hidden content found
(tests/e2e/test_hunted_s15_hidden2.py), caught whatever the reader and the plan decided: a
note in rows or a column folded away by a collapsed outline group."""

from __future__ import annotations

from pathlib import Path

import pytest

import wpxl.read.sheetxml
from tests.conftest import PRODUCED
from tests.e2e.test_hunted_s15_hidden2 import folded_note
from wpxl.analyse import analyse_workbook
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import Finding, verify_output
from wpxl.write import write_plan

HIDES = "content the input hides"


def proved(tmp_path: Path, source: Path) -> list[Finding]:
    book = read_workbook(source)
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, Policy().title, PRODUCED)
    return verify_output(output, plan, 20)


@pytest.mark.parametrize(
    ("axis", "summary_after", "where"),
    [("rows", True, "A9"), ("rows", False, "A9"), ("columns", True, "E6")],
)
def test_the_proof_alone_refuses_a_note_a_collapsed_group_folds_away(
    tmp_path, monkeypatch, axis, summary_after, where
):
    monkeypatch.setattr(wpxl.read.sheetxml, "fold", lambda _: [])
    source = folded_note(tmp_path / "folded.xlsx", axis, summary_after)
    assert Finding(f"'Referrals' {where}", HIDES) in proved(tmp_path, source)


@pytest.mark.parametrize("axis", ["rows", "columns"])
def test_the_proof_passes_the_copy_without_the_folded_note(tmp_path, axis):
    assert proved(tmp_path, folded_note(tmp_path / "folded.xlsx", axis)) == []
