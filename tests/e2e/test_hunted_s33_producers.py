"""What a hunt through packs other programs write found (session 33, producers).

The same pack (a title, month heads as dates, office lines of referrals with SUM totals down
and across, a sheet of job outcomes by payment group with its totals) was written by openpyxl,
xlsxwriter (in its constant-memory mode too, with rich text), LibreOffice (from .xlsx, .ods and
.csv) and by editing the package's XML into the forms other programs write, then sanitised and
each copy read back cell by cell. Every sample and corpus book was also saved again by
LibreOffice (straight, and by way of .ods), and each such copy rewritten with its strings
inline, cells and rows without ``r``, no ``dimension``, every element under an ``x:`` prefix,
indented XML and filled-down totals as shared formulas: each gave the copy the original gave.
What the hunt found in the text such packs hold (footnote calls set in superscript, characters
written as codes) is in test_hunted_s33_producers2.py.

Parts found by their usual names, not by the package's relationships. Excel finds the workbook
through ``_rels/.rels`` and the workbook's styles, shared strings, theme and sheets through the
workbook's own relationships, and the Open Packaging Conventions compare part names without
regard to case; the names Excel gives them are its habit. wpxl read ``xl/workbook.xml``,
``xl/styles.xml``, ``xl/sharedStrings.xml`` and ``xl/theme/theme1.xml`` by those names and a
sheet by the exact spelling of its target, so a pack that Excel and openpyxl open was refused:
its shared strings kept as ``xl/SharedStrings.xml`` or its styles under another name, 'the
workbook is damaged and cannot be read (IndexError)'; its workbook part of another name, 'a zip
archive that is not an Excel workbook'; a sheet stored as ``xl/worksheets/Sheet1.XML`` that the
workbook names ``worksheets/sheet1.xml``, 'damaged (KeyError)'. And the document's properties
kept where a .NET packager puts them (``package/services/metadata/core-properties/*.psmdcp``)
were not seen: the author's name was not among the words the proof looks for in the copy, and
the cover did not list the properties as removed. Every part is now found as Excel finds it
(wpxl.read.parts), by the reader and so by the proof, which reads the input through it; the
check that no merged range or hyperlink spans a million cells covers a sheet kept under any
name.

Array formulas over a range. A column of line totals entered once as an array formula
(``{=B3:B5+C3:C5+D3:D5}`` over E3:E5, with Ctrl+Shift+Enter or typed once in Excel 365 and
spilled), or a total line across (``{=B3:D3+B4:D4+B5:D5}`` over B6:D6), is stored in its first
cell; the others hold only the values they show. Read as stored, the first cell was a total
naming every figure of the table (and showing one line's sum) and the others typed figures: a
good pack was refused as 'a total that adds up other cells than the input's', and the advice
to open and save it in Excel could not help. Where the formula works cell by cell (ranges the
shape of the array or one line or column of it, numbers and arithmetic, no function) each cell
is now read as what Excel works out there (E4: B4+C4+D4, wpxl.read.array_cells), by the plan
and the proof alike, and the copy's totals are SUMs over the rounded cells as for any other
pack; an array formula of any other kind is read as before.

Parts stored in UTF-16. Some programs write the package's XML in UTF-16 (with its byte order
mark), which Excel, openpyxl and every XML parser read. wpxl parsed it right, but searched
some parts' raw bytes as UTF-8: the formulas naming other sheets (which decide the sheets read
together), merged ranges too large to read, figures in sheet names, the text of dropped parts
and document properties. A summary sheet linking each office's total on the referrals sheet
(=Referrals!E3) was read apart from it, and its links were removed as 'a total over no
figures wpxl shares'; a merged range of five million cells went past the check meant to stop
it. Those searches now read such a part as UTF-8 (wpxl.read.parts.as_utf8, utf8_chunks).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from typer.testing import CliRunner

from tests.e2e.producers import COPIED, MONTHS, OFFICES, OUTCOMES, copy_lines, xlsxwriter_pack
from tests.e2e.runs import sanitised_beside
from wpxl.cli import app
from wpxl.read import read_workbook, survey_workbook


def _moved(path: Path, moves: dict[str, str], named: dict[str, str] | None = None) -> Path:
    """The package with each part of ``moves`` stored under its new name, and the references
    ``named`` gives (old text -> new) changed in the relationships and content types."""
    with zipfile.ZipFile(path) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    with zipfile.ZipFile(path, "w") as package:
        for name, part in parts.items():
            if name.endswith(".rels") or name == "[Content_Types].xml":
                for old, new in (named or {}).items():
                    part = part.replace(old.encode(), new.encode())
            package.writestr(moves.get(name, name), part)
    return path


@pytest.mark.parametrize(
    ("moves", "named"),
    [
        (
            {"xl/sharedStrings.xml": "xl/SharedStrings.xml"},
            {"sharedStrings.xml": "SharedStrings.xml"},
        ),
        ({"xl/styles.xml": "xl/formats.xml"}, {"styles.xml": "formats.xml"}),
        (
            {
                "xl/workbook.xml": "xl/book.xml",
                "xl/_rels/workbook.xml.rels": "xl/_rels/book.xml.rels",
            },
            {"xl/workbook.xml": "xl/book.xml"},
        ),
        ({"xl/worksheets/sheet1.xml": "xl/worksheets/Sheet1.XML"}, {}),
    ],
    ids=["shared strings", "styles", "workbook", "sheet in other case"],
)
def test_a_pack_whose_parts_are_named_otherwise_is_read_as_excel_reads_it(tmp_path, moves, named):
    """Found by the relationships (and without regard to case), as Excel finds them: the pack
    was refused as damaged or as no workbook."""
    source = _moved(xlsxwriter_pack(tmp_path / "named.xlsx"), moves, named)
    book = read_workbook(source)
    referrals = book.sheets[0]
    assert [s.name for s in book.sheets] == ["Referrals", "Outcomes"]
    assert referrals.cells[(1, 1)].value == MONTHS[0]  # read in its date format
    assert referrals.cells[(2, 0)].value == "Leeds North"
    assert referrals.cells[(1, 0)].style.bold
    output, _ = sanitised_beside(source)
    assert copy_lines(output) == COPIED
    outcomes = {n for _, counts in OUTCOMES for n in counts} | {sum(n) for _, n in OUTCOMES}
    copy = openpyxl.load_workbook(output, data_only=True)
    assert "Outcomes" not in copy.sheetnames
    shown = {c for s in copy for row in s.iter_rows(values_only=True) for c in row}
    assert not shown & (outcomes - {0, 1})


def test_document_properties_a_net_packager_keeps_elsewhere_are_found(tmp_path):
    """``package/services/metadata/core-properties/*.psmdcp``, as System.IO.Packaging names
    them: the author's name is among the words the proof looks for in the copy, and the cover
    says the properties were removed."""
    kept = "package/services/metadata/core-properties/4f1b2c.psmdcp"
    source = _moved(
        xlsxwriter_pack(tmp_path / "packaged.xlsx"),
        {"docProps/core.xml": kept},
        {"docProps/core.xml": kept},
    )
    survey = survey_workbook(source)
    assert "Jane Hargreaves" in survey.dropped_text
    assert survey.extras["document properties"] >= 1


def test_a_huge_merged_range_on_a_sheet_kept_under_another_name_is_refused(tmp_path):
    """The check that no merged range spans a million cells read only parts under
    ``xl/worksheets/``: a sheet kept elsewhere went past it."""
    source = _moved(
        xlsxwriter_pack(tmp_path / "merged.xlsx"),
        {"xl/worksheets/sheet1.xml": "xl/sheets/referrals.xml"},
        {"worksheets/sheet1.xml": "/xl/sheets/referrals.xml"},
    )
    with zipfile.ZipFile(source) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    xml = parts["xl/sheets/referrals.xml"].decode()
    xml = re.sub(r"</sheetData>", '</sheetData><mergeCells count="1"><mergeCell '
                 'ref="A10:Z200000"/></mergeCells>', xml)  # fmt: skip
    parts["xl/sheets/referrals.xml"] = xml.encode()
    with zipfile.ZipFile(source, "w") as package:
        for name, part in parts.items():
            package.writestr(name, part)
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert result.exit_code != 0
    assert "a merged cell or hyperlink spans 5,199,766 cells" in result.stderr


# Array formulas over a range (findings in the module's docstring)


def _arrayxlsxwriter_pack(path: Path, dynamic: bool, results: bool = True) -> Path:
    """The pack with each sheet's line totals one array formula down E3:E5 (typed with
    Ctrl+Shift+Enter, or ``dynamic``: typed once in Excel 365 and spilled), and its total line
    one across B6:D6; without ``results`` as xlsxwriter stores them given none (0 in each)."""
    book = xlsxwriter.Workbook(str(path))
    write = book.add_worksheet
    for name, lines, first in (("Referrals", OFFICES, "Office"),
                               ("Outcomes", OUTCOMES, "Payment group")):  # fmt: skip
        sheet = write(name)
        array = sheet.write_dynamic_array_formula if dynamic else sheet.write_array_formula
        sheet.write(0, 0, f"{name} by month, April to June")
        sheet.write_row(1, 0, [first, "April", "May", "June", "Total"])
        for i, (label, counts) in enumerate(lines, start=2):
            sheet.write_row(i, 0, [label, *counts])
        given = (sum(lines[0][1]),) if results else ()
        array("E3:E5", "{=B3:B5+C3:C5+D3:D5}", None, *given)
        sheet.write(5, 0, "Total")
        given = (sum(n[0] for _, n in lines),) if results else ()
        array("B6:D6", "{=B3:D3+B4:D4+B5:D5}", None, *given)
        sheet.write_formula(5, 4, "=SUM(E3:E5)", None, sum(sum(n) for _, n in lines))
    book.close()
    return path


@pytest.mark.parametrize("dynamic", [False, True], ids=["entered as an array", "spilled"])
def test_array_totals_are_read_as_each_cells_own_total(tmp_path, dynamic):
    """Read as stored, the first cell's total named every figure of the table and the others
    were typed figures: the copy was refused as 'a total that adds up other cells than the
    input's'. Each cell is read as the formula Excel works out there."""
    source = _arrayxlsxwriter_pack(tmp_path / "arrays.xlsx", dynamic)
    cells = read_workbook(source).sheets[0].cells
    assert [cells[(row, 4)].formula for row in (2, 3, 4)] == ["B3+C3+D3", "B4+C4+D4", "B5+C5+D5"]
    assert [cells[(5, col)].formula for col in (1, 2, 3)] == [
        "B3+B4+B5", "C3+C4+C5", "D3+D4+D5",
    ]  # fmt: skip
    output, _ = sanitised_beside(source)
    assert copy_lines(output) == COPIED
    copy = openpyxl.load_workbook(output)
    assert "Outcomes" not in copy.sheetnames
    totals = [c.value for row in copy["Referrals"].iter_rows() for c in row[4:5] if c.value]
    assert totals[-4:] == ["=SUM(B5:D5)", "=SUM(B6:D6)", "=SUM(B7:D7)", "=SUM(E5:E7)"]


def test_array_totals_a_script_gave_no_results_are_worked_out(tmp_path):
    """xlsxwriter stores 0 in every cell of an array it is given no result for."""
    output, _ = sanitised_beside(
        _arrayxlsxwriter_pack(tmp_path / "unworked.xlsx", False, results=False)
    )
    assert copy_lines(output) == COPIED


def test_an_array_formula_not_worked_cell_by_cell_is_read_as_stored(tmp_path):
    """A function over the ranges (or a range of another shape) is not taken apart: the first
    cell keeps the array's formula, the others the values they show."""
    book = xlsxwriter.Workbook(str(tmp_path / "whole.xlsx"))
    sheet = book.add_worksheet("Referrals")
    sheet.write_row(0, 0, ["Office", "April", "May"])
    sheet.write_row(1, 0, ["Leeds", 123, 47])
    sheet.write_row(2, 0, ["Bradford", 64, 10])
    sheet.write_array_formula("D2:D3", "{=B2:B3*SUM(C2:C3)}", None, 7011)
    sheet.write_array_formula("E2:E3", "{=B2:C3+1}", None, 124)
    book.close()
    cells = read_workbook(tmp_path / "whole.xlsx").sheets[0].cells
    assert cells[(1, 3)].formula == "B2:B3*SUM(C2:C3)"
    assert cells[(2, 3)].formula is None
    assert cells[(1, 4)].formula == "B2:C3+1"
    assert cells[(2, 4)].formula is None


# Parts stored in UTF-16 (findings in the module's docstring)


def _wide(path: Path, parts: str = "xl/worksheets/") -> Path:
    """The package with the XML parts whose names start with ``parts`` stored in UTF-16."""
    with zipfile.ZipFile(path) as package:
        stored = {name: package.read(name) for name in package.namelist()}
    with zipfile.ZipFile(path, "w") as package:
        for name, part in stored.items():
            if name.startswith(parts) and name.endswith(".xml"):
                part = part.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
                part = part.encode("utf-16")
            package.writestr(name, part)
    return path


def _summarised(path: Path) -> Path:
    """The referrals by office, and a summary sheet linking each office's total."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Referrals")
    sheet.write_row(0, 0, ["Office", "April", "May", "June", "Total"])
    for i, (office, counts) in enumerate(OFFICES, start=1):
        sheet.write_row(i, 0, [office, *counts])
        sheet.write_formula(i, 4, f"=SUM(B{i + 1}:D{i + 1})", None, sum(counts))
    summary = book.add_worksheet("Summary")
    summary.write_row(0, 0, ["Office", "Referrals"])
    for i, (office, counts) in enumerate(OFFICES, start=1):
        summary.write(i, 0, office)
        summary.write_formula(i, 1, f"=Referrals!E{i + 1}", None, sum(counts))
    book.close()
    return path


def test_a_summary_stored_in_utf_sixteen_is_read_with_the_sheet_it_links(tmp_path):
    """Its links were not seen: it was read apart and they were removed."""
    source = _wide(_summarised(tmp_path / "wide.xlsx"))
    assert openpyxl.load_workbook(source)["Summary"]["B2"].value == "=Referrals!E2"
    assert survey_workbook(source).groups == [[0, 1]]
    output, _ = sanitised_beside(source)
    shown = openpyxl.load_workbook(output, data_only=True)["Summary"]
    formulas = openpyxl.load_workbook(output)["Summary"]
    lines = [list(row) for row in shown.iter_rows(max_col=2, values_only=True)]
    assert ["Leeds North", 240] in lines
    assert ["Bradford", 160] in lines
    linked = [c.value for row in formulas.iter_rows(max_col=2) for c in row[1:]]
    assert "=SUM(Referrals!E4)" in linked


def test_a_huge_merged_range_on_a_sheet_stored_in_utf_sixteen_is_refused(tmp_path):
    source = xlsxwriter_pack(tmp_path / "widemerged.xlsx")
    with zipfile.ZipFile(source) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    merged = '<mergeCells count="1"><mergeCell ref="A10:Z200000"/></mergeCells>'
    parts["xl/worksheets/sheet1.xml"] = xml.replace(
        "</sheetData>", "</sheetData>" + merged
    ).encode()
    with zipfile.ZipFile(source, "w") as package:
        for name, part in parts.items():
            package.writestr(name, part)
    _wide(source)
    result = CliRunner().invoke(app, ["sanitise", str(source), "--out-dir", str(tmp_path)])
    assert result.exit_code != 0
    assert "a merged cell or hyperlink spans 5,199,766 cells" in result.stderr
