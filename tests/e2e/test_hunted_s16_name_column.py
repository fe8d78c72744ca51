"""A leak noted in session 15 and mended in session 16: members of staff listed under a bare
'Name' header ('Name | Referrals | Job starts' over 'Jane Smith', 'Amir Patel'), with no role
word over them and no title saying the table is by adviser, travelled beside their own figures.
Where most of the lines under 'Name' are shaped as people's names they go now, listed as
removed, and the figures stay rounded; a column of councils or trusts under 'Name' stays.
"""

from __future__ import annotations

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.leaks import package_text
from wpxl.plan.unlabelled import REMOVED_LABEL

STAFF = ["Jane Smith", "Amir Patel", "Siobhán Ní Bhriain", "O'Brien, Kate"]
PLACES = [
    "Brighton and Hove",
    "Leeds Teaching Hospitals NHS Trust",
    "Milton Keynes",
    "Kingston upon Thames",
    "Wakefield",
]
FIGURES = [[143, 61], [187, 97], [251, 73], [66, 18]]


def _rows(names: list[str]) -> list[list]:
    rows: list[list] = [
        ["Referrals and job starts, April 2014"],
        [],
        ["Name", "Referrals", "Job starts"],
    ]
    rows += [[name, *FIGURES[at % len(FIGURES)]] for at, name in enumerate(names)]
    return rows


def test_people_under_a_bare_name_header_go_and_their_figures_stay(tmp_path):
    source = write_book(tmp_path / "by name.xlsx", {"Starts": _rows(STAFF)})
    copy, _ = sanitised_beside(source)
    text = package_text(copy)
    assert not [name for name in STAFF if name in text]
    sheet = openpyxl.load_workbook(copy).worksheets[1]
    shown = [row for row in sheet.iter_rows(values_only=True) if isinstance(row[1], int | float)]
    assert [list(row[1:3]) for row in shown] == [[140, 60], [180, 100], [260, 80], [60, 20]]
    assert all(row[0] == REMOVED_LABEL for row in shown)  # stood in for (session 34)
    cover = " ".join(
        str(v)
        for row in openpyxl.load_workbook(copy).worksheets[0].iter_rows(values_only=True)
        for v in row
        if v
    )
    assert "Starts" in cover and "A4" in cover  # the first name's cell, listed as removed


def test_councils_and_trusts_under_a_name_header_stay(tmp_path):
    source = write_book(tmp_path / "by council.xlsx", {"Starts": _rows(PLACES)})
    copy, _ = sanitised_beside(source)
    sheet = openpyxl.load_workbook(copy).worksheets[1]
    assert [row[0] for row in sheet.iter_rows(values_only=True) if row[0] in PLACES] == PLACES
