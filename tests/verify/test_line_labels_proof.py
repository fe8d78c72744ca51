"""The proof on its own against labels stating their own line's figure (verify/line_labels):
'Leeds - 41' on the line of Leeds's 41 job outcomes gives them back on the percentage sheet
the line moves to as well as beside the rounded starts."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.beside_starts import beside_starts
from tests.misread import proved
from wpxl.model import OutputCell, Plan
from wpxl.verify.invariants import INVARIANTS
from wpxl.verify.line_labels import STATES_ITS_LINE

OUTCOMES = [41, 37, 29, 33, 17]


def _pack(tmp_path, label: str, outcomes: list[int] = OUTCOMES):
    rows = beside_starts("Job outcomes", outcomes)
    rows[3][0] = label
    return write_book(tmp_path / "line.xlsx", {"Performance": rows})


@pytest.fixture
def carried(monkeypatch):
    """The plan as it was before it read labels against their lines: every label carried."""
    monkeypatch.setattr("wpxl.plan.carried_words.labels_stating_their_line", lambda *_: set())


def test_a_label_stating_its_lines_count_is_refused_on_every_sheet_showing_it(tmp_path, carried):
    """Calderdale's 43 starts in its label: beside the rounded 40 (the sheets' part, by line)
    and on the percentage sheet its outcomes move to (the book's part, by the text), where a
    label's number under 100 that is no outcome figure passes the words check."""
    rows = beside_starts("Job outcomes", OUTCOMES)
    rows[7][:2] = ["Calderdale - 43", 43]

    def carried_to_the_shares(plan: Plan) -> None:  # as the plan's words check might have
        sheet = next(s for s in plan.sheets if s.name == "Job outcomes %")
        sheet.cells[(10, 0)] = OutputCell("Calderdale - 43", kind="label")

    source = write_book(tmp_path / "line.xlsx", {"Performance": rows})
    found = proved(tmp_path, source, carried_to_the_shares)
    parts = {f.part for f in found if f.kind == STATES_ITS_LINE}
    assert parts == {"'Performance' A10", "'Job outcomes %' A11"}


def test_the_line_invariant_is_the_one_that_catches_it(tmp_path, carried, monkeypatch):
    monkeypatch.delitem(INVARIANTS, "labels_state_no_line_figure")
    assert not proved(tmp_path, _pack(tmp_path, "Leeds - 41"))


@pytest.mark.parametrize(
    ("label", "outcomes"),
    [
        ("JSA 18-24", [24, 37, 29, 33, 17]),  # an age band, though 24 is the line's count
        ("Week 13", [13, 37, 29, 33, 17]),  # a reference
        ("Leeds 2", [2, 37, 29, 33, 17]),  # under 10: a category's number
        ("Leeds - 41", [40, 37, 29, 33, 17]),  # no figure of its line
    ],
)
def test_a_label_naming_its_line_passes(tmp_path, carried, label, outcomes):
    assert not proved(tmp_path, _pack(tmp_path, label, outcomes))


def test_the_plan_takes_such_a_label_off_every_sheet(tmp_path):
    from tests.e2e.runs import sanitised_beside

    copy, _ = sanitised_beside(_pack(tmp_path, "Leeds - 41"))
    book = openpyxl.load_workbook(copy)
    texts = {c.value for s in book for row in s.iter_rows() for c in row if c.value is not None}
    assert "Leeds - 41" not in texts and "Bradford" in texts
    assert 420 in texts  # Leeds's starts, rounded, stay on their line
