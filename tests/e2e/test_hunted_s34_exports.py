"""What a hunt through packs written by the tools analysts export from found (session 34,
exports).

Packs were written as pandas writes them (``DataFrame.to_excel`` with both its engines: the
index written, its name in a row of its own, MultiIndex lines merged and repeated, MultiIndex
columns over two merged header rows, ``pivot_table`` and ``crosstab`` with margins, groupby sums
with subtotal lines concatenated, counts as floats, NaN as blank, months as dates), as Excel
tables with a totals row (openpyxl's ``Table`` with ``SUBTOTAL(109,Refs[Referrals])``,
xlsxwriter's ``add_table(total_row=True)``), as a Google Sheets export (a title, numbers and
'1,412' stored as text, a 'Total' line) and as a SQL report in long form (a line per office and
month, a grand total). Each copy was read cell by cell. Counts were rounded and the margins,
subtotals and tables' totals rows rebuilt as SUMs over the rounded cells; two things came out
wrong, and one common layout was refused.

Dates in pandas' formats. pandas writes a datetime under the format 'YYYY-MM-DD HH:MM:SS' and a
date under 'YYYY-MM-DD', in capitals. Excel reads format codes without regard to case; openpyxl
finds them date formats the same way, but tells a date from a time by the lower-case letters
'd', 'y', 'h', 's' only, so to wpxl both were times. A time of a day or more is a count dressed
up as one, so every date was read as a number: the 'month' column of a long export (2014-04-01,
2014-05-01) went into the copy rounded, as 41740 and 41760, and month heads of a pivot as the
numbers 41730, 41760, 41791 under General. The copy passed its proof (the figures are no
disclosure, only wrong). A format is now read for what it is without regard to case
(wpxl.read.numformats.date_kind, for the format written and for what a time dresses up): the
dates stay dates, shown as 'dd/mm/yyyy hh:mm' and 'dd/mm/yyyy', and are not counted.

A calculated column written by xlsxwriter. ``add_table`` takes a calculated column's formula as
Excel shows it, ``=[@April]+[@May]``, and writes it in the file as
``[[#This Row],April]+[[#This Row],May]``: the column's name left bare after '#This Row', which
Excel opens and reads as ``[[#This Row],[April]]``. wpxl read the bare name as no item at all,
so each reference named its whole row, the total cell among them, and the pack was refused: 'the
total at D2 adds up the subtotals D2, D2 and cells they add up (A2, B2, C2, D2), so the source
counts those cells twice'. A bare name after a special item is now the column it names
(wpxl.read.tables), and the line totals are SUMs over the rounded months, the totals row's
``SUBTOTAL(109,[Total])`` a SUM of them.

A frame's index written out. ``to_excel`` writes a frame's index unless told not to, and a
frame read from a query or built line by line has the default one: its lines' places, 0, 1, 2
... in a first column under no header, the total line numbered too (5 under 0 to 4), the names
in the next column. wpxl read the numbers as a column of counts, which the 'Total' line does
not add up, and refused the pack: 'this row is the sum of the other rows in some places but not
in others ... Label it 'Total'', on a line labelled 'Total'. With outcomes the copy was made and
then deleted by the proof: the percentage sheet showed the numbers 0, 1, 2 as its lines' names,
'an amount stated in the words of a percentage sheet'. Such a column (typed whole numbers from 0
or 1 by one on every line, a blank header, words on every line beside it) is now read as the
lines' numbering (wpxl.analyse.index_column): a label column, its numbers kept as they are on a
sheet of counts (the proof already lets a first column's run stand: verify.numbered_lines), and
left off a percentage sheet, where the names beside it name the lines (plan.continued_labels).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.e2e.runs import sanitised_beside

PANDAS_DATETIME = "YYYY-MM-DD HH:MM:SS"  # what pandas writes a datetime under
PANDAS_DATE = "YYYY-MM-DD"  # and a date
MONTHS = [dt.datetime(2014, 4, 1), dt.datetime(2014, 5, 1)]
OFFICES = ["Leeds North", "Leeds South", "Bradford"]
LONG = [[100, 40, 10], [137, 51, 13], [174, 62, 16], [211, 73, 19], [248, 84, 22], [285, 95, 25]]


def _long_export(path: Path, writer: str, date_format: str) -> Path:
    """A long export as ``DataFrame.to_excel(index=False)`` writes it: a line per office and
    month, the month a date under pandas' format."""
    heads = ["office", "month", "referrals", "attachments", "job_starts"]
    lines = [
        [office, month, *figures]
        for (office, month), figures in zip(
            [(o, m) for o in OFFICES for m in MONTHS], LONG, strict=True
        )
    ]
    if writer == "openpyxl":
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Referrals"
        sheet.append(heads)
        for line in lines:
            sheet.append(line)
            sheet.cell(sheet.max_row, 2).number_format = date_format
        book.save(path)
        return path
    book = xlsxwriter.Workbook(path, {"default_date_format": date_format})
    sheet = book.add_worksheet("Referrals")
    sheet.write_row(0, 0, heads)
    for row, line in enumerate(lines, start=1):
        sheet.write_row(row, 0, line)
    book.close()
    return path


@pytest.mark.parametrize("writer", ["openpyxl", "xlsxwriter"])
@pytest.mark.parametrize(
    ("date_format", "shown"), [(PANDAS_DATETIME, "dd/mm/yyyy hh:mm"), (PANDAS_DATE, "dd/mm/yyyy")]
)
def test_months_in_pandas_date_formats_stay_dates(tmp_path, writer, date_format, shown):
    output, said = sanitised_beside(_long_export(tmp_path / "long.xlsx", writer, date_format))
    assert "18 cells rounded" in said  # three counts a line, the month none
    sheet = openpyxl.load_workbook(output)["Referrals"]
    months = [sheet.cell(row, 2) for row in range(4, 10)]
    assert [c.value for c in months] == MONTHS * 3
    assert {c.number_format for c in months} == {shown}
    assert [sheet.cell(row, 3).value for row in range(4, 10)] == [100, 140, 180, 220, 240, 280]


@pytest.mark.parametrize("writer", ["openpyxl", "xlsxwriter"])
def test_month_heads_of_a_pandas_pivot_stay_dates(tmp_path, writer):
    """``pivot_table(margins=True, margins_name='Total').to_excel()``: months as dated heads."""
    path = tmp_path / "pivot.xlsx"
    lines = [["Bradford", 263, 135, 398], ["Leeds North", 278, 327, 605]]
    if writer == "openpyxl":
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Referrals"
        sheet.append(["office", *MONTHS, "Total"])
        for cell in sheet[1][1:3]:
            cell.number_format = PANDAS_DATETIME
        for line in [*lines, ["Total", 541, 462, 1003]]:
            sheet.append(line)
        book.save(path)
    else:
        book = xlsxwriter.Workbook(path, {"default_date_format": PANDAS_DATETIME})
        sheet = book.add_worksheet("Referrals")
        for row, line in enumerate([["office", *MONTHS, "Total"], *lines]):
            sheet.write_row(row, 0, line)
        sheet.write_row(3, 0, ["Total", 541, 462, 1003])
        book.close()
    output, _ = sanitised_beside(path)
    sheet = openpyxl.load_workbook(output)["Referrals"]
    assert [sheet.cell(3, col).value for col in (2, 3)] == MONTHS
    assert {sheet.cell(3, col).number_format for col in (2, 3)} == {"dd/mm/yyyy hh:mm"}
    assert [sheet.cell(4, col).value for col in (2, 3, 4)] == [260, 140, "=SUM(B4:C4)"]
    assert sheet["B6"].value == "=SUM(B4:B5)"


def _calculated_table(path: Path) -> Path:
    """Referrals by office and month in an Excel table xlsxwriter writes, its 'Total' column
    calculated from the months (``=[@April]+[@May]``) and a totals row."""
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("Referrals")
    data = [["Leeds North", 412, 133], ["Leeds South", 288, 91], ["Bradford", 351, 120]]
    sheet.add_table(
        0,
        0,
        len(data) + 1,
        3,
        {
            "data": data,
            "total_row": True,
            "banded_rows": True,
            "columns": [
                {"header": "Office", "total_string": "Total"},
                {"header": "April", "total_function": "sum"},
                {"header": "May", "total_function": "sum"},
                {"header": "Total", "formula": "=[@April]+[@May]", "total_function": "sum"},
            ],
        },
    )
    book.close()
    return path


def test_a_calculated_column_xlsxwriter_writes_is_its_line_total(tmp_path):
    source = _calculated_table(tmp_path / "table.xlsx")
    stored = openpyxl.load_workbook(source)["Referrals"]["D2"].value
    assert stored == "=[[#This Row],April]+[[#This Row],May]"  # the form this reads
    output, said = sanitised_beside(source)
    assert "6 cells rounded, 6 totals rebuilt" in said
    formulas = openpyxl.load_workbook(output)["Referrals"]
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    assert [formulas.cell(row, 4).value for row in range(4, 8)] == [
        "=SUM(B4:C4)",
        "=SUM(B5:C5)",
        "=SUM(B6:C6)",
        "=SUM(D4:D6)",
    ]
    lines = [[c.value for c in row] for row in shown.iter_rows(min_row=4, max_col=4)]
    assert lines == [
        ["Leeds North", 420, 140, 560],
        ["Leeds South", 280, 100, 380],
        ["Bradford", 360, 120, 480],
        ["Total", 1060, 360, 1420],
    ]


OFFICE_LINES = [["Leeds North", 412, 57], ["Leeds South", 288, 33], ["Bradford", 351, 49],
                ["Wakefield", 97, 12], ["Halifax", 143, 18], ["Total", 1291, 169]]  # fmt: skip


def _indexed(path: Path, writer: str, sheet_name: str, heads: list, lines: list[list]) -> Path:
    """``DataFrame.to_excel`` with its default index: each line numbered from 0 in a first
    column under no header."""
    rows = [["", *heads], *[[n, *line] for n, line in enumerate(lines)]]
    if writer == "openpyxl":
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = sheet_name
        for row in rows:
            sheet.append([None if v == "" else v for v in row])
        book.save(path)
        return path
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet(sheet_name)
    for row, line in enumerate(rows):
        for col, value in enumerate(line):
            if value != "":
                sheet.write(row, col, value)
    book.close()
    return path


@pytest.mark.parametrize("writer", ["openpyxl", "xlsxwriter"])
def test_a_frame_index_written_as_the_first_column_numbers_the_lines(tmp_path, writer):
    heads = ["office", "referrals", "job_starts"]
    source = _indexed(tmp_path / "offices.xlsx", writer, "Referrals", heads, OFFICE_LINES)
    output, said = sanitised_beside(source)
    assert "10 cells rounded, 2 totals rebuilt" in said
    shown = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    lines = [[c.value for c in row] for row in shown.iter_rows(min_row=4, max_col=4)]
    assert lines == [
        [0, "Leeds North", 420, 60],
        [1, "Leeds South", 280, 40],
        [2, "Bradford", 360, 40],
        [3, "Wakefield", 100, 20],
        [4, "Halifax", 140, 20],
        [5, "Total", 1300, 180],
    ]
    formulas = openpyxl.load_workbook(output)["Referrals"]
    assert (formulas["C9"].value, formulas["D9"].value) == ("=SUM(C4:C8)", "=SUM(D4:D8)")


@pytest.mark.parametrize("writer", ["openpyxl", "xlsxwriter"])
def test_outcome_shares_of_a_frame_with_its_index_are_named_by_the_names(tmp_path, writer):
    lines = [["JSA 18-24", 33], ["JSA 25+", 21], ["ESA Flow", 7]]
    heads = ["payment_group", "job_outcomes"]
    source = _indexed(tmp_path / "outcomes.xlsx", writer, "Job outcomes", heads, lines)
    output, _ = sanitised_beside(source)
    shares = openpyxl.load_workbook(output)["Job outcomes %"]
    shown = [[c.value for c in row] for row in shares.iter_rows(min_row=6, max_col=3)]
    assert shown == [
        ["payment_group", "job_outcomes", None],
        ["JSA 18-24", 0.54, None],
        ["JSA 25+", 0.34, None],
        ["ESA Flow", 0.11, None],
    ]
