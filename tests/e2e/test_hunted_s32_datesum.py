"""What a hunt for totals in a date format, in packs written by a program, found (session 32).

An analyst formatting a pack in Python (openpyxl, pandas with openpyxl) often copies a month
head's number format onto the Total row and column: the SUMs of counts under them carry
'mmm-yy', 'dd/mm/yyyy' or '[h]:mm'. Saved in Excel, each such total holds its value, a count no
MI date could be, which wpxl.read reads as the count it is, in General (counted on the cover as
'counts in a date, time or percentage format (shown as plain numbers)'), and the copy rebuilds
it as a live SUM over the rounded cells. Written by a script, the book holds the formulas and
no values: the reader had nothing to tell a count from a date by, so each total stayed a
blank under a date format, the plan read it as no count at all (a date), and the copy came out
with its Total row and column EMPTY (the date format kept on the blank cells), the cover
saying 'Warnings (0)' and nothing of them under 'Removed': a plain table mangled in silence,
and the proof, seeing no figure there, passed it.

wpxl.read now reads such a formula as the Excel-saved book's reader does (read/uncached_sums):
a plain sum (=SUM(B4:D4), =SUBTOTAL(9,...), =B4+C4) of the sheet's own cells, one at least a
number shown as one (or such a sum, so a grand total over the totals too) and none a date or
time, is a count in General, counted under the same cover line. The plan then rebuilds it as
for a saved book; a formula over dates (=MAX over dated cells, a sum of dates) stays a date.
Under a share column's '0%' copied onto the totals, the same SUMs were removed as 'a rate wpxl
cannot work out from shared figures' (said, but the table mangled); they are read so too.
The proof still refuses a copy showing such a total unrounded, or as the input's figure.

Any other body formula under a date or time format saved without its value (a summary's
='Leeds'!E7 reading another sheet's total, which the reader, a sheet at a time, cannot follow)
was written blank in silence too. It is removed now with its reason (analyse/cells,
UNSAVED_DATED), which the cover lists under 'Removed' with its sheet and cell, and the command
prints; saving the book once in Excel carries it as the count it is.
"""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from tests.e2e.runs import sanitised_beside
from tests.misread import BANNER, proved
from wpxl.model import OutputCell, Plan, Style

FORMATS = ["mmm-yy", "dd/mm/yyyy", "[h]:mm", "0%"]
GROUPS = [("JSA 18-24", 123, 87, 45), ("JSA 25+", 256, 199, 301), ("ESA", 34, 57, 12)]
DISGUISED = "counts in a date, time or percentage format (shown as plain numbers)"


def _pack(path, fmt: str, top: bool = False) -> None:
    """Referrals by payment group and month, a Total column and a Total row of SUMs (the row
    above the lines when ``top``) in ``fmt``, as openpyxl writes them (no values saved)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    sheet.append(["Work Programme referrals by payment group"])
    sheet.append([])
    sheet.append(["Payment group", "Apr-13", "May-13", "Jun-13", "Total"])
    first = 5 if top else 4
    last = first + len(GROUPS) - 1
    totals = ["Total"] + [f"=SUM({c}{first}:{c}{last})" for c in "BCDE"]
    if top:
        sheet.append(totals)
    for row, (label, *counts) in enumerate(GROUPS, start=first):
        sheet.append([label, *counts, f"=SUM(B{row}:D{row})"])
        sheet.cell(row, 5).number_format = fmt
    if not top:
        sheet.append(totals)
    total_row = 4 if top else last + 1
    for col in range(2, 6):
        sheet.cell(total_row, col).number_format = fmt
    book.save(path)


def _lines(output) -> tuple[list[list], list[list]]:
    """The copy's table (its values, then its formulas and formats), header first."""
    values = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    formulas = openpyxl.load_workbook(output)["Referrals"]
    rows = range(3 + BANNER, 8 + BANNER)
    shown = [[values.cell(r, c).value for c in range(1, 6)] for r in rows]
    written = [[(formulas.cell(r, c).value, formulas.cell(r, c).number_format)
                for c in range(2, 6)] for r in rows]  # fmt: skip
    return shown, written


def _cover(output) -> list[str]:
    sheet = openpyxl.load_workbook(output).worksheets[0]
    return [c.value for c in sheet["A"] if isinstance(c.value, str)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_totals_in_a_date_format_saved_without_values_are_rebuilt(tmp_path, fmt):
    source = tmp_path / "dated.xlsx"
    _pack(source, fmt)
    output, said = sanitised_beside(source)
    assert "7 totals rebuilt" in said
    shown, written = _lines(output)
    assert shown[1:] == [
        ["JSA 18-24", 120, 80, 40, 240],
        ["JSA 25+", 260, 200, 300, 760],
        ["ESA", 40, 60, 20, 120],
        ["Total", 420, 340, 360, 1120],
    ]
    first = 4 + BANNER
    assert written[1][3] == (f"=SUM(B{first}:D{first})", "General")
    assert written[4] == [(f"=SUM({c}{first}:{c}{first + 2})", "General") for c in "BCDE"]
    assert any(DISGUISED in line for line in _cover(output))


def test_a_total_row_above_its_lines_in_a_date_format_is_rebuilt(tmp_path):
    source = tmp_path / "topped.xlsx"
    _pack(source, "dd/mm/yyyy", top=True)
    output, _ = sanitised_beside(source)
    shown, written = _lines(output)
    assert shown[1] == ["Total", 420, 340, 360, 1120]
    assert shown[2] == ["JSA 18-24", 120, 80, 40, 240]
    assert written[1][0] == (f"=SUM(B{5 + BANNER}:B{7 + BANNER})", "General")


def test_a_latest_date_worked_out_over_dates_stays_a_date(tmp_path):
    """=MAX over typed dates under a date format is a date, not a count: nothing is read as
    one, and nothing said of counts in a date format."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    sheet.append(["Work Programme referrals by payment group"])
    sheet.append([])
    sheet.append(["Payment group", "Referrals", "Date referred"])
    for row, (label, count) in enumerate([("JSA", 123), ("ESA", 47)], start=4):
        sheet.append([label, count, dt.datetime(2013, 4, row)])
        sheet.cell(row, 3).number_format = "dd/mm/yyyy"
    sheet.append(["Total", "=SUM(B4:B5)", "=MAX(C4:C5)"])
    sheet["C6"].number_format = "dd/mm/yyyy"
    source = tmp_path / "latest.xlsx"
    book.save(source)
    output, _ = sanitised_beside(source)
    values = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    assert [values.cell(r, 2).value for r in range(4 + BANNER, 7 + BANNER)] == [120, 40, 160]
    assert not any(DISGUISED in line for line in _cover(output))


def _shown_as(value: float, fmt: str = "General"):
    """A change writing the grand total of the copy's table as ``value`` in ``fmt``."""

    def change(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        at = (6 + BANNER, 4)
        cells[at] = OutputCell(value, kind="kept", style=Style(number_format=fmt))

    return change


@pytest.mark.parametrize("fmt", ["General", "mmm yy"])
def test_the_proof_refuses_the_grand_total_shown_unrounded(tmp_path, fmt):
    source = tmp_path / "unrounded.xlsx"
    _pack(source, "mmm-yy")
    assert proved(tmp_path, source) == []
    findings = proved(tmp_path, source, _shown_as(1114.0, fmt))
    assert findings, "the true grand total, 1,114, shown in the copy"


def test_a_summary_link_in_a_date_format_saved_without_its_value_is_reported(tmp_path):
    """A summary reading another sheet's total (='Leeds'!E7) under 'mmm-yy', saved with no
    value, cannot be read here (wpxl.read reads a sheet at a time): it is removed, and the
    cover says so with its sheet and cell, where it was left blank in silence."""
    source = tmp_path / "summary.xlsx"
    _pack(source, "mmm-yy")
    book = openpyxl.load_workbook(source)
    summary = book.create_sheet("Summary")
    summary.append(["Referrals summary"])
    summary.append([])
    summary.append(["Area", "Referrals"])
    summary.append(["Leeds", "='Referrals'!E7"])
    summary["B4"].number_format = "mmm-yy"
    book.save(source)
    output, said = sanitised_beside(source)
    assert "removed: 'Summary' B4: a formula in a date or time format saved without" in said
    assert any(line.startswith("- figures, 'Summary' B4: a formula in a date or time format")
               for line in _cover(output))  # fmt: skip
    values = openpyxl.load_workbook(output, data_only=True)["Summary"]
    assert values.cell(4 + BANNER, 2).value is None


def test_a_total_of_shares_in_a_percentage_format_is_no_count(tmp_path):
    """A share column (=B4/$B$7, saved without values) totalled by a SUM under '0%' adds no
    counts: nothing is read as a count dressed up, and the column is carried as shares."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    sheet.append(["Work Programme referrals by payment group"])
    sheet.append([])
    sheet.append(["Payment group", "Referrals", "Share"])
    for row, (label, count) in enumerate([("JSA", 123), ("ESA", 47), ("IB", 30)], start=4):
        sheet.append([label, count, f"=B{row}/$B$7"])
        sheet.cell(row, 3).number_format = "0%"
    sheet.append(["Total", "=SUM(B4:B6)", "=SUM(C4:C6)"])
    sheet["C7"].number_format = "0%"
    source = tmp_path / "shares.xlsx"
    book.save(source)
    output, _ = sanitised_beside(source)
    values = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    assert [values.cell(r, 2).value for r in range(4 + BANNER, 8 + BANNER)] == [120, 40, 40, 200]
    assert not any(DISGUISED in line for line in _cover(output))
    assert values.cell(7 + BANNER, 3).number_format.endswith("%")
