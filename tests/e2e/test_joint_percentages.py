"""The hunt's pack of two percentage breakdowns of the same outcomes (leak 6), end to end.

Job outcomes in April 2013 by payment group (2, 13, 1, 35) on one sheet and by disability
(26, 25) on another, each with a SUM total as Excel saves it. Before, the copy showed
4/25/2/69 % and 51/49 %: the smallest base both fit is 51, the true volume. Sanitised now, a
reader trying every base from the small-base threshold up on every line the copy's percentage
sheets show finds no base both fit that is the true one, and the run still succeeds.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import xlsxwriter
from typer.testing import CliRunner

from tests.readers import fits
from wpxl.cli import app
from wpxl.model.layout import BANNER_ROWS

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
TABLES = [
    ("By payment group", "Job outcomes by payment group, Derby, April 2013", "Payment group",
     GROUPS, [2, 13, 1, 35]),
    ("By disability", "Job outcomes by disability, Derby, April 2013", "Disability",
     ["Disabled", "Not disabled"], [26, 25]),
]  # fmt: skip


def _pack(path: Path) -> Path:
    book = xlsxwriter.Workbook(str(path))
    for sheet, title, corner, labels, counts in TABLES:
        ws = book.add_worksheet(sheet)
        ws.write(0, 0, title)
        ws.write_row(2, 0, [corner, "Job outcomes"])
        for i, label in enumerate(labels):
            ws.write_row(3 + i, 0, [label, counts[i]])
        foot = 3 + len(labels)
        ws.write(foot, 0, "Total")
        ws.write_formula(foot, 1, f"=SUM(B4:B{foot})", None, sum(counts))
    book.close()
    return path


def test_the_two_breakdowns_of_one_month_no_longer_give_its_volume_back(tmp_path):
    source = _pack(tmp_path / "joint_percentages.xlsx")
    result = CliRunner().invoke(
        app, ["sanitise", str(source), "--out-dir", str(tmp_path / "out"), "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "'Job outcomes 2 %' B7:B9" in result.output  # the coarsened line is warned of
    book = openpyxl.load_workbook(tmp_path / "out" / "joint_percentages-sanitised.xlsx")
    lines = []
    for ws in book:
        if ws.title.endswith("%"):
            rows = ws.iter_rows(min_row=BANNER_ROWS + 5, values_only=True)
            lines.append([r[1] for r in rows if r[0] != "Total" and isinstance(r[1], float)])
    assert len(lines) == 2
    volume = sum(TABLES[0][4])
    joint = next(n for n in range(20, 10_001) if all(fits(line, n) for line in lines))
    assert joint != volume
