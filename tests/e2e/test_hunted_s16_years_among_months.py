"""What a fuzz of time series found (session 16): months labelled as text ('Apr-13'), each
year's months closed by a line named by the year alone ('2013/14', typed, the sum of its
months), or by a year column naming the year's first month and its total line. The year lines
were read as periods like the months (a period is no total of some others but by its words),
rounded on their own (860 shown where the rounded months add up to 880), and the copy passed
its proof. A year among months is read as any line is now, as a quarter among them was.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

MONTHS = {
    "2013/14": [[495, 311, 175], [291, 409, 264], [74, 416, 298]],
    "2014/15": [[350, 369, 263], [431, 2, 467], [107, 288, 67]],
}
AREAS = ["Leeds", "Bradford", "Wakefield"]


def _r20(figure: int) -> int:
    return (figure + 10) // 20 * 20


def _rows(split: bool) -> list[list]:
    head = ["Year", "Month"] if split else ["Month"]
    rows: list[list] = [["Referrals by month and area"], [], [*head, *AREAS]]
    for year, months in MONTHS.items():
        for at, (name, figures) in enumerate(zip(["Apr", "May", "Jun"], months, strict=True)):
            label = [year if at == 0 else None, name] if split else [f"{name}-{year[2:4]}"]
            rows.append([*label, *figures])
        total = [year, None] if split else [year]
        rows.append([*total, *(sum(f[k] for f in months) for k in range(3))])
    return rows


@pytest.mark.parametrize("split", [False, True], ids=["month-labels", "year-column"])
def test_a_line_named_by_its_year_shows_the_sum_of_its_rounded_months(tmp_path, split):
    source = write_book(tmp_path / "years.xlsx", {"Referrals": _rows(split)})
    copy, _ = sanitised_beside(source)
    width = 2 if split else 1
    lines = [
        row
        for row in openpyxl.load_workbook(copy, data_only=True)
        .worksheets[1]
        .iter_rows(values_only=True)
        if isinstance(row[width], int | float)
    ]
    at = 0
    for months in MONTHS.values():
        assert [list(r[width : width + 3]) for r in lines[at : at + 3]] == [
            [_r20(f) for f in figures] for figures in months
        ]
        year = lines[at + 3][width : width + 3]
        assert list(year) == [sum(_r20(f[k]) for f in months) for k in range(3)]
        at += 4
