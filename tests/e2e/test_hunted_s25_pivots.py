"""Found in session 25: an Excel pivot pasted as values (compact form: each region's line, its
subtotal, over its authorities, 'Grand Total' last) with a region of one authority ('North
East' over 'Sunderland', the same figures). The tree took the grand total as the regions'
sum and left 'Sunderland' out of every total: counted as a line of its own in the shares'
base, it made every share too small and the Grand Total 85 % (WRONG, verified). A line left
out of every total beside its twin in one is that twin's one part (analyse/far_end)."""

from __future__ import annotations

import openpyxl

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

PIVOT = [
    ["Provider", "CPA 12"],
    [],
    ["Row Labels", "Sum of Referrals", "Sum of Job outcomes"],
    ["Yorkshire", 7272, 9126],
    ["Bradford", 1765, 2421],
    ["Sheffield", 1695, 1792],
    ["Wakefield", 3812, 4913],
    ["East Midlands", 4351, 3212],
    ["Chesterfield", 1603, 1952],
    ["Nottingham", 2748, 1260],
    ["North East", 317, 2621],
    ["Sunderland", 317, 2621],
    ["Grand Total", 11940, 14959],
]


def _lines(copy, name: str) -> dict[str, object]:
    sheet = openpyxl.load_workbook(copy, data_only=True)[name]
    return {r[0]: r[1] for r in sheet.iter_rows(values_only=True) if r[0] and r[1] is not None}


def test_a_pivots_region_of_one_authority_is_a_group_of_one(tmp_path):
    copy, _ = sanitised_beside(write_book(tmp_path / "pivot.xlsx", {"Referrals": PIVOT}))
    formulas = openpyxl.load_workbook(copy)["Referrals"]
    north_east = next(r for r in formulas.iter_rows() if r[0].value == "North East")
    assert north_east[1].value == f"=SUM(B{north_east[0].row + 1})"  # over Sunderland
    shares = _lines(copy, "Job outcomes %")
    assert shares["Grand Total"] == 1
    assert shares["Yorkshire"] == round(9126 / 14959, 2)
    assert shares["North East"] == shares["Sunderland"] == round(2621 / 14959, 2)
    assert _lines(copy, "Referrals")["Grand Total"] == 7280 + 4340 + 320
