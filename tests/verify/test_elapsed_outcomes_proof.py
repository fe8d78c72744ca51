"""Cohorts of job outcomes under 'Months since referral' (verify/outcomes.py with
verify/when_words): a time since an event names no measure, so the title's
outcomes stand. Each copy is the real copy of a real input, planned with the analyse stage's
reading of such words turned off (the referral read as the columns' measure, as it was): the
outcome volumes carried rounded, which the proof must refuse on its own."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.test_hunted_s18_real import cohort_rows
from tests.misread import proved
from wpxl.analyse import line_measures
from wpxl.verify import Finding

VOLUME = "an outcome or sustainment volume"


def _cohorts(path: Path, title: str) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Cohorts"
    rows = cohort_rows()
    rows[0] = [title]
    for row in rows:
        sheet.append(row)
    sheet.merge_cells("B3:G3")
    workbook.save(path)
    return path


def _proved_misread(source: Path, monkeypatch: pytest.MonkeyPatch) -> list[Finding]:
    """The proof's findings on the copy planned as the analysis planned it before: 'Months
    since referral' read as the columns' measure (and, the title naming outcomes alone before
    its 'by', not kept from naming one: analyse/breakdown_titles)."""
    monkeypatch.setattr(line_measures, "without_when", lambda text: text)
    monkeypatch.setattr(line_measures, "outcomes_by", lambda *_: False)  # nor titles (below)
    return [f for f in proved(source.parent, source) if f.kind == VOLUME]


def test_outcome_cohorts_carried_as_referrals_are_refused(tmp_path, monkeypatch):
    source = _cohorts(tmp_path / "pack.xlsx", "Cumulative job outcomes by month of referral")
    found = {f.part for f in _proved_misread(source, monkeypatch)}
    assert {"'Cohorts' B7", "'Cohorts' G7", "'Cohorts' D10"} <= found


def test_attachment_cohorts_pass_the_proof(tmp_path, monkeypatch):
    source = _cohorts(tmp_path / "pack.xlsx", "Attachments by month of referral (cumulative)")
    assert _proved_misread(source, monkeypatch) == []


@pytest.mark.parametrize("when", ["Quarter of referral", "Referral cohort", "Time since referral"])
def test_outcomes_across_referral_cohorts_carried_as_referrals_are_refused(
    tmp_path, monkeypatch, when
):
    rows = [
        ["Work Programme job outcomes by payment group and referral cohort"],
        [],
        [None, when],
        ["Payment group", "2011 Q3", "2011 Q4", "2012 Q1"],
        ["JSA 18-24", 131, 187, 204],
        ["JSA 25+", 312, 355, 398],
    ]
    source = write_book(tmp_path / "pack.xlsx", {"Outcomes": rows})
    found = {f.part for f in _proved_misread(source, monkeypatch)}
    assert {"'Outcomes' B7", "'Outcomes' D8"} <= found
