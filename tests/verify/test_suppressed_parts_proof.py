"""Invariant 11 (verify/suppressed_parts.py): a summary adding up the area sheets with a 3-D
reference, one area's cell '[c]', kept the summary's total over it rebuilt from the other
areas, and the proof passed it (session 16's hunt). Made without the analysis that removes
such totals, the copy is refused by this invariant alone; the copy made with it passes."""

from __future__ import annotations

from pathlib import Path

import wpxl.analyse
from tests.e2e.test_hunted_s16b_sheets import AREAS, _pack
from tests.misread import proved
from wpxl.verify import INVARIANTS

KIND = "a total over a cell another sheet suppressed"


def _marked(tmp_path: Path, marker: str = "[c]") -> Path:
    areas = {name: [list(line) for line in figures] for name, figures in AREAS.items()}
    areas["Bradford"][1][1] = marker  # JSA 25+, May
    return _pack(tmp_path / "marked.xlsx", areas)


def _found(tmp_path: Path, source: Path) -> list[str]:
    return [f.part for f in proved(tmp_path, source) if f.kind == KIND]


def test_the_proof_alone_refuses_a_summary_total_over_another_sheet_s_marker(tmp_path, monkeypatch):
    monkeypatch.setattr(wpxl.analyse, "drop_totals_over_unshown_parts", lambda *_: None)
    source = _marked(tmp_path)
    assert _found(tmp_path, source) == ["'Summary' C7"]
    monkeypatch.delitem(INVARIANTS, "no_total_over_suppressed")
    assert proved(tmp_path, source) == []  # only this invariant sees it


def test_the_proof_passes_the_summary_without_the_total_over_the_marker(tmp_path):
    assert proved(tmp_path, _marked(tmp_path, "..")) == []


def test_the_proof_passes_a_summary_over_areas_that_hold_every_figure(tmp_path):
    assert proved(tmp_path, _pack(tmp_path / "plain.xlsx", AREAS)) == []


def test_the_proof_refuses_a_summary_line_over_a_row_an_area_hides(tmp_path, monkeypatch):
    """Its fellow: a summary line over a row Leeds hides, rebuilt over the other areas, is
    not the input's total (invariant 1 sees that on its own)."""
    monkeypatch.setattr(wpxl.analyse, "drop_totals_over_unshown_parts", lambda *_: None)
    source = _pack(tmp_path / "hidden.xlsx", AREAS, hidden_row=4)
    kinds = {(f.part, f.kind) for f in proved(tmp_path, source)}
    assert ("'Summary' B7", "a total that adds up other cells than the input's total") in kinds
