"""What timing more shapes at two sizes found (session 30): an outcome table a block for each
office, stacked down one sheet, a percentage sheet for each block.

With 35 blocks the copy went; with 142 it was refused "a sheet name that states an amount about
outcomes", 43 times, and the refusal asked the user to rename sheets wpxl had named itself. wpxl
names a second percentage sheet of one measure 'Job outcomes 2 %', a third 'Job outcomes 3 %'
(plan/percent_names), and the proof took a number of one or two digits there for wpxl's: from
'Job outcomes 100 %' on, it read an amount. A number of any length is wpxl's now, but only in
turn: the first sheet and each number from 2 up to it stand too (verify/amounts ``_in_turn``).
That is also tighter than before: 'Job outcomes 47 %' beside 'Job outcomes %' alone, a name
the input could have given a sheet, quoting 47 job outcomes, passed as wpxl's numbering.

The same stack took 33 s for 142 blocks against 4.7 s for 35 (7 times as long for 4 times the
blocks): the proof of invariant 8 followed each percentage line's name ('Apr 2013', in every
block's header) down its column from the top of the sheet, once a block, the square of the
blocks; it starts under the name now (verify/percent_sources), and plan/percent_names looks a
name up in the names taken once, not once a number tried.

Job starts by age (16 to 64, typed as numbers) and month, a block for each area stacked: with
40 blocks, 28 were warned of as "appears to add up" two others, typed as figures. The lines'
labels, numbers all, hold no words a message shows, so the tables' profiles for comparing
them (plan/differencing) keyed every line by the same empty words and kept the last line's
counts alone: any table whose age-64 line was the sum of two others' was taken for their sum
(two such of 10 blocks, 28 of 40). A line whose labels hold no words is keyed by its labels
as typed now.

Outcome blocks stacked with the same title each ('Job outcomes by payment group'): the copy
was refused from two blocks on, "a percentage sheet whose words are those of sheet 'Job
outcomes %'", and the refusal asked for a report. Each percentage sheet's intro names its
table by its title; where the sheet's tables share it, by its number now, as for tables with
no title (plan/percent_names ``table_named``). From 100 blocks on, the proof read that number
('(table 101), by payment group') as a figure of the input and as an amount stated in a
percentage sheet's words, as a reference of one or two digits is not; wpxl's own naming of a
table in the intro is no figure (verify/texts, verify/percent_words), where a title quoting
one still is.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import openpyxl
import xlsxwriter

from tests.e2e.runs import sanitised_beside
from tests.misread import proved
from wpxl.model import Cell, Plan
from wpxl.model.layout import BANNER_ROWS
from wpxl.verify.amounts import NAMED
from wpxl.verify.percent_words import STATED, stated_amounts

GROUPS = ("JSA 18-24", "JSA 25+", "ESA flow")


def _stacked(path: Path, blocks: int) -> Path:
    """Job outcomes by payment group and month, a block for each office, a line apart."""
    rng = random.Random(3)
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Outcomes")
    row = 0
    for block in range(blocks):
        office = chr(65 + block % 26) + chr(65 + block // 26)
        sheet.write(row, 0, f"Job outcomes in office {office} by payment group")
        sheet.write_row(row + 1, 0, ["Payment group", "Apr 2013", "May 2013"])
        for at, group in enumerate(GROUPS, start=row + 2):
            sheet.write_row(at, 0, [group, rng.randint(20, 60), rng.randint(20, 60)])
        row += len(GROUPS) + 3
    book.close()
    return path


def test_a_stack_of_over_a_hundred_outcome_blocks_is_shown_as_percentages(tmp_path):
    copy, _ = sanitised_beside(_stacked(tmp_path / "offices.xlsx", 101))
    names = openpyxl.load_workbook(copy, read_only=True).sheetnames
    assert names[1:3] == ["Job outcomes %", "Job outcomes 2 %"]
    assert names[-1] == "Job outcomes 101 %"
    assert len(names) == 102  # the cover, a percentage sheet a block; the volumes are not shown


def _renamed(old: str, new: str) -> Callable[[Plan], None]:
    def rename(plan: Plan) -> None:
        next(s for s in plan.sheets if s.name == old).name = new
        plan.outline = [(new if name == old else name, shown) for name, shown in plan.outline]

    return rename


def _named(findings) -> list[str]:
    return [f.part for f in findings if f.kind == NAMED]


def test_the_proof_passes_percentage_sheets_numbered_in_turn(tmp_path):
    assert _named(proved(tmp_path, _stacked(tmp_path / "offices.xlsx", 3))) == []


def test_the_proof_alone_refuses_a_percentage_sheet_numbered_out_of_turn(tmp_path):
    """'Job outcomes 47 %' beside 'Job outcomes %' and 'Job outcomes 2 %': no sheet 3 to 46,
    so 47 is no number wpxl gave; it may be the input's, quoting 47 job outcomes."""
    source = _stacked(tmp_path / "offices.xlsx", 3)
    found = proved(tmp_path, source, _renamed("Job outcomes 3 %", "Job outcomes 47 %"))
    assert _named(found) == ["the name of sheet 'Job outcomes 47 %'"]


def _ages(path: Path, last_lines: list[list[int]]) -> Path:
    """Job starts by age and month, a block for each area: each block's counts random but its
    last line's (age 64) given."""
    rng = random.Random(5)
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Starts by age")
    row = 0
    for block, last in enumerate(last_lines):
        sheet.write(row, 0, f"Job starts in area {chr(65 + block)} by age")
        sheet.write_row(row + 1, 0, ["Age", "Apr 2013", "May 2013", "Total"])
        top = row + 2
        for age in range(16, 65):
            counts = last if age == 64 else [rng.randint(0, 300), rng.randint(0, 300)]
            at = top + age - 16
            sheet.write_row(at, 0, [age, *counts])
            sheet.write_formula(at, 3, f"=SUM(B{at + 1}:C{at + 1})", None, sum(counts))
        row = top + 49
        sheet.write(row, 0, "Total")
        for col in "BCD":
            sheet.write_formula(row, "BCD".index(col) + 1, f"=SUM({col}{top + 1}:{col}{row})")
        row += 2
    book.close()
    return path


def test_age_tables_whose_last_lines_add_up_are_not_taken_for_sums(tmp_path):
    """The last block's age-64 line is the sum of the two before it; the whole blocks are not
    (their other lines are random), and the first block's line adds up nothing."""
    source = _ages(tmp_path / "ages.xlsx", [[1, 2], [20, 30], [30, 40], [50, 70]])
    _, printed = sanitised_beside(source)
    assert "appears to add up" not in printed


def _same_titles(path: Path, blocks: int) -> Path:
    """Job outcomes by payment group and month, blocks stacked under the same title."""
    rng = random.Random(1)
    groups = (*GROUPS, "IB ESA")
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Outcomes")
    for block in range(blocks):
        row = block * (len(groups) + 3)
        sheet.write(row, 0, "Job outcomes by payment group")
        sheet.write_row(row + 1, 0, ["Payment group", "Apr 2013", "May 2013", "Jun 2013"])
        for at, group in enumerate(groups, start=row + 2):
            sheet.write_row(at, 0, [group, *(rng.randint(5, 60) for _ in range(3))])
    book.close()
    return path


def _intro(copy: Path, name: str) -> str:
    return openpyxl.load_workbook(copy, read_only=True)[name]["A4"].value


def test_outcome_blocks_of_one_title_are_named_by_number(tmp_path):
    copy, _ = sanitised_beside(_same_titles(tmp_path / "offices.xlsx", 2))
    assert "on sheet 'Outcomes' (table 2), by" in _intro(copy, "Job outcomes 2 %")


def test_a_hundred_and_more_outcome_blocks_of_one_title_are_named_by_number(tmp_path):
    copy, _ = sanitised_beside(_same_titles(tmp_path / "offices.xlsx", 101))
    assert "(table 101), by" in _intro(copy, "Job outcomes 101 %")


def test_a_title_quoting_a_table_number_is_still_an_amount():
    """wpxl's naming of a table by number is no amount; the same words in a quoted title are."""
    intro = "Percentage of all job outcomes on sheet 'Outcomes' {}, by payment group, within"
    own = {(BANNER_ROWS + 1, 0): Cell(intro.format("(table 112)"))}
    quoted = {(BANNER_ROWS + 1, 0): Cell(intro.format("(table 'Job outcomes (table 112)')"))}
    assert stated_amounts("Job outcomes %", own) == []
    assert [f.kind for f in stated_amounts("Job outcomes %", quoted)] == [STATED]
