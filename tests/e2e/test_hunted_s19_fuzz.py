"""What fuzzing found in session 19 (the stop's fuzzers on fresh seeds, and a new one).

Stacked blocks keyed by area ('Area | Payment group | Apr-14'), one area without a payment
group the others have (Bradford has no 'JSA Early Access' line), small counts with a 0 among
them, and a typed 'All areas' block adding the areas' lines up: the analysis took the blocks
in order and read the first that seemed to add up the others, Leeds, whose Jun lines were the
sum of Bradford's and All areas' there (3 = 0 + 3, and 17 = 17 where only Leeds has the line,
the third line a few off as a perturbed source's may be). So Leeds' cells became totals over
All areas' and All areas' lines were rounded on their own; the proof refused the copy. The
block whose lines add up the others in the most places is read as their total now.

And a LEAK: a one-column table whose first line's count is year-sized ('Leeds | 2046' under
'Area | Total') had that line read as a header row of one year and its count carried
unrounded, the proof passing it as a year heading. Such a line is a line of figures now
(analyse/year_sized_lines), and the proof refuses a year-shaped figure alone on a line named
by words of no time under a corner naming such lines (verify/year_labels).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.leaks import package_numbers


def _r20(figure: int) -> int:
    return (figure + 10) // 20 * 20


MONTHS = ["Apr-14", "May-14", "Jun-14", "Jul-14"]
AREAS = {
    "Leeds": {
        "JSA 25+": [21, 24, 3, 16],
        "JSA Early Access": [21, 4, 17, 15],
        "ESA Flow": [11, 31, 5, 10],
    },
    "Bradford": {"JSA 25+": [39, 10, 0, 4], "ESA Flow": [22, 21, 2, 31]},
}
GROUPS = ["JSA 25+", "JSA Early Access", "ESA Flow"]


def _all_areas(group: str) -> list[int]:
    lines = [lines[group] for lines in AREAS.values() if group in lines]
    return [sum(figures) for figures in zip(*lines, strict=True)]


def _keyed_blocks() -> tuple[list[list], dict[str, object]]:
    """The sheet and the cached values of its formulas (each block's Total, the Grand total)."""
    rows: list[list] = [
        ["Job starts by area and payment group, 2014-15"],
        [],
        ["Area", "Payment group", *MONTHS],
    ]
    cached: dict[tuple[str, str], object] = {}
    block_totals = []
    blocks = [*AREAS.items(), ("All areas", {g: _all_areas(g) for g in GROUPS})]
    for area, lines in blocks:
        first = len(rows) + 1
        for at, (group, figures) in enumerate(lines.items()):
            rows.append([area if at == 0 else None, group, *figures])
        last = len(rows)
        total = [None, "Total"]
        for c, letter in enumerate("CDEF"):
            total.append(f"=SUM({letter}{first}:{letter}{last})")
            cached[("Job starts", f"{letter}{last + 1}")] = sum(f[c] for f in lines.values())
        rows.append(total)
        if area != "All areas":
            block_totals.append(last + 1)
    grand = ["Grand total", None]
    for c, letter in enumerate("CDEF"):
        grand.append("=" + "+".join(f"{letter}{r}" for r in block_totals))
        cached[("Job starts", f"{letter}{len(rows) + 1}")] = sum(
            f[c] for lines in AREAS.values() for f in lines.values()
        )
    rows.append(grand)
    return rows, cached


def _shown(path: Path) -> dict[tuple[str, str], list[float]]:
    """The copy's figures by (area, group), the area carried down from a block's first line."""
    sheet = openpyxl.load_workbook(path, data_only=True).worksheets[1]
    shown, area = {}, ""
    for a, group, *figures in sheet.iter_rows(min_col=1, max_col=6, values_only=True):
        area = a if isinstance(a, str) and group is not None else area
        if isinstance(group, str) and all(isinstance(f, int | float) for f in figures):
            shown[(area, group)] = figures
    return shown


def test_typed_all_areas_block_over_an_area_missing_a_line_is_rebuilt_over_the_areas(
    tmp_path,
):
    rows, cached = _keyed_blocks()
    source = write_book(tmp_path / "keyed.xlsx", {"Job starts": rows}, cached=cached)
    shown = _shown(sanitised_beside(source)[0])
    for area, lines in AREAS.items():
        for group, figures in lines.items():
            assert shown[(area, group)] == [_r20(f) for f in figures]
    for group in GROUPS:
        parts = [[_r20(f) for f in lines[group]] for lines in AREAS.values() if group in lines]
        summed = [sum(column) for column in zip(*parts, strict=True)]
        assert shown[("All areas", group)] == summed  # Jun's JSA 25+: 0 + 0, not 3 rounded


# A one-column table ('Area | Total' or 'Area | Referrals') whose first line's count is
# year-sized (Leeds 2,046 referrals): the layout read 'Leeds | 2046' as a second header row (a
# year heading the column) and the copy carried 2,046 unrounded, the proof passing it as a year
# heading (fuzz /work/notes/s18/fuzzx.py seed 984: a 'Summary' of area totals, refused there
# only because the figure is also another sheet's total).
YEAR_SIZED = [["Referrals by area"], [], ["Area", "Total"], ["Leeds", 2046], ["Bradford", 1265]]


def test_a_year_sized_count_on_a_first_line_is_rounded(tmp_path):
    rows = [*YEAR_SIZED, ["Wakefield", 960]]
    source = write_book(tmp_path / "areas.xlsx", {"Referrals": rows})
    copy = sanitised_beside(source)[0]
    assert 2046.0 not in package_numbers(copy)
    sheet = openpyxl.load_workbook(copy, data_only=True).worksheets[1]
    shown = {a: f for a, f in sheet.iter_rows(min_col=1, max_col=2, values_only=True) if a}
    assert shown["Leeds"] == 2040


@pytest.mark.parametrize(
    "heads",
    [
        [[None, "Referrals"], ["Area", 2014]],
        [["Area", "Referrals"], ["Year", 2014]],
    ],
    ids=["blank-corner-over-area", "year-beside-it"],
)
def test_a_header_of_one_year_still_heads_its_column(tmp_path, heads):
    rows = [["Referrals by area"], [], *heads, ["Leeds", 2046], ["Bradford", 1265]]
    copy = sanitised_beside(write_book(tmp_path / "year.xlsx", {"Referrals": rows}))[0]
    sheet = openpyxl.load_workbook(copy, data_only=True).worksheets[1]
    shown = {a: f for a, f in sheet.iter_rows(min_col=1, max_col=2, values_only=True) if a}
    assert (shown[heads[1][0]], shown["Leeds"], shown["Bradford"]) == (2014, 2040, 1260)
