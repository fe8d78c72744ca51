"""Round 5's pattern hunt: text blacked out (or whited out) by a patterned fill was copied.

Black text on a black '75% Gray' pattern, white text on a white '50% Gray' or '6.25% Gray': in
Excel every pixel of these cells is the font's colour, yet the text was carried as ordinary
text and the proof passed it, while the same text on a solid fill of its colour was dropped.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import xlsxwriter
from typer.testing import CliRunner

from tests.leaks import package_text
from wpxl.cli import app

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
REFERRALS = [137, 451, 59, 83]
# text -> (xlsxwriter pattern: 1 solid, 2 mediumGray, 3 darkGray, 18 gray0625; its colours)
HIDDEN = {
    "Chesterfield office: contract under review": (3, "#000000"),
    "Internal: Derby office under investigation": (2, "#FFFFFF"),
    "Joanne Whitfield referral disputed": (18, "#FFFFFF"),
    "Control solid black Amir Patel": (1, "#000000"),
    "Control solid white Derby investigation": (1, "#FFFFFF"),
}
SHOWN = {  # the same patterns with a background the text stands out on
    "Checked: Buxton office": (3, "#000000", "#FFFFFF"),
    "Checked: Matlock office": (2, "#FFFFFF", "#1F497D"),
}


def _book(path: Path) -> Path:
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Referrals")
    ws.write(0, 0, "Referrals by payment group, April 2013")
    ws.write_row(2, 0, ["Payment group", "Referrals"])
    for i, (group, count) in enumerate(zip(GROUPS, REFERRALS, strict=True)):
        ws.write_row(3 + i, 0, [group, count])
    ws.write(7, 0, "Total")
    ws.write_formula(7, 1, "=SUM(B4:B7)", None, sum(REFERRALS))
    notes = [(text, pattern, colour, colour) for text, (pattern, colour) in HIDDEN.items()]
    notes += [(text, *how) for text, how in SHOWN.items()]
    for row, (text, pattern, drawn, behind) in enumerate(notes, start=9):
        how = {"font_color": drawn, "pattern": pattern, "fg_color": drawn, "bg_color": behind}
        ws.write_string(row, 0, text, book.add_format(how))
    book.close()
    return path


def test_text_on_a_pattern_of_its_own_colour_is_neither_copied_nor_reported(tmp_path):
    source = _book(tmp_path / "pattern_fill_hidden_text.xlsx")
    out = tmp_path / "out"
    reports = [out / "r.json", out / "r.html"]
    args = ["sanitise", str(source), "--out-dir", str(out), "-j", "1"]
    result = CliRunner().invoke(app, [*args, *(a for r in reports for a in ("--report", str(r)))])
    assert result.exit_code == 0, result.output
    copy = out / "pattern_fill_hidden_text-sanitised.xlsx"
    everything = package_text(copy) + "".join(r.read_text() for r in reports) + result.output
    assert [text for text in HIDDEN if text in everything] == []
    sheet = openpyxl.load_workbook(copy)["Referrals"]
    assert set(SHOWN) <= {c.value for row in sheet.iter_rows() for c in row}
