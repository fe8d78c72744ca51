"""The proof's own reading of what the second hunt of session 11 found: a line that is one line
of counts less another ('Change' = May less Apr) must be the formula over the shown cells, or
not there; rounded on its own it is refused whatever the plan decided. And the words wpxl adds
after its own note on coarsened shares (a line left out of a base) are judged as any others."""

from __future__ import annotations

from pathlib import Path

import pytest

import wpxl.analyse
from tests.builders import write_book
from tests.conftest import PRODUCED
from tests.e2e.test_hunted_s11_followup import by_column, by_row, outcomes
from wpxl.analyse import analyse_workbook
from wpxl.model import OutputCell
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import INVARIANTS, Finding, verify_output
from wpxl.write import write_plan

ALONE = "a difference of two lines rounded on its own, not worked out from them"


def _proved(
    tmp_path: Path, rows: list[list], change=None, sheet: str = "Referrals", changed: str = ""
) -> list[Finding]:
    source = write_book(tmp_path / "pack.xlsx", {sheet: rows})
    return _proved_book(tmp_path, source, change, changed or sheet)


def _proved_book(
    tmp_path: Path, source: Path, change=None, changed: str = "Referrals"
) -> list[Finding]:
    book = read_workbook(source)
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))
    if change is not None:
        change(next(s for s in plan.sheets if s.name == changed))
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, Policy().title, PRODUCED)
    return verify_output(output, plan, 20)


@pytest.mark.parametrize("word", ["Difference", "Increase", "Variance"])
def test_the_proof_alone_refuses_a_difference_column_rounded_on_its_own(
    tmp_path, monkeypatch, word
):
    """The plan made without reading differences rounds the column as counts; the proof,
    reading the input's words and arithmetic itself, refuses each cell."""
    monkeypatch.setattr(wpxl.analyse, "find_differences", lambda *_: None)
    findings = _proved(tmp_path, by_column(word))
    assert [f for f in findings if f.kind == ALONE] == [
        Finding(f"'Referrals' D{r}", ALONE) for r in (6, 7, 8, 9)
    ]
    monkeypatch.delitem(INVARIANTS, "differences_worked_out")
    assert _proved(tmp_path, by_column(word)) == []  # only this invariant sees it


def test_the_proof_alone_refuses_a_difference_row_rounded_on_its_own(tmp_path, monkeypatch):
    monkeypatch.setattr(wpxl.analyse, "find_differences", lambda *_: None)
    findings = _proved(tmp_path, by_row("Increase"))
    assert [f.part for f in findings if f.kind == ALONE] == [f"'Referrals' {c}8" for c in "BCDE"]


def test_the_proof_refuses_a_formula_difference_carried_as_a_rounded_figure(tmp_path):
    """The input's =C4-B4 (17) written as a plain 20: the proof reads the formula itself."""

    def plain(sheet) -> None:
        sheet.cells[(5, 3)] = OutputCell(20, kind="count")

    source = write_book(
        tmp_path / "pack.xlsx",
        {"Referrals": by_column("Change", formula=True)},
        cached={("Referrals", "D4"): 17},
    )
    findings = _proved_book(tmp_path, source, plain)
    assert findings == [Finding("'Referrals' D6", ALONE)]


def test_the_proof_passes_the_differences_worked_out_from_the_rounded_cells(tmp_path):
    assert _proved(tmp_path, by_column("Change")) == []
    assert _proved(tmp_path, by_row("Difference")) == []


def _over_other_cells(sheet) -> None:
    """D6 made the difference of the wrong lines' cells (JSA 25+'s May less Apr)."""
    sheet.cells[(5, 3)] = OutputCell(-20, "C7-B7", kind="derived")


def _wrong_value(sheet) -> None:
    sheet.cells[(5, 3)] = OutputCell(40, "C6-B6", kind="derived")


@pytest.mark.parametrize(
    ("change", "kind"),
    [
        (_over_other_cells, "a difference of figures off its own row and column"),
        (_wrong_value, "a difference whose formula does not give its value"),
    ],
)
def test_the_proof_holds_a_difference_formula_to_its_cells(tmp_path, change, kind):
    findings = _proved(tmp_path, by_column("Change"), change)
    assert Finding("'Referrals' D6", kind) in findings


def test_the_proof_refuses_a_difference_far_from_the_inputs(tmp_path):
    """C6-B6 on its own row, giving its value, but over cells moved from the input's: the
    copy's May for JSA 18-24 made 1300, its difference 60 against the input's 17."""

    def moved(sheet) -> None:
        sheet.cells[(5, 2)] = OutputCell(1300, style=sheet.cells[(5, 2)].style, kind="count")
        sheet.cells[(5, 3)] = OutputCell(60, "C6-B6", kind="derived")

    findings = _proved(tmp_path, by_column("Change"), moved)
    assert Finding("'Referrals' D6", "a difference that is not the input's at its place") in (
        findings
    )


STATED = "an amount stated in the words of a percentage sheet (an outcome volume, however small)"


def test_the_proof_passes_the_note_naming_a_line_left_out_of_a_base(tmp_path):
    rows = outcomes("<5")
    for row, may in zip(rows[3:7], [7, 5, 8, 6], strict=True):
        row[2] = may  # May coarsened: wpxl's note, then the line left out of April's base
    assert _proved(tmp_path, rows, sheet="Outcomes") == []


def test_the_proof_judges_the_words_after_wpxls_note_on_coarsened_shares(tmp_path):
    """An amount after wpxl's own note is no part of it: refused as anywhere else."""
    rows = outcomes("<5")
    for row, may in zip(rows[3:7], [7, 5, 8, 6], strict=True):
        row[2] = may

    def amount_after_note(sheet) -> None:
        note = sheet.cells[(4, 0)]
        sheet.cells[(4, 0)] = OutputCell(note.value + " ESA Flow (3) left out.", kind="wpxl")

    findings = _proved(tmp_path, rows, amount_after_note, "Outcomes", "Job outcomes %")
    assert Finding("'Job outcomes %' A5", STATED) in findings
