"""Hunted (session 17, numeric labels fuzz): payment groups parted by their benefits' subtotals.

'Payment group | Apr | May | Jun' down 1, 2, 3, 'JSA total', 6, 7, 'ESA total', 9, 'Other
total', 'Total' was refused: the analysis read the numbers after the first subtotal as counts
and rounded them all (PG 1 became 0), while the proof read the first run as payment groups and
refused the copy. Runs of label numbers parted by subtotal lines that hold no number in the
column are one label column now, kept as written, in the analysis and the proof alike; a
column whose subtotal lines hold numbers there is counts, rounded (fail closed).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from wpxl.sanitise import sanitise_file

FIGURES = [[143, 212, 61], [187, 38, 97], [251, 119, 73], [66, 301, 158], [92, 47, 233]]
FIGURES.append([55, 66, 77])
GROUPS = [("JSA total", [1, 2, 3]), ("ESA total", [6, 7]), ("Other total", [9])]


def by_payment_group(names: bool, header: str = "Payment group") -> list[list]:
    """The table, its subtotals SUMs over their groups and a 'Total' over the subtotals."""
    letters = "CDE" if names else "BCD"
    rows: list[list] = [["Referrals by payment group"], [], [header, *(["Description"] * names)]]
    rows[-1] += ["Apr", "May", "Jun"]
    figures, subtotals = iter(FIGURES), []
    for name, groups in GROUPS:
        first = len(rows) + 1
        rows += [[pg, *([f"PG {pg}"] * names), *next(figures)] for pg in groups]
        lead = [None, name] if names else [name]
        rows.append([*lead, *(f"=SUM({c}{first}:{c}{len(rows)})" for c in letters)])
        subtotals.append(len(rows))
    lead = ["Total", None] if names else ["Total"]
    rows.append([*lead, *("=" + "+".join(f"{c}{s}" for s in subtotals) for c in letters)])
    return rows


def _copy(tmp_path: Path, job, rows: list[list]) -> list[list]:
    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows})
    output = Path(sanitise_file(source, job).output)
    sheet = openpyxl.load_workbook(output)["Referrals"]
    return [list(row) for row in sheet.iter_rows(min_row=3, values_only=True)]


@pytest.mark.parametrize("names", [False, True])
def test_payment_groups_parted_by_subtotals_stay_as_written(tmp_path, job, names):
    copy = _copy(tmp_path, job, by_payment_group(names))
    subtotals = [None] * 3 if names else [name for name, _ in GROUPS]
    expected = [1, 2, 3, subtotals[0], 6, 7, subtotals[1], 9, subtotals[2], "Total"]
    assert [line[0] for line in copy[3:13]] == expected
    first = 2 if names else 1
    assert copy[3][first : first + 3] == [140, 220, 60]
    assert copy[6][first] == f"=SUM({'C' if names else 'B'}6:{'C' if names else 'B'}8)"


def test_a_column_its_subtotals_add_up_is_counts(tmp_path, job):
    rows = by_payment_group(True)
    rows[6][0] = "=SUM(A4:A6)"  # the first subtotal adds the column up: it holds counts
    copy = _copy(tmp_path, job, rows)
    assert all(line[0] % 20 == 0 for line in copy[3:6])


def test_area_codes_in_groups_closed_by_a_subtotal_then_the_total_stay_as_written(tmp_path, job):
    """Typed codes under 'Local authority code', each group closed by 'North total' or 'South
    total' in the code column, the 'Total' after the last: the proof took only a line starting
    with 'Total' to close a run, so the codes kept as written were refused as figures."""
    groups = [("North total", [305, 310, 315]), ("South total", [330, 335])]
    rows: list[list] = [["Local authority code", "Apr", "May", "Jun"]]
    figures, subtotals = iter(FIGURES), []
    for name, codes in groups:
        lines = [[code, *next(figures)] for code in codes]
        rows += [*lines, [name, *(sum(line[k] for line in lines) for k in (1, 2, 3))]]
        subtotals.append(rows[-1])
    rows.append(["Total", *(sum(s[k] for s in subtotals) for k in (1, 2, 3))])
    copy = _copy(tmp_path, job, rows)
    assert [line[0] for line in copy[1:9]] == [305, 310, 315, "North total", 330, 335,
                                               "South total", "Total"]  # fmt: skip
    assert copy[1][1:4] == [140, 220, 60]
