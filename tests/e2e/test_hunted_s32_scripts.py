"""What a hunt through MI packs written by other tools found (session 32).

The same pack (a title, a header of months, office lines, SUM totals down and across, a '% of
total' column, a table of job outcomes by payment group with its totals, subtotals by CPA
with a grand total over them, and a summary sheet reading the first sheet's grand total,
='Leeds'!E9) was written by openpyxl (formulas saved without results), by xlsxwriter (with no
results, with results given right, with results given wrong), and saved again by LibreOffice,
and each copy read back cell by cell (values, formulas, package XML).

xlsxwriter stores a result for every formula, and 0 when the script gives none: a viewer that
does not work formulas out shows every total as 0, and Excel works them out on opening, as the
workbook asks (``<calcPr fullCalcOnLoad="1"/>``, which openpyxl writes too and Excel never
saves). wpxl took the stored 0 for what the formula showed. Its plan worked the sums out from
the figures, as it does for a book saved without results, but the proof read the summary's
='Leeds'!E9 as a total of 0 and refused the right copy, telling the analyst to check in Excel a
total that adds up 'other cells' (a hidden row, a figure typed over a formula): in Excel the
total is right, and nothing the analyst could change would help. The same for figures linked
from a data sheet (='Referral data'!B2). A formula's stored 0 in a workbook that asks to be
worked out on opening is now read as no result stored (wpxl.read.cellvalues.Formulas, read the
same by the plan and the proof): the copy is the one a book saved without results gets, the
totals sums over the rounded cells with the values wpxl works out. A result the script gave is
kept, as Excel's own are (a lookup shown with its value is still rebuilt as the cell it
finds); a 0 Excel itself saved (no such flag) is still a 0. The same stored 0 made a title
joining words (="Referrals - "&B2) a figure, and the table under it was refused for want of a
measure its title named; and month heads counted on (=EDATE(B3,1)) read as the date 0 is, so
the typed first month was removed as 'a count in a date format' and the others dropped. Both
are read now as a book saved without results is (session 31): the title's words, the months.

A result a script gave wrong (xlsxwriter's value=, or a book whose stored 0s another program
saved again without working them out, as LibreOffice does, the flag then gone) is refused as
before, the copy's total not the input's; the refusal told the analyst to look in Excel for a
total adding up other cells, where it adds up. It says now too that a book may hold results
its program never worked out, and to open and save it in Excel (wpxl.verify.advice).

Rows stored out of order (as some programs write them) with a column of totals filled down
(one formula shared, ``<f t="shared" ref="E4:E6" si="0">``, the other cells naming only
``si``): a cell sharing the formula stored before the cell holding its text was read, as
openpyxl reads it, as holding no formula. Saved without results, each such total was blank:
the copy's totals column was empty but for one line, its grand total =SUM(E6) showed one
line's 240 for 600, and the proof, reading the input the same way, passed it. Such a cell is
now read once the whole sheet is read, as the formula it shares (wpxl.read.sheetxml); one
sharing a formula no cell holds is refused, saying to save the workbook in Excel.

Read right as they were (and kept so by tests elsewhere or here): pandas' to_excel with either
engine (an index, MultiIndex rows with their merged cells and blank index cells, MultiIndex
columns of referrals beside job outcomes), strings stored inline or as ``t="str"``, cells with
no ``r``, rows with no ``r``, a wrong or missing ``dimension``, ``<sheetPr filterMode="1">``,
counts written '1.23E2', '47.0' or '8.8e1', single-cell array formulas, and the pack saved
again by LibreOffice.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import xlsxwriter
from typer.testing import CliRunner

from tests.e2e.runs import sanitised_beside
from wpxl.cli import app
from wpxl.read import read_workbook

OFFICES = [
    ("Leeds North", [123, 47, 88]),
    ("Leeds South", [9, 31, 150]),
    ("Bradford", [64, 10, 77]),
]
OUTCOMES = [("JSA 18-24", [12, 7, 9]), ("JSA 25+", [23, 15, 4]), ("ESA Flow", [3, 2, 6])]


def _pack(path: Path, results: bool) -> Path:
    """The pack as xlsxwriter writes it: its formulas' results given (``results``) or not,
    when xlsxwriter stores 0 for each."""
    book = xlsxwriter.Workbook(str(path))
    leeds = book.add_worksheet("Leeds")

    def formula(sheet, row: int, col: int, text: str, value: float) -> None:
        sheet.write_formula(row, col, text, None, *((value,) if results else ()))

    leeds.write(0, 0, "Work Programme referrals by office - Leeds CPA")
    header = ["Office", "Apr-13", "May-13", "Jun-13", "Total", "% of total"]
    leeds.write_row(2, 0, header)
    grand = sum(sum(n) for _, n in OFFICES)
    for i, (office, counts) in enumerate(OFFICES):
        row = 4 + i  # as Excel numbers it
        leeds.write_row(row - 1, 0, [office, *counts])
        formula(leeds, row - 1, 4, f"=SUM(B{row}:D{row})", sum(counts))
        formula(leeds, row - 1, 5, f"=E{row}/$E$7", sum(counts) / grand)
    leeds.write(6, 0, "Total")
    for col, letter in enumerate("BCDE", start=1):
        shown = grand if letter == "E" else sum(n[col - 1] for _, n in OFFICES)
        formula(leeds, 6, col, f"=SUM({letter}4:{letter}6)", shown)
    leeds.write(9, 0, "Job outcomes by payment group")
    leeds.write_row(10, 0, header[:5])
    for i, (group, counts) in enumerate(OUTCOMES):
        row = 12 + i
        leeds.write_row(row - 1, 0, [group, *counts])
        formula(leeds, row - 1, 4, f"=SUM(B{row}:D{row})", sum(counts))
    leeds.write(14, 0, "Total")
    for col, letter in enumerate("BCDE", start=1):
        shown = sum(sum(n) if letter == "E" else n[col - 1] for _, n in OUTCOMES)
        formula(leeds, 14, col, f"=SUM({letter}12:{letter}14)", shown)
    summary = book.add_worksheet("Summary")
    summary.write_row(0, 0, ["Measure", "Leeds CPA"])
    summary.write(1, 0, "Referrals")
    formula(summary, 1, 1, "='Leeds'!E7", grand)
    book.close()
    return path


def _copy(tmp_path: Path, results: bool) -> tuple[openpyxl.Workbook, openpyxl.Workbook]:
    output, _ = sanitised_beside(_pack(tmp_path / "pack.xlsx", results))
    return openpyxl.load_workbook(output, data_only=True), openpyxl.load_workbook(output)


def _lines(sheet, first: int, last: int) -> list[list]:
    """The first five values of each line from ``first`` to ``last``."""
    rows = sheet.iter_rows(min_row=first, max_row=last, max_col=5)
    return [[c.value for c in row] for row in rows]


def _figures(book: openpyxl.Workbook) -> set[float]:
    return {
        c.value
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, int | float) and not isinstance(c.value, bool)
    }


def test_an_xlsxwriter_pack_given_no_results_is_copied_with_its_totals_worked_out(tmp_path):
    shown, formulas = _copy(tmp_path, results=False)
    leeds = shown["Leeds"]
    assert _lines(leeds, 6, 9) == [
        ["Leeds North", 120, 40, 80, 240],
        ["Leeds South", 0, 40, 160, 200],
        ["Bradford", 60, 20, 80, 160],
        ["Total", 180, 100, 320, 600],
    ]
    assert formulas["Leeds"]["E9"].value == "=SUM(E6:E8)"
    assert formulas["Leeds"]["B9"].value == "=SUM(B6:B8)"
    assert shown["Summary"]["B4"].value == 600
    assert formulas["Summary"]["B4"].value == "=SUM(Leeds!E9)"
    outcomes = {sum(n) for _, n in OUTCOMES} | {n for _, ns in OUTCOMES for n in ns} | {81}
    assert not _figures(shown) & (outcomes - {0, 1})


def test_an_xlsxwriter_pack_given_its_results_is_copied_the_same(tmp_path):
    (tmp_path / "given").mkdir()
    given, _ = _copy(tmp_path / "given", results=True)
    unsaved, _ = _copy(tmp_path, results=False)
    for name in ("Leeds", "Summary"):
        assert _lines(given[name], 3, 12) == _lines(unsaved[name], 3, 12)


def test_a_stored_zero_is_no_result_only_in_a_book_worked_out_on_opening(tmp_path):
    """xlsxwriter's placeholder 0 is read as no result; a result it was given, and a 0 in a
    book without the flag (as Excel saves one), are read as they are."""
    source = _pack(tmp_path / "pack.xlsx", results=False)
    cells = read_workbook(source).sheets[0].cells
    assert (cells[(6, 4)].formula, cells[(6, 4)].value) == ("SUM(E4:E6)", None)
    given = read_workbook(_pack(tmp_path / "given.xlsx", results=True)).sheets[0].cells
    assert given[(6, 4)].value == 599
    saved = tmp_path / "saved.xlsx"
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(saved, "w") as out:
        for name in package.namelist():
            part = package.read(name)
            out.writestr(name, part.replace(b' fullCalcOnLoad="1"', b""))
    assert read_workbook(saved).sheets[0].cells[(6, 4)].value == 0


# Rows written out of order, their totals one shared formula (findings below)


def _shared_totals(path: Path, rows: list[int], master: bool = True) -> Path:
    """Referrals by office, each line's total the formula E4 shares down to E6 (``<f
    t="shared">``, as Excel and LibreOffice store a filled formula), the office lines stored in
    the order ``rows`` gives; without ``master`` no cell holds the shared formula's text."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Leeds"
    sheet.append(["Referrals by office - Leeds CPA"])
    sheet.append([])
    sheet.append(["Office", "Apr-13", "May-13", "Jun-13", "Total"])
    for office, counts in OFFICES:
        sheet.append([office, *counts, "=SUM(B{0}:D{0})".format(sheet.max_row + 1)])
    sheet.append(["Total", "=SUM(B4:B6)", "=SUM(C4:C6)", "=SUM(D4:D6)", "=SUM(E4:E6)"])
    book.save(path)
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for row in (4, 5, 6):
        text = "SUM(B4:D4)" if row == 4 and master else ""
        shared = (
            f'<f t="shared" ref="E4:E6" si="0">{text}</f>' if text else '<f t="shared" si="0"/>'
        )
        xml = re.sub(rf"<f>SUM\(B{row}:D{row}\)</f>(<v\s*/>)?", shared, xml)
    lines = {int(n): line for line, n in re.findall(r'(<row r="(\d+)".*?</row>)', xml, re.S)}
    data = re.search(r"<sheetData>(.*)</sheetData>", xml, re.S)
    order = [1, 3, *rows, 7] if 2 not in lines else [1, 2, 3, *rows, 7]
    xml = xml[: data.start(1)] + "".join(lines[n] for n in order) + xml[data.end(1) :]
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as package:
        for name, part in parts.items():
            package.writestr(name, part)
    return path


def test_a_shared_total_stored_before_the_cell_holding_its_formula_is_read_as_that_formula(
    tmp_path,
):
    """Read as openpyxl reads it, each line's total stored above the line holding the shared
    formula's text held no formula: E7:E8 of the copy were blank, its grand total
    =SUM(E6) showed 240 where the lines add up to 600, and the proof passed it (it reads the
    input the same way). Such a cell is read once the sheet is read, as the formula it shares."""
    output, _ = sanitised_beside(_shared_totals(tmp_path / "reversed.xlsx", [6, 5, 4]))
    shown = openpyxl.load_workbook(output, data_only=True)["Leeds"]
    formulas = openpyxl.load_workbook(output)["Leeds"]
    assert _lines(shown, 6, 9) == [
        ["Leeds North", 120, 40, 80, 240],
        ["Leeds South", 0, 40, 160, 200],
        ["Bradford", 60, 20, 80, 160],
        ["Total", 180, 100, 320, 600],
    ]
    assert [formulas[f"E{row}"].value for row in range(6, 10)] == [
        "=SUM(B6:D6)", "=SUM(B7:D7)", "=SUM(B8:D8)", "=SUM(E6:E8)",
    ]  # fmt: skip


def test_shared_totals_stored_in_order_are_read_as_before(tmp_path):
    cells = read_workbook(_shared_totals(tmp_path / "ordered.xlsx", [4, 5, 6])).sheets[0].cells
    assert [cells[(row, 4)].formula for row in (3, 4, 5)] == [
        "SUM(B4:D4)",
        "SUM(B5:D5)",
        "SUM(B6:D6)",
    ]


def test_a_total_sharing_a_formula_no_cell_holds_is_refused_saying_to_save_in_excel(tmp_path):
    source = _shared_totals(tmp_path / "masterless.xlsx", [4, 5, 6], master=False)
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    said = " ".join(result.stderr.split())
    assert result.exit_code != 0
    assert not (tmp_path / "masterless-sanitised.xlsx").exists()
    assert "sheet 'Leeds' cell E4 shares a formula that no cell of the sheet holds" in said
    assert "Open the workbook in Excel, save it again as .xlsx and retry" in said


def test_an_xlsxwriter_title_joining_words_is_read_as_its_words(tmp_path):
    """Stored as 0, the title was a figure over the table, refused for want of a measure."""
    source = tmp_path / "titled.xlsx"
    book = xlsxwriter.Workbook(str(source))
    sheet = book.add_worksheet("Leeds")
    sheet.write_formula(0, 0, '="Referrals - "&B2')
    sheet.write_row(1, 0, ["Area", "Leeds"])
    sheet.write_row(3, 0, ["Payment group", "Number"])
    sheet.write_row(4, 0, ["JSA", 123])
    sheet.write_row(5, 0, ["ESA", 47])
    sheet.write(6, 0, "Total")
    sheet.write_formula(6, 1, "=SUM(B5:B6)")
    book.close()
    output, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(output, data_only=True)["Leeds"]
    assert shown["A3"].value == "Referrals - Leeds"
    assert [line[:2] for line in _lines(shown, 7, 9)] == [["JSA", 120], ["ESA", 40], ["Total", 160]]


def test_xlsxwriter_month_heads_counted_on_head_the_copy(tmp_path):
    """Stored as 0 under a date format, the heads were removed or dropped."""
    source = tmp_path / "months.xlsx"
    book = xlsxwriter.Workbook(str(source))
    sheet = book.add_worksheet("Leeds")
    month = book.add_format({"num_format": "mmm-yy"})
    sheet.write(0, 0, "Referrals by payment group")
    sheet.write(2, 0, "Payment group")
    sheet.write_datetime(2, 1, dt.datetime(2013, 4, 1), month)
    sheet.write_formula(2, 2, "=EDATE(B3,1)", month)
    sheet.write_formula(2, 3, "=EDATE(C3,1)", month)
    sheet.write_row(3, 0, ["JSA 18-24", 123, 47, 88])
    sheet.write_row(4, 0, ["JSA 25+", 9, 31, 150])
    book.close()
    output, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(output, data_only=True)["Leeds"]
    heads = [shown.cell(5, col).value for col in (2, 3, 4)]
    assert heads == [dt.datetime(2013, 4, 1), dt.datetime(2013, 5, 1), dt.datetime(2013, 6, 1)]
    assert _lines(shown, 6, 7) == [["JSA 18-24", 120, 40, 80, None], ["JSA 25+", 0, 40, 160, None]]


def test_a_pack_whose_script_gave_a_wrong_result_is_refused_saying_to_save_it_in_excel(tmp_path):
    """A result given wrong (the summary's stored 1797 where Excel shows 599) is refused, as
    before; the refusal said only to look in Excel for a total adding up other cells, which in
    Excel adds up. It says now that the book may hold results never worked out, and to save
    it in Excel."""
    source = _pack(tmp_path / "stale.xlsx", results=True)
    with zipfile.ZipFile(source) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    summary = parts["xl/worksheets/sheet2.xml"]
    assert summary.count(b"<v>599</v>") == 1
    parts["xl/worksheets/sheet2.xml"] = summary.replace(b"<v>599</v>", b"<v>1797</v>")
    with zipfile.ZipFile(source, "w") as package:
        for name, part in parts.items():
            package.writestr(name, part)
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    said = " ".join(result.stderr.split())
    assert result.exit_code != 0
    assert not (tmp_path / "stale-sanitised.xlsx").exists()
    assert "'Summary' B2: a total that adds up other cells than the input's total" in said
    assert "never worked out (as some scripts and converters save them)" in said
    assert "so open it in Excel and save it; then try again" in said
