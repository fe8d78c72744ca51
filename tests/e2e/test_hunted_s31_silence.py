"""Figures removed from the copy with no line saying so (session 31, the silence hunt).

A table of referrals and job starts by area with a line below it, 'Job outcomes this month',
its one figure under 'Referrals' (or outcomes beside it under 'Job starts', next to a column
of job outcomes): the figure is an outcome by its line's words and a referral or start by its
column's. The plan kept it from every share (with the outcomes beside it, its line's shares
were of two measures at once, a conversion rate) and removed its volume, as it must; but
nothing said so. Where no other cell of the table was an outcome, no percentage sheet was
made and the cover's 'Removed from the source' listed only the document properties: the
figure vanished in silence. Each such figure is named now, by column, with its cell in the
copy and how many there are (plan/unshared_outcomes, called by plan/percentages), on the cover,
in the CLI's report and in the JSON report. The proof is as it was: the figure is not in the
copy, so nothing leaks; the silence was the fault.

A table wholly of outcomes ('Job outcomes' and 'Sustainments' by area) with a column of
remarks ('new office'), an average beside them ('Avg days to outcome') and a note under it
('Source: PRaP extract 3 May 2024'): the table went to a percentage sheet with its labels and
headers, and its sheet was left out as nothing else was on it; the remarks, the averages and
the note went nowhere, and the cover said only that the outcome volumes were shown as
percentages. Each is named now, by column, with the percentage sheet the table went to: text
and notes as text, rates and averages as figures (plan/moved_away, called by plan/volumes).
The labels of the lines shown (and codes naming them) go with the shares and are not listed.
"""

from __future__ import annotations

import openpyxl
from typer.testing import CliRunner

from tests.e2e.runs import sanitised_beside
from wpxl.cli import app


def _book(tmp_path, header: str, outcomes: list | None = None):
    """Referrals and a second measure by area, totalled, and a line of outcomes below."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Starts"
    sheet.append(["Referrals and job starts by area, April 2024"])
    sheet.append([])
    sheet.append(["Area", "Referrals", header])
    for area, referrals, second in (("Leeds", 412, 131), ("York", 233, 97), ("Hull", 318, 131)):
        sheet.append([area, referrals, second])
    sheet.append(["Total", "=SUM(B4:B6)", "=SUM(C4:C6)"])
    sheet.append([])
    sheet.append(["Job outcomes this month", *(outcomes or [37])])
    path = tmp_path / "outcomes_below.xlsx"
    book.save(path)
    return path


def _cover_lines(output) -> list[str]:
    cover = openpyxl.load_workbook(output).worksheets[0]
    return [str(c.value) for c in cover["A"] if c.value is not None]


def test_a_lone_outcome_under_another_measure_s_column_is_named_on_the_cover(tmp_path):
    output, said = sanitised_beside(_book(tmp_path, "Job starts"))
    values = [
        c.value
        for row in openpyxl.load_workbook(output, data_only=True)["Starts"].iter_rows()
        for c in row
    ]
    assert 37 not in values
    removed = [line for line in _cover_lines(output) if "'Starts' B9" in line]
    assert len(removed) == 1, _cover_lines(output)
    assert removed[0].startswith("- job outcome volumes")
    assert "1 figure:" in removed[0]
    assert "0 percentage sheets" in said


def test_outcomes_under_two_columns_of_other_measures_are_named_with_their_count(tmp_path):
    output, _ = sanitised_beside(_book(tmp_path, "Job starts", [37, 12]))
    lines = _cover_lines(output)
    assert any("'Starts' B9: 1 figure" in line for line in lines), lines
    assert any("'Starts' C9: 1 figure" in line for line in lines), lines


def test_the_json_report_names_the_removed_outcome(tmp_path):
    source = _book(tmp_path, "Job starts")
    report = tmp_path / "report.json"
    args = ["sanitise", str(source), "--out-dir", str(tmp_path), "--report", str(report)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert "'Starts' B9" in report.read_text()


def _outcomes_with_remarks(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Outcomes"
    sheet.append(["Job outcomes by area, April 2024"])
    sheet.append([])
    sheet.append(["Area", "Job outcomes", "Sustainments", "Notes", "Avg days to outcome"])
    for line in (
        ("Leeds", 41, 31, "new office", 112.5),
        ("York", 23, 17, None, 98.2),
        ("Hull", 38, 13, "staff change", 130.1),
    ):
        sheet.append(list(line))
    sheet.append(["Total", "=SUM(B4:B6)", "=SUM(C4:C6)"])
    sheet.append(["Source: PRaP extract 3 May 2024"])
    starts = book.create_sheet("Starts")
    for line in (["Job starts by area"], ["Area", "Job starts"], ["Leeds", 120], ["York", 99]):
        starts.append(line)
    path = tmp_path / "outcomes_with_remarks.xlsx"
    book.save(path)
    return path


def test_the_text_rates_and_notes_of_a_table_shown_as_percentages_are_named(tmp_path):
    output, _ = sanitised_beside(_outcomes_with_remarks(tmp_path))
    lines = _cover_lines(output)
    shares = "on sheet 'Sustainments and job outcomes %'"
    for kind, where in (("text", "A8"), ("text", "D4, D6"), ("figures", "E4:E6")):
        named = [line for line in lines if line.startswith(f"- {kind}, 'Outcomes' {where}:")]
        assert len(named) == 1 and shares in named[0], lines
    copy = openpyxl.load_workbook(output)
    assert "Outcomes" not in copy.sheetnames
    text = [c.value for ws in copy.worksheets[1:] for row in ws.iter_rows() for c in row]
    assert "new office" not in text and 112.5 not in text


def test_the_labels_of_the_lines_shown_as_shares_are_not_listed_as_removed(tmp_path):
    output, _ = sanitised_beside(_outcomes_with_remarks(tmp_path))
    lines = _cover_lines(output)
    assert not any("'Outcomes' A4" in line or "'Outcomes' A3" in line for line in lines), lines
    shares = openpyxl.load_workbook(output)["Sustainments and job outcomes %"]
    assert {"Leeds", "York", "Hull"} <= {c.value for c in shares["A"]}
