"""What a fuzz of stacked blocks found (session 16): areas stacked under one header, the area
named only on each block's first line ('Area | Payment group | Apr-14'), each block its
payment groups then its 'Total', and a last 'All areas' block typed, each of its lines the sum
of the same group's lines above. The 'All areas' lines were rounded on their own (1,255 shown
as 1,260 beside area lines the reader sees adding up to 1,240), and the copy passed its proof:
the area's name on a block's first line made that line's label the area, not the group, so no
block was read as the sum of the others. Each such line is rebuilt over the lines it adds up.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside


def _r20(figure: int) -> int:
    return (figure + 10) // 20 * 20


GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow"]
AREAS = {
    "Leeds": [566, 452, 205],
    "Bradford": [228, 557, 171],
    "Wakefield": [461, 211, 67],
}


def _rows(every: bool) -> list[list]:
    rows: list[list] = [
        ["Referrals by area and payment group, 2014-15"],
        [],
        ["Area", "Payment group", "Apr-14"],
    ]
    for area, figures in AREAS.items():
        for at, (group, figure) in enumerate(zip(GROUPS, figures, strict=True)):
            rows.append([area if every or at == 0 else None, group, figure])
        rows.append([area if every else None, "Total", sum(figures)])
    for at, group in enumerate(GROUPS):
        whole = sum(figures[at] for figures in AREAS.values())
        rows.append(["All areas" if every or at == 0 else None, group, whole])
    rows.append(["All areas" if every else None, "Total", sum(map(sum, AREAS.values()))])
    rows.append(["Grand total", None, sum(map(sum, AREAS.values()))])  # the blocks' totals'
    return rows


def _shown(path: Path) -> dict[tuple[object, str], float]:
    """The copy's figures by (area, group), the area carried down from a block's first line."""
    sheet = openpyxl.load_workbook(path, data_only=True).worksheets[1]
    shown, area = {}, None
    for a, group, figure in sheet.iter_rows(min_col=1, max_col=3, values_only=True):
        area = a if a is not None else area
        if isinstance(figure, int | float) and isinstance(group, str):
            shown[(area, group)] = figure
    return shown


@pytest.mark.parametrize("every", [False, True], ids=["area-on-first-line", "area-on-each"])
def test_typed_all_areas_block_shows_the_sum_of_the_rounded_area_lines(tmp_path, every):
    source = write_book(tmp_path / "blocks.xlsx", {"Referrals": _rows(every)})
    shown = _shown(sanitised_beside(source)[0])
    for at, group in enumerate(GROUPS):
        parts = [_r20(figures[at]) for figures in AREAS.values()]
        assert [shown[(area, group)] for area in AREAS] == parts
        assert shown[("All areas", group)] == sum(parts)  # 1,240, not 1,255 rounded: 1,260
    areas_total = sum(_r20(f) for figures in AREAS.values() for f in figures)
    assert shown[("All areas", "Total")] == areas_total
