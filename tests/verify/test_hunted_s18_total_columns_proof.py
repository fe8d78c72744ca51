"""The proof's total-columns check on layouts it did not read (session 18): a share beside each
area ('Leeds | Leeds % | Bradford | Bradford % | Total'), or a number or code naming the lines
('Month | Month no. | Leeds | ...'), stood among the columns it added up, so the Total was no
sum of them, and a plan that rounded the Total cell by cell (843 shown 840 beside 440 + 420)
passed the proof. Such columns are left out of the parts now (verify/total_columns)."""

from __future__ import annotations

import pytest

from tests.misread import misread_findings
from wpxl.verify.total_columns import ROUNDED_ALONE

MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
BY_MONTH = [[68, 291], [433, 410], [391, 32], [130, 60], [253, 389], [230, 241]]

LAYOUTS = [
    ["Month", "Leeds", "Leeds %", "Bradford", "Bradford %", "Total"],
    ["Month", "Leeds", "Leeds share", "Leeds YTD", "Bradford", "Bradford share", "Total"],
    ["Month", "Month no.", "Leeds", "Leeds YTD", "Bradford", "Bradford YTD", "Total"],
    ["Month", "Period", "Leeds", "Bradford", "Total"],
    ["Month", "Area code", "Leeds", "Leeds YTD", "Bradford", "Bradford YTD", "Total"],
]


def _rows(heads: list[str]) -> list[list]:
    """Months down, each area's referrals under the columns ``heads`` names, beside its share
    of the month, its year to date, the month's number or an area code; the Total last."""
    rows: list[list] = [["Referrals by month and area"], [], heads]
    so_far = [0, 0]
    for m, (month, (leeds, bradford)) in enumerate(zip(MONTHS, BY_MONTH, strict=True)):
        so_far = [so_far[0] + leeds, so_far[1] + bradford]
        total = leeds + bradford
        line = {
            "Month": f"{month}-21",
            "Month no.": m + 1,
            "Period": m + 1,
            "Area code": 4100,
            "Leeds": leeds,
            "Bradford": bradford,
            "Leeds %": round(leeds / total, 3),
            "Bradford %": round(bradford / total, 3),
            "Leeds share": round(leeds / total, 3),
            "Bradford share": round(bradford / total, 3),
            "Leeds YTD": so_far[0],
            "Bradford YTD": so_far[1],
            "Total": total,
        }
        rows.append([line[h] for h in heads])
    return rows


def _found(tmp_path, rows: list[list], rounded_alone: bool) -> set[str]:
    col = len(rows[2]) - 1
    lines = range(3, len(rows)) if rounded_alone else range(0)
    written = {(r, col): (rows[r][col] + 10) // 20 * 20 for r in lines}
    found = misread_findings(tmp_path, rows, written, "rounded")
    return {f.part for f in found if f.kind == ROUNDED_ALONE}


@pytest.mark.parametrize("heads", LAYOUTS, ids=[" | ".join(h[1:]) for h in LAYOUTS])
def test_a_total_column_rounded_alone_among_shares_or_codes_is_caught(tmp_path, heads):
    rows = _rows(heads)
    assert _found(tmp_path, rows, rounded_alone=False) == set()
    letter = chr(65 + len(heads) - 1)
    # May: 843 shown 840 beside 440 + 420; June: 423 shown 420 beside 400 + 40 (April's 359
    # is 60 + 300, rounded alone or not, and so on)
    want = {f"'Referrals' {letter}{r}" for r in (7, 8)}
    assert _found(tmp_path, rows, rounded_alone=True) == want
