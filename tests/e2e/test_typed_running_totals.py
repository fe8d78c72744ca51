"""Typed running totals through sanitise: cumulative columns beside their months become SUMs of
the rounded months (JSA 18-24, true 13/13/14, shows months of 20 each and cumulative 20/40/60,
not 20/20/40); a separate sheet of the same typed year-to-date figures becomes SUMs over the
month columns on the other sheet (tests/e2e/test_typed_year_to_date.py)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

MONTHS = {"JSA 18-24": [13, 13, 14], "JSA 25+": [45, 52, 38], "ESA Flow": [9, 11, 12]}
HEADS = ["Payment group", "Apr", "May", "Jun", "Cumulative Apr", "Cumulative May", "Cumulative Jun"]


def _book(tmp_path: Path, off_by_one: bool = False) -> Path:
    rows: list[list[object]] = [["Job starts by payment group, 2013/14"], [], HEADS]
    ytd: list[list[object]] = [["Job starts by payment group, year to date"], [], HEADS[:4]]
    for group, line in MONTHS.items():
        running = [sum(line[: k + 1]) for k in range(3)]
        ytd.append([group, *running])
        rows.append([group, *line, *running])
    if off_by_one:
        rows[4][6] += 1  # JSA 25+ 'Cumulative Jun'
    return write_book(tmp_path / "starts.xlsx", {"Job starts": rows, "Job starts YTD": ytd})


def _lines(path: Path, data_only: bool) -> list[list[object]]:
    sheet = openpyxl.load_workbook(path, data_only=data_only)["Job starts"]
    return [[c.value for c in row[1:7]] for row in sheet.iter_rows() if row[0].value in MONTHS]


def test_typed_cumulative_columns_are_sums_of_the_rounded_months(tmp_path):
    output, shown = sanitised_beside(_book(tmp_path))
    for values, formulas in zip(_lines(output, True), _lines(output, False), strict=True):
        assert all(v % 20 == 0 for v in values[:3])
        assert values[3:] == [sum(values[: k + 1]) for k in range(3)]
        assert all(str(f).startswith("=SUM(") for f in formulas[3:])
    assert _lines(output, True)[0][3:] == [20, 40, 60]  # rounded alone: 20, 20, 40
    assert (
        "'Job starts YTD': typed as figures, its cells are running totals of table 'Job starts by "
        "payment group, 2013/14' on 'Job starts'" in shown
    )


def test_a_cumulative_column_off_by_one_stays_rounded_on_its_own(tmp_path):
    output, _ = sanitised_beside(_book(tmp_path, off_by_one=True))
    formulas = _lines(output, False)
    assert all(isinstance(v, int) for line in formulas for v in line)
