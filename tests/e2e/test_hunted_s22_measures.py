"""Hunted in session 22: a line named a total under a table's total line, adding that line up
across its measures ('Total | 1,501 | 497' of attachments and job outcomes, then 'Total (all
measures) | 1,998').

Its one figure stood under the attachments and went out rounded as one more attachments count
(2,000), verified: less the rounded attachments it gives the outcomes back within rounding
(LEAK). Under the outcomes column it became a line of the percentage sheet, its share beside the
total's giving the same. Over attachments and job starts alone it was rounded on its own, not
the sum of the rounded totals (WRONG). The analysis now reads such a line
(wpxl.analyse.cross_totals) and the proof, on its own, counts a figure adding up an outcome
figure as an outcome figure (wpxl.verify.summed_measures).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl import analyse

AREAS = ["Leeds", "Bradford", "Wakefield", "Kirklees", "Calderdale"]
ATTACHMENTS = [412, 377, 251, 298, 163]
SECOND = [137, 121, 88, 102, 49]
VOLUME = "an outcome or sustainment volume"


def results(path: Path, measure: str, label: str, column: int = 2) -> Path:
    """Attachments and ``measure`` by area, their 'Total' line, and a line ``label`` adding
    both totals, its one figure in ``column`` (2: under the attachments)."""
    rows: list[list] = [["Work Programme results by local authority, 2013-14"], []]
    rows.append(["Local authority", "Attachments", measure])
    rows += [[a, s, o] for a, s, o in zip(AREAS, ATTACHMENTS, SECOND, strict=True)]
    rows.append(["Total", sum(ATTACHMENTS), sum(SECOND)])
    line: list = [label, None, None]
    line[column - 1] = sum(ATTACHMENTS) + sum(SECOND)
    rows.append(line)
    return write_book(path, {"Results": rows})


@pytest.mark.parametrize(
    ("measure", "label"),
    [
        ("Job outcomes", "Total (all measures)"),
        ("Job outcomes", "Combined total"),
        ("Sustainment outcomes", "Grand total"),
    ],
)
def test_a_line_adding_the_outcomes_to_the_attachments_is_not_carried(tmp_path, measure, label):
    copy, _ = sanitised_beside(results(tmp_path / "summed.xlsx", measure, label))
    sheet = openpyxl.load_workbook(copy)["Results"]
    assert [sheet.cell(r, 2).value for r in range(6, 11)] == [420, 380, 260, 300, 160]
    assert sheet.cell(12, 1).value == label
    assert sheet.cell(12, 2).value is None


def test_the_line_under_the_outcomes_column_is_no_line_of_their_shares(tmp_path):
    source = results(tmp_path / "summed.xlsx", "Job outcomes", "Total (all measures)", column=3)
    copy, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(copy, data_only=True)
    shares = book["Job outcomes %"]
    labels = [shares.cell(r, 1).value for r in range(1, shares.max_row + 1)]
    assert "Total (all measures)" not in labels
    assert shares.cell(labels.index("Total") + 1, 2).value == 1


def test_a_line_adding_attachments_and_starts_is_the_sum_of_their_rounded_totals(tmp_path):
    copy, _ = sanitised_beside(results(tmp_path / "summed.xlsx", "Job starts", "Grand total"))
    sheet = openpyxl.load_workbook(copy)["Results"]
    assert sheet.cell(12, 2).value == "=SUM(B11:C11)"
    cached = openpyxl.load_workbook(copy, data_only=True)["Results"]
    assert cached.cell(12, 2).value == 1520 + 500 - 20  # 1,520 and 480 as the copy shows them


@pytest.mark.parametrize("label", ["Total (all measures)", "Grand total"])
def test_the_proof_alone_refuses_a_line_adding_the_outcomes(tmp_path, monkeypatch, label):
    monkeypatch.setattr(analyse, "total_across_measures", lambda *_: None)
    findings = proved(tmp_path, results(tmp_path / "summed.xlsx", "Job outcomes", label))
    assert [f.part for f in findings if f.kind == VOLUME] == ["'Results' B12"]


def test_the_proof_alone_passes_a_line_adding_attachments_and_starts(tmp_path, monkeypatch):
    """Rounded on its own it is no outcome, and the totals' own invariants judge it."""
    monkeypatch.setattr(analyse, "total_across_measures", lambda *_: None)
    findings = proved(tmp_path, results(tmp_path / "summed.xlsx", "Job starts", "Grand total"))
    assert VOLUME not in {f.kind for f in findings}
