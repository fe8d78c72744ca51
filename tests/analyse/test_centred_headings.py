"""A group heading centred across a selection heads every column it spans, as a merged one does.

Round 3's leak hunt (#15): 'Referrals' over four columns and 'Job starts' over the next four,
laid out with Excel's Centre Across Selection rather than merged, named the measure of their
first columns only, and the plainly fine pack was refused as naming no measure. Each book here
is a real .xlsx run through the whole pipeline."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import xlsxwriter

from wpxl.sanitise import sanitise_file

MONTHS = ["Apr 2013", "May 2013", "Jun 2013"]
LEFT = [[1234, 1517, 1388], [2213, 2451, 2379], [687, 713, 659]]
RIGHT = [[401, 433, 419], [611, 655, 647], [203, 221, 214]]
GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow"]


def _pack(path: Path, title: str, right: str, merged: bool = False) -> Path:
    """Two groups of months with a Total each, their headings centred across (or merged over)
    their four columns."""
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("Derby")
    ws.write(0, 0, title)
    across = book.add_format({"center_across": True, "bold": True})
    for first, heading in ((1, "Referrals"), (5, right)):
        if merged:
            ws.merge_range(2, first, 2, first + 3, heading, book.add_format({"align": "center"}))
            continue
        ws.write(2, first, heading, across)
        for col in range(first + 1, first + 4):
            ws.write_blank(2, col, None, across)
    ws.write_row(3, 0, ["Payment group", *MONTHS, "Total", *MONTHS, "Total"])
    for i, group in enumerate(GROUPS):
        row = 4 + i
        ws.write_row(row, 0, [group, *LEFT[i]])
        ws.write_formula(row, 4, f"=SUM(B{row + 1}:D{row + 1})", None, sum(LEFT[i]))
        ws.write_row(row, 5, RIGHT[i])
        ws.write_formula(row, 8, f"=SUM(F{row + 1}:H{row + 1})", None, sum(RIGHT[i]))
    book.close()
    return path


def _shown(path: Path) -> list:
    sheet = openpyxl.load_workbook(path)["Derby"]
    return [cell.value for row in sheet.iter_rows() for cell in row]


def test_referrals_and_job_starts_centred_across_their_columns_are_rounded(tmp_path, job):
    source = _pack(tmp_path / "centred.xlsx", "Derby MI, Q1 2013-14", "Job starts")
    result = sanitise_file(source, job)
    assert result.ok
    shown = _shown(result.output)
    assert {1240, 1520, 1380, 400, 440, 420} <= set(shown)
    assert not {v for line in LEFT + RIGHT for v in line} & set(shown)
    copy = openpyxl.load_workbook(result.output)["Derby"]
    assert not copy.merged_cells.ranges - {r for r in copy.merged_cells.ranges if r.min_row == 1}
    assert copy["C5"].alignment.horizontal == "centerContinuous"  # kept as laid out, not merged


def test_the_same_pack_merged_is_rounded_alike(tmp_path, job):
    centred = sanitise_file(_pack(tmp_path / "a.xlsx", "Derby MI", "Job starts"), job)
    merged = sanitise_file(_pack(tmp_path / "b.xlsx", "Derby MI", "Job starts", True), job)
    assert [v for v in _shown(centred.output) if isinstance(v, int | float)] == [
        v for v in _shown(merged.output) if isinstance(v, int | float)
    ]


def test_job_outcomes_centred_across_their_columns_are_never_shown(tmp_path, job):
    source = _pack(tmp_path / "outcomes.xlsx", "Referrals by payment group", "Job outcomes")
    result = sanitise_file(source, job)
    assert result.ok
    copy = openpyxl.load_workbook(result.output)["Derby"]
    assert copy["B7"].value == 1240  # the referrals, rounded (the banner moves rows down two)
    assert [copy.cell(row, col).value for row in (7, 8, 9) for col in (6, 7, 8, 9)] == [None] * 12
