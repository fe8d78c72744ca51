"""The proof's own reading of what session 15's second hunt for hidden content found
(tests/e2e/test_hunted_s15_hidden2.py), caught whatever the reader and the plan decided: a
note in rows or a column folded away by a collapsed outline group; counts a conditional
format shows as nothing or paints white."""

from __future__ import annotations

from pathlib import Path

import pytest

import wpxl.read.conditional
import wpxl.read.sheetxml
from tests.conftest import PRODUCED
from tests.e2e.test_hunted_s15_hidden2 import HIDING_RULES, SMALL, folded_note, suppressed
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


def _text_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader as it was: a conditional format hides text only."""
    judged = wpxl.read.conditional._hidden_by

    def text_only(rules, cell, *rest):  # type: ignore[no-untyped-def]
        return judged(rules, cell, *rest) if isinstance(cell.value, str) else None

    monkeypatch.setattr(wpxl.read.conditional, "_hidden_by", text_only)


@pytest.mark.parametrize("rule", HIDING_RULES.values(), ids=HIDING_RULES)
def test_the_proof_alone_refuses_counts_a_conditional_format_hides(tmp_path, monkeypatch, rule):
    _text_only(monkeypatch)
    findings = proved(tmp_path, suppressed(tmp_path / "small.xlsx", rule))
    assert [f.part for f in findings if f.kind == HIDES] == ["'Referrals' C6", "'Referrals' B8"]


@pytest.mark.parametrize(
    "rule",
    [
        HIDING_RULES["white font"],
        {**SMALL, "format": {"bg_color": "#FFC7CE", "font_color": "#9C0006"}},
        {"type": "cell", "criteria": "==", "value": 0, "format": {"font_color": "#FFFFFF"}},
        {"type": "data_bar", "bar_only": True},
    ],
    ids=["hiding", "red on pink", "zeros white", "bars alone"],
)
def test_the_proof_passes_counts_a_conditional_format_shows_or_the_copy_drops(tmp_path, rule):
    assert proved(tmp_path, suppressed(tmp_path / "shown.xlsx", rule)) == []
