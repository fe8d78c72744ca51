"""A dashboard whose figures are exact-match lookups into a data sheet is rebuilt over the data
sheet's rounded cells instead of emptied; a lookup wpxl cannot follow as Excel does stays out."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from wpxl.analyse import analyse_workbook
from wpxl.model import Role
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.sanitise import sanitise_file

FIGURES = {"JSA 18-24": [137, 52, 211], "JSA 25+": [9, 64, 118], "ESA Flow": [33, 240, 71]}


def _book(tmp_path: Path, lookup: str, shown: int | None = None) -> Path:
    """Data: groups x months; Dashboard: the same groups, each figure ``lookup`` (a format of
    the key cell, the month's column number and the key row's number)."""
    data: list[list[object]] = [["Referrals extract"], [], ["Payment group", "Apr", "May", "Jun"]]
    data += [[group, *figures] for group, figures in FIGURES.items()]
    dash: list[list[object]] = [["Referrals dashboard, Q1 2024/25"], []]
    dash.append(["Payment group", "Apr", "May", "Jun"])
    cached = {}
    for r, group in enumerate(FIGURES, 4):
        key = group.upper() if r == 5 else group  # Excel matches text in any case
        found = (lookup.format(key=f"$A{r}", col=j + 2, head=f"{c}$3") for j, c in enumerate("BCD"))
        dash.append([key, *found])
        for j, c in enumerate("BCD"):
            cached[("Dashboard", f"{c}{r}")] = FIGURES[group][j] if shown is None else shown
    sheets = {"Dashboard": dash, "Data": data}
    return write_book(tmp_path / "dashboard.xlsx", sheets, cached=cached)


EXACT = "=VLOOKUP({key},Data!$A$4:$D$6,{col},FALSE)"


def test_each_looked_up_figure_is_the_data_sheet_s_rounded_cell(tmp_path, job):
    output = sanitise_file(_book(tmp_path, EXACT), job).output
    formulas = openpyxl.load_workbook(output)["Dashboard"]
    values = openpyxl.load_workbook(output, data_only=True)
    for row in (6, 7, 8):
        for col in (2, 3, 4):
            shown = values["Dashboard"].cell(row, col).value
            assert shown == values["Data"].cell(row, col).value and shown % 20 == 0
            assert formulas.cell(row, col).value == f"=SUM(Data!{'ABCD'[col - 1]}{row})"


def test_a_horizontal_lookup_finds_its_cell_as_excel_does(tmp_path):
    data = [["Referrals extract"], [], ["Month", "Apr", "May"], ["JSA 18-24", 137, 52]]
    dash = [["Referrals dashboard"], [], ["Payment group", "May"]]
    dash.append(["JSA 18-24", '=HLOOKUP("may",Data!$B$3:$C$4,2,0)'])
    cached = {("Dashboard", "B4"): 52}
    source = write_book(tmp_path / "h.xlsx", {"Dashboard": dash, "Data": data}, cached=cached)
    dashboard = analyse_workbook(read_workbook(source), Policy())[0]
    assert dashboard.roles[(3, 1)] is Role.TOTAL
    assert dashboard.tables[0].totals[(3, 1)] == (("Data", 3, 2),)


@pytest.mark.parametrize(
    "lookup",
    [
        "=INDEX(Data!$A$4:$D$6,MATCH({key},Data!$A$4:$A$6,0),{col})",
        "=INDEX(Data!$B$4:$D$6,MATCH({key},Data!$A$4:$A$6,0),MATCH({head},Data!$B$3:$D$3,0))",
        "=_xlfn.XLOOKUP({key},Data!$A$4:$A$6,Data!$B$4:$B$6)",
    ],
)
def test_index_match_and_xlookup_find_their_cells(tmp_path, lookup):
    """INDEX's column given as a number or found by MATCH over the data's headers, and XLOOKUP
    (stored as _xlfn.XLOOKUP), each names the cell it shows."""
    source = _book(tmp_path, lookup)
    dashboard = analyse_workbook(read_workbook(source), Policy())[0]
    totals = dashboard.tables[0].totals
    if "XLOOKUP" in lookup:  # every column looks up the Apr column
        assert [totals[(r, 1)] for r in (3, 4, 5)] == [(("Data", r, 1),) for r in (3, 4, 5)]
    else:
        assert totals[(4, 2)] == (("Data", 4, 2),)


@pytest.mark.parametrize(
    ("lookup", "shown"),
    [
        ("=VLOOKUP({key},Data!$A$4:$D$6,{col},TRUE)", None),  # approximate: the data's order
        ("=VLOOKUP({key},Data!$A$4:$D$6,{col})", None),  # approximate when not said
        (EXACT, 1000),  # shows another value than the cell it would find
    ],
)
def test_a_lookup_wpxl_cannot_follow_as_excel_does_is_not_rebuilt(tmp_path, lookup, shown):
    source = _book(tmp_path, lookup, shown)
    dashboard = analyse_workbook(read_workbook(source), Policy())[0]
    assert all(dashboard.roles[(r, c)] is Role.DROPPED for r in (3, 4, 5) for c in (1, 2, 3))
