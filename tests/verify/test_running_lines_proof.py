"""Invariant 10 for a running total (verify/running_lines.py): a line 'to date' running on along
another ('Referrals year to date' under 'Referrals', 'Cumulative' under a Total line, or a
'Cumulative total' column beside the months' totals) rounded cell by cell shows the rounded
original running totals, not the sums of the rounded figures beside it. The plan made without
reading such lines did so (session 16's hunt); the proof, reading the input's words and
arithmetic itself, refuses that copy and passes the one worked out from the rounded cells."""

from __future__ import annotations

from pathlib import Path

import pytest

import wpxl.analyse
import wpxl.analyse.roles
from tests.builders import write_book
from tests.e2e.test_hunted_s16_derived import ATTACHMENTS, MONTHS, REFERRALS
from tests.misread import misread_findings, proved
from wpxl.verify import INVARIANTS
from wpxl.verify.running_lines import RUNNING_ALONE


def _running(line: list[int]) -> list[int]:
    return [sum(line[: k + 1]) for k in range(len(line))]


def _across(words: str = "{} year to date") -> list[list]:
    rows: list[list] = [["Derby performance summary, 2013-14"], [], ["Measure", *MONTHS, "Total"]]
    for name, line in (("Referrals", REFERRALS), ("Attachments", ATTACHMENTS)):
        rows += [[name, *line, sum(line)], [words.format(name), *_running(line)]]
    return rows


def _down() -> list[list]:
    rows: list[list] = [["Referrals by month"], [], ["Month", "JSA", "ESA", "Total", "Cumulative"]]
    totals = [jsa + esa for jsa, esa in zip(REFERRALS, ATTACHMENTS, strict=True)]
    lines = zip(MONTHS, REFERRALS, ATTACHMENTS, totals, _running(totals), strict=True)
    return rows + [list(line) for line in lines]


def _found(tmp_path: Path, rows: list[list]) -> list[str]:
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    return [f.part for f in proved(tmp_path, source) if f.kind == RUNNING_ALONE]


@pytest.mark.parametrize("words", ["{} year to date", "Cumulative {}", "{} YTD"])
def test_the_proof_alone_refuses_a_running_row_rounded_cell_by_cell(tmp_path, monkeypatch, words):
    monkeypatch.setattr(wpxl.analyse.roles, "running_rows", lambda *_: {})
    # to July: 2,506 referrals rounded to 2,500 where the months shown add up to 2,520, and
    # 1,869 attachments to 1,860 where they add up to 1,880; up to June each happens to agree
    assert _found(tmp_path, _across(words)) == ["'Referrals' E7", "'Referrals' E9"]
    monkeypatch.delitem(INVARIANTS, "totals_of_totals_worked_out")
    assert _found(tmp_path, _across(words)) == []  # only this invariant sees it


def test_the_proof_alone_refuses_a_running_column_rounded_cell_by_cell(tmp_path, monkeypatch):
    monkeypatch.setattr(wpxl.analyse.roles, "running_columns", lambda *_: {})
    # 1,024 in April rounded to 1,020 where 600 + 440 are shown, and so on but in June
    assert _found(tmp_path, _down()) == ["'Referrals' E6", "'Referrals' E7", "'Referrals' E9"]


def test_the_proof_passes_running_lines_worked_out_from_the_rounded_cells(tmp_path):
    assert _found(tmp_path, _across()) == []
    assert _found(tmp_path, _down()) == []


def test_a_line_to_date_that_runs_on_no_line_is_left_alone(tmp_path):
    """'Referrals to date' whose figures are no running sum of the line above (a count of its
    own, each month's referrals since the start of the contract) is rounded as counts."""
    rows = _across()
    rows[4][1:5] = [1931, 2588, 3231, 3844]
    assert _found(tmp_path, rows) == []


def test_the_proof_finds_the_column_a_running_column_runs_on_beyond_the_nearest(tmp_path):
    """'Cumulative JSA' after 'JSA' and 'ESA', written rounded cell by cell: it runs on JSA."""
    rows: list[list] = [["Referrals by month"], []]
    rows.append(["Month", "JSA", "ESA", "Cumulative JSA"])
    lines = zip(MONTHS, REFERRALS, ATTACHMENTS, _running(REFERRALS), strict=True)
    rows += [list(line) for line in lines]
    rounded = {(3 + k, 3): (v + 10) // 20 * 20 for k, v in enumerate(_running(REFERRALS))}
    found = misread_findings(tmp_path, rows, rounded, "rounded")
    assert [f.part for f in found if f.kind == RUNNING_ALONE] == ["'Referrals' D9"]


def _stacked() -> list[list]:
    """Referrals by month, then a block 'Referrals to date' of the same months running on."""
    rows: list[list] = [["Referrals by month"], [], ["Month", "JSA", "ESA"]]
    rows += [list(line) for line in zip(MONTHS, REFERRALS, ATTACHMENTS, strict=True)]
    rows += [[], ["Referrals to date"], ["Month", "JSA", "ESA"]]
    lines = zip(MONTHS, _running(REFERRALS), _running(ATTACHMENTS), strict=True)
    return rows + [list(line) for line in lines]


def test_the_proof_alone_refuses_a_block_to_date_rounded_cell_by_cell(tmp_path, monkeypatch):
    monkeypatch.setattr(wpxl.analyse, "running_blocks", lambda *_: None)
    # July: 2,506 referrals to date rounded to 2,500 (the months shown: 2,520), and 1,869
    # attachments rounded to 1,860 (1,880)
    assert _found(tmp_path, _stacked()) == ["'Referrals' B16", "'Referrals' C16"]


def test_the_proof_passes_a_block_to_date_worked_out_from_the_rounded_months(tmp_path):
    assert _found(tmp_path, _stacked()) == []
