"""Cells that try to be something else: formula-like text, invisible figures, macro workbooks."""

from __future__ import annotations

import re
import zipfile

import openpyxl
import xlsxwriter

from wpxl.read.invisible import HIDDEN_BY_FORMAT, INVISIBLE_CELLS
from wpxl.sanitise import sanitise_file

FORMULA_LIKE = ["=SUM(B4:B5) by hand", "+ new this month", "- provisional", "@risk group"]


def _sheet_xml(path, index: int = 2) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(f"xl/worksheets/sheet{index}.xml").decode()


def test_text_that_starts_like_a_formula_is_written_as_text(tmp_path, job):
    source = tmp_path / "notes.xlsx"
    book = xlsxwriter.Workbook(str(source), {"strings_to_formulas": False})
    ws = book.add_worksheet("Referrals")
    ws.write_string(0, 0, "Referrals by payment group")
    ws.write_row(2, 0, ["Payment group", "Apr 2013"])
    ws.write_row(3, 0, ["JSA 18-24", 121])
    ws.write_row(4, 0, ["JSA 25+", 307])
    for i, text in enumerate(FORMULA_LIKE):
        ws.write_string(7 + i, 0, text)
    book.close()
    output = sanitise_file(source, job).output
    cells = openpyxl.load_workbook(output)["Referrals"]
    notes = [cells.cell(10 + i, 1) for i in range(len(FORMULA_LIKE))]
    assert [c.value for c in notes] == FORMULA_LIKE
    assert all(c.data_type == "s" for c in notes)
    assert "<f>" not in _sheet_xml(output)


def test_invisible_figures_are_hidden_content_not_carried_and_listed(tmp_path, job):
    """White on white, ';;;' and a 1-point font hide a figure from the sheet's reader, not from
    whoever opens the file: such cells are hidden content (issue 14, invariant 4)."""
    source = tmp_path / "invisible.xlsx"
    book = xlsxwriter.Workbook(str(source))
    white = book.add_format({"font_color": "#FFFFFF", "bg_color": "#FFFFFF", "pattern": 1})
    hidden_format = book.add_format({"num_format": ";;;"})
    tiny = book.add_format({"font_size": 1})
    ws = book.add_worksheet("Referrals")
    ws.write_string(0, 0, "Referrals by payment group")
    ws.write_row(2, 0, ["Payment group", "Apr 2013", "May 2013", "Jun 2013"])
    ws.write_row(3, 0, ["JSA 18-24", 121, 93, 77])
    ws.write_row(4, 0, ["JSA 25+"])
    ws.write_number(4, 1, 347, white)
    ws.write_number(4, 2, 251, hidden_format)
    ws.write_number(4, 3, 189, tiny)
    book.close()
    result = sanitise_file(source, job)
    ws_out = openpyxl.load_workbook(result.output)["Referrals"]
    assert [ws_out.cell(7, c).value for c in range(2, 5)] == [None, None, None]
    text = _sheet_xml(result.output)
    for figure in ("347", "251", "189"):
        assert not re.search(rf"(?<![\d.]){figure}(?![\d.])", text)
    kinds = {r.kind for r in result.removed}
    assert {INVISIBLE_CELLS, HIDDEN_BY_FORMAT} <= kinds


def test_macro_workbook_gives_a_plain_xlsx_without_the_macros(tmp_path, job):
    source = tmp_path / "pack.xlsm"
    vba = tmp_path / "vbaProject.bin"
    vba.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"Sub AutoOpen() Kinloch macro" * 40)
    book = xlsxwriter.Workbook(str(source))
    ws = book.add_worksheet("Referrals")
    ws.write_string(0, 0, "Referrals by payment group")
    ws.write_row(2, 0, ["Payment group", "Apr 2013"])
    ws.write_row(3, 0, ["JSA 18-24", 121])
    book.add_vba_project(str(vba))
    book.close()
    result = sanitise_file(source, job)
    assert result.output.endswith("pack-sanitised.xlsx")
    with zipfile.ZipFile(result.output) as package:
        names = package.namelist()
        types = package.read("[Content_Types].xml").decode()
        everything = b"".join(package.read(n) for n in names)
    assert not any("vba" in n.lower() for n in names)
    assert "macroEnabled" not in types
    assert b"Kinloch" not in everything
    assert any(r.kind == "macros" for r in result.removed)
