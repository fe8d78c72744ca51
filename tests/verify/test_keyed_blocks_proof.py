"""The proof catches, on its own, an 'All areas' block of areas keyed by their first line
rounded on its own: areas stacked under 'Area | Payment group | Apr-14', each area named on
its block's first line only, a 'Grand total' under the blocks. A plan that misread the blocks
rounds each 'All areas' line alone (1,255 shown as 1,260, where the areas' rounded lines add
up to 1,240; a line that happens to agree is no sum either); every figure is still a multiple
of 20, so only the blocks' arithmetic tells.

Each copy is written by the real writer from a real plan of a real input, then changed the way
that misreading would change it; the proof must refuse, naming each such cell.
"""

from __future__ import annotations

from tests.builders import write_book
from tests.misread import BANNER, misread_findings, proved
from wpxl.model.sheetref import a1
from wpxl.verify.summed_blocks import BLOCK_ROUNDED_ALONE

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow"]
AREAS = {"Leeds": [566, 452, 205], "Bradford": [228, 557, 171], "Wakefield": [461, 211, 67]}
ALL_AREAS = 3 + 4 * len(AREAS)  # the row of the 'All areas' block's first line


def _rows() -> list[list]:
    rows: list[list] = [
        ["Referrals by area and payment group"],
        [],
        ["Area", "Payment group", "Apr-14"],
    ]
    for area, figures in AREAS.items():
        rows += [
            [area if at == 0 else None, g, f]
            for at, (g, f) in enumerate(zip(GROUPS, figures, strict=True))
        ]
        rows.append([None, "Total", sum(figures)])
    for at, group in enumerate(GROUPS):
        rows.append(["All areas" if at == 0 else None, group, sum(f[at] for f in AREAS.values())])
    rows.append([None, "Total", sum(map(sum, AREAS.values()))])
    rows.append(["Grand total", None, sum(map(sum, AREAS.values()))])
    return rows


def test_all_areas_lines_rounded_on_their_own_are_caught(tmp_path):
    rows = _rows()
    lines = range(ALL_AREAS, ALL_AREAS + len(GROUPS))
    alone = {(row, 2): (rows[row][2] + 10) // 20 * 20 for row in lines}
    found = misread_findings(tmp_path, rows, alone, "rounded")
    named = {f.part for f in found if f.kind == BLOCK_ROUNDED_ALONE}
    assert named == {f"'Referrals' {a1(row + BANNER, 2)}" for row in lines}


def test_the_copy_the_plan_makes_passes(tmp_path):
    assert proved(tmp_path, write_book(tmp_path / "pack.xlsx", {"Referrals": _rows()})) == []
