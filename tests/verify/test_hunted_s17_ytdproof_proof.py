"""The proof catches, on its own, a 'Total' column rounded cell by cell beside areas that each
have their year-to-date column ('Leeds | Leeds YTD | Bradford | Bradford YTD | Total'), months
down, the YTD columns right: each Total adds up the areas only, skipping the YTD columns between
them, so no reading of a row total saw it, and 843 shown as 840 beside Leeds 440 and Bradford
420 passed (a gap found by the session 17 hunt of series).

Each copy is written by the real writer from a real plan of a real input; the plan is then
changed the way that misreading changed it, and the proof must refuse, naming the cells.
"""

from __future__ import annotations

import pytest

from tests.misread import misread_findings
from wpxl.verify.total_columns import ROUNDED_ALONE

MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
BY_MONTH = [[68, 291], [433, 410], [391, 32], [130, 60], [253, 389], [230, 241]]


def _r20(figure: int) -> int:
    return (figure + 10) // 20 * 20


def _rows(quarters: bool, total_first: bool = False) -> list[list]:
    """Months down; Leeds, its YTD, Bradford, its YTD and a Total column (first, when
    ``total_first``); maybe each quarter closed by its line, the YTD cells blank there."""
    areas = ["Leeds", "Leeds YTD", "Bradford", "Bradford YTD"]
    rows: list[list] = [["Referrals by month and area"], []]
    rows.append(["Month", "Total", *areas] if total_first else ["Month", *areas, "Total"])
    so_far, quarter = [0, 0], [0, 0]
    for m, (month, figures) in enumerate(zip(MONTHS, BY_MONTH, strict=True)):
        so_far = [a + b for a, b in zip(so_far, figures, strict=True)]
        quarter = [a + b for a, b in zip(quarter, figures, strict=True)]
        line = [figures[0], so_far[0], figures[1], so_far[1]]
        total = sum(figures)
        rows.append([f"{month}-21", total, *line] if total_first else [f"{month}-21", *line, total])
        if quarters and m % 3 == 2:
            line = [quarter[0], None, quarter[1], None]
            total = sum(quarter)
            name = f"Total Q{m // 3 + 1}"
            rows.append([name, total, *line] if total_first else [name, *line, total])
            quarter = [0, 0]
    return rows


def _found(tmp_path, rows: list[list], col: int | None) -> set[str]:
    """The places refused as a total column rounded alone, the Total column (``col``) of every
    line rounded cell by cell (none when None)."""
    lines = range(3, len(rows)) if col is not None else range(0)
    written = {(r, col): _r20(rows[r][col]) for r in lines}
    found = misread_findings(tmp_path, rows, written, "rounded")
    return {f.part for f in found if f.kind == ROUNDED_ALONE}


@pytest.mark.parametrize("quarters", [False, True])
def test_a_total_column_rounded_cell_by_cell_between_ytd_columns_is_caught(tmp_path, quarters):
    rows = _rows(quarters)
    assert _found(tmp_path, rows, None) == set()
    found = _found(tmp_path, rows, 5)
    # May: 843 shown 840 beside 440 + 420; June: 423 shown 420 beside 400 + 40; April's 360
    # is 60 + 300, rounded alone or not; Q1's 1,625 shown 1,620 beside 860 + 800
    want = {"'Referrals' F7", "'Referrals' F8"} | ({"'Referrals' F9"} if quarters else set())
    assert found == want


def test_a_total_column_first_rounded_cell_by_cell_is_caught(tmp_path):
    rows = _rows(False, total_first=True)
    assert _found(tmp_path, rows, None) == set()
    assert _found(tmp_path, rows, 1) == {"'Referrals' B7", "'Referrals' B8"}
