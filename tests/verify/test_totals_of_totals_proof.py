"""The proof's own reading of a last line adding up the blocks' totals above it ('All areas |
Total' under three area blocks, each with its own Total): typed, a plan that rounds it on its
own shows the rounded original total, and the proof refuses it whatever the plan decided."""

from __future__ import annotations

from pathlib import Path

import pytest

import wpxl.analyse
from tests.builders import write_book
from tests.conftest import PRODUCED
from tests.e2e.test_hunted_parts import _sections, _side_by_side, _stacked, _uneven
from wpxl.analyse import analyse_workbook
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import INVARIANTS, Finding, verify_output
from wpxl.write import write_plan

ALONE = "a total of the blocks' totals rounded on its own, not worked out from them"


def _proved(tmp_path: Path, rows: list[list]) -> list[Finding]:
    book = read_workbook(write_book(tmp_path / "stacked.xlsx", {"Referrals": rows}))
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, Policy().title, PRODUCED)
    return verify_output(output, plan, 20)


def test_the_rebuilt_all_areas_line_passes_the_proof(tmp_path):
    assert _proved(tmp_path, _stacked()) == []


def test_the_proof_alone_refuses_an_all_areas_line_rounded_on_its_own(tmp_path, monkeypatch):
    """The plan made without reading totals of block totals rounds the last line as counts
    (its row total, over them, is a formula); the proof reads the input's arithmetic itself."""
    monkeypatch.setattr(wpxl.analyse, "total_of_block_totals", lambda *_: None)
    monkeypatch.setattr(wpxl.analyse, "total_alike_lines", lambda *_: None)  # reads them too
    findings = _proved(tmp_path, _stacked())
    assert findings == [Finding(f"'Referrals' {c}28", ALONE) for c in "BCD"]
    monkeypatch.delitem(INVARIANTS, "totals_of_totals_worked_out")
    assert _proved(tmp_path, _stacked()) == []  # only this invariant sees it


def test_a_last_line_of_true_sums_under_untotalled_blocks_is_not_refused(tmp_path):
    """With no Total of their own in the blocks, nothing names the lines it adds up: the
    last line's figures are counts, each the input's rounded."""
    assert _proved(tmp_path, _stacked(typed_block_totals=False)) == []


def test_the_proof_alone_refuses_an_all_areas_line_above_the_blocks_rounded_on_its_own(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(wpxl.analyse, "total_of_block_totals", lambda *_: None)
    monkeypatch.setattr(wpxl.analyse, "total_alike_lines", lambda *_: None)  # reads them too
    findings = _proved(tmp_path, _stacked(all_first=True))
    assert findings == [Finding(f"'Referrals' {c}7", ALONE) for c in "BCD"]


BLOCK_ALONE = "a line adding up the same lines of other blocks rounded on its own"


def test_the_rebuilt_all_areas_block_over_uneven_blocks_passes_the_proof(tmp_path):
    assert _proved(tmp_path, _uneven()) == []


def test_the_proof_alone_refuses_an_all_areas_block_rounded_on_its_own(tmp_path, monkeypatch):
    """Wakefield without ESA Flow: the plan made without reading blocks that add up others
    rounds the 'All areas' lines as counts; the proof reads the input's arithmetic itself."""
    monkeypatch.setattr(wpxl.analyse, "total_blocks", lambda *_: None)
    monkeypatch.setattr(wpxl.analyse, "total_alike_lines", lambda *_: None)  # reads them too
    findings = _proved(tmp_path, _uneven())
    assert findings == [
        Finding(f"'Referrals' {c}{r}", BLOCK_ALONE) for c in "BCD" for r in (27, 28, 29)
    ]
    monkeypatch.delitem(INVARIANTS, "totals_of_totals_worked_out")
    assert _proved(tmp_path, _uneven()) == []  # only this invariant sees it


def test_the_proof_alone_refuses_an_all_areas_section_rounded_on_its_own(tmp_path, monkeypatch):
    """The same blocks as sections of one table, each closed by its own named total ('Leeds
    total'), which the proof leaves out of its reading of each section's lines."""
    (sound := tmp_path / "sound").mkdir()
    assert _proved(sound, _sections()) == []
    monkeypatch.setattr(wpxl.analyse, "total_blocks", lambda *_: None)
    monkeypatch.setattr(wpxl.analyse, "total_alike_lines", lambda *_: None)  # reads them too
    findings = _proved(tmp_path, _sections())
    assert findings == [
        Finding(f"'Referrals' {c}{r}", BLOCK_ALONE) for c in "BCD" for r in (21, 22, 23)
    ]


@pytest.mark.parametrize("gap", [False, True])
def test_the_proof_alone_refuses_an_all_areas_group_of_columns_rounded_on_its_own(
    tmp_path, monkeypatch, gap
):
    """The areas side by side (``gap``: each a table of its own): the proof names each column
    by the words nearest above it and ends a group where a name comes again or a column holds
    no figure."""
    (sound := tmp_path / "sound").mkdir()
    assert _proved(sound, _side_by_side(gap)) == []
    monkeypatch.setattr(wpxl.analyse, "total_blocks", lambda *_: None)
    monkeypatch.setattr(wpxl.analyse, "total_alike_lines", lambda *_: None)  # reads them too
    findings = _proved(tmp_path, _side_by_side(gap))
    assert sorted(f.part for f in findings if f.kind == BLOCK_ALONE) == sorted(
        f"'Referrals' {c}{r}" for c in ("QRS" if gap else "NOP") for r in (7, 8, 9)
    )
