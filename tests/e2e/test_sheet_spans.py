"""A summary sheet adding up every office's sheet with 3-D references (``=SUM(Derby:Buxton!B4)``)
is rebuilt as sums of the offices' rounded cells, in every viewer, instead of emptied."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.libreoffice import recalculate, soffice
from wpxl.analyse import analyse_workbook
from wpxl.model import Role
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.sanitise import sanitise_file

OFFICES = {
    "Derby": [[137, 52], [211, 9]],
    "Matlock": [[64, 118], [33, 71]],
    "Buxton": [[19, 240], [88, 5]],
}
GROUPS = ("JSA 18-24", "ESA Flow")


def _office(figures: list[list[int]], name: str) -> list[list[object]]:
    rows: list[list[object]] = [[f"Referrals, {name}, April and May 2024"], []]
    rows.append(["Payment group", "Apr", "May"])
    rows += [[group, *line] for group, line in zip(GROUPS, figures, strict=True)]
    return rows


def _book(
    tmp_path: Path,
    span: str = "Derby:Buxton",
    hidden: tuple[str, ...] = (),
    summary_last: bool = False,
) -> Path:
    summary: list[list[object]] = [["Referrals, all offices, April and May 2024"], []]
    summary.append(["Payment group", "Apr", "May"])
    summary += [[g, *(f"=SUM({span}!{c}{r})" for c in "BC")] for r, g in enumerate(GROUPS, 4)]
    cached = {
        ("Summary", f"{c}{r}"): sum(f[r - 4][i] for f in OFFICES.values())
        for r in (4, 5)
        for i, c in enumerate("BC")
    }
    offices = {n: _office(f, n) for n, f in OFFICES.items()}
    sheets = offices | {"Summary": summary} if summary_last else {"Summary": summary} | offices
    return write_book(tmp_path / "offices.xlsx", sheets, hidden=hidden, cached=cached)


@pytest.fixture(params=[False, True], ids=["summary first", "summary last"])
def sanitised(tmp_path, job, request) -> Path:
    """The summary before the offices, or after them: then the span's first end comes before
    the summary, and only a span read as both its ends reads it with every office."""
    return Path(sanitise_file(_book(tmp_path, summary_last=request.param), job).output)


def test_a_span_of_sheets_is_read_as_each_sheet_it_spans(tmp_path):
    analyses = analyse_workbook(read_workbook(_book(tmp_path)), Policy())
    summary = analyses[0]
    assert summary.roles[(3, 1)] is Role.TOTAL
    assert set(summary.tables[0].totals[(3, 1)]) == {(n, 3, 1) for n in OFFICES}


def test_the_summary_adds_up_the_offices_rounded_cells(sanitised):
    values = openpyxl.load_workbook(sanitised, data_only=True)
    formulas = openpyxl.load_workbook(sanitised)["Summary"]
    for row in (6, 7):
        for col in (2, 3):
            offices = [values[n].cell(row, col).value for n in OFFICES]
            assert all(v % 20 == 0 for v in offices)
            assert values["Summary"].cell(row, col).value == sum(offices)
            assert str(formulas.cell(row, col).value).startswith("=SUM(")


def test_a_span_whose_ends_are_not_sheets_is_not_rebuilt(tmp_path, job):
    """'Derby:Leek' names no sheet at its end: the summary's cells are not understood and go."""
    result = sanitise_file(_book(tmp_path, span="Derby:Leek"), job)
    summary = openpyxl.load_workbook(result.output)["Summary"]
    assert summary["B6"].value is None and summary["C7"].value is None


def test_a_span_over_a_hidden_sheet_is_read_as_the_value_it_showed(tmp_path):
    """Matlock, hidden, lies inside the span: the total reads a sheet that is not carried, so it
    is the figure it showed, as any formula reading a hidden sheet is."""
    book = read_workbook(_book(tmp_path, hidden=("Matlock",)))
    summary = book.sheets[0]
    assert summary.cells[(3, 1)].formula is None
    assert summary.cells[(3, 1)].value == sum(f[0][0] for f in OFFICES.values())


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_libreoffice_recalculates_the_same_summary(sanitised, tmp_path):
    [again] = recalculate([sanitised], tmp_path / "lo")
    ours = openpyxl.load_workbook(sanitised, data_only=True)["Summary"]
    theirs = openpyxl.load_workbook(again, data_only=True)["Summary"]
    cells = [(r, c) for r in (6, 7) for c in (2, 3)]
    assert [theirs.cell(*rc).value for rc in cells] == [ours.cell(*rc).value for rc in cells]
