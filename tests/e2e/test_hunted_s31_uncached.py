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

When a refusal comes from a book holding a formula that gives words or a date saved without
its value (TEXT, EDATE, a lookup), the refusal now says so, naming its cell, and to open and
save the workbook in Excel and run wpxl again (analyse/unsaved_formulas). A book whose only
unsaved formulas are sums is refused as before, with no such sentence.
"""

from __future__ import annotations

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
