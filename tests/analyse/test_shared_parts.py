"""A body cell is a part of its row's total and of its column's: the analysis holds neither as a
coordinate of its own, but each total as the ranges its formula names (``Parts``), which still
read as the tuple of their cells. (It named each such cell by one shared tuple before.) A total
of a few cells stays a tuple of them, read in C, as most of a real pack's totals are small."""

from __future__ import annotations

from tests.builders import referrals_table, write_book
from wpxl.analyse import analyse_workbook
from wpxl.model.parts import TUPLE_BELOW, Parts
from wpxl.policy import Policy
from wpxl.read import read_workbook


def test_a_cell_in_two_totals_is_no_part_apiece(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("wpxl.model.parts.TUPLE_BELOW", 0)
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


def test_a_total_of_a_few_cells_is_their_tuple_and_a_long_one_its_runs(tmp_path) -> None:
    last = 2 + TUPLE_BELOW  # 64 offices from row 3: a column total of 64 cells, row totals of 2
    rows = [["Referrals by office"], ["Office", "Apr 2013", "May 2013", "Total"]]
    rows += [[f"Office {chr(65 + n // 26)}{chr(65 + n % 26)}", n, n + 1, f"=SUM(B{n + 3}:C{n + 3})"]
             for n in range(TUPLE_BELOW)]  # fmt: skip
    rows.append(["Total", f"=SUM(B3:B{last})", f"=SUM(C3:C{last})", f"=SUM(D3:D{last})"])
    book = read_workbook(write_book(tmp_path / "in.xlsx", {"Referrals": rows}))
    (analysis,) = analyse_workbook(book, Policy())
    (table,) = analysis.tables
    row_total, col_total = table.totals[(2, 3)], table.totals[(last, 1)]
    assert type(row_total) is tuple and row_total == (("Referrals", 2, 1), ("Referrals", 2, 2))
    assert isinstance(col_total, Parts) and len(col_total) == TUPLE_BELOW
    assert col_total.runs == (("Referrals", 2, 1, last - 1, 1),)
