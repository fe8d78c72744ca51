"""What a hunt through nested totals across the columns (the transposed form of nested row
subtotals) found (session 17).

A table of one year under its 'Total' line ('Total' then '2011', alike, areas across): the
'Total' adds up the year, and the year, named alone straight after a total line of the same
figures, was read as that total's year over it as well, so each was the other's part and the
analysis never came back (RecursionError, nothing written). A year is read over a total line
only where it is not that line's own part.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside


def r20(n: int) -> int:
    return (n + 10) // 20 * 20


def _shown(output: Path, sheet: str) -> list[list]:
    """The copy's lines from its title down (the banner above), without empty cells at the end."""
    values = openpyxl.load_workbook(output, data_only=True)[sheet]
    lines = [list(row) for row in values.iter_rows(min_row=3, values_only=True)]
    for line in lines:
        while line and line[-1] is None:
            line.pop()
    return lines


@pytest.mark.parametrize("total_col", [False, True])
def test_a_total_line_over_its_one_year_is_the_years_rounded_line(tmp_path, total_col):
    year = [823, 647, 646]
    heads = ["Year", "Ashby", "Brack", "Holm"]
    if total_col:
        heads[-1], year = "Total", [823, 647, 823 + 647]
    rows = [["Job starts by area"], [], heads, ["Total", *year], [2011, *year]]
    output, _ = sanitised_beside(write_book(tmp_path / "one_year.xlsx", {"Job starts": rows}))
    shown = _shown(output, "Job starts")
    line = [r20(v) for v in year]
    if total_col:
        line[-1] = line[0] + line[1]
    assert shown[3] == ["Total", *line]
    assert shown[4] == [2011, *line]
    formulas = openpyxl.load_workbook(output)["Job starts"]
    assert str(formulas["B6"].value).startswith("=")
