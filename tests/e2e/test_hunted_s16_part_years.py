"""What a fuzz of time series found (session 16): a year of one quarter ('Apr-13', 'May-13',
'Jun-13', 'Q1 total', 'Year 2013/14' with the quarter's figures), three such years and an
'All years' line, totals typed. 'Q1 total' was read as the total over the 'Year' line under it
(a named total may add up one line, and that reading explained as many named lines as the
right one), the months were left under no total, and the copy showed the quarter as the year
rounded on its own (60) beside months adding up to 40: its proof passed. Each reading is
now weighed by the lines it adds up too: the quarter adds up its months, the year its quarter.
"""

from __future__ import annotations

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

MONTHS = {
    "2013/14": [[24, 27], [28, 17], [6, 20]],
    "2014/15": [[1, 34], [13, 27], [14, 28]],
    "2015/16": [[14, 22], [29, 18], [35, 6]],
}


def _r20(figure: int) -> int:
    return (figure + 10) // 20 * 20


def _rows() -> list[list]:
    rows: list[list] = [["Referrals by month and area"], [], ["Month", "Leeds", "Bradford"]]
    for year, months in MONTHS.items():
        start = int(year[:4])
        rows += [
            [f"{m}-{start % 100}", *f] for m, f in zip(["Apr", "May", "Jun"], months, strict=True)
        ]
        quarter = [sum(f[k] for f in months) for k in range(2)]
        rows += [["Q1 total", *quarter], [f"Year {year}", *quarter]]
    rows.append(["All years", *(sum(f[k] for ms in MONTHS.values() for f in ms) for k in range(2))])
    return rows


def test_a_year_of_one_quarter_shows_the_sum_of_its_rounded_months(tmp_path):
    source = write_book(tmp_path / "part years.xlsx", {"Referrals": _rows()})
    copy, _ = sanitised_beside(source)
    shown = {}
    for row in (
        openpyxl.load_workbook(copy, data_only=True).worksheets[1].iter_rows(values_only=True)
    ):
        if isinstance(row[0], str) and isinstance(row[1], int | float):
            shown.setdefault(row[0], []).append(list(row[1:3]))
    for at, months in enumerate(MONTHS.values()):
        quarter = [sum(_r20(f[k]) for f in months) for k in range(2)]
        assert shown["Q1 total"][at] == quarter
    years = [shown[f"Year {year}"][0] for year in MONTHS]
    assert years == shown["Q1 total"]
    assert shown["All years"][0] == [sum(y[k] for y in years) for k in range(2)]


def test_a_year_named_alone_over_its_one_quarter_shows_the_quarter(tmp_path):
    """One column, one year: '2013/14' (the year alone) under 'Q1 total', typed, was rounded on
    its own (400 beside a quarter of 380), refused by the proof once it learnt the case."""
    rows: list[list] = [["Attachments by month and area"], [], ["Month", "Leeds"]]
    rows += [["Apr-13", 184], ["May-13", 100], ["Jun-13", 106], ["Q1 total", 390]]
    rows += [["2013/14", 390], ["All years", 390]]
    copy, _ = sanitised_beside(write_book(tmp_path / "one quarter.xlsx", {"Referrals": rows}))
    shown = {
        row[0]: row[1]
        for row in openpyxl.load_workbook(copy, data_only=True)
        .worksheets[1]
        .iter_rows(values_only=True)
        if isinstance(row[1], int | float)
    }
    quarter = _r20(184) + _r20(100) + _r20(106)
    assert (shown["Q1 total"], shown["2013/14"], shown["All years"]) == (quarter,) * 3
