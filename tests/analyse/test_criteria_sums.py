"""A dashboard summing an extract's lines by their labels (SUMIFS, SUMIF) is rebuilt as sums of
the extract's rounded cells instead of emptied; a criterion wpxl does not read as a label to
be equal to leaves the figure out."""

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

LINES = [  # office, payment group, month, referrals
    ("Derby", "JSA 18-24", "Apr", 137), ("Derby", "JSA 18-24", "May", 52),
    ("Derby", "ESA Flow", "Apr", 211), ("Derby", "ESA Flow", "May", 9),
    ("Buxton", "JSA 18-24", "Apr", 64), ("Buxton", "JSA 18-24", "May", 118),
    ("Buxton", "ESA Flow", "Apr", 33), ("Buxton", "ESA Flow", "May", 240),
]  # fmt: skip
EXTRACT = [["Referrals extract"], [], ["Office", "Payment group", "Month", "Referrals"]]
EXTRACT += [list(line) for line in LINES]


def _book(tmp_path: Path, figure: str, shown: int | None = None) -> Path:
    """Dashboard of payment group x month, each figure ``figure`` (a format of the row's label
    cell and the column's header cell)."""
    dash: list[list[object]] = [["Referrals dashboard"], [], ["Payment group", "Apr", "May"]]
    cached = {}
    for r, group in enumerate(("JSA 18-24", "ESA Flow"), 4):
        dash.append([group, *(figure.format(row=f"$A{r}", col=f"{c}$3") for c in "BC")])
        for c, month in zip("BC", ("Apr", "May"), strict=True):
            true = sum(n for _, g, m, n in LINES if g == group and m == month)
            cached[("Dashboard", f"{c}{r}")] = true if shown is None else shown
    sheets = {"Dashboard": dash, "Extract": EXTRACT}
    return write_book(tmp_path / "dashboard.xlsx", sheets, cached=cached)


BOUNDED = "=SUMIFS(Extract!$D$4:$D$11,Extract!$B$4:$B$11,{row},Extract!$C$4:$C$11,{col})"


def test_each_figure_is_the_sum_of_the_extract_s_rounded_cells_it_adds(tmp_path, job):
    output = sanitise_file(_book(tmp_path, BOUNDED), job).output
    values = openpyxl.load_workbook(output, data_only=True)
    for row, group in enumerate(("JSA 18-24", "ESA Flow"), 6):
        for col, month in ((2, "Apr"), (3, "May")):
            parts = [values["Extract"].cell(r, 4).value for r, line in enumerate(LINES, 6)
                     if line[1:3] == (group, month)]  # fmt: skip
            assert values["Dashboard"].cell(row, col).value == sum(parts)
            assert len(parts) == 2 and all(p % 20 == 0 for p in parts)


@pytest.mark.parametrize(
    "figure",
    [
        "=SUMIFS(Extract!$D:$D,Extract!$B:$B,{row},Extract!$C:$C,{col})",  # whole columns
        '=SUMIFS(Extract!$D$4:$D$11,Extract!$B$4:$B$11,{row},Extract!$C$4:$C$11,"apr")',
    ],
)
def test_whole_columns_and_written_labels_are_read(tmp_path, figure):
    dashboard = analyse_workbook(read_workbook(_book(tmp_path, figure)), Policy())[0]
    assert set(dashboard.tables[0].totals[(3, 1)]) == {("Extract", 3, 3), ("Extract", 7, 3)}


@pytest.mark.parametrize(
    ("figure", "shown"),
    [
        ('=SUMIFS(Extract!$D$4:$D$11,Extract!$B$4:$B$11,"JSA*",Extract!$C$4:$C$11,{col})', None),
        ('=SUMIFS(Extract!$D$4:$D$11,Extract!$D$4:$D$11,">50",Extract!$C$4:$C$11,{col})', None),
        (BOUNDED, 1000),  # shows another figure than the lines it names add up to
    ],
)
def test_a_criterion_wpxl_does_not_read_as_a_label_leaves_the_figure_out(tmp_path, figure, shown):
    dashboard = analyse_workbook(read_workbook(_book(tmp_path, figure, shown)), Policy())[0]
    assert dashboard.roles[(3, 1)] is Role.DROPPED
