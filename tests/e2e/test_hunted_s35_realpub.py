"""Real published layouts built as DWP, ONS and Stat-Xplore publish them, and as a provider's
MI copies them (session 35, the realpub hunt).

A table by contract package area and provider as the Work Programme official statistics set it
out ('CPA | Contract package area | Provider', then the months or payment groups 1 to 9, a
'Total' column), the area's number and name written again on each of its providers' lines
(CPA 3 for Ingeus and for Seetec), the grand total's word 'Total' in the CPA column: refused,
'a number naming a row or column, rounded as a count'. The proof read the CPA numbers as the
lines' names; the analysis reads a repeated code as a name's code only when each code stands
beside one name and each name beside one code, and it counted the total line's 'Total', blank
beside it, as a code with no name, so the CPA numbers were rounded as counts (3 to 0, 12 to
20) and the copy was refused. Words in the code column are no code (analyse/coded_blocks
``codes_of_names``): the numbers name the lines and the copy is written. With 'Total' in the
name column, or each CPA once, the same table was already written.

Months across as dates under the format 'mmm' (a published table's 'Jan', 'Feb' heads, the
year written once over its months in the row above or not at all): each head went into the
copy as a number, rounded (41280, 41300, 41340 under General), and the copy verified. openpyxl
reads a format of months alone ('mmm', 'mmmm', 'mm') as minutes, so each head was a time of
41,000-odd days, a count dressed up. Excel reads 'm' as a minute only beside an hour or a
second; wpxl does too now (wpxl/read/numformats ``date_kind``): the heads stay dates, shown
'mmm yyyy'.

The same months under 'mmm-yy' (read as dates already) with the year typed once over each
year's months ('2013' over Jan to Dec, '2014' over Jan to Mar): refused, 'a count shown in a
date format' at each year's first month. The proof reads a date with a plain figure over it in
its column as a count pasted over a column of dates; the year over its months was that figure.
A date whose only figure above is its own year, just over it, heads its column
(verify/dated_counts ``_year_over``); a count shown as a date in the lines under it is still
refused.

Months down a 'Month' column as dates beside a 'Year' column holding the year on each year's
first line only ('Year | Month | Referrals' over 2013 | Jan 2013, then blank | Feb 2013):
refused, 'a count shown in a date format ... Give the cells named a number format', the month
being a label. The proof reads a date with a plain figure left of it as a count unless that
figure is a label it keeps; a year on its block's first line alone is no run of labels. A
date under words naming a period whose only figures to its left are its own year is a month
(verify/dated_counts ``_own_year``); under 'Referrals' such a date is still a count.

A header row of numbers with the table's total column first, as ONS and DWP set their 'All'
column left of the breakdown: 'Age band | All ages | 18 | 25 | 35 | 50' (age bands by their
starts), 'Weeks since attachment | Total | 13 | 26 | 39 | 52', each line's total under 'All
ages'. The heads were rounded as a line of counts (20, 20, 40, 60) and the copy verified
(WRONG: the columns could no longer be told apart); with an open band last ('50+') the proof
refused the copy, and under 'CPA | Total | 3 | 7 | 12' or 'Payment group | All groups | 1 | 2 |
3' the plan kept the heads and the proof refused them as figures not rounded. Both sides read
words naming a total before a row's numbers as a total row's label. Under a total row's label
stand lines' names, never figures; under a total column's head stand the lines' totals. Words
naming a total just left of the numbers (typed, or digits as text: '18'), over two or more
lines each holding there the sum of its figures under the numbers and the words after them
('Unknown', '50+'), typed or a SUM over exactly those cells (a line naming the numbers'
columns may stand between: 'JSA 18-24' under 1), head a total column when the numbers are
not the sums of their own columns
(analyse/line_total_heads, asked by analyse/layout through ``numbers_head_columns``;
verify/line_total_heads, asked by verify/label_figures, reading the input for itself). The
proof refuses such heads rounded.

A label column of numbers closed by a line in words before the total, as breakdowns end with
what was not recorded ('Age band' over 18, 25, 35, 50, then 'Unknown', then 'All ages'; 'CPA'
over 3, 7, 12, 16, 'Unknown', 'Total'; the total first or last): refused, 'a number naming a
row or column, rounded as a count'. The proof reads a run of numbers up to its first cell
that is not one; the analysis read the words as a break in the run, the column as counts,
and the plan rounded the bands (18 to 20). Words or a band's open end after the numbers, no
figure after them, close the run (analyse/run_ends ``closes_run``, asked by
analyse/label_numbers under a total line or on top of one).

A sheet's title in A1 ('Work Programme attachments by ward and month') over its one table
three or more blank rows down, as exports leave room for a logo or filters: refused, 'wpxl
cannot tell whether these counts are referrals, attachments, ... Name the measure in the
table's title', though the title named it. A line of words titled a table only within three
rows of it; the sheet's first block titles the sheet's one table wherever it starts below
(analyse/shared_titles ``table_below``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from tests.builders import script_book, write_book
from tests.e2e.runs import copy_formulas, copy_lines, sanitised_beside
from tests.misread import BANNER, misread_findings, proved
from wpxl.model import OutputCell, Plan
from wpxl.verify.kept_labels import ROUNDED_LABEL

_PROVIDERS = [
    (3, "East of England", "Ingeus", 1852, 2292),
    (3, "East of England", "Seetec", 1948, 2579),
    (7, "North East", "Avanta", 2206, 2840),
    (12, "West Yorkshire", "Ingeus", 957, 2622),
    (12, "West Yorkshire", "Rehab JobFit", 990, 2456),
]


def test_cpa_numbers_repeated_on_each_providers_line_over_a_total_stay(tmp_path):
    rows: list[list] = [
        ["Referrals by contract package area and provider"],
        [],
        ["CPA", "Contract package area", "Provider", "Apr 2013", "May 2013", "Total"],
    ]
    for cpa, area, provider, april, may in _PROVIDERS:
        rows.append([cpa, area, provider, april, may, april + may])
    april, may = (sum(line[i] for line in _PROVIDERS) for i in (3, 4))
    rows.append(["Total", None, None, april, may, april + may])
    source = write_book(tmp_path / "providers.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    lines = copy_lines(output, width=5)
    assert [line[:3] for line in lines[5:10]] == [line[:3] for line in _PROVIDERS]
    assert [line[3:] for line in lines[5:10]] == [
        (1860, 2300),
        (1940, 2580),
        (2200, 2840),
        (960, 2620),
        (1000, 2460),
    ]
    assert copy_formulas(output)["D11"] == "=SUM(D6:D10)"
    assert copy_formulas(output)["F6"] == "=SUM(D6:E6)"


_MONTHS = [dt.datetime(2013, month, 1) for month in (10, 11, 12)] + [dt.datetime(2014, 1, 1)]
_AREAS = {"Leeds": [504, 412, 303, 171], "Bradford": [492, 462, 190, 202]}


def _months_book(path: Path, month_format: str, years: bool) -> Path:
    """Referrals by area, the months across as dates shown ``month_format``, each year typed
    once over its first month when ``years``, a 'Total' column first and a 'Total' line."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Referrals")
    shown = book.add_format({"num_format": month_format})
    sheet.write(0, 0, "Referrals by month of referral")
    sheet.write_row(3, 0, ["Local authority", "Total"])
    for col, month in enumerate(_MONTHS, start=2):
        sheet.write_datetime(3, col, month, shown)
        if years and (col == 2 or month.month == 1):
            sheet.write_number(2, col, month.year)
    lines = [*_AREAS.items(), ("Total", [sum(c) for c in zip(*_AREAS.values(), strict=True)])]
    for row, (area, counts) in enumerate(lines, start=4):
        sheet.write_row(row, 0, [area, sum(counts), *counts])
    book.close()
    return path


def test_months_shown_as_mmm_stay_dates(tmp_path):
    source = _months_book(tmp_path / "months.xlsx", "mmm", years=False)
    output, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(output)["Referrals"]
    heads = [sheet.cell(4 + BANNER, col).value for col in range(3, 7)]
    assert heads == _MONTHS
    assert sheet.cell(4 + BANNER, 3).number_format == "mmm yyyy"
    assert [c.value for c in sheet[5 + BANNER]][2:6] == [500, 420, 300, 180]


def test_months_under_their_years_typed_once_are_written(tmp_path):
    source = _months_book(tmp_path / "years.xlsx", "mmm-yy", years=True)
    output, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(output)["Referrals"]
    assert [sheet.cell(3 + BANNER, col).value for col in (3, 6)] == [2013, 2014]
    assert [sheet.cell(4 + BANNER, col).value for col in range(3, 7)] == _MONTHS
    assert sheet.cell(7 + BANNER, 3).value == "=SUM(C7:C8)"


def test_the_proof_alone_refuses_a_count_shown_as_a_date_under_a_year(tmp_path):
    source = _months_book(tmp_path / "years.xlsx", "mmm-yy", years=True)

    def dressed(plan: Plan) -> None:  # Leeds' October as a date, as its head is shown
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        head = cells[(3 + BANNER, 2)]
        cells[(4 + BANNER, 2)] = OutputCell(41234.0, style=head.style, kind="kept")

    found = proved(tmp_path, source, dressed)
    assert "a count shown in a date format" in {f.kind for f in found}


_TOTAL_FIRST = {
    "age bands": ("Age band", "All ages", [18, 25, 35, 50]),
    "as text": ("Age band", "All ages", ["18", "25", "35", "50"]),
    "open band": ("Age band", "All ages", [18, 25, 35, "50+"]),
    "unknown": ("Age band", "All ages", [18, 25, 35, 50, "Unknown"]),
    "weeks": ("Weeks since attachment", "Total", [13, 26, 39, 52]),
    "areas": ("CPA", "Total", [3, 7, 12, 16]),
    "groups": ("Payment group", "All groups", [1, 2, 3, 6, 7]),
}
_LINES = {"JSA 18-24": [18, 133, 362, 397, 82], "JSA 25+": [486, 243, 176, 338, 361]}


def _total_first_rows(shape: str, summed: bool) -> list[list]:
    """Attachments by a numbered breakdown, the lines' totals in a column first, typed or as
    SUMs over the line (as a script writes them)."""
    corner, word, heads = _TOTAL_FIRST[shape]
    rows: list[list] = [["Attachments"], [], [corner, word, *heads]]
    last = xlsxwriter.utility.xl_col_to_name(1 + len(heads))
    for at, (name, counts) in enumerate(_LINES.items(), start=4):
        line = counts[: len(heads)]
        rows.append([name, f"=SUM(C{at}:{last}{at})" if summed else sum(line), *line])
    return rows


@pytest.mark.parametrize("shape", list(_TOTAL_FIRST))
@pytest.mark.parametrize("summed", [False, True], ids=["typed", "summed"])
def test_numbers_after_a_total_column_first_head_their_columns(tmp_path, shape, summed):
    rows = _total_first_rows(shape, summed)
    build = script_book if summed else write_book
    source = build(tmp_path / "breakdown.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    lines = copy_lines(output, width=7)
    heads = _TOTAL_FIRST[shape][2]
    assert list(lines[2 + BANNER][2 : 2 + len(heads)]) == heads
    assert copy_formulas(output)["B6"] == f"=SUM(C6:{'CDEFG'[len(heads) - 1]}6)"
    assert lines[3 + BANNER][2:4] == (20, 140)


def test_payment_groups_numbered_over_their_names_after_a_total_column_head_them(tmp_path):
    rows: list[list] = [["Referrals by local authority and payment group"], []]
    rows += [["Payment group", "Total", 1, 2, 6], [None, None, "JSA 18-24", "JSA 25+", "ESA Flow"]]
    rows += [["Leeds", 462, 143, 62, 257], ["Bradford", 626, 245, 288, 93]]
    source = write_book(tmp_path / "groups.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    lines = copy_lines(output, width=5)
    assert lines[2 + BANNER] == ("Payment group", "Total", 1, 2, 6)
    assert lines[4 + BANNER][2:] == (140, 60, 260)
    assert copy_formulas(output)["B7"] == "=SUM(C7:E7)"


@pytest.mark.parametrize("shape", ["age bands", "weeks", "areas"])
def test_the_proof_alone_refuses_numbers_after_a_total_column_rounded(tmp_path, shape):
    rows = _total_first_rows(shape, summed=False)
    heads = _TOTAL_FIRST[shape][2]
    written = {(2, col): float((n + 10) // 20 * 20) for col, n in enumerate(heads, start=2)}
    found = misread_findings(tmp_path, rows, written, "rounded")
    assert ROUNDED_LABEL in {f.kind for f in found}


_CLOSED = {
    "age bands": ("Age band", "All ages", [18, 25, 35, 50]),
    "areas": ("CPA", "Total", [3, 7, 12, 16]),
    "weeks": ("Weeks since attachment", "Total", [13, 26, 39, 52]),
    "ages": ("Age", "All ages", [16, 17, 18, 19]),
}


@pytest.mark.parametrize("shape", list(_CLOSED))
@pytest.mark.parametrize("on_top", [False, True], ids=["total last", "total first"])
def test_numbers_down_closed_by_an_unknown_line_name_their_lines(tmp_path, shape, on_top):
    corner, word, numbers = _CLOSED[shape]
    counts = [(317, 152), (463, 98), (244, 371), (356, 12), (477, 60)]
    names = [*numbers, "Unknown"]
    total = [word, *(sum(c) for c in zip(*counts, strict=True))]
    lines = [[name, *line] for name, line in zip(names, counts, strict=True)]
    body = [total, *lines] if on_top else [*lines, total]
    rows = [["Job starts"], [], [corner, "Leeds", "Bradford"], *body]
    source = write_book(tmp_path / "closed.xlsx", {"Referrals": rows})
    output, _ = sanitised_beside(source)
    shown = copy_lines(output, width=3)[3 + BANNER : 9 + BANNER]
    assert [line[0] for line in shown] == [line[0] for line in body]
    assert shown[1 if on_top else 0][1:] == (320, 160)
    summed = "=SUM(B7:B11)" if on_top else "=SUM(B6:B10)"
    assert copy_formulas(output)["B6" if on_top else "B11"] == summed


def test_a_sheets_title_rows_above_its_one_table_names_its_measure(tmp_path):
    rows: list[list] = [["Work Programme attachments by ward and month"], [], [], [], []]
    rows += [["Ward", "Ward code", "Oct", "Nov"], ["Headingley", "E05001234", 114, 43]]
    rows += [["Armley", "E05001235", 153, 11], ["Unknown", None, 173, 90]]
    source = write_book(tmp_path / "wards.xlsx", {"Data": rows})
    output, _ = sanitised_beside(source)
    lines = copy_lines(output, sheet="Data")
    assert lines[BANNER] == ("Work Programme attachments by ward and month", None, None, None)
    assert lines[6 + BANNER :] == [
        ("Headingley", "E05001234", 120, 40),
        ("Armley", "E05001235", 160, 20),
        ("Unknown", None, 180, 100),
    ]


def _year_month_book(path: Path) -> Path:
    """Referrals by month, the months as dates shown 'mmm-yy', the year on each year's first
    line only."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Referrals")
    shown = book.add_format({"num_format": "mmm-yy"})
    sheet.write(0, 0, "Referrals by month")
    sheet.write_row(2, 0, ["Year", "Month", "Referrals"])
    for row, (month, count) in enumerate(zip(_MONTHS, [604, 212, 487, 166], strict=True), 3):
        if row == 3 or month.month == 1:
            sheet.write_number(row, 0, month.year)
        sheet.write_datetime(row, 1, month, shown)
        sheet.write_number(row, 2, count)
    book.close()
    return path


def test_months_as_dates_beside_their_year_once_a_block_stay_months(tmp_path):
    output, _ = sanitised_beside(_year_month_book(tmp_path / "months.xlsx"))
    lines = copy_lines(output, width=3)[3 + BANNER :]
    assert lines == [
        (2013, _MONTHS[0], 600),
        (None, _MONTHS[1], 220),
        (None, _MONTHS[2], 480),
        (2014, _MONTHS[3], 160),
    ]


def test_the_proof_alone_refuses_a_count_shown_as_a_date_beside_its_year(tmp_path):
    source = _year_month_book(tmp_path / "months.xlsx")

    def dressed(plan: Plan) -> None:  # October's referrals carried as a date in its month
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        month = cells[(3 + BANNER, 1)]
        cells[(3 + BANNER, 2)] = OutputCell(41561.0, style=month.style, kind="kept")

    found = proved(tmp_path, source, dressed)
    assert "a count shown in a date format" in {f.kind for f in found}
