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
- The plan's sentence for a first or last line adding up the other lines in some places but not
  others ended 'move it so it is not the first or last row of the table', which reads as a
  riddle. It now says which way: 'move it up among the other rows' (down for a first row; left
  or right for a column), and why (wpxl reads an unlabelled line as a total only where it is the
  first or last of the table) (analyse/totals).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from tests.e2e.runs import sanitised_beside
from tests.misread import misread_findings
from wpxl.cli import app
from wpxl.verify.summed_blocks import BLOCK_ROUNDED_ALONE


def _book(path: Path, rows: list[list]) -> Path:
    """The rows written by openpyxl, as an analyst's script saves them (no cached values)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _values(path: Path) -> list[tuple]:
    """The copy's 'Referrals' lines under the banner, as the copy holds them (formulas as text)."""
    sheet = openpyxl.load_workbook(path)["Referrals"]
    width = sheet.max_column
    lines = [list(line) for line in sheet.iter_rows(min_row=3, values_only=True)]
    while width and all(line[width - 1] is None for line in lines):
        width -= 1  # the banner's width, past the table's
    return [tuple(line[:width]) for line in lines]


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
