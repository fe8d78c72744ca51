"""Hunted in session 23 (second fuzz helper): layouts of real MI packs the copy misread or the
proof refused, each on a real .xlsx through the command line."""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.leaks import cell_numbers

# fuzz23 'spacers', seed 44013: sustainments by area and month, a blank spacer column between
# May and Jun, on a sheet named for another measure
SPACED = [
    ["Sustainment outcomes by area and month, 2014-15"],
    [],
    ["Area", "May-14", None, "Jun-14", "Total"],
    ["Bradford", 1672, None, 1274, 2946],
    ["Wakefield", 2398, None, 2809, 5207],
    ["Total", 4070, None, 4083, 8153],
]


def _shares_by_line(copy) -> dict[str, dict[str, float]]:
    """Each percentage sheet's shares by the words a reader finds on their row (its first
    column) and over their column (the header line above the first share)."""
    found: dict[str, dict[str, float]] = {}
    for sheet in openpyxl.load_workbook(copy, data_only=True):
        if not sheet.title.endswith("%"):
            continue
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        first = next(i for i, r in enumerate(rows) if any(isinstance(v, float) for v in r))
        head = rows[first - 1]
        for line in rows[first:]:
            for at, value in enumerate(line):
                if isinstance(value, (int, float)) and head[at] is not None:
                    found.setdefault(str(line[0]), {})[str(head[at])] = round(value, 2)
    return found


def test_the_part_of_an_outcome_table_beyond_a_spacer_column_names_its_lines(tmp_path):
    """The part right of the spacer ('Jun-14 | Total') holds no label column of its own: its
    percentage sheet ('Sustainments 2 %') showed its shares on lines with no area's name, and
    a reader could not tell Bradford's from Wakefield's. The part it continues names them."""
    copy, _ = sanitised_beside(write_book(tmp_path / "spacer.xlsx", {"Attachments": SPACED}))
    assert _shares_by_line(copy) == {
        "Bradford": {"May-14": 0.41, "Jun-14": 0.31, "Total": 0.36},
        "Wakefield": {"May-14": 0.59, "Jun-14": 0.69, "Total": 0.64},
        "Total": {"May-14": 1, "Jun-14": 1, "Total": 1},
    }
    volumes = {float(v) for line in SPACED[3:] for v in line[1:] if isinstance(v, int)}
    assert not volumes & cell_numbers(copy)


# fuzz23 'qblocks', seed 50609 (this hunt): quarters under a typed top line
# ('Q1' over its first month only, not merged), each with its own 'Total', then the year's
# 'Total' adding up the quarters' totals, nothing over it
QUARTERED = {"Lincoln": [32, 7, 12, 14, 12, 5], "Wakefield": [8, 3, 4, 2, 9, 14]}
QUARTERED["Sunderland"] = [29, 28, 24, 18, 22, 16]


def _quartered_rows(spaced: bool = False) -> list[list]:
    """The quarters' table; ``spaced``: a blank spacer column between the quarters (none
    before the year's total, as fuzz23 makes them)."""
    gap = [None] if spaced else []
    top = [None, "Q1", None, None, None, *gap, "Q2", None, None, None, None]
    head = ["Area", "Apr-14", "May-14", "Jun-14", "Total", *gap, "Jul-14", "Aug-14", "Sep-14"]
    rows = [["Sustainment outcomes by area and month, 2014-15"], [], top, [*head, "Total"]]
    rows[-1] += ["Total"]
    for area, v in QUARTERED.items():
        rows.append([area, *v[:3], sum(v[:3]), *gap, *v[3:], sum(v[3:]), sum(v)])
    lines = rows[4:]
    sums = [None if x is None else sum(r[i] for r in lines) for i, x in enumerate(lines[0]) if i]
    return [*rows, ["Total", *sums]]


def test_a_year_total_after_the_last_quarters_total_is_told_apart_from_it(tmp_path):
    """The percentage sheet showed 'Total' three times, the quarters' and the year's, the top
    word of each quarter over its first month only: no word told the year's from the second
    quarter's, and the proof refused the copy (REFUSAL). A quarter's total adding up only its
    own months shows the quarter's word over it; the year's total, adding up both quarters'
    totals, stays 'Total' alone."""
    source = write_book(tmp_path / "quarters.xlsx", {"Sust": _quartered_rows()})
    copy, _ = sanitised_beside(source)
    volumes = {float(x) for r in _quartered_rows()[4:] for x in r[1:] if x is not None}
    assert not volumes & cell_numbers(copy)
    year = [sum(v) / 259 for v in QUARTERED.values()]
    columns = [
        [round(c.value, 2) for c in col if isinstance(c.value, float)]
        for sheet in openpyxl.load_workbook(copy, data_only=True)
        if sheet.title.endswith("%")
        for col in sheet.iter_cols()
    ]
    assert [round(v, 2) for v in year] in [col[:3] for col in columns]
    sheet = next(s for s in openpyxl.load_workbook(copy) if s.title.endswith("%"))
    heads = [[c.value for c in line] for line in sheet.iter_rows(min_row=6, max_row=7)]
    assert [*zip(*heads, strict=True)][1:] == [
        ("Q1", "Apr-14"), (None, "May-14"), (None, "Jun-14"), ("Q1", "Total"),
        ("Q2", "Jul-14"), (None, "Aug-14"), (None, "Sep-14"), ("Q2", "Total"), (None, "Total"),
    ]  # fmt: skip


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="REFUSAL: with a blank spacer column between the quarters, each quarter is a table "
    "of its own, its top word ('Q2') read as its title, not a header: the last part shows "
    "'Total' (the quarter's) and 'Total' (the year's, adding up both parts') with no word "
    "between, and the proof (verify/percent_sections) refuses the copy",
)
def test_a_year_total_after_the_last_of_quarters_set_apart_is_told_apart(tmp_path):
    rows = _quartered_rows(spaced=True)
    copy, _ = sanitised_beside(write_book(tmp_path / "spaced.xlsx", {"Sust": rows}))
    volumes = {float(x) for r in rows[4:] for x in r[1:] if x is not None}
    assert not volumes & cell_numbers(copy)
