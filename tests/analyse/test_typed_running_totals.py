"""Months typed beside their running totals ('Cumulative Apr', 'Cumulative May', ...): each
cumulative column is read as a total over the months up to its own, along its row, so it is
rebuilt over the rounded months instead of rounded on its own."""

from __future__ import annotations

import pytest

from tests.builders import write_book
from wpxl.analyse import analyse_workbook
from wpxl.model import Role
from wpxl.policy import Policy
from wpxl.read import read_workbook

MONTHS = [[13, 13, 14], [45, 52, 38], [9, 11, 12], [27, 31, 29]]
GROUPS = ("JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers")


def _analysed(tmp_path, rows):
    book = read_workbook(write_book(tmp_path / "book.xlsx", {"Sheet": rows}))
    (analysis,) = analyse_workbook(book, Policy())
    return analysis


def _running(line: list[int]) -> list[int]:
    return [sum(line[: k + 1]) for k in range(len(line))]


def _after(heads: list[str], months: list[list[int]]) -> list[list[object]]:
    rows: list[list[object]] = [["Job starts by payment group"], []]
    rows.append(["Payment group", "Apr", "May", "Jun", *heads])
    rows += [[g, *line, *_running(line)] for g, line in zip(GROUPS, months, strict=True)]
    return rows


@pytest.mark.parametrize(
    "heads",
    [
        ["Cumulative Apr", "Cumulative May", "Cumulative Jun"],
        ["Apr YTD", "May YTD", "Jun YTD"],
        ["Running total Apr", "Running total May", "Running total Jun"],
    ],
)
def test_cumulative_columns_after_the_months_add_up_the_months_to_their_own(tmp_path, heads):
    analysis = _analysed(tmp_path, _after(heads, MONTHS))
    (table,) = analysis.tables
    for row in range(3, 7):
        for k, col in enumerate((4, 5, 6)):
            assert analysis.roles[(row, col)] is Role.TOTAL
            assert table.totals[(row, col)] == tuple(("Sheet", row, c) for c in range(1, k + 2))
        assert all(analysis.roles[(row, c)] is Role.COUNT for c in (1, 2, 3))


def test_each_months_cumulative_column_beside_it_adds_up_the_months_to_date(tmp_path):
    rows: list[list[object]] = [["Job starts by payment group"], []]
    rows.append(["Payment group", "Apr", "Cum. Apr", "May", "Cum. May", "Jun", "Cum. Jun"])
    for group, line in zip(GROUPS, MONTHS, strict=True):
        run = _running(line)
        rows.append([group, line[0], run[0], line[1], run[1], line[2], run[2]])
    analysis = _analysed(tmp_path, rows)
    (table,) = analysis.tables
    for row in range(3, 7):
        assert table.totals[(row, 2)] == (("Sheet", row, 1),)
        assert table.totals[(row, 4)] == (("Sheet", row, 1), ("Sheet", row, 3))
        assert table.totals[(row, 6)] == tuple(("Sheet", row, c) for c in (1, 3, 5))


def test_a_cumulative_column_off_by_one_leaves_every_column_a_count(tmp_path):
    rows = _after(["Cumulative Apr", "Cumulative May", "Cumulative Jun"], MONTHS)
    rows[4][5] += 1  # JSA 25+ 'Cumulative May': not the sum of its months
    analysis = _analysed(tmp_path, rows)
    assert all(analysis.roles[(r, c)] is Role.COUNT for r in range(3, 7) for c in range(1, 7))


def test_columns_equal_to_months_without_running_words_stay_counts(tmp_path):
    """'Apr (revised)' equal to Apr in every row, 'May (revised)' to Apr + May: chance, or a
    restatement, but nothing says they run on."""
    rows = _after(["Apr (revised)", "May (revised)", "Jun (revised)"], MONTHS)
    analysis = _analysed(tmp_path, rows)
    assert all(analysis.roles[(r, c)] is Role.COUNT for r in range(3, 7) for c in (4, 5))
