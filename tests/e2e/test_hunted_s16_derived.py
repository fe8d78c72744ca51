"""What a hunt over figures derived from counts found (session 16).

A running-total line across the months ('Referrals year to date' under 'Referrals', or a
'Cumulative' line under a table's Total line), typed as figures, was rounded cell by cell: its
May showed 1,260 (the true 1,250 rounded) beside months shown as 600 and 660, and July 2,500
where the rounded months add up to 2,520, the rounded original running total guidance R5
forbids. A running column down the rows was already rebuilt over its months; a running line
across them is now too, a SUM over the rounded cells of the line it runs on.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

MONTHS = ["Apr 2013", "May 2013", "Jun 2013", "Jul 2013"]
REFERRALS = [593, 657, 643, 613]  # shown 600, 660, 640, 620: running on 600, 1260, 1900, 2520
ATTACHMENTS = [431, 502, 466, 470]
STARTS = [88, 97, 101, 93]


def _running(line: list[int]) -> list[int]:
    return [sum(line[: k + 1]) for k in range(len(line))]


def _copy(tmp_path, rows: list[list]) -> tuple[list[list], list[list]]:
    output, _ = sanitised_beside(write_book(tmp_path / "kpi.xlsx", {"KPI": rows}))
    formulas = openpyxl.load_workbook(output)["KPI"]
    values = openpyxl.load_workbook(output, data_only=True)["KPI"]
    return (
        [[c.value for c in row] for row in formulas.iter_rows()],
        [[c.value for c in row] for row in values.iter_rows()],
    )


@pytest.mark.parametrize("words", ["{} year to date", "Cumulative {}", "{} YTD", "{} to date"])
def test_a_running_line_across_the_months_is_the_sum_of_the_rounded_months(tmp_path, words):
    rows: list[list] = [["Derby performance summary, 2013-14"], [], ["Measure", *MONTHS]]
    for name, line in (("Referrals", REFERRALS), ("Attachments", ATTACHMENTS),
                       ("Job starts", STARTS)):  # fmt: skip
        rows += [[name, *line], [words.format(name.lower()), *_running(line)]]
    formulas, values = _copy(tmp_path, rows)
    for month_row in (5, 7, 9):
        shown = values[month_row][1:5]
        assert values[month_row + 1][1:5] == _running(shown), formulas[month_row + 1][0]
        assert all(str(f).startswith("=") for f in formulas[month_row + 1][1:5])
    assert values[6][1:5] == [600, 1260, 1900, 2520]


def test_a_cumulative_line_under_the_total_line_runs_on_its_rounded_totals(tmp_path):
    groups = {"JSA 18-24": [137, 212, 195, 181], "JSA 25+": [411, 389, 402, 377],
              "ESA Flow": [33, 47, 29, 41], "ESA Volunteers": [12, 9, 17, 14]}  # fmt: skip
    rows: list[list] = [["Referrals by payment group"], [], ["Payment group", *MONTHS, "Total"]]
    rows += [[group, *line, sum(line)] for group, line in groups.items()]
    sums = [sum(col) for col in zip(*groups.values(), strict=True)]
    rows += [["Total", *sums, sum(sums)], ["Cumulative", *_running(sums)]]
    formulas, values = _copy(tmp_path, rows)
    assert values[9][0] == "Total" and values[10][0] == "Cumulative"
    assert values[10][1:5] == _running(values[9][1:5]) == [620, 1260, 1900, 2520]
    assert all(str(f).startswith("=") for f in formulas[10][1:5])
