"""A figure of the input stated as one in a text ("ESA flow (3)", "...: 17 in the quarter",
"job outcomes: 1998", "JOs 1998", "(three)") is the proof's to find, however small or shaped
like a year, whatever the plan missed; what states no figure (a reference after a colon, a
year its words read as one, a date, a percentage, an age band, a year the copy shows) passes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.conftest import PRODUCED
from wpxl.analyse import analyse_workbook
from wpxl.errors import VerificationError
from wpxl.model import OutputCell, OutputSheet
from wpxl.plan import Audience, carried_words, make_plan
from wpxl.plan.quoting import Judgement
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.sanitise import sanitise_file
from wpxl.verify import Finding, verify_output
from wpxl.verify.stated_figures import STATED_FIGURE
from wpxl.write import write_plan

# Unrounded figures of the input: 3, 17, 1998 (each rounded in the copy: 0, 20, 2000)
ROWS = [["Referrals by payment group"], [], ["Payment group", "Apr 2013", "May 2013"],
        ["JSA 18-24", 1998, 121], ["ESA Flow", 3, 17], ["JSA 25+", 340, 260]]  # fmt: skip
NOTE, LABEL = (10, 0), (6, 0)  # a note under the table; the row label of "ESA Flow"


def _findings(tmp_path: Path, text: str, coord: tuple[int, int], rows: list = ROWS) -> list:
    """The proof's findings on the real copy of a real input, a text put in its plan first."""
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    book = read_workbook(source)
    policy = Policy()
    plan = make_plan(book, analyse_workbook(book, policy), policy, Audience(produced=PRODUCED))
    sheet: OutputSheet = next(s for s in plan.sheets if s.name == "Referrals")
    sheet.cells[coord] = OutputCell(text, kind="label" if coord == LABEL else "kept")
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, policy.title, PRODUCED)
    where = f"'Referrals' {'A7' if coord == LABEL else 'A11'}"
    return [f for f in verify_output(output, plan, 20) if f.part == where]


@pytest.mark.parametrize(
    ("text", "coord"),
    [
        ("ESA flow (3)", LABEL),
        ("ESA flow (three)", LABEL),
        ("Late ones: 17 in the quarter", NOTE),
        ("JSA 18-24 (1998)", NOTE),
        ("JSA 18-24 in April = 1998", NOTE),
        ("JSA 18-24 1998", NOTE),
        ("1998 for JSA 18-24", NOTE),
    ],
)
def test_a_small_or_year_shaped_figure_stated_as_one_is_caught(tmp_path, text, coord):
    assert _findings(tmp_path, text, coord) == [
        Finding(f"'Referrals' {'A7' if coord == LABEL else 'A11'}", STATED_FIGURE)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Payment group: 3",  # a numbered kind
        "Version: 17",
        "Figures for April 1998 to May 2013",  # years read as years
        "Data since 1998",
        "Extracted 3 June 2013",
        "JSA 25+ (3%)",  # a share of large counts (of small ones: verify.small_base_shares)
        "Paid after 17 weeks",
        "People aged 17, 3 of 5 groups",  # an age; "3 of 5" states no figure
        "ESA flow (4)",  # no figure of the input
    ],
)
def test_what_states_no_figure_of_the_input_passes(tmp_path, text):
    assert _findings(tmp_path, text, NOTE) == []


def test_a_year_the_copy_shows_as_a_header_passes(tmp_path):
    rows = [["Referrals by year"], [], ["Payment group", 2013, 2014],
            ["JSA 18-24", 120, 140], ["ESA Flow", 40, 60]]  # fmt: skip
    assert _findings(tmp_path, "Referrals (2013)", NOTE, rows) == []


def test_the_proof_alone_refuses_a_copy_the_plan_let_such_a_text_into(tmp_path, job, monkeypatch):
    monkeypatch.setattr(
        carried_words, "judged_alone", lambda *args, **kwargs: Judgement(False, ())
    )  # a plan blind to figures in texts
    rows = [*ROWS, [], ["JSA 18-24 in the quarter: 1998"], ["Late ones: 17 in June"]]
    with pytest.raises(VerificationError, match="stated in words"):
        sanitise_file(write_book(tmp_path / "pack.xlsx", {"Referrals": rows}), job)


def test_a_year_only_the_inputs_hidden_text_holds_is_no_figure_of_its_cells(tmp_path, job):
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": ROWS[:3] + ROWS[5:]})
    book = openpyxl.load_workbook(source)
    sheet = book["Referrals"]
    sheet.oddHeader.center.text = "Work Programme 2013, checked 17 times"  # dropped text
    sheet["A9"] = "Referrals by payment group 2013 (17)"
    book.save(source)
    copy = openpyxl.load_workbook(sanitise_file(source, job).output)
    assert "Referrals by payment group 2013 (17)" in {
        c.value for line in copy["Referrals"].iter_rows() for c in line
    }


def test_a_sheet_name_with_a_year_shaped_figure_is_left_to_the_names_rule(tmp_path, job):
    sheets = {"Referrals": ROWS, "Referrals 1998": [["Referrals by group"], [],
              ["Group", "Referrals"], ["A", 120], ["B", 240]]}  # fmt: skip
    copy = openpyxl.load_workbook(
        sanitise_file(write_book(tmp_path / "p.xlsx", sheets), job).output
    )
    assert "Referrals 1998" in copy.sheetnames
