"""What a hunt through packs written by a program, their formulas saved without values, found
(session 31).

Analysts who build MI in Python (openpyxl, pandas with openpyxl) write formulas and no results:
Excel works them out on opening, the file holds none. Packs so written were sanitised and read
back cell by cell (values, formulas, package XML): totals down and across, subtotals and a
grand total over them, '% of total' over a total, running year-to-date sums (=C4+B5 and
=SUM($B$4:B5)), a summary sheet reading another's total (='Leeds'!E9) or its figures,
arithmetic in the body (=100+23), totals as chains (=B4+B5+B6) and SUBTOTAL, stacked blocks of
referrals, starts and outcomes, outcomes beside starts with a rate or a difference, outcome
counts as formulas (=12+11, =Calc!B2), payments as a multiple of outcomes. Each copy was right:
the body rounded, every total a SUM over the rounded cells with the value wpxl worked out, the
outcome volumes gone to shares, the rates and differences of outcomes removed.

A title made by a formula joining words (="Referrals - "&B2, or CONCATENATE("Referrals - ",
B2), the area typed once beside it) read as blank in such a book: the blank formula cell above
the table was taken for a figure, and the table, its header 'Referrals' and all, was refused
for want of a measure, telling the user to name the measure they could see named. The same
book saved once in Excel went through. A formula saved without its value that joins quoted
words and this sheet's typed words or whole numbers is worked out by wpxl.read now
(read/joined_words), as Excel shows it, and read and carried as the words a saved book holds
(the same rules then apply: words a formula makes from counts are removed). Anything else
(a function such as TEXT, a reference to another sheet or a formula) is left unworked.

Month heads typed once and counted on (=EDATE(B3,1), =EOMONTH(B3,1), or made by
=DATE(2013,5,1)) were lost from the copy's header, saved with or without their values: a
formula was always taken for a figure, so the header row read as a first line of figures, the
typed first month was removed as 'a count in a date format' and the formula heads dropped
(silently when no value was saved). A formula making a date under a date format is no figure
now (analyse/split_tables.is_count_like) and heads its column as a typed date does
(analyse/layout); saved without its value, wpxl.read works it out from the typed date it counts
on, or its own numbers (read/counted_dates). The copy carries the months as dates.

When a refusal comes from a book holding a formula that gives words or a date saved without
its value (TEXT, EDATE, a lookup), the refusal now says so, naming its cell, and to open and
save the workbook in Excel and run wpxl again (analyse/unsaved_formulas). A book whose only
unsaved formulas are sums is refused as before, with no such sentence.
"""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from typer.testing import CliRunner

from tests.e2e.runs import sanitised_beside
from wpxl.cli import app

SAVE_IN_EXCEL = "Open the workbook in Excel, save it, and run wpxl again"


def _refusal(source) -> str:
    """What ``wpxl sanitise`` printed refusing ``source`` (it must refuse)."""
    args = ["sanitise", str(source), "--out-dir", str(source.parent)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code != 0, result.stdout
    assert not (source.parent / f"{source.stem}-sanitised.xlsx").exists()
    return " ".join(result.stderr.split())


def _titled_book(path, title: str, header: str = "Referrals") -> None:
    """Counts by payment group under ``header`` and ``title`` (a formula, or words), the area
    beside 'Area'; the total a SUM saved without its value, as openpyxl writes it."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Leeds"
    sheet.append([title])
    sheet.append(["Area", "Leeds"])
    sheet.append([])
    sheet.append(["Payment group", header])
    sheet.append(["JSA", 123])
    sheet.append(["ESA", 47])
    sheet.append(["Total", "=SUM(B5:B6)"])
    book.save(path)


@pytest.mark.parametrize(
    "title", ['="Referrals - "&B2', '=CONCATENATE("Referrals - ",$B$2)'], ids=["joined", "called"]
)
def test_a_title_joining_words_saved_without_its_value_is_worked_out(tmp_path, title):
    source = tmp_path / "titled.xlsx"
    _titled_book(source, title)
    output, _ = sanitised_beside(source)
    formulas = openpyxl.load_workbook(output)["Leeds"]
    values = openpyxl.load_workbook(output, data_only=True)["Leeds"]
    assert values["A3"].value == "Referrals - Leeds"
    lines = [[c.value for c in row] for row in values.iter_rows(min_row=6, max_col=2)]
    assert lines == [["Payment group", "Referrals"], ["JSA", 120], ["ESA", 40], ["Total", 160]]
    assert formulas["B9"].value == "=SUM(B7:B8)"


def test_a_title_formula_wpxl_cannot_work_out_is_refused_saying_to_save_in_excel(tmp_path):
    source = tmp_path / "dated.xlsx"
    _titled_book(source, '="Referrals - "&TEXT(B2,"mmmm yyyy")', "Number")
    said = _refusal(source)
    assert "sheet 'Leeds' (cell A1)" in said
    assert "saved without their values" in said
    assert SAVE_IN_EXCEL in said


def test_a_refusal_with_only_sums_unsaved_says_nothing_of_excel(tmp_path):
    source = tmp_path / "untitled.xlsx"
    _titled_book(source, "Work Programme MI", "Number")
    said = _refusal(source)
    assert "cannot tell whether these counts are referrals" in said
    assert SAVE_IN_EXCEL not in said


def test_counts_with_quoted_criteria_unsaved_are_no_formulas_giving_words(tmp_path):
    """A summary counting a sheet of records ('=COUNTIFS(Records!B:B,A4,Records!D:D,"Y")') is
    refused for the records listed one by one; its counts, their criteria quoted, give figures,
    so the refusal says nothing of formulas giving words."""
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "Summary"
    summary.append(["Area", "Job starts", "Job outcomes"])
    for row, area in enumerate(["Leeds", "Bradford"], start=2):
        summary.append(
            [
                area,
                f"=COUNTIFS(Records!B:B,A{row})",
                f'=COUNTIFS(Records!B:B,A{row},Records!D:D,"Y")',
            ]
        )
    records = book.create_sheet("Records")
    records.append(["Start no.", "Area", "Start month", "Outcome"])
    for number in range(1, 30):
        records.append([number, ["Leeds", "Bradford"][number % 2], "Apr 2013", "YNN"[number % 3]])
    source = tmp_path / "records.xlsx"
    book.save(source)
    said = _refusal(source)
    assert "lists records one by one" in said
    assert SAVE_IN_EXCEL not in said


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (dt.datetime(2013, 4, 1), "=EDATE({},1)"),
        (dt.datetime(2013, 4, 30), "=EOMONTH({},1)"),
        ("=DATE(2013,4,1)", "=EDATE({},1)"),
    ],
    ids=["edate", "eomonth", "made"],
)
def test_month_heads_counted_on_by_formulas_head_the_copy(tmp_path, first, then):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    sheet.append(["Referrals by month"])
    sheet.append([])
    sheet.append(["Payment group", first, then.format("B3"), then.format("C3"), "Total"])
    for col in "BCD":
        sheet[f"{col}3"].number_format = "mmm-yy"
    sheet.append(["JSA 18-24", 123, 87, 45, "=SUM(B4:D4)"])
    sheet.append(["ESA", 54, 31, 148, "=SUM(B5:D5)"])
    sheet.append(["Total", "=SUM(B4:B5)", "=SUM(C4:C5)", "=SUM(D4:D5)", "=SUM(E4:E5)"])
    source = tmp_path / "months.xlsx"
    book.save(source)
    output, said = sanitised_beside(source)
    assert "0 warnings" in said
    values = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    heads = [values.cell(5, col).value for col in range(2, 5)]
    assert [(d.year, d.month) for d in heads] == [(2013, 4), (2013, 5), (2013, 6)]
    assert all(values.cell(5, col).is_date for col in range(2, 5))
    lines = [[c.value for c in row] for row in values.iter_rows(min_row=6, max_col=5)]
    assert lines == [
        ["JSA 18-24", 120, 80, 40, 240],
        ["ESA", 60, 40, 140, 240],
        ["Total", 180, 120, 180, 480],
    ]
