"""Session 34 (leftovers): layouts this session's hunts left misread.

- 'Male | Female' under each month, no total pair, where a column adds up every column before
  it on every office's line (the chance hunt drew it in about 14 books of 120: May's 'Female'
  the sum of April's pair and May's 'Male', or May's 'Male' the sum of April's pair). The plan
  read that column by its figures as the total of the columns before it and wrote each office's
  real count as a SUM of them, a count shown as a total it is not. Words win: where the words
  under each head repeat across the table ('Male | Female' under every month) and no group is
  headed as a total, each column is a count, never a total of the others
  (analyse/measure_runs); a group naming the whole ('Male | Female | Persons') is read by its
  figures as before, and a 'Total' pair is still the total of the months' pairs. The proof
  accepts the copy as it stood (its words check already held the pairs apart), and still
  refuses a real total pair left rounded on its own.
- Rates and shares written as whole percentages beside referrals or job starts: typed 25.9 under
  'Job starts as % of referrals', 32 under '% of all' (starts), or written '=C4/B4*100',
  '=100*C4/C$8' (the fresh and shares hunts). Each was removed ('a rate wpxl cannot work out
  from shared figures'), though a share of the rounded counts shows nothing they do not. The
  plan reads them now: a formula spelt as 100 times A/B (analyse/formulas
  ``whole_percent_refs``), and a typed figure under words saying it is a percentage ('%', 'per
  cent') that no reading took as a 0-1 share, read again as the share it is a hundred times,
  to the precision it was typed with, by the same readers (two measures named, a share of the
  total, a share of its line's total: analyse/ratios). Each is written '=C6/B6*100' over the
  copy's rounded cells, 100 times their quotient cached, in the input's number format
  (plan/volumes, ``Table.whole_percents``). The proof reads 'B4/C4*100' itself
  (verify/formulas ``whole_percent_cells``): its value must be 100 times the copy's quotient,
  so one cached from the unrounded counts is refused ('a rate whose formula does not give its
  value'). A whole percentage of outcomes is never rebuilt: removed as a 0-1 rate of outcomes
  is, the outcomes' shares on their own sheet.
- The plan's sentence for a first or last line adding up the other lines in some places but not
  others ended 'move it so it is not the first or last row of the table', which reads as a
  riddle. It now says which way: 'move it up among the other rows' (down for a first row; left
  or right for a column), and why (wpxl reads an unlabelled line as a total only where it is the
  first or last of the table) (analyse/totals).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from tests.builders import script_book
from tests.e2e.runs import sanitised_beside
from tests.e2e.test_hunted_s34_chance import _values
from tests.misread import BANNER, misread_findings, proved
from wpxl.cli import app
from wpxl.model import Plan
from wpxl.verify.rates import NOT_ITS_VALUE
from wpxl.verify.summed_blocks import BLOCK_ROUNDED_ALONE


def _book(path: Path, rows: list[list]) -> Path:
    return script_book(path, {"Referrals": rows})


def _sexes(lines: list[list], heads: list[str], inner: tuple[str, ...] = ("Male", "Female")):
    """``inner`` under each head, the heads typed in the first cell of their group."""
    head: list = [None]
    for word in heads:
        head += [word, *[None] * (len(inner) - 1)]
    return [
        ["Referrals by office, month and sex"],
        [],
        head,
        ["Office", *list(inner) * len(heads)],
        *lines,
    ]


# May's 'Female' is the sum of April's pair and May's 'Male' on every line
SUMMED_FEMALE = [
    ["Barnsley", 46, 123, 278, 447, 168, 72],
    ["York", 86, 275, 232, 593, 120, 19],
    ["Sheffield", 108, 77, 27, 212, 58, 53],
    ["Wakefield", 108, 228, 212, 548, 236, 43],
]


def test_a_female_column_adding_up_the_columns_before_it_is_a_count(tmp_path):
    """Each office's May 'Female' is rounded on its own, not written as a SUM of the three
    columns before it; the proof accepts the copy."""
    source = _book(tmp_path / "female.xlsx", _sexes(SUMMED_FEMALE, ["Apr", "May", "Jun"]))
    output, _ = sanitised_beside(source)
    lines = _values(output)
    assert lines[4] == ("Barnsley", 40, 120, 280, 440, 160, 80)
    assert lines[7] == ("Wakefield", 100, 220, 220, 540, 240, 40)
    formulas = [v for line in lines for v in line if isinstance(v, str) and v.startswith("=")]
    assert formulas == []


def test_a_male_column_adding_up_the_pair_before_it_is_a_count(tmp_path):
    """May's 'Male' the sum of April's pair on every line (large figures): a count."""
    lines = [
        ["Sheffield", 1537, 2588, 4125, 2603, 2922, 510],
        ["York", 960, 986, 1946, 2907, 1289, 2887],
        ["Dewsbury", 15, 810, 825, 2070, 874, 1955],
    ]
    output, _ = sanitised_beside(
        _book(tmp_path / "male.xlsx", _sexes(lines, ["Apr", "May", "Jun"]))
    )
    assert _values(output)[4] == ("Sheffield", 1540, 2580, 4120, 2600, 2920, 520)


def test_persons_beside_the_sexes_is_still_their_total(tmp_path):
    """'Male | Female | Persons' under each month: persons names the whole, read by its figures
    as the sum of the two beside it."""
    lines = [["Leeds", 13, 9, 22, 4, 7, 11], ["York", 6, 15, 21, 8, 3, 11]]
    rows = _sexes(lines, ["Apr", "May"], ("Male", "Female", "Persons"))
    output, _ = sanitised_beside(_book(tmp_path / "persons.xlsx", rows))
    assert _values(output)[4] == ("Leeds", 20, 0, "=SUM(B7:C7)", 0, 0, "=SUM(E7:F7)")


def test_a_total_pair_left_rounded_on_its_own_is_refused_by_the_proof(tmp_path):
    """A typed 'Total' pair after the months' pairs is their total: the plan writes it as SUMs,
    and a copy rounding it on its own is refused by the proof alone."""
    lines = [["Leeds", 13, 9, 4, 7, 17, 16], ["York", 6, 15, 8, 3, 14, 18]]
    rows = _sexes(lines, ["Apr", "May", "Total"])
    output, _ = sanitised_beside(_book(tmp_path / "totalpair.xlsx", rows))
    assert _values(output)[4] == ("Leeds", 20, 0, 0, 0, "=SUM(B7,D7)", "=SUM(C7,E7)")
    found = misread_findings(tmp_path, rows, {(4, 5): 20, (4, 6): 20}, "rounded")
    assert BLOCK_ROUNDED_ALONE in {f.kind for f in found}


def _refusal(tmp_path: Path, name: str, rows: list[list]) -> str:
    source = _book(tmp_path / name, rows)
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert result.exit_code != 0
    return " ".join(result.stderr.split())


def test_a_first_line_adding_up_in_some_places_says_to_move_it_down(tmp_path):
    """Leeds, first, is the sum of the offices under it in two months of three: the refusal
    says to move it down among the others (not 'so it is not the first or last row')."""
    rows = [
        ["Referrals by office and month"],
        [],
        ["Office", "Apr", "May", "Jun"],
        ["Leeds", 24, 31, 40],
        ["York", 11, 17, 12],
        ["Hull", 9, 8, 6],
        ["Selby", 4, 6, 7],
    ]
    said = _refusal(tmp_path, "firstrow.xlsx", rows)
    assert "this row is the sum of the other rows in some places but not in others" in said
    assert "if it is not, move it down among the other rows" in said
    assert "not the first or last" not in said


def test_a_last_column_adding_up_in_some_places_says_to_move_it_left(tmp_path):
    """Hull, the last office's column, is the sum of the others on two months of three."""
    rows = [
        ["Referrals by month and office"],
        [],
        ["Month", "Leeds", "York", "Hull"],
        ["Apr", 11, 13, 24],
        ["May", 17, 14, 31],
        ["Jun", 12, 9, 40],
    ]
    said = _refusal(tmp_path, "lastcolumn.xlsx", rows)
    assert "this column is the sum of the other columns in some places but not in others" in said
    assert "if it is not, move it left among the other columns" in said


# job starts by payment group, each group's rate of its referrals and share of all starts
RATED = [("JSA 18-24", 143, 37), ("JSA 25+", 311, 58), ("ESA Flow", 87, 12), ("ESA Ex-IB", 54, 9)]


def _rated(tmp_path: Path, name: str, formula: bool, heads=("Referrals", "Job starts")) -> Path:
    """Rates and shares as whole percentages ('Starts as % of referrals' to one place, '% of
    starts' to the unit): typed, as a report pasted as values holds them, or as formulas
    (=C4/B4*100, =100*C4/C$8), formatted '0.0' and '0'."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    first, second = heads
    sheet.append([f"{second} by payment group"])
    sheet.append([])
    sheet.append(["Payment group", first, second, f"{second} as % of {first.lower()}", "% of all"])
    total = sum(started for *_, started in RATED)
    for row, (group, referred, started) in enumerate(RATED, start=4):
        if formula:
            sheet.append([group, referred, started, f"=C{row}/B{row}*100", f"=100*C{row}/C$8"])
        else:
            rate, share = round(started / referred * 100, 1), round(started / total * 100)
            sheet.append([group, referred, started, rate, share])
    referred = sum(r for _, r, _ in RATED)
    sheet.append(
        ["Total", "=SUM(B4:B7)", "=SUM(C4:C7)"]
        + (["=C8/B8*100", "=100*C8/C$8"] if formula else [round(total / referred * 100, 1), 100])
    )
    for row in range(4, 9):
        sheet.cell(row, 4).number_format = "0.0"
        sheet.cell(row, 5).number_format = "0"
    book.save(tmp_path / name)
    return tmp_path / name


REBUILT = [
    ("JSA 18-24", 140, 40, "=C6/B6*100", "=C6/C10*100"),
    ("JSA 25+", 320, 60, "=C7/B7*100", "=C7/C10*100"),
    ("ESA Flow", 80, 20, "=C8/B8*100", "=C8/C10*100"),
    ("ESA Ex-IB", 60, 0, "=C9/B9*100", "=C9/C10*100"),
    ("Total", "=SUM(B6:B9)", "=SUM(C6:C9)", "=C10/B10*100", "=C10/C10*100"),
]


@pytest.mark.parametrize("formula", [False, True], ids=["typed", "formula"])
def test_whole_percentages_are_rebuilt_over_the_rounded_counts(tmp_path, formula):
    """Each whole percentage is written as 100 times its share of the copy's rounded cells,
    cached as such, in the input's number format; nothing is removed."""
    name = "wholeformula.xlsx" if formula else "wholetyped.xlsx"
    output, printed = sanitised_beside(_rated(tmp_path, name, formula))
    assert "removed: 'Referrals'" not in printed
    assert _values(output)[3:] == REBUILT
    values = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    assert values["D6"].value == pytest.approx(40 / 140 * 100)
    assert values["E7"].value == pytest.approx(50.0)  # 60 of 120 rounded starts
    assert values["E10"].value == pytest.approx(100.0)
    assert (values["D6"].number_format, values["E6"].number_format) == ("0.0", "0")


def _cached_unrounded(plan: Plan) -> None:
    """The rebuilt rates cached from the input's unrounded counts, as a misreading would."""
    cells = next(s for s in plan.sheets if s.name == "Referrals").cells
    for row, (_, referred, started) in enumerate(RATED, start=3 + BANNER):
        held = cells[(row, 3)]
        cells[(row, 3)] = replace(held, value=started / referred * 100)


def test_the_proof_refuses_a_whole_percentage_cached_from_unrounded_counts(tmp_path):
    source = _rated(tmp_path, "proofwhole.xlsx", formula=False)
    assert proved(tmp_path, source) == []
    found = proved(tmp_path, source, _cached_unrounded)
    assert {f.kind for f in found} == {NOT_ITS_VALUE}
    assert {f.part for f in found} >= {"'Referrals' D6", "'Referrals' D7"}


@pytest.mark.parametrize("formula", [False, True], ids=["typed", "formula"])
def test_whole_percentages_of_outcomes_are_never_rebuilt(tmp_path, formula):
    """Outcomes as a whole percentage of starts: removed, the outcomes' shares on their own
    sheet, as a 0-1 rate of outcomes is."""
    name = "outcomeformula.xlsx" if formula else "outcometyped.xlsx"
    source = _rated(tmp_path, name, formula, ("Job starts", "Job outcomes"))
    output, printed = sanitised_beside(source)
    assert "removed: 'Referrals' D4:D8" in printed
    sheet = openpyxl.load_workbook(output)["Referrals"]
    assert all(sheet.cell(row, col).value is None for row in range(6, 11) for col in (3, 4, 5))
