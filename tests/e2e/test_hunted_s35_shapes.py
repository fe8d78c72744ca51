"""What a hunt by the shapes of a new user's packs found (session 35).

Packs were laid out by hand as a provider's analyst would (openpyxl and xlsxwriter scripts,
some saved again by LibreOffice and their values cached as Excel caches them), varying the
shape and not the words: months down and offices across with the totals first, tables not
starting at A1, two tables side by side a blank column apart (referrals beside starts, starts
beside outcomes, the second lower down), two header lines (years merged over quarters), a units
line ('Number') under the header, a spacer column between the years, notes under the table.
Each copy was read cell by cell, values and formulas, and its cover.

A units line refused the pack. 'Number' over each column, the total's too ('Office | Q1 | Q2 |
Q3 | Total' over '| Number | Number | Number | Number'), as statistical tables write them, made
wpxl refuse job starts by office as a sheet listing records one by one: 'Number' heads a
record's identifier ('Case number', 'No.'), so every column under it was read as each line's
reference, its figures as words, and the lines of offices as an event log under a measure's
name. A record has one identifier: the same words over several columns of one line name the
unit of each column's figures, and wpxl.analyse.record_lines now reads them so. The proof read
the copy right all along: its lines of rounded figures are no lines of words.

So did the plainest table of all, 'Office | Number' over six offices' job starts, each a
hundred or more, under a title naming the measure: numbers of three digits and more under a
number word ('Number', 'No.', 'Total number') were read as each line's reference, as a claim's
number is, and the offices as a log of job starts, each with its own reference. 'Case load'
(\bcase\b, a record's word) did the same. A number word alone names no record: right of words
naming each line apart ('Leeds', 'Bradford' ...) its numbers are the counts the lines name, and
they are rounded (wpxl.analyse.record_lines). A log whose words repeat from line to line
('Leeds | JSA 18-24 | 100231', 'Leeds | JSA 18-24 | 100252') is refused as before, and 'Case
no.' or 'Claim ID' still name a record's reference wherever they stand.

A long (tidy) table exported with its counts stored as text ('Area | Payment group |
Referrals' over 'Leeds | JSA 18-24 | "412"', a line for each area and group, as reporting
tools export them) was refused as a log whose lines no word tells apart: every line read as
words, no column's words all differ (two lines referred 412 and two 233), and the title names
a measure. wpxl rounds counts written as text as it does typed ones, and the same table typed
went through. A column under a measure's name holding a number written as text on each line,
some above 1, is a figure on each line: such lines are a table's, not a log's (a log's flags
are 1 or 0 at most), in wpxl.analyse.record_lines.

Two tables side by side with no blank column between them, each with its own label column
('Referrals' by office and month, its 'Total' column, then straight after it 'Office | Apr ...'
under its own title), were read as one table. Started a row lower under its title, the second
table's lines were the first one's shifted: the first table's 'Total' line ran across the
second's last office, and its real total line was refused as 'adding up a subtotal and the
cells it adds up, so the source counts those cells twice'. On the same rows, job outcomes
beside referrals made one table of outcomes: the plan wrote a percentage sheet of both, and the
copy failed its own proof, 'report this to the wpxl maintainers'. A column of words between
columns of figures, naming each line once, the lines the block's first column names or down
to a 'Total' line of its own (payment groups beside offices), is now a second table's label
column, and the block is cut left of it as a blank column would cut it
(wpxl.analyse.side_tables); a status or a remark between figures stays the table's, and so
do offices named right of their codes ('Region | Office code | Office') over the one total
line, whose label stands under the names: a second table's total goes with the first's. The proof
read each figure's title over the whole header line, the two tables' alike ('Referrals' and
'Job outcomes'), and so took the referrals for outcome volumes: it reads such a label column
itself now (wpxl.verify.side_tables) and each figure under its own table's title, and alone
still refuses the outcomes carried as rounded counts.

Job outcomes by office over weeks headed 'Wk 1' to 'Wk 26', as weekly packs write them, were
refused: the proof read 'Wk 12' on the percentage sheet as quoting an outcome figure of 12
('Week 12' it read as a reference, 'Wk' it did not know), and the plan took 'Wk 25' and 'Wk 26'
off the percentage sheet as quoting figures of 25 and 26, leaving two columns unnamed. 'Wk',
'Mth' and 'Qtr' number their periods as 'Week', 'Month' and 'Quarter' do, in the plan's words
(wpxl.plan.quoting) and the proof's own (wpxl.verify.values).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from typer.testing import CliRunner

from tests.builders import script_book, write_book
from tests.e2e.runs import sanitised_beside
from tests.misread import BANNER, proved
from wpxl.analyse import analyse_workbook
from wpxl.cli import app
from wpxl.model import OutputCell, Plan
from wpxl.policy import Policy
from wpxl.read import read_workbook

OFFICES = ["Leeds", "Bradford", "Wakefield", "Kirklees", "Calderdale"]
STARTS = [[35, 80, 74], [21, 52, 82], [65, 85, 79], [13, 82, 6], [65, 38, 75]]
GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Ex-IB"]
CLAIMS = [("Leeds", "JSA 18-24"), ("Bradford", "ESA Flow"), ("Leeds", "JSA 18-24"),
          ("Wakefield", "JSA 25+"), ("Bradford", "ESA Flow"), ("Leeds", "JSA 25+")]  # fmt: skip


def test_a_units_line_under_the_header_leaves_the_table_a_table(tmp_path: Path) -> None:
    rows: list[list] = [["Job starts by office"], [], ["Office", "Q1", "Q2", "Q3", "Total"],
                        [None, "Number", "Number", "Number", "Number"]]  # fmt: skip
    cached = {}
    for i, (office, line) in enumerate(zip(OFFICES, STARTS, strict=True), start=5):
        rows.append([office, *line, f"=SUM(B{i}:D{i})"])
        cached[("Starts", f"E{i}")] = sum(line)
    rows.append(["Total", *[f"=SUM({c}5:{c}9)" for c in "BCDE"]])
    columns = [[line[i] for line in STARTS] for i in range(3)]
    for c, figures in zip("BCD", columns, strict=True):
        cached[("Starts", f"{c}10")] = sum(figures)
    cached[("Starts", "E10")] = sum(map(sum, STARTS))
    copy, _ = sanitised_beside(write_book(tmp_path / "units.xlsx", {"Starts": rows}, cached=cached))
    shown = openpyxl.load_workbook(copy, data_only=True)["Starts"]
    lines = [r for r in shown.iter_rows(values_only=True) if r[0] in OFFICES]
    assert [list(r[1:4]) for r in lines] == [[40, 80, 80], [20, 60, 80], [60, 80, 80],
                                             [20, 80, 0], [60, 40, 80]]  # fmt: skip
    assert [r[4] for r in lines] == [200, 160, 220, 100, 180]


@pytest.mark.parametrize("head", ["Number", "No.", "Total number", "Case load"])
def test_counts_of_a_hundred_and_more_under_a_number_word_are_rounded(
    tmp_path: Path, head: str
) -> None:
    offices = [*OFFICES, "Barnsley"]
    counts = [412, 329, 287, 508, 196, 233]
    rows: list[list] = [["Job starts by office, 2014-15"], [], ["Office", head]]
    rows += [[office, count] for office, count in zip(offices, counts, strict=True)]
    rows.append(["Total", "=SUM(B4:B9)"])
    source = write_book(
        tmp_path / "offices.xlsx", {"Starts": rows}, cached={("Starts", "B10"): 1965}
    )
    copy, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(copy, data_only=True)["Starts"]
    lines = {r[0]: r[1] for r in shown.iter_rows(values_only=True) if r[0] in [*offices, "Total"]}
    assert lines == {"Leeds": 420, "Bradford": 320, "Wakefield": 280, "Kirklees": 500,
                     "Calderdale": 200, "Barnsley": 240, "Total": 1960}  # fmt: skip


def test_a_log_numbered_right_of_its_repeating_words_is_still_refused(tmp_path: Path) -> None:
    rows: list[list] = [["Job outcomes claimed, April 2014"], [], ["Area", "Payment group", "No."]]
    rows += [[area, group, 100231 + 7 * i] for i, (area, group) in enumerate(CLAIMS)]
    source = write_book(tmp_path / "claims.xlsx", {"Outcomes": rows})
    run = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert run.exit_code == 1
    assert "sheet 'Outcomes': this sheet lists records one by one" in run.stderr


def test_a_long_table_of_counts_stored_as_text_is_rounded(tmp_path: Path) -> None:
    counts = [412, 329, 287, 508, 196, 233, 412, 88, 150, 171, 96, 233]
    lines = [[area, group] for area in OFFICES[:3] for group in GROUPS]
    rows: list[list] = [["Referrals by area and payment group, 2014-15"], [],
                        ["Area", "Payment group", "Referrals"]]  # fmt: skip
    rows += [[*line, str(count)] for line, count in zip(lines, counts, strict=True)]
    copy, _ = sanitised_beside(write_book(tmp_path / "extract.xlsx", {"Referrals": rows}))
    shown = openpyxl.load_workbook(copy, data_only=True)["Referrals"]
    figures = [r[2] for r in shown.iter_rows(values_only=True) if r[1] in GROUPS]
    assert figures == [420, 320, 280, 500, 200, 240, 420, 80, 160, 180, 100, 240]


REFERRALS = [[88, 143, 36], [61, 45, 70], [102, 39, 125], [77, 12, 118], [130, 51, 9]]
OUTCOMES = [[9, 4, 11], [13, 6, 7], [5, 8, 2], [12, 10, 6], [11, 3, 7]]
PAYMENT_GROUPS = [*GROUPS, "IB/IS Volunteers"]


def _table(title: str, corner: str, names: list[str], figures: list[list[int]], top: int,
           left: int) -> dict:  # fmt: skip
    """A title, then a blank row, '``corner`` | Apr 2014 | May 2014 | Jun 2014 | Total' and a
    line for each of ``names``, a 'Total' line under them, by (row, col) from ``top`` and
    ``left`` (1-based), totals as SUMs."""
    cols = [xlsxwriter.utility.xl_col_to_name(left + i) for i in range(4)]
    cells = {(top, left): title, (top + 2, left): corner}
    for i, head in enumerate(["Apr 2014", "May 2014", "Jun 2014", "Total"], start=1):
        cells[(top + 2, left + i)] = head
    for r, (name, line) in enumerate(zip(names, figures, strict=True), start=top + 3):
        cells[(r, left)] = name
        cells.update({(r, left + i): n for i, n in enumerate(line, start=1)})
        cells[(r, left + 4)] = f"=SUM({cols[0]}{r}:{cols[2]}{r})"
    end = top + 3 + len(names)
    cells[(end, left)] = "Total"
    for i, col in enumerate(cols, start=1):
        cells[(end, left + i)] = f"=SUM({col}{top + 3}:{col}{end - 1})"
    return cells


def _side_by_side(path: Path, right: str, by_group: bool, top: int) -> Path:
    """Referrals by office from A1, and beside them from column F, row ``top``, with no blank
    column between, ``right`` by office or (``by_group``) by payment group (openpyxl, no
    cached values)."""
    corner, names = ("Payment group", PAYMENT_GROUPS) if by_group else ("Office", OFFICES)
    left = _table("Referrals", "Office", OFFICES, REFERRALS, 1, 1)
    cells = {**left, **_table(right, corner, names, OUTCOMES, top, 6)}
    rows = [[cells.get((r, c)) for c in range(1, 11)] for r in range(1, top + 10)]
    return script_book(path, {"Office": rows})


@pytest.mark.parametrize("by_group", [False, True])
@pytest.mark.parametrize(("right", "top"), [("Job outcomes", 1), ("Job starts", 2)])
def test_tables_side_by_side_with_no_blank_column_are_read_apart(
    tmp_path: Path, right: str, top: int, by_group: bool
) -> None:
    source = _side_by_side(tmp_path / "offices.xlsx", right, by_group, top)
    copy, _ = sanitised_beside(source)
    book = openpyxl.load_workbook(copy, data_only=True)
    shown = [list(r) for r in book["Office"].iter_rows(min_col=1, max_col=5, values_only=True)]
    referrals = [line[1:] for line in shown if line[0] in [*OFFICES, "Total"]]
    assert referrals == [[80, 140, 40, 260], [60, 40, 80, 180], [100, 40, 120, 260],
                         [80, 20, 120, 220], [140, 60, 0, 200], [460, 300, 360, 1120]]  # fmt: skip
    if right == "Job outcomes":
        assert "Job outcomes %" in book.sheetnames
    else:
        lines = list(book["Office"].iter_rows(min_col=6, max_col=10, values_only=True))
        starts = [line[1:] for line in lines if line[0] in [*OFFICES, *PAYMENT_GROUPS, "Total"]]
        assert starts == [(0, 0, 20, 20), (20, 0, 0, 20), (0, 0, 0, 0), (20, 20, 0, 40),
                          (20, 0, 0, 20), (60, 20, 20, 100)]  # fmt: skip


@pytest.mark.parametrize("by_group", [False, True])
def test_the_proof_alone_refuses_outcomes_beside_referrals_carried_as_counts(
    tmp_path: Path, by_group: bool
) -> None:
    source = _side_by_side(tmp_path / "offices.xlsx", "Job outcomes", by_group, 1)

    def carried(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Office").cells
        for row, line in enumerate(OUTCOMES, start=3 + BANNER):  # 0-based, as the plan's
            for col, count in enumerate(line, start=6):
                cells[(row, col)] = OutputCell(float((count + 10) // 20 * 20), kind="rounded")

    findings = [str(f) for f in proved(tmp_path, source, carried)]
    assert any("'Office' G6: an outcome or sustainment volume" in f for f in findings)


def test_outcomes_by_week_written_short_keep_every_week(tmp_path: Path) -> None:
    weeks = [f"Wk {n}" for n in range(1, 27)]
    rows: list[list] = [["Job outcomes by week, 2014-15"], [], ["Office", *weeks]]
    for i, office in enumerate(OFFICES):
        rows.append([office, *[(7 * i + 5 * n) % 31 for n in range(26)]])  # 10 to 30 among them
    copy, _ = sanitised_beside(write_book(tmp_path / "weekly.xlsx", {"Weekly": rows}))
    shares = openpyxl.load_workbook(copy)["Job outcomes %"]
    heads = [c.value for row in shares.iter_rows() for c in row if c.value in weeks]
    assert heads == weeks


def test_names_right_of_their_codes_over_one_total_line_stay_one_table(tmp_path: Path) -> None:
    rows: list[list] = [["Job outcomes by office, Q1 2014-15"], [],
                        ["Region", "Office code", "Office", "Apr", "May", "Jun"]]  # fmt: skip
    places = [("West", 4101), ("West", 4102), ("West", 4103), ("South", 4201), ("South", 4202)]
    for (region, code), office, line in zip(places, OFFICES, OUTCOMES, strict=True):
        rows.append([region, code, office, *line])
    rows.append([None, None, "Total", *[sum(line[i] for line in OUTCOMES) for i in range(3)]])
    source = write_book(tmp_path / "coded.xlsx", {"Outcomes": rows})
    assert len(analyse_workbook(read_workbook(source), Policy())[0].tables) == 1
