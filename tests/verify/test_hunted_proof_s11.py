"""The proof's own reading of what a hunt found (session 11), caught whatever the plan decided:
outcome volumes in a block named only by the note under it, members of staff named row by row
under their role, counts carried as the dates their format showed, and sustainment payments
numbered or abbreviated as providers write them ('SP1', 'Sust 2', 'J.O.', 'SUST')."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import xlsxwriter

import wpxl.analyse
from tests.builders import write_book
from tests.conftest import PRODUCED
from tests.e2e.test_hunted_leaks_s11 import GROUPS, NAMES, REFERRALS, by_adviser, dated, stacked
from wpxl.analyse import abbreviations, analyse_workbook, starts_lines, words
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import Finding, verify_output
from wpxl.write import write_plan

VOLUME = "an outcome or sustainment volume"


def _proved(tmp_path: Path, rows: list[list], sheet: str = "Referrals") -> list[Finding]:
    return _proved_book(tmp_path, write_book(tmp_path / "pack.xlsx", {sheet: rows}))


def _proved_book(tmp_path: Path, source: Path) -> list[Finding]:
    book = read_workbook(source)
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, Policy().title, PRODUCED)
    return verify_output(output, plan, 20)


@pytest.mark.parametrize(
    "note", ["Source: job outcomes from PRaP", "Figures are JOs claimed in the month"]
)
def test_the_proof_alone_refuses_outcomes_named_by_the_note_under_them(tmp_path, monkeypatch, note):
    """The plan made without reading notes under a table carries the second block as
    referrals; the proof, reading the words under the figures itself, refuses each."""
    monkeypatch.setattr(wpxl.analyse, "noted_outcome", lambda *_: None)
    findings = _proved(tmp_path, stacked(note))
    assert Finding("'Referrals' B14", VOLUME) in findings
    assert len([f for f in findings if f.kind == VOLUME]) == 12
    assert Finding("'Referrals' B6", VOLUME) not in findings  # the referrals above


def test_the_proof_alone_refuses_outcomes_named_by_a_note_line_over_them(tmp_path, monkeypatch):
    monkeypatch.setattr(wpxl.analyse, "noted_outcome", lambda *_: None)
    rows = stacked(None)
    rows[8] = ["Note: the table below shows job outcomes"]
    findings = _proved(tmp_path, rows)
    assert len([f for f in findings if f.kind == VOLUME]) == 12


@pytest.mark.parametrize(
    "note", [None, "Source: DWP referrals and job outcomes data", "Note: referrals in month"]
)
def test_the_proof_passes_a_block_whose_note_names_no_outcome_alone(tmp_path, note):
    assert not [f for f in _proved(tmp_path, stacked(note)) if f.kind == VOLUME]


def test_the_proof_passes_the_copy_that_shows_such_outcomes_as_percentages(tmp_path):
    assert _proved(tmp_path, stacked("Source: job outcomes from PRaP")) == []


NAMED = "what looks like a person named by their role"


@pytest.mark.parametrize("header", ["Adviser", "Work coach", "Case manager", "Advisor name"])
def test_the_proof_alone_refuses_a_copy_naming_staff_under_their_role(
    tmp_path, monkeypatch, header
):
    """The plan made without taking the names out carries them; the proof, reading the copy's
    cells under the role's header itself, finds each."""
    monkeypatch.setattr(wpxl.analyse, "staff_names", lambda *_: [])
    findings = _proved(tmp_path, by_adviser(header, NAMES), "Starts")
    assert [f.part for f in findings if f.kind == NAMED] == [f"'Starts' A{r}" for r in range(6, 10)]


@pytest.mark.parametrize(
    ("header", "labels"),
    [
        ("Adviser", ["Adviser 1", "Adviser 2", "Team North", "Leeds Office"]),
        ("Office", ["Leeds City", "Bradford", "Wakefield", "York"]),
        ("Payment group", ["JSA 18-24", "JSA 25+", "ESA Flow", "Jobcentre Plus"]),
    ],
)
def test_the_proof_passes_advisers_by_number_team_or_office(tmp_path, header, labels):
    findings = _proved(tmp_path, by_adviser(header, labels), "Starts")
    assert not [f for f in findings if f.kind == NAMED]


def test_the_copy_without_the_advisers_names_passes_the_proof(tmp_path):
    assert _proved(tmp_path, by_adviser("Adviser", NAMES), "Starts") == []


DATED = "a count shown in a date format"


@pytest.mark.parametrize(
    ("cells", "where"),
    [
        ([(0, 0), (0, 1), (0, 2)], ["B6", "C6", "D6"]),
        ([(1, 0), (1, 1), (1, 2)], ["B7", "C7", "D7"]),
        ([(1, 1)], ["C7"]),
        ([(0, 2)], ["D6"]),
    ],
    ids=["first row", "a row", "a cell", "a column's first"],
)
def test_the_proof_alone_refuses_counts_carried_as_dates(tmp_path, monkeypatch, cells, where):
    """The plan made without taking such dates out carries them; the proof finds each."""
    monkeypatch.setattr(wpxl.analyse, "drop_dated_counts", lambda *_: None)
    findings = _proved_book(tmp_path, dated(tmp_path / "dated.xlsx", cells))
    assert sorted(f.part for f in findings if f.kind == DATED) == [
        f"'Referrals' {w}" for w in where
    ]


def test_the_proof_passes_the_copy_without_them_and_a_date_its_line_names(tmp_path):
    assert _proved_book(tmp_path, dated(tmp_path / "dated.xlsx", [(1, 0), (1, 1)])) == []
    assert _proved_book(tmp_path, dated(tmp_path / "as_at.xlsx", [(0, 0)], "Data as at")) == []


def test_the_proof_passes_a_header_of_dates_under_a_heading_over_them(tmp_path):
    """Dates heading the months under 'Referrals' merged over them: a header, not counts."""
    source = tmp_path / "headed.xlsx"
    book = xlsxwriter.Workbook(str(source))
    ws = book.add_worksheet("Referrals")
    date = book.add_format({"num_format": "dd/mm/yyyy"})
    ws.merge_range("B2:D2", "Referrals")
    ws.write(2, 0, "Payment group")
    for j, serial in enumerate([41365, 41395, 41426]):  # 1 April, May, June 2013
        ws.write_number(2, 1 + j, serial, date)
    for i, (group, row) in enumerate(zip(GROUPS, REFERRALS, strict=True)):
        ws.write_row(3 + i, 0, [group, *row])
    book.close()
    assert not [f for f in _proved_book(tmp_path, source) if f.kind == DATED]


def test_the_proof_passes_a_label_column_of_months_as_dates(tmp_path, job):
    source = tmp_path / "months.xlsx"
    book = xlsxwriter.Workbook(str(source))
    ws = book.add_worksheet("Referrals")
    month = book.add_format({"num_format": "mmm-yy"})
    ws.write(0, 0, "Referrals by month")
    ws.write_row(2, 0, ["Month", "JSA 18-24", "JSA 25+"])
    for i, serial in enumerate([41365, 41395, 41426]):  # April, May, June 2013
        ws.write_number(3 + i, 0, serial, month)
        ws.write_row(3 + i, 1, REFERRALS[i][:2])
    book.close()
    assert _proved_book(tmp_path, source) == []


@pytest.mark.parametrize(
    "heads",
    [
        ["SP1", "SP2"],
        ["SP01", "SUST2"],
        ["S/P 1", "Sus2"],
        ["J.O.", "Outc."],
        ["Sust", "SUSTs"],
        ["Sustain 1", "Sustain 2"],
    ],
)
def test_the_proof_alone_refuses_abbreviated_outcomes_carried_as_counts(
    tmp_path, monkeypatch, heads
):
    """The plan made without reading any abbreviation carries the outcomes and payments as
    job starts' neighbours; the proof, with its own abbreviations, refuses each figure."""
    monkeypatch.setattr(abbreviations, "_NUMBERED", {})
    monkeypatch.setattr(abbreviations, "_ABBREVIATION", {})
    words._measure_in.cache_clear()
    rows: list[list] = [["Job starts by payment group, 2013/14"], [], ["Payment group"]]
    rows[2] += ["Job starts", *heads]
    rows += [[g, 512 - i * 50, 91 - i * 15, 73 - i * 11] for i, g in enumerate(GROUPS)]
    findings = _proved(tmp_path, rows, "Job starts")
    words._measure_in.cache_clear()
    volumes = sorted(f.part for f in findings if f.kind == VOLUME)
    assert volumes == sorted(f"'Job starts' {c}{r}" for c in "CD" for r in range(6, 10))


@pytest.mark.parametrize("heads", [["Retained", "Not retained"], ["Triggered", "Not triggered"]])
def test_the_proof_alone_refuses_starts_retained_or_triggering_carried_as_counts(
    tmp_path, monkeypatch, heads
):
    monkeypatch.setattr(starts_lines, "_STATUS", re.compile(r"(?!)"))
    rows: list[list] = [["Job starts by payment group, 2013/14"], [], ["Payment group"]]
    rows[2] += ["Job starts", *heads]
    rows += [[g, 512 - i * 50, 91 - i * 15, 73 - i * 11] for i, g in enumerate(GROUPS)]
    findings = _proved(tmp_path, rows, "Job starts")
    volumes = sorted(f.part for f in findings if f.kind == VOLUME)
    assert volumes == sorted(f"'Job starts' {c}{r}" for c in "CD" for r in range(6, 10))
