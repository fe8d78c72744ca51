"""Whole runs over layouts a hunt found shared wrongly while the copy passed its proof: a
summary sheet whose rows are the area sheets' Total rows typed as values (each rounded on its
own, beside the Total rows the area sheets show; session 18: figure by figure, one typed off
its area's total staying a count), and a list printed over two pages under a
header of two lines (its 'Brought forward' rounded on its own); months numbered 4, 5, 6 with
a region between them and the year, rounded to 0 as if counts."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside

AREAS = {
    "Derby": [[33, 78, 72], [19, 50, 80], [63, 83, 77]],
    "Buxton": [[14, 52, 31], [47, 9, 26], [45, 80, 99]],
    "Matlock": [[61, 22, 13], [28, 64, 57], [11, 33, 47]],
}
GROUPS = ("JSA 18 to 24", "JSA 25 and over", "ESA flow")
MONTHS = ("B", "C", "D")


def _foot(lines: list[list[int]]) -> list[int]:
    return [sum(line[i] for line in lines) for i in range(3)]


def _book(tmp_path: Path, off: int = 0, foot: bool = True) -> Path:
    """A Summary sheet (each area's Total row typed, ``off`` added to Buxton's April, a Total
    column and row), then a sheet per area: payment groups by month and, with ``foot``, a
    typed Total row."""
    summary: list[list[object]] = [["Referrals by area, Q1 2024/25"], []]
    summary.append(["Area", "Apr", "May", "Jun", "Total"])
    sheets: dict[str, list[list[object]]] = {}
    for name, lines in AREAS.items():
        sums = _foot(lines)
        rows: list[list[object]] = [[f"Referrals, {name}, Q1 2024/25"], []]
        rows += [["Payment group", "Apr", "May", "Jun"]]
        rows += [[g, *line] for g, line in zip(GROUPS, lines, strict=True)]
        sheets[name] = [*rows, *([["Total", *sums]] if foot else [])]
        if name == "Buxton":
            sums = [sums[0] + off, *sums[1:]]
        summary.append([name, *sums, sum(sums)])
    summary.append(["Total", *(sum(r[c] for r in summary[3:]) for c in range(1, 5))])  # type: ignore[misc]
    return write_book(tmp_path / "areas.xlsx", {"Summary": summary, **sheets})


@pytest.mark.parametrize("foot", [True, False], ids=["area Total rows", "no Total rows"])
def test_a_summary_of_the_area_sheets_totals_shows_those_totals(tmp_path, foot):
    output, shown = sanitised_beside(_book(tmp_path, foot=foot))
    assert "its lines are the totals of table 1 on 'Derby'" in shown
    formulas = openpyxl.load_workbook(output)["Summary"]
    values = openpyxl.load_workbook(output, data_only=True)
    for row, name in enumerate(AREAS, start=6):  # the banner's two rows above each sheet
        for col, letter in enumerate(MONTHS, start=2):
            over = f"{letter}9" if foot else f"{letter}6:{letter}8"
            assert formulas.cell(row, col).value == f"=SUM({name}!{over})"
            leaves = [values[name].cell(r, col).value for r in (6, 7, 8)]
            assert all(v % 20 == 0 for v in leaves)
            assert values["Summary"].cell(row, col).value == sum(leaves)
        assert formulas.cell(row, 5).value == f"=SUM(B{row}:D{row})"
    for col, letter in enumerate(("B", "C", "D", "E"), start=2):
        assert formulas.cell(9, col).value == f"=SUM({letter}6:{letter}8)"


def test_a_summary_laid_with_the_areas_across_shows_their_totals(tmp_path):
    rows: list[list[object]] = [["Referrals by month and area, Q1 2024/25"], []]
    rows.append(["Month", *AREAS])
    for i, month in enumerate(("Apr", "May", "Jun")):
        rows.append([month, *(_foot(lines)[i] for lines in AREAS.values())])
    areas = _book(tmp_path)  # the area sheets, each with its Total row on row 7
    book = openpyxl.load_workbook(areas)
    del book["Summary"]
    summary = book.create_sheet("Summary", 0)
    for line in rows:
        summary.append(line)
    book.save(areas)
    output, shown = sanitised_beside(areas)
    assert "its lines are the totals of table 1 on 'Derby'" in shown
    formulas = openpyxl.load_workbook(output)["Summary"]
    for col, name in enumerate(AREAS, start=2):
        for row, letter in enumerate(MONTHS, start=6):  # a month a row, under the banner
            assert formulas.cell(row, col).value == f"=SUM({name}!{letter}9)"


def _one_line_summary(tmp_path: Path, extra: bool = False) -> Path:
    """The area sheets, and a Summary of one 'All areas' line typed as their totals' sum;
    with ``extra``, one more sheet of referrals by age adding up to the same people."""
    areas = _book(tmp_path)
    book = openpyxl.load_workbook(areas)
    del book["Summary"]
    summary = book.create_sheet("Summary", 0)
    grand = [sum(_foot(lines)[i] for lines in AREAS.values()) for i in range(3)]
    for line in [["Referrals, all areas, Q1 2024/25"], [], [None, "Apr", "May", "Jun"]]:
        summary.append(line)
    summary.append(["All areas", *grand])
    if extra:
        ages = book.create_sheet("Ages")
        for line in [["Referrals by age, all areas"], [], ["Age", "Apr", "May", "Jun"]]:
            ages.append(line)
        ages.append(["18 to 24", *(g // 3 for g in grand)])
        ages.append(["25 and over", *(g - g // 3 for g in grand)])
        ages.append(["Total", *grand])
    book.save(areas)
    return areas


def test_a_summary_line_of_all_areas_adds_up_the_area_sheets_totals(tmp_path):
    output, shown = sanitised_beside(_one_line_summary(tmp_path))
    assert "its lines are the totals of table 1 on 'Derby'" in shown
    formulas = openpyxl.load_workbook(output)["Summary"]
    values = openpyxl.load_workbook(output, data_only=True)
    for col, letter in enumerate(MONTHS, start=2):
        added = ",".join(f"{name}!{letter}9" for name in sorted(AREAS))
        assert formulas.cell(6, col).value == f"=SUM({added})"
        totals = [values[name].cell(9, col).value for name in AREAS]
        assert values["Summary"].cell(6, col).value == sum(totals)


def test_an_all_areas_line_is_left_alone_where_another_sheet_counts_the_same_people(tmp_path):
    output, shown = sanitised_beside(_one_line_summary(tmp_path, extra=True))
    assert "its lines are the totals of" not in shown
    summary = openpyxl.load_workbook(output)["Summary"]
    assert all(isinstance(summary.cell(6, c).value, int) for c in (2, 3, 4))


def test_a_summary_figure_that_is_not_its_area_total_is_rounded_on_its_own(tmp_path):
    """Buxton's April typed one more than Buxton's Total: that figure is no total of Buxton
    and stays a count; every other figure is its area's total, rebuilt over it (session 18:
    rounded on their own, they gave the areas' totals a second rounding)."""
    output, shown = sanitised_beside(_book(tmp_path, off=1))
    assert "its lines are the totals of" in shown
    summary = openpyxl.load_workbook(output)["Summary"]
    assert isinstance(summary.cell(7, 2).value, int)  # Buxton, April
    for row, name in enumerate(AREAS, start=6):
        for col, letter in enumerate(MONTHS, start=2):
            if (row, col) != (7, 2):
                assert summary.cell(row, col).value == f"=SUM({name}!{letter}9)"


def test_a_two_line_header_printed_over_two_pages_adds_the_rounded_offices(tmp_path):
    header = [["Office", "2013/14", None, None], [None, "Apr", "May", "Jun"]]
    page1 = {"Derby": [37, 12, 55], "Buxton": [14, 63, 22], "Matlock": [51, 26, 8]}
    page2 = {"Belper": [27, 45, 31], "Ilkeston": [9, 38, 46]}
    forward = _foot(list(page1.values()))
    rows = [["Referrals by office"], [], *header, *([o, *f] for o, f in page1.items())]
    rows += [["Carried forward", *forward], [], *header, ["Brought forward", *forward]]
    rows += [[o, *f] for o, f in page2.items()]
    rows.append(["Total", *_foot([*page1.values(), *page2.values()])])
    output, _ = sanitised_beside(write_book(tmp_path / "pages.xlsx", {"Referrals": rows}))
    formulas = openpyxl.load_workbook(output)["Referrals"]
    values = openpyxl.load_workbook(output, data_only=True)["Referrals"]
    for col, letter in enumerate(MONTHS, start=2):  # c/f row 10, b/f 14, Total 17 in the copy
        assert formulas.cell(10, col).value == f"=SUM({letter}7:{letter}9)"
        assert formulas.cell(14, col).value == f"=SUM({letter}10)"
        assert formulas.cell(17, col).value == f"=SUM({letter}14:{letter}16)"
        offices = [values.cell(r, col).value for r in (7, 8, 9, 15, 16)]
        assert values.cell(17, col).value == sum(offices)


def test_months_with_a_region_between_them_and_the_year_are_kept_as_written(tmp_path):
    rows: list[list[object]] = [["Job starts by year, region and month"], []]
    rows.append(["Year", "Region", "Month", "JSA", "ESA"])
    keys = [(y, r, m) for y in (2013, 2014) for r in ("North", "South") for m in (4, 5, 6)]
    rows += [[*key, 17 + 9 * i, 41 + 5 * i] for i, key in enumerate(keys)]
    output, _ = sanitised_beside(write_book(tmp_path / "extract.xlsx", {"Starts": rows}))
    copy = openpyxl.load_workbook(output)["Starts"]
    for i, (year, region, month) in enumerate(keys):
        row = 6 + i  # under the banner's two rows
        assert [copy.cell(row, c).value for c in (1, 2, 3)] == [year, region, month]
        assert all(copy.cell(row, c).value % 20 == 0 for c in (4, 5))
