"""Counts typed with a revision, provisional or estimate mark glued to them ('412r', '1,234p',
'388e', as older published tables mark them): read as a label's words (digits joined to a
letter are a code, 'B47'), they went out as written, the unrounded count in full, and the
proof passed them (LEAK and PROOF HOLE, session 25). One small letter r, p or e after a
number marks the figure: it is read as the number it marks, by the plan's reading of
quoted figures (wpxl.read.quoted_figures) and the proof's (wpxl.verify.values) alike."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings

MARKED = ["412r", "1,234p", "388e", "307r"]


def _rows(marked: list[str]) -> list[list]:
    rows: list[list] = [["Referrals by local authority, 2013-14"], []]
    rows.append(["Local authority", "Referrals", "Job starts"])
    areas = ["Leeds", "Bradford", "Wakefield", "Kirklees"]
    return rows + [[a, m, 100 + i] for i, (a, m) in enumerate(zip(areas, marked, strict=True))]


def test_a_count_with_its_mark_glued_on_is_not_carried(tmp_path):
    copy, _ = sanitised_beside(write_book(tmp_path / "marked.xlsx", {"Referrals": _rows(MARKED)}))
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    texts = {c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    assert not texts & set(MARKED)


@pytest.mark.parametrize("marked", MARKED)
def test_the_proof_alone_refuses_a_marked_count_carried(tmp_path, marked):
    rows = _rows(MARKED)
    found = misread_findings(tmp_path, rows, {(3, 1): marked}, "kept")
    assert [f.part for f in found] == ["'Referrals' B6"]


@pytest.mark.parametrize("words", ["3rd quarter", "Week 12e", "Annex 2p", "Q1 2014p"])
def test_ordinal_and_short_words_are_no_marked_figures(tmp_path, words):
    rows = [*_rows(["400", "1,240", "380", "300"]), [], [words]]
    copy, _ = sanitised_beside(write_book(tmp_path / "words.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    assert words in {c.value for row in sheet.iter_rows() for c in row}
