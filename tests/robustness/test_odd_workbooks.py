"""Valid but odd workbooks: far-flung cells, tables that don't start at A1, absurd figures."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import xlsxwriter
from typer.testing import CliRunner

from tests.builders import referrals_table
from tests.robustness.conftest import fingerprint
from wpxl.cli import app
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.read.numformats import OUTPUT_FORMATS, QUOTING_FORMATS
from wpxl.sanitise import sanitise_file
from wpxl.verify.check import check_output

runner = CliRunner()


def _book_with_far_note(path, note_cell: tuple[int, int]):
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Referrals")
    for r, row in enumerate(referrals_table([[121, 93], [307, 111]])):
        for c, value in enumerate(row):
            if isinstance(value, str) and value.startswith("="):
                ws.write_formula(r, c, value, None, 999)
            elif value is not None:
                ws.write(r, c, value)
    ws.write_string(*note_cell, "Source: case management system")
    book.close()
    return path


def test_sheet_spanning_a1_to_the_last_column_reads_without_filling_the_gap(tmp_path):
    # 2,000 rows x 16,384 columns between the corners: too many to fill, so the formula
    # results come from openpyxl, and the cached value of every formula is still read.
    source = _book_with_far_note(tmp_path / "wide.xlsx", (1999, 16383))
    sheet = read_workbook(source).sheets[0]
    formulas = [c for c in sheet.cells.values() if c.formula]
    assert formulas
    assert all(c.value == 999 for c in formulas)
    result = runner.invoke(app, ["sanitise", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output


def test_formula_results_are_read_when_the_sheet_starts_below_and_right_of_a1(tmp_path):
    source = tmp_path / "offset.xlsx"
    book = xlsxwriter.Workbook(str(source))
    ws = book.add_worksheet("Rates")
    ws.write_number(4, 3, 50)
    ws.write_formula(5, 3, "=D5*2", None, 100)
    ws.write_formula(5, 4, "=D5/4", None, 12.5)
    book.close()
    cells = read_workbook(source).sheets[0].cells
    assert cells[(5, 3)].value == 100
    assert cells[(5, 4)].value == 12.5


def test_count_too_large_to_hold_exactly_is_refused(tmp_path):
    source = tmp_path / "huge.xlsx"
    book = xlsxwriter.Workbook(str(source))
    ws = book.add_worksheet("Referrals")
    ws.write_row(0, 0, ["Referrals by payment group"])
    ws.write_row(2, 0, ["Payment group", "Apr 2013"])
    ws.write_row(3, 0, ["JSA 18-24", 2**60 + 7])
    ws.write_row(4, 0, ["JSA 25+", 33])
    book.close()
    before = fingerprint(source)
    result = runner.invoke(app, ["sanitise", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == (
        "wpxl: huge.xlsx: sheet 'Referrals' holds a figure too large to be a count of people. "
        "Check the figures in Excel and try again.\n"
    )
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    assert fingerprint(source) == before


def test_hidden_row_under_the_header_does_not_cut_the_table_from_its_headings(tmp_path, job):
    # Found by the random-workbook test: the hidden row looked like the gap between two tables,
    # so the body lost its 'Job outcomes' heading and an outcome volume was carried as a count.
    source = tmp_path / "mixed.xlsx"
    book = xlsxwriter.Workbook(str(source))
    ws = book.add_worksheet("MI")
    ws.write(0, 0, "Work Programme figures by payment group")
    ws.write_row(2, 0, ["Payment group", "Referrals", "Job outcomes", "Job starts"])
    ws.write_row(3, 0, ["JSA 18-24", 121, 37, 45])
    ws.write_row(4, 0, ["JSA 25+", 307, 53, 77])
    ws.set_row(3, None, None, {"hidden": True})
    book.close()
    output = Path(sanitise_file(source, job).output)
    mi = openpyxl.load_workbook(output)["MI"]
    assert [mi.cell(6, c).value for c in range(1, 5)] == ["JSA 25+", 300, None, 80]
    assert check_output(output, Policy(), against=source) == []


def test_number_format_text_quoting_a_figure_is_left_out_and_said(tmp_path, job):
    """A format such as 0 "of 307" shows its text beside every value: no input format is
    carried, the figures get wpxl's own format of the same kind, and the cover lists it."""
    path = tmp_path / "formats.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Referrals")
    quoting = book.add_format({"num_format": '#,##0 "of 307"'})
    escaped = book.add_format({"num_format": "0\\ \\o\\f\\ \\6\\3\\2"})
    people = book.add_format({"num_format": '0 "people"'})
    for r, row in enumerate(referrals_table([[121, 93], [307, 111]], total_row=False)):
        for c, value in enumerate(row):
            if isinstance(value, str) and value.startswith("="):
                ws.write_formula(r, c, value, people, 999)
            elif isinstance(value, int):
                ws.write_number(r, c, value, quoting if r == 3 else escaped)
            elif value is not None:
                ws.write(r, c, value)
    book.close()
    output = Path(sanitise_file(path, job).output)
    sheets = read_workbook(output).sheets
    formats = {c.style.number_format for s in sheets for c in s.cells.values()}
    assert {"#,##0", "0"} <= formats <= OUTPUT_FORMATS  # wpxl's own formats, never the input's
    notes = [c.value for c in sheets[0].cells.values() if isinstance(c.value, str)]
    assert any(QUOTING_FORMATS in n for n in notes)
    assert check_output(output, Policy(), against=path) == []


def test_totals_a_script_wrote_as_cells_added_without_saved_values_are_proved(tmp_path, job):
    """openpyxl and pandas write formulas with no cached value; a ``B4+C4`` total is read as
    the sum it is by the analysis, and the proof works out the input's figure the same way
    (it once took the missing value for no figure and deleted a sound copy)."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Referrals"
    for row in (["Referrals by office"], [], ["Office", "Apr", "May", "Total"],
                ["Derby", 13, 27, "=B4+C4"], ["Leicester", 9, 31, "=B5+C5"],
                ["Total", "=SUM(B4:B5)", "=SUM(C4:C5)", "=SUM(D4:D5)"]):  # fmt: skip
        ws.append(row)
    source = tmp_path / "scripted.xlsx"
    book.save(source)
    output = Path(sanitise_file(source, job).output)
    formulas = openpyxl.load_workbook(output)["Referrals"]
    values = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    assert [formulas.cell(6, c).value for c in (2, 3, 4)] == [20, 20, "=SUM(B6:C6)"]
    assert [values.cell(r, 4).value for r in (6, 7, 8)] == [40, 40, 80]
    assert check_output(output, Policy(), against=source) == []
