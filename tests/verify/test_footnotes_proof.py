"""A footnote's number ('ESA Flow(3)' over a note '(3) ...') states no figure though the input
holds a count of 3: the proof lets it be only when the input's visible cells show both the
marker and the note keyed by it (wpxl.verify.footnotes), and still finds a number in brackets
that only one end carries, or that is not at a text's end."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import write_book
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.model import OutputCell, OutputSheet
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import Finding, verify_output
from wpxl.verify.stated_figures import STATED_FIGURE
from wpxl.write import write_plan

# Unrounded figures of the input: 3, 17, 121, 1998; the marker (3) and the note keyed (3)
ROWS = [["Referrals by payment group"], [], ["Payment group", "Apr 2013", "May 2013"],
        ["JSA 18-24", 1998, 121], ["ESA Flow(3)", 3, 17], ["JSA 25+", 340, 260], [],
        ["(3) New claimants of ESA."]]  # fmt: skip
LABEL, NOTE = (6, 0), (9, 0)  # in the copy: the row label of "ESA Flow(3)"; the note


def _findings(tmp_path: Path, text: str, coord: tuple[int, int]) -> list:
    """The proof's findings at ``coord`` on the real copy of a real input, ``text`` put in its
    plan there first."""
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": ROWS})
    book = read_workbook(source)
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    sheet: OutputSheet = next(s for s in plan.sheets if s.name == "Referrals")
    sheet.cells[coord] = OutputCell(text, kind="label" if coord == LABEL else "kept")
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    where = f"'Referrals' A{coord[0] + 1}"
    return [f for f in verify_output(output, plan, 20) if f.part == where]


@pytest.mark.parametrize(
    ("text", "coord"),
    [
        ("ESA Flow(3)", LABEL),
        ("ESA Flow (3)(3)", LABEL),
        ("ESA(3) Flow", LABEL),
        ("1998(3)", LABEL),  # a year, as "1998" alone is, though the input holds 1998
        ("(3) New claimants of ESA.", NOTE),
    ],
)
def test_a_footnote_marked_and_keyed_in_the_input_passes(tmp_path, text, coord):
    assert _findings(tmp_path, text, coord) == []


@pytest.mark.parametrize(
    ("text", "coord"),
    [
        ("ESA Flow(17)", LABEL),  # marked, but no note is keyed by 17
        ("ESA Flow (3) claimants", LABEL),  # in brackets, but not ending the label
        ("(17) New claimants of ESA.", NOTE),  # keyed, but no text is marked with 17
        ("(17)(3) New claimants.", NOTE),
    ],
)
def test_a_number_in_brackets_only_one_end_carries_is_a_figure(tmp_path, text, coord):
    found = _findings(tmp_path, text, coord)
    assert Finding(f"'Referrals' A{coord[0] + 1}", STATED_FIGURE) in found
    # 'ESA Flow(17)' on the line of 17 states its own line's figure as well (line_labels)
    assert len(found) == 1 + (text == "ESA Flow(17)")
