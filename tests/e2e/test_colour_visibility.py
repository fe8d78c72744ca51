"""Round 4's colour hunt: what a reader of the input sees decides what the copy may hold.

Text made invisible by a colour its number format names ([White]@, [WHITE]General, [Color2]@)
or by a conditional format that paints it white was copied as ordinary text, and the proof
passed it. The mirror image: a traffic-light table of white counts on red, amber and green
conditional fills, every figure plain to see in Excel, was read as white on nothing, emptied
and refused.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import xlsxwriter

from tests.leaks import package_text
from wpxl.read.invisible import HIDDEN_BY_FORMAT, INVISIBLE_CELLS
from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
STARTS = [[137, 212, 195], [411, 389, 402], [33, 47, 29], [12, 9, 17]]
HIDDEN = {  # text -> its number format, or None: painted white by a conditional format
    "Internal: Derby office under investigation": "[White]@",
    "Checked by Amir Patel (case owner)": "[WHITE]General",
    "Internal: Chesterfield figures disputed": None,
    "Internal: Matlock office closing": "[Color2]@",
}


def _table(book, ws, counts_format=None) -> None:
    ws.write(0, 0, "Job starts by payment group")
    ws.write_row(2, 0, ["Payment group", "Apr 2013", "May 2013", "Jun 2013", "Total"])
    for i, (group, row) in enumerate(zip(GROUPS, STARTS, strict=True)):
        ws.write(3 + i, 0, group)
        ws.write_row(3 + i, 1, row, counts_format)
        ws.write_formula(3 + i, 4, f"=SUM(B{4 + i}:D{4 + i})", None, sum(row))
    ws.write(7, 0, "Total")
    for j, col in enumerate("BCDE"):
        value = sum(sum(r) if j == 3 else r[j] for r in STARTS)
        ws.write_formula(7, 1 + j, f"=SUM({col}4:{col}7)", None, value)


def test_text_hidden_by_a_format_colour_or_a_conditional_format_is_not_copied(tmp_path, job):
    source = tmp_path / "referrals_q1.xlsx"
    book = xlsxwriter.Workbook(str(source))
    ws = book.add_worksheet("Referrals")
    _table(book, ws)
    for row, (text, number_format) in enumerate(HIDDEN.items(), start=10):
        ws.write(row, 0, text, book.add_format({"num_format": number_format or "General"}))
        if number_format is None:
            white = book.add_format({"font_color": "#FFFFFF"})
            ws.conditional_format(row, 0, row, 0, {"type": "no_errors", "format": white})
    ws.write(15, 0, "Source: provider management information", book.add_format(
        {"num_format": "[Red]@"}))  # fmt: skip
    book.close()
    result = sanitise_file(source, job)
    text = package_text(Path(result.output))
    assert [t for t in HIDDEN if t.split(": ")[-1].split(" (")[0] in text] == []
    assert "Source: provider management information" in text  # red text is seen, and carried
    rows = openpyxl.load_workbook(result.output)["Referrals"]
    assert [c.value for c in rows["B"] if isinstance(c.value, int)][:4] == [140, 420, 40, 20]
    removed = {r.kind: r.where for r in result.removed}
    # [White]@, [WHITE]General, [Color2]@; then the text a conditional format paints white
    assert removed[HIDDEN_BY_FORMAT] == "'Referrals' A11:A12, A14"
    assert removed[INVISIBLE_CELLS] == "'Referrals' A13"


def test_white_counts_on_traffic_light_fills_are_rounded_and_shown(tmp_path, job):
    source = tmp_path / "rag.xlsx"
    book = xlsxwriter.Workbook(str(source))
    ws = book.add_worksheet("Dashboard")
    _table(book, ws, book.add_format({"font_color": "#FFFFFF", "bold": True}))
    for criteria, value, colour in ((">=", 100, "#00B050"), (">=", 20, "#FFC000"),
                                    ("<", 20, "#C00000")):  # fmt: skip
        fill = book.add_format({"bg_color": colour})
        rule = {"type": "cell", "criteria": criteria, "value": value, "stop_if_true": True}
        ws.conditional_format("B4:D7", {**rule, "format": fill})
    book.close()
    output = Path(sanitise_file(source, job).output)
    sheet = openpyxl.load_workbook(output)["Dashboard"]
    top = next(r[0].row for r in sheet.iter_rows() if r[0].value == "JSA 18-24")
    cells = [sheet.cell(top + i, 2 + j) for i in range(4) for j in range(3)]
    assert [c.value for c in cells] == [(v + 10) // 20 * 20 for row in STARTS for v in row]
    # the copy carries no conditional fill, so no count may stay white on its white
    assert all(c.font.color is None or c.font.color.rgb != "FFFFFFFF" for c in cells)
    assert all(c.font.b for c in cells)
