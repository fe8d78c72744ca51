"""An Excel table's structured references are read as the A1 cells they name."""

from __future__ import annotations

import pytest
import xlsxwriter

from wpxl.read import read_workbook


def _book(path, formula: str):
    """A table in B3:F7 (headers on row 3, data 4-6, totals row 7), ``formula`` in F5."""
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("T")
    columns = [
        {"header": "Area", "total_string": "Total"},
        {"header": "Referrals", "total_function": "sum"},
        {"header": "Job starts", "total_function": "sum"},
        {"header": "Starts [adj]", "total_function": "sum"},
        {"header": "Worked out"},
    ]
    data = [["a", 1, 2, 3, 0], ["b", 4, 5, 6, 0], ["c", 7, 8, 9, 0]]
    options = {"data": data, "columns": columns, "total_row": True, "name": "Starts"}
    sheet.add_table(2, 1, 6, 5, options)
    sheet.write_formula(4, 5, formula, None, 0)
    book.close()
    return path


@pytest.mark.parametrize(
    ("formula", "read"),
    [
        ("=Starts[[#This Row],[Referrals]]-Starts[[#This Row],[Job starts]]", "C5-D5"),
        ("=[@Referrals]-[@[Job starts]]", "C5-D5"),
        ("=SUM(Starts[[#This Row],[Referrals]:[Job starts]])", "SUM(C5:D5)"),
        ("=SUM(Starts[Referrals])", "SUM(C4:C6)"),
        ("=SUM(Starts[[#Totals],[Job starts]])", "SUM(D7)"),
        ("=SUM(Starts[Starts '[adj']])", "SUM(E4:E6)"),
        ("=SUM(Starts[#Data])", "SUM(B4:F6)"),
        ("=SUM(Other[Referrals])", "SUM(Other[Referrals])"),
        ("=SUM(Starts[Nothing])", "SUM(Starts[Nothing])"),
    ],
)
def test_structured_references_are_read_as_cells(tmp_path, formula, read):
    book = read_workbook(_book(tmp_path / "t.xlsx", formula))
    assert book.sheets[0].cells[(4, 5)].formula == read


def test_a_totals_row_is_read_as_the_sum_of_its_column(tmp_path):
    book = read_workbook(_book(tmp_path / "t.xlsx", "=1"))
    assert book.sheets[0].cells[(6, 2)].formula == "SUBTOTAL(109,C4:C6)"
