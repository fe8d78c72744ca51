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
from wpxl.model import OutputCell
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


def _letter(col: int) -> str:
    return chr(65 + col)


def _consistent(
    tmp_path, rows: list[list], col: int, months: list[int], running: int | None, foot: int | None
) -> set[str]:
    """The places refused as a total column rounded alone, the Total column (``col``) of each
    month line rounded cell by cell, and what adds it up worked out from what the copy shows
    there, as a plan so misread would: a running column ('Total YTD', ``running``) and a
    Total line (``foot``), each a SUM formula with its cached value."""
    written: dict[tuple[int, int], object] = {(r, col): _r20(rows[r][col]) for r in months}
    first = f"{_letter(col)}{months[0] + 3}"  # the copy's row: the banner's two, from 1
    for k, r in enumerate(months):
        if running is not None:
            shown = sum(_r20(rows[m][col]) for m in months[: k + 1])
            formula = f"=SUM({first}:{_letter(col)}{r + 3})"
            written[(r, running)] = OutputCell(shown, formula=formula, kind="total")
    if foot is not None:
        shown = sum(_r20(rows[m][col]) for m in months)
        formula = f"=SUM({first}:{_letter(col)}{months[-1] + 3})"
        written[(foot, col)] = OutputCell(shown, formula=formula, kind="total")
    found = misread_findings(tmp_path, rows, written, "rounded")
    return {f.part for f in found}


def _shape(head: list, lines: list[list], foot: list | None = None) -> list[list]:
    rows: list[list] = [["Referrals by month and area"], [], head]
    rows += [[f"{month}-21", *line] for month, line in zip(MONTHS, lines, strict=True)]
    return rows + ([foot] if foot else [])


def _ytd(figures: list[int]) -> list[int]:
    return [sum(figures[: k + 1]) for k in range(len(figures))]


LEEDS, BRADFORD = [f[0] for f in BY_MONTH], [f[1] for f in BY_MONTH]
TOTALS = [sum(f) for f in BY_MONTH]
AREA_YTD = [list(line) for line in zip(LEEDS, _ytd(LEEDS), BRADFORD, _ytd(BRADFORD), strict=True)]
SHAPES = {
    # 'Leeds | Bradford | Total | Total YTD': the Total YTD a SUM over the plain Totals
    "total-then-total-ytd": (
        _shape(
            ["Month", "Leeds", "Bradford", "Total", "Total YTD"],
            [[*f, t, y] for f, t, y in zip(BY_MONTH, TOTALS, _ytd(TOTALS), strict=True)],
        ),
        3,
        4,
        None,
    ),
    # areas and their YTD columns, then a Total and a Total YTD
    "area-ytd-total-ytd": (
        _shape(
            ["Month", "Leeds", "Leeds YTD", "Bradford", "Bradford YTD", "Total", "Total YTD"],
            [[*a, t, y] for a, t, y in zip(AREA_YTD, TOTALS, _ytd(TOTALS), strict=True)],
        ),
        5,
        6,
        None,
    ),
    # a Total line under the months, its Total a SUM over the plain Totals above
    "total-line": (
        _shape(
            ["Month", "Leeds", "Leeds YTD", "Bradford", "Bradford YTD", "Total"],
            [[*a, t] for a, t in zip(AREA_YTD, TOTALS, strict=True)],
            ["Total", sum(LEEDS), None, sum(BRADFORD), None, sum(TOTALS)],
        ),
        5,
        None,
        9,
    ),
    # the areas named over 'Month | YTD', the Total over 'Month'
    "two-header-rows": (
        [
            ["Referrals by month and area"],
            ["", "Leeds", "", "Bradford", "", "Total"],
            ["Month", "Month", "YTD", "Month", "YTD", "Month"],
            *([f"{m}-21", *a, t] for m, a, t in zip(MONTHS, AREA_YTD, TOTALS, strict=True)),
        ],
        5,
        None,
        None,
    ),
    # the Total column first, a Total line under the months
    "total-first-total-line": (
        _shape(
            ["Month", "Total", "Leeds", "Leeds YTD", "Bradford", "Bradford YTD"],
            [[t, *a] for a, t in zip(AREA_YTD, TOTALS, strict=True)],
            ["Total", sum(TOTALS), sum(LEEDS), None, sum(BRADFORD), None],
        ),
        1,
        None,
        9,
    ),
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_total_column_rounded_cell_by_cell_in_other_shapes_is_caught(tmp_path, shape):
    """May (843 shown 840 beside 440 + 420) and June (423 shown 420 beside 400 + 40) are
    refused however the Total column stands and whatever adds it up (next to its areas, as in
    'total-then-total-ytd', the proof's reading of a row total refused it already)."""
    rows, col, running, foot = SHAPES[shape]
    months = list(range(3, 9))
    assert misread_findings(tmp_path, rows, {}, "rounded") == []
    found = _consistent(tmp_path, rows, col, months, running, foot)
    assert {f"'Referrals' {_letter(col)}7", f"'Referrals' {_letter(col)}8"} <= found
