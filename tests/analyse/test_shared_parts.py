"""A body cell is a part of its row's total and of its column's: the analysis holds neither as a
coordinate of its own, but each total as the ranges its formula names (``Parts``), which still
read as the tuple of their cells. (It named each such cell by one shared tuple before.)"""

from __future__ import annotations

from tests.builders import referrals_table, write_book
from wpxl.analyse import analyse_workbook
from wpxl.model.parts import Parts
from wpxl.policy import Policy
from wpxl.read import read_workbook


def test_a_cell_in_two_totals_is_no_part_apiece(tmp_path) -> None:
    book = read_workbook(write_book(tmp_path / "in.xlsx", {"Referrals": referrals_table(
        [[121, 93], [307, 111]])}))  # fmt: skip
    (analysis,) = analyse_workbook(book, Policy())
    (table,) = analysis.tables
    row_total, col_total = table.totals[(3, 3)], table.totals[(5, 1)]  # D4, B6
    assert isinstance(row_total, Parts) and isinstance(col_total, Parts)
    assert row_total.runs == (("Referrals", 3, 1, 3, 2),)  # =SUM(B4:C4)
    assert col_total.runs == (("Referrals", 3, 1, 4, 1),)  # =SUM(B4:B5)
    assert row_total == (("Referrals", 3, 1), ("Referrals", 3, 2))
    assert col_total == (("Referrals", 3, 1), ("Referrals", 4, 1))
