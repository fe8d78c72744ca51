"""A sheet of typed year-to-date figures beside a sheet of the months they add up: each cell is
written as a SUM over the rounded months on the other sheet (JSA 18-24, true 13/13/14, shows
20/40/60 as its months of 20 each add up, not 20/20/40 rounded one by one), its own Total row
worked out again, and the warning becomes a note. One cell off by one: rounded and warned."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from tests.builders import write_book
from tests.e2e.libreoffice import recalculate, soffice
from tests.e2e.runs import sanitised_beside

MONTHS = {"JSA 18-24": [13, 13, 14], "JSA 25+": [45, 52, 38], "ESA Flow": [9, 11, 12]}
HEADS = ["Payment group", "Apr 2013", "May 2013", "Jun 2013"]
BODY = [(row, col) for row in (6, 7, 8) for col in (2, 3, 4)]  # the leaves in the copy
TOTAL_ROW = 9
WARNED = "'Job starts YTD': its figures look like running totals"
NOTED = (
    "'Job starts YTD': typed as figures, its cells are running totals of table 'Job starts by "
    "payment group, 2013/14' on 'Job"
)


def _table(title: str, lines: list[list[int]], total: bool) -> list[list[object]]:
    rows: list[list[object]] = [[title], [], HEADS]
    rows += [[group, *line] for group, line in zip(MONTHS, lines, strict=True)]
    if total:
        rows.append(["Total", *(sum(line[k] for line in lines) for k in range(3))])
    return rows


def _book(tmp_path: Path, total: bool = False, off_by_one: bool = False) -> Path:
    running = [[sum(line[: k + 1]) for k in range(3)] for line in MONTHS.values()]
    if off_by_one:
        running[1][1] += 1  # JSA 25+ May: pasted before a late correction
    months = _table("Job starts by payment group, 2013/14", list(MONTHS.values()), total)
    ytd = _table("Job starts by payment group, year to date", running, total)
    return write_book(tmp_path / "starts.xlsx", {"Job starts": months, "Job starts YTD": ytd})


@pytest.mark.parametrize("total", [False, True], ids=["no total", "typed total row"])
def test_typed_year_to_date_sheet_adds_up_the_rounded_months(tmp_path, total):
    output, shown = sanitised_beside(_book(tmp_path, total))
    assert WARNED not in shown
    assert NOTED in shown
    values = openpyxl.load_workbook(output, data_only=True)
    months, ytd = values["Job starts"], values["Job starts YTD"]
    formulas = openpyxl.load_workbook(output)["Job starts YTD"]
    for row, col in BODY:
        line = [months.cell(row, c).value for c in range(2, col + 1)]
        assert all(v % 20 == 0 for v in line)
        assert ytd.cell(row, col).value == sum(line)
        last = "" if col == 2 else f":{get_column_letter(col)}{row}"
        assert formulas.cell(row, col).value == f"=SUM('Job starts'!B{row}{last})"
    # rounded one by one, JSA 18-24's May would be 20 (13 + 13 = 26) beside months of 20 each
    assert [ytd.cell(6, col).value for col in (2, 3, 4)] == [20, 40, 60]
    if total:  # the typed Total row: the sum of the rebuilt rows
        for col in (2, 3, 4):
            assert ytd.cell(TOTAL_ROW, col).value == sum(ytd.cell(r, col).value for r in (6, 7, 8))


def test_a_year_to_date_cell_off_by_one_stays_rounded_and_warned(tmp_path):
    source = _book(tmp_path, off_by_one=True)
    typed = openpyxl.load_workbook(source)["Job starts YTD"]
    output, shown = sanitised_beside(source)
    assert WARNED in shown
    assert NOTED not in shown
    formulas = openpyxl.load_workbook(output)["Job starts YTD"]
    assert [formulas.cell(*rc).value for rc in BODY] == [
        (typed.cell(row - 2, col).value + 10) // 20 * 20 for row, col in BODY
    ]


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_libreoffice_recalculates_the_same_year_to_date(tmp_path):
    output, _ = sanitised_beside(_book(tmp_path, total=True))
    [again] = recalculate([output], tmp_path / "lo")
    ours = openpyxl.load_workbook(output, data_only=True)["Job starts YTD"]
    theirs = openpyxl.load_workbook(again, data_only=True)["Job starts YTD"]
    cells = [*BODY, *((TOTAL_ROW, col) for col in (2, 3, 4))]
    assert [theirs.cell(*rc).value for rc in cells] == [ours.cell(*rc).value for rc in cells]
