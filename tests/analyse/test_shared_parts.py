"""A body cell is a part of its row's total and of its column's: the analysis names it by one
tuple, not one per formula that reads it."""

from __future__ import annotations

from tests.builders import referrals_table, write_book
from wpxl.analyse import analyse_workbook
from wpxl.policy import Policy
from wpxl.read import read_workbook


def test_a_cell_in_two_totals_is_one_part(tmp_path) -> None:
    book = read_workbook(write_book(tmp_path / "in.xlsx", {"Referrals": referrals_table(
        [[121, 93], [307, 111]])}))  # fmt: skip
    (analysis,) = analyse_workbook(book, Policy())
    (table,) = analysis.tables
    row_total, col_total = table.totals[(3, 3)], table.totals[(5, 1)]  # D4, B6
    in_row = next(p for p in row_total if p == ("Referrals", 3, 1))
    in_col = next(p for p in col_total if p == ("Referrals", 3, 1))
    assert in_row is in_col
    assert row_total == (("Referrals", 3, 1), ("Referrals", 3, 2))
