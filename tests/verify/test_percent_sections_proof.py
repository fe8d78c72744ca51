"""The proof reads a percentage sheet whose repeated labels nothing tells apart.

Areas stacked under one header, parted by rows naming each: a copy leaving those rows off shows
runs of the same payment groups no reader can tell apart. The cells here are made by hand; the
proof reads the copy alone.
"""

from __future__ import annotations

from wpxl.model import Cell, Style
from wpxl.verify.percent_sections import UNTOLD, untold_rows

PERCENT = Style(number_format="0%")
GROUPS = ["JSA 18-24", "JSA 25+", "Total"]


def _sheet(with_names: bool, keyed: bool = False) -> tuple[dict, set]:
    cells, percent, row = {}, set(), 3
    for area in ("Derby", "Buxton"):
        if with_names and not keyed:
            cells[(row, 0)] = Cell(area)
            row += 1
        for i, group in enumerate(GROUPS):
            if keyed and i == 0:
                cells[(row, 0)] = Cell(area)
            cells[(row, 1)] = Cell(group)
            cells[(row, 2)] = Cell(0.25, style=PERCENT)
            percent.add((row, 2))
            row += 1
    return cells, percent


def test_repeated_labels_with_no_section_name_between_are_found():
    cells, percent = _sheet(with_names=False)
    assert [(f.part, f.kind) for f in untold_rows("Job outcomes %", cells, percent)] == [
        ("'Job outcomes %' C7", UNTOLD)
    ]


def test_a_section_row_or_an_area_named_on_the_block_s_first_line_tells_them_apart():
    for shape in ({"with_names": True}, {"with_names": True, "keyed": True}):
        cells, percent = _sheet(**shape)
        assert untold_rows("Job outcomes %", cells, percent) == []


def test_outcome_columns_whose_groups_are_left_off_are_found():
    cells = {(3, 0): Cell("Area"), (4, 0): Cell(None)}
    percent = set()
    for col in (1, 2):
        cells[(4, col)] = Cell("Job outcomes")
        for row, area in enumerate(("Derby", "Buxton"), start=5):
            cells[(row, 0)] = Cell(area)
            cells[(row, col)] = Cell(0.5, style=PERCENT)
            percent.add((row, col))
    found = untold_rows("Job outcomes %", cells, percent)
    assert [f.part for f in found] == ["'Job outcomes %' C6", "'Job outcomes %' C7"]
    cells[(3, 1)], cells[(3, 2)] = Cell("JSA 18-24"), Cell("JSA 25+")
    assert untold_rows("Job outcomes %", cells, percent) == []


def test_a_year_merged_over_its_quarters_tells_its_total_from_the_grand_total():
    heads = ["Q1", "Total", "Q1", "Total", "Total"]
    cells = {(3, 1): Cell("2012/13"), (3, 3): Cell("2013/14"), (4, 0): Cell("Area")}
    percent = set()
    for col, head in enumerate(heads, start=1):
        cells[(4, col)] = Cell(head)
        for row, area in enumerate(("Derby", "Buxton"), start=5):
            cells[(row, 0)] = Cell(area)
            cells[(row, col)] = Cell(0.5, style=PERCENT)
            percent.add((row, col))
    typed_once = untold_rows("Job outcomes %", cells, percent)
    assert [f.part for f in typed_once] == ["'Job outcomes %' F6", "'Job outcomes %' F7"]
    merged = [(3, 1, 3, 2), (3, 3, 3, 4)]  # each year over its quarter and its total
    assert untold_rows("Job outcomes %", cells, percent, merged) == []


def test_the_banner_merged_across_the_top_heads_no_column():
    cells = {(0, 0): Cell("INTERNAL MANAGEMENT INFORMATION"), (4, 0): Cell("Area")}
    percent = set()
    for col in (1, 2, 3):  # their heads removed: they stated amounts
        for row, area in enumerate(("Derby", "Buxton"), start=5):
            cells[(row, 0)] = Cell(area)
            cells[(row, col)] = Cell(0.5, style=PERCENT)
            percent.add((row, col))
    assert untold_rows("Job outcomes %", cells, percent, [(0, 0, 0, 9)]) == []
