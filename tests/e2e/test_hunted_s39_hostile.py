"""What a hunt through hostile but plausible packs found (session 39).

Packs were built as an analyst who wants the figures to reach the council, or a careless one,
would make them: long ('tidy') tables as pandas or Power Query export them ('Area | Month |
Measure | Value', with and without a total line, the measure as a column and as blocks of
rows), outcomes said in words and ratios in notes ('Base: 137 job outcomes', 'outcomes up by 12
on last month', 'a hundred and thirty-seven', 'a dozen sustainments', 'c.140', '0.137k',
'137/269', 'Outcomes doubled from 37 to 74', 'n = 137'), outcomes as a share of a published
national total with that total in a note (to 5 decimals, or per 1,000), outcomes in thousands
('Job outcomes (thousands)' over 0.04), abbreviations ('SP1'..'SP3', 'OP', 'Outcome pmts',
'Sust pmts', 'JO1', 'Job Outcome Payments (JOP)'), Welsh headers, custom number formats that
print a figure ('0" (JO 37)"', '0;;;"137"', '"Job outcomes: 37"'), conditional formats with a
rule value or an icon set's thresholds of an outcome figure, and a data validation list
('137,52,11'). wpxl held all of those: no figure reached the copy.

What it did not: a long extract holding both job outcomes and sustainments down its one 'Value'
column ('Leeds | Job outcomes | 37', 'Leeds | Sustainments | 12', line after line) was refused,
however the analyst laid it out. Its outcome lines were shown as shares along each line, each
100% of itself, and the percentage sheet lost the lines' names (a line of one figure read as
a row of measures by month); the proof refused the copy as lines no column tells apart. Read
down the column instead, the shares were of the outcomes and the sustainments together (Leeds'
37 job outcomes 23% of both), which no one means. A row of one figure now runs down its column
(model.Table.outcome_axis), and where one column holds two outcome measures each is its own
breakdown of its own base, on a sheet of its own: 'Job outcomes %' and 'Sustainments %'
(plan/percent_measures, plan/percent_lines._leaves), each listed on the cover with its cells.
A table of the two alone goes to both sheets, and the volume sheet says so. The lone 'Job
outcomes | 37' and 'Sustainments | 12' under a table of starts, 100% and 'base too small to
show' before, each go as one figure with no breakdown to show.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

AREAS = {"Leeds": (512, 131, 37, 12), "Bradford": (433, 97, 52, 19), "Wakefield": (201, 41, 11, 3)}
MEASURES = ["Referrals", "Job starts", "Job outcomes", "Sustainments"]


def _extract(path: Path, month: bool, total: bool) -> Path:
    """'Area | (Month |) Measure | Value', a line for each area and measure, as pandas writes
    a melted frame; with a line adding up the job outcomes where ``total``."""
    when = ["Apr 2013"] if month else []
    rows: list[list] = [["Area", *(["Month"] if month else []), "Measure", "Value"]]
    for area, counts in AREAS.items():
        rows += [[area, *when, m, n] for m, n in zip(MEASURES, counts, strict=True)]
    cached = {}
    if total:
        column = "D" if month else "C"
        sum_of = f"={column}4+{column}8+{column}12"
        rows.append(["Total", *([""] if month else []), "Job outcomes", sum_of])
        cached[("Data", f"{column}14")] = 100
    return write_book(path, {"Data": rows}, cached=cached)


def _shares(sheet) -> dict[str, float]:
    """Each area's share on a percentage sheet of the extract, by its name."""
    shown = {}
    for row in sheet.iter_rows(min_row=7):
        named = [c.value for c in row if isinstance(c.value, str)]
        figures = [c.value for c in row if isinstance(c.value, (int, float))]
        if named and figures:
            shown[named[0]] = figures[0]
    return shown


@pytest.mark.parametrize("month", [False, True], ids=["area", "area and month"])
@pytest.mark.parametrize("total", [False, True], ids=["no total", "total"])
def test_an_extracts_outcomes_and_sustainments_are_each_shares_of_their_own(tmp_path, month, total):
    output, said = sanitised_beside(_extract(tmp_path / "extract.xlsx", month, total))
    book = openpyxl.load_workbook(output)
    outcomes, sustainments = _shares(book["Job outcomes %"]), _shares(book["Sustainments %"])
    assert outcomes == {
        "Leeds": 0.37, "Bradford": 0.52, "Wakefield": 0.11, **({"Total": 1} if total else {})
    }  # fmt: skip
    assert sustainments == {"Leeds": 0.35, "Bradford": 0.55, "Wakefield": 0.1}
    assert [ws.title for ws in book][1:] == ["Data", "Job outcomes %", "Sustainments %"]
    value = "D" if month else "C"
    lines = "removed: 'Data' {}: outcome volumes are never shared; shown as percentages on sheet"
    cells = ", ".join(f"{value}{r}" for r in (4, 8, 12, *([14] if total else [])))
    assert f"{lines.format(cells)} 'Job outcomes %'" in said
    assert f"{lines.format(f'{value}5, {value}9, {value}13')} 'Sustainments %'" in said


def test_a_table_of_outcomes_and_sustainments_alone_goes_to_both_sheets(tmp_path):
    rows: list[list] = [["Outcomes by area, April 2013"], [], ["Area", "Measure", "Value"]]
    for area, counts in AREAS.items():
        rows += [[area, "Job outcomes", counts[2]], [area, "Sustainments", counts[3]]]
    starts = [["Job starts by area"], [], ["Area", "Job starts"], ["Leeds", 131], ["York", 97]]
    source = write_book(tmp_path / "outcomes.xlsx", {"Outcomes": rows, "Starts": starts})
    output, said = sanitised_beside(source)
    book = openpyxl.load_workbook(output)
    assert _shares(book["Sustainments %"]) == {"Leeds": 0.35, "Bradford": 0.55, "Wakefield": 0.1}
    assert "'Outcomes'" not in str(book.sheetnames)
    assert "shown as percentages on sheet 'Sustainments %'" in said


def test_one_outcome_and_one_sustainment_beside_the_starts_go_as_lone_figures(tmp_path):
    rows = [["Leeds, April 2013"], [], ["Measure", "Value"], ["Referrals", 512]]
    rows += [["Job starts", 131], ["Job outcomes", 37], ["Sustainments", 12]]
    output, said = sanitised_beside(write_book(tmp_path / "leeds.xlsx", {"Data": rows}))
    book = openpyxl.load_workbook(output)
    assert [ws.title for ws in book][1:] == ["Data"]
    assert [book["Data"].cell(r, 2).value for r in range(6, 10)] == [520, 140, None, None]
    lone = "outcome volumes are never shared; one figure alone has no percentage breakdown"
    assert f"removed: 'Data' B6: {lone}" in said
    assert f"removed: 'Data' B7: {lone}" in said
