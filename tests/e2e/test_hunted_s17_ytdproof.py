"""What a hunt of area tables with year-to-date columns found (session 17, after the gap in the
proof for a 'Total' column rounded cell by cell between the areas' YTD columns).

Nothing wrong in the copy: with a Total line under the months, the Total column first, a
'Total YTD' after the Total, two header rows ('Leeds' over 'Month | YTD') or a YTD line after
each month instead of columns, every area figure is rounded, every YTD the running sum of the
rounded months and every total the sum of the rounded figures it covers. These pin that down.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.verify.test_hunted_s17_ytdproof_proof import BY_MONTH, MONTHS, SHAPES


def _r20(figure: int) -> int:
    return (figure + 10) // 20 * 20


def _shown(tmp_path, rows: list[list]) -> list[list]:
    copy, _ = sanitised_beside(write_book(tmp_path / "ytd.xlsx", {"Referrals": rows}))
    sheet = openpyxl.load_workbook(copy, data_only=True).worksheets[1]
    return [list(line) for line in sheet.iter_rows(min_row=3, values_only=True)]


def _heads(rows: list[list]) -> list[str]:
    """Each column's words above the months, joined."""
    width = max(len(r) for r in rows)
    return [" ".join(str(r[c]) for r in rows[1:3] if c < len(r) and r[c]) for c in range(width)]


@pytest.mark.parametrize("shape", list(SHAPES))
def test_area_ytd_tables_show_rounded_areas_running_sums_and_summed_totals(tmp_path, shape):
    rows = SHAPES[shape][0]
    shown = _shown(tmp_path, rows)
    heads = _heads(rows)
    areas = [c for c, h in enumerate(heads) if h.split()[0] in ("Leeds", "Bradford")]
    areas = [c for c in areas if "YTD" not in heads[c]]
    total = next(c for c, h in enumerate(heads) if h.startswith("Total") and "YTD" not in h)
    so_far: dict[int, int] = {}
    for source, line in zip(rows[3:9], shown[3:9], strict=True):
        assert line[0] == source[0]
        for col, head in enumerate(heads[: len(source)]):
            if col in areas:
                assert line[col] == _r20(source[col])
                so_far[col] = so_far.get(col, 0) + line[col]
            elif "YTD" in head:
                over = total if head.startswith("Total") else col - 1  # the area left of it
                assert line[col] == so_far.get(over, 0) + (line[total] if over == total else 0)
        assert line[total] == sum(line[c] for c in areas), source[0]
        so_far[total] = so_far.get(total, 0) + line[total]
    if len(rows) > 9:  # the Total line: each column's rounded months added up
        foot = shown[9]
        for col in [*areas, total]:
            assert foot[col] == sum(line[col] for line in shown[3:9])


def test_a_ytd_line_after_each_month_runs_on_the_rounded_months(tmp_path):
    rows: list[list] = [["Referrals by month and area"], []]
    rows.append(["Month", "Leeds", "Bradford", "Total"])
    so_far = [0, 0]
    for month, figures in zip(MONTHS, BY_MONTH, strict=True):
        so_far = [a + b for a, b in zip(so_far, figures, strict=True)]
        rows += [[f"{month}-21", *figures, sum(figures)], ["YTD", *so_far, sum(so_far)]]
    shown = _shown(tmp_path, rows)
    running = [0, 0]
    for k, figures in enumerate(BY_MONTH):
        month, ytd = shown[3 + 2 * k][:4], shown[4 + 2 * k][:4]
        rounded = [_r20(f) for f in figures]
        running = [a + b for a, b in zip(running, rounded, strict=True)]
        assert month[1:] == [*rounded, sum(rounded)]
        assert ytd == ["YTD", *running, sum(running)]
