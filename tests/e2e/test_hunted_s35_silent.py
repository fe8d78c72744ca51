"""Three leftovers of session 35's hunts: a note removed in silence, a cover naming cells two
ways, and a pasted total refused with a sentence that could only guess why.

A sheet holding only job outcomes and sustainments by area, totalled, with a line of text a
blank row under the table ('Figures provisional until the June refresh.'): the table went to a
percentage sheet and the sheet, with no figure left, was left out of the copy; the note, no
part of the table, went with it, and neither the cover nor the printed removals said so
(principle 7, nothing in silence). It is named now, with its input cell and the percentage
sheet the table went to (wpxl.plan.moved_away.on_sheet_left_out).

An outcome figure in no share ('Job outcomes this month' under 'Referrals') was named on the
cover by its cell in the copy ('Starts' B11, two banner rows down), while every other removal
on the same cover names the input's cells; so was the one outcome figure of a table, alone and
so with no breakdown. Both name the input's cells now (wpxl.plan.unshared_outcomes and
wpxl.plan.percentages), on the cover and in what the command prints.

Two tables of job outcomes by area, April over May, May's 'Total' a SUM pasted from April's
and left pointing at April's lines (=SUM(B4:B6) under rows 12 to 14): the reading took the
formula at its word, May's shares were of April's total, and the proof refused the copy with
'report this to the wpxl maintainers'. The analysis refuses it now before anything is written,
naming the total, the cells it adds up and the table they are in
(wpxl.analyse.borrowed_totals); a grand total over both tables reads as before.
"""

from __future__ import annotations

import openpyxl
from typer.testing import CliRunner

from tests.builders import script_book, write_book
from tests.e2e.runs import sanitised_beside
from wpxl.cli import app

AREAS = (("Leeds", 41, 31), ("York", 23, 17), ("Hull", 38, 13))
STARTS = [["Referrals by area"], ["Area", "Referrals"], ["Leeds", 412], ["York", 233]]


def _cover_lines(output) -> list[str]:
    cover = openpyxl.load_workbook(output).worksheets[0]
    return [str(c.value) for c in cover["A"] if c.value is not None]


def test_a_note_under_an_outcome_table_on_a_sheet_left_out_is_named(tmp_path):
    note = "Figures provisional until the June refresh."
    outcomes = [
        ["Job outcomes by area, April 2024"],
        [],
        ["Area", "Job outcomes", "Sustainments"],
        *([a, o, s] for a, o, s in AREAS),
        ["Total", "=SUM(B4:B6)", "=SUM(C4:C6)"],
        [],
        [note],
    ]
    source = script_book(tmp_path / "noted.xlsx", {"Starts": STARTS, "Outcomes": outcomes})
    output, said = sanitised_beside(source)
    copy = openpyxl.load_workbook(output)
    assert "Outcomes" not in copy.sheetnames
    assert note not in {c.value for ws in copy.worksheets[1:] for row in ws for c in row}
    named = [line for line in _cover_lines(output) if line.startswith("- text, 'Outcomes' A9:")]
    assert len(named) == 1, _cover_lines(output)
    assert "'Sustainments and job outcomes %'" in named[0]
    assert "removed: 'Outcomes' A9:" in said


def test_outcome_figures_in_no_share_are_named_by_the_input_s_cells(tmp_path):
    starts = [
        ["Referrals and job starts by area, April 2024"],
        [],
        ["Area", "Referrals", "Job starts"],
        ["Leeds", 412, 131],
        ["York", 233, 97],
        ["Total", "=SUM(B4:B5)", "=SUM(C4:C5)"],
        [],
        ["Job outcomes this month", 37],
    ]
    source = write_book(
        tmp_path / "unshared.xlsx", {"Starts": starts}, cached={("Starts", "B6"): 645}
    )
    output, said = sanitised_beside(source)
    lines = _cover_lines(output)
    assert any(line.startswith("- job outcome volumes, 'Starts' B8: 1 figure") for line in lines)
    assert not any("'Starts' B10" in line for line in lines), lines
    assert "'Starts' B8" in said and "'Starts' B10" not in said


def test_the_lone_outcome_figure_of_a_table_is_named_by_the_input_s_cell(tmp_path):
    outcomes = [["Job outcomes, April 2024"], [], ["Area", "Job outcomes"], ["Leeds", 41]]
    source = script_book(tmp_path / "lone.xlsx", {"Starts": STARTS, "Outcomes": outcomes})
    output, said = sanitised_beside(source)
    lines = _cover_lines(output)
    assert any(line.startswith("- job outcomes volume, 'Outcomes' B4:") for line in lines), lines
    assert "'Outcomes' B6" not in said


def test_a_total_pasted_from_another_table_is_refused_by_name(tmp_path):
    april = [["Area", "Job outcomes"], *([a, o] for a, o, _ in AREAS), ["Total", "=SUM(B4:B6)"]]
    may = [["Area", "Job outcomes"], *([a, s] for a, _, s in AREAS), ["Total", "=SUM(B4:B6)"]]
    rows = [["Job outcomes by area, April 2024"], [], *april, [], ["May 2024"], [], *may]
    source = script_book(tmp_path / "pasted.xlsx", {"Outcomes": rows, "Starts": STARTS})
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert result.exit_code != 0
    said = result.stderr
    assert "cell B15: the total at B15 adds up B4:B6, cells of table 1" in said, said
    assert "(B12:B14)" in said and "maintainers" not in said
    assert not (tmp_path / "pasted-sanitised.xlsx").exists()


def test_a_grand_total_over_two_tables_is_read_as_before(tmp_path):
    april = [["Area", "Referrals"], ["Leeds", 412], ["York", 233], ["Total", "=SUM(B4:B5)"]]
    may = [["Area", "Referrals"], ["Leeds", 398], ["York", 251], ["Total", "=SUM(B10:B11)"]]
    both = [["Both months", "=B6+B12"]]
    rows = [["Referrals, April 2024"], [], *april, [], [], *may, [], *both]
    source = script_book(tmp_path / "months.xlsx", {"Starts": rows})
    output, _ = sanitised_beside(source)
    formulas = openpyxl.load_workbook(output)["Starts"]
    assert [c.value for c in formulas["A"]].count("Both months") == 1
