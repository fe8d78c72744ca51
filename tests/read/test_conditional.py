"""Conditional formats can hide text or show a count: read judges what their rules may paint.

A rule's condition is not evaluated. Text a rule could paint in its background's colour is
hidden content (left out, counted, kept for the leak check); a count written white is shown
when a rule lays a fill it stands out on under it, as a traffic-light table does.
"""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from tests.robustness.conftest import rewrite_package
from wpxl.read import read_workbook
from wpxl.read.invisible import INVISIBLE_CELLS

RAG = (("#00B050", ">=", 100), ("#FFC000", ">=", 20), ("#C00000", "<", 20))


def _book(path: Path, write) -> Path:
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Dashboard")
    ws.write_string(0, 0, "Job starts by payment group")
    write(book, ws)
    book.close()
    return path


def _rag(book, ws, cells: str) -> None:
    for colour, criteria, value in RAG:
        fill = book.add_format({"bg_color": colour})
        ws.conditional_format(cells, {"type": "cell", "criteria": criteria, "value": value,
                                      "format": fill})  # fmt: skip


def test_white_counts_on_traffic_light_fills_are_read_and_without_them_hidden(tmp_path):
    def write(book, ws):
        white = book.add_format({"font_color": "#FFFFFF", "bold": True})
        ws.write_row(2, 1, [137, 212, 12], white)  # B3:D3 under the rules
        ws.write_row(3, 1, [4127, 4129], white)  # B4:C4: no rule paints these
        _rag(book, ws, "B3:D3")
        paint_white = book.add_format({"font_color": "#FFFFFF"})  # a rule of font only
        ws.conditional_format("B4:C4", {"type": "no_errors", "format": paint_white})

    book = read_workbook(_book(tmp_path / "rag.xlsx", write))
    cells = book.sheets[0].cells
    assert [cells[(2, c)].value for c in (1, 2, 3)] == [137, 212, 12]
    assert (3, 1) not in cells and (3, 2) not in cells
    assert book.extras[INVISIBLE_CELLS] == 2
    assert {"4127", "4129"} <= set(book.dropped_text)


def test_text_a_rule_may_paint_white_is_hidden_but_white_on_the_rules_own_fill_is_read(tmp_path):
    def write(book, ws):
        ws.write(2, 0, "SECRET-painted Chesterfield")
        ws.write(3, 0, "SECRET-both Ilkeston")
        ws.write(4, 0, "Highlighted heading")
        ws.write(5, 0, "SECRET-white on a rule's fill", book.add_format({"font_color": "#FFFFFF"}))
        ws.write(6, 0, "Plain note")
        white = book.add_format({"font_color": "#FFFFFF"})
        ws.conditional_format("A3", {"type": "no_errors", "format": white})
        ws.conditional_format("A4", {"type": "no_errors", "format": white})
        ws.conditional_format("A4", {"type": "no_blanks", "format": book.add_format(
            {"bg_color": "#1F497D"})})  # fmt: skip
        ws.conditional_format("A5", {"type": "no_errors", "format": book.add_format(
            {"font_color": "#FFFFFF", "bg_color": "#1F497D"})})  # fmt: skip
        _rag(book, ws, "A6")

    book = read_workbook(_book(tmp_path / "painted.xlsx", write))
    cells = book.sheets[0].cells
    assert [(r, 0) in cells for r in range(2, 7)] == [False, False, True, False, True]
    assert book.extras[INVISIBLE_CELLS] == 3
    assert {"SECRET-painted Chesterfield", "SECRET-both Ilkeston"} <= set(book.dropped_text)


def test_a_rule_over_whole_columns_and_an_excel_2010_rule_are_read(tmp_path):
    def write(book, ws):
        ws.write(2, 0, "SECRET-column Belper")
        ws.write(2, 2, "SECRET-2010 Bakewell")
        ws.write(3, 2, "Read as ever")
        ws.conditional_format("A1:A1048576", {"type": "no_errors", "format": book.add_format(
            {"font_color": "#FEFEFE"})})  # fmt: skip

    built = _book(tmp_path / "built.xlsx", write)
    with __import__("zipfile").ZipFile(built) as package:
        sheet = package.read("xl/worksheets/sheet1.xml").decode()
    x14 = (
        '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" '
        'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        "<x14:conditionalFormattings><x14:conditionalFormatting "
        'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
        '<x14:cfRule type="expression" priority="2" id="{00000000-0000-0000-0000-000000000001}">'
        '<xm:f>TRUE</xm:f><x14:dxf><font><color theme="0"/></font></x14:dxf></x14:cfRule>'
        "<xm:sqref>C3</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings>"
        "</ext></extLst>"
    )
    sheet = sheet.replace("</worksheet>", x14 + "</worksheet>")
    source = rewrite_package(
        built, tmp_path / "x14.xlsx", {"xl/worksheets/sheet1.xml": sheet.encode()}
    )
    book = read_workbook(source)
    cells = book.sheets[0].cells
    assert (2, 0) not in cells and (2, 2) not in cells
    assert cells[(3, 2)].value == "Read as ever"
    assert {"SECRET-column Belper", "SECRET-2010 Bakewell"} <= set(book.dropped_text)
