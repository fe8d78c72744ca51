"""A book's total formula that stops short of a figure beside its range (a row inserted above
'Total' after =SUM(B4:B9) was written; a month left out of a row total) is kept as the book
wrote it, and the run says so, naming the cells and never a figure."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl

from tests.builders import write_book
from wpxl.sanitise import sanitise_file

GROUPS = ["JSA 18 to 24", "JSA 25 and over", "ESA flow", "ESA volunteers", "JSA prison leavers"]
COUNTS = [[41, 57, 63], [88, 71, 49], [36, 52, 77], [45, 68, 39], [58, 33, 61]]


def _book(tmp_path, foot: str = "=SUM({c}4:{c}7)", q1_row: int = 6):
    rows = [["Referrals by payment group"], [], ["Payment group", "Apr", "May", "Jun", "Q1"]]
    for r, (group, figures) in enumerate(zip(GROUPS, COUNTS, strict=True), start=4):
        last = "C" if r == q1_row else "D"
        rows.append([group, *figures, f"=SUM(B{r}:{last}{r})"])
    rows.append(["Total", *[foot.format(c=c) for c in "BCDE"]])
    return write_book(tmp_path / "book.xlsx", {"Referrals": rows})


def test_totals_skipping_the_line_beside_their_range_are_kept_and_named(tmp_path, job):
    result = sanitise_file(_book(tmp_path), job)
    (warning,) = [w for w in result.warnings if w.code == "total-omits-adjacent-cells"]
    assert warning.where == "table 'Referrals by payment group' on 'Referrals'"
    for named in ("E6 leaves out D6", "B9 leaves out B8", "D9 leaves out D8"):
        assert named in warning.message
    counted = re.findall(r"(?<![A-Z0-9])\d+", warning.message)  # not the cells' rows
    assert counted == ["4"]  # E6, B9, C9, D9: only counts left out are named; no figure
    sheet = openpyxl.load_workbook(Path(result.output))["Referrals"]
    assert sheet["B11"].value == "=SUM(B6:B9)"  # the book's range, moved by the banner's rows
    assert sheet["E8"].value == "=SUM(B8:C8)"


def test_totals_over_every_line_are_not_warned_about(tmp_path, job):
    result = sanitise_file(_book(tmp_path, "=SUM({c}4:{c}8)", q1_row=0), job)
    assert not [w for w in result.warnings if w.code == "total-omits-adjacent-cells"]
