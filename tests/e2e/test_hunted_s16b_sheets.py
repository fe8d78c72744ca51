"""What a hunt through workbooks whose sheets refer to each other found (session 16).

A summary adding up the area sheets with a 3-D reference (``=SUM(Leeds:Wakefield!B5)``), where
one area hides the row the summary's line adds up: the summary's line was rebuilt over the
areas that show it, so it was not the input's total, and the proof refused the copy. A total
over a cell another sheet hides is removed now, as a total over a hidden line of its own sheet
is.

The same summary where one area suppresses the cell ('[c]'): the area's own totals over it
were removed, but the summary's, over the same cell through the 3-D reference, was rebuilt
from the other areas, and the proof passed it. A total over a suppressed cell of another sheet
is removed now, and the proof refuses one kept (wpxl.verify.suppressed_parts).

The same summary in a file written by a program (openpyxl), which holds formulas without the
values Excel caches: the copy was refused, "a total where the input stores no value for its
formula", though each of the summary's totals was the sum of the areas' rounded cells. The
proof works out the input's figure there from the area sheets' cells now, as Excel does on
opening (wpxl.verify.other_inputs), and still refuses a summary that is not their sum.

A summary adding up each area's column through a defined name (``=SUM(Leeds_Apr)``, Leeds_Apr
being ``Leeds!$B$4:$B$7``): a name was read only on the sheet it names, so the summary's cells
were not understood and removed, and the sheets were read in separate groups. A name over
another sheet is written out as its range now (wpxl.read.named_refs), and joins that sheet's
group (wpxl.read.sheetgroups): the summary adds up the areas' rounded cells.

Not fixed (xfail): the summary pasted as values, one area's cell '[c]'. The typed summary is
rebuilt as sums of the areas' cells only when every area's table holds nothing but counts, so
one marker leaves every summary cell rounded on its own: rounded original totals beside the
areas' rounded cells (280 where they show 80 + 120 + 60), with no warning, and the proof passes.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from tests.builders import write_book
from tests.e2e.runs import sanitised_beside
from tests.leaks import package_text
from wpxl.read import survey_workbook

GROUPS = ["JSA 18-24", "JSA 25+", "ESA Flow", "ESA Volunteers"]
AREAS = {
    "Leeds": [[137, 52, 88], [211, 9, 47], [64, 118, 33], [71, 19, 240]],
    "Bradford": [[88, 5, 123], [46, 77, 91], [13, 29, 57], [102, 66, 38]],
    "Wakefield": [[31, 44, 59], [26, 83, 17], [95, 12, 61], [49, 73, 108]],
}


def _area(name: str, figures: list[list[object]]) -> list[list[object]]:
    rows: list[list[object]] = [[f"Referrals, {name}, April to June 2014"], []]
    rows.append(["Payment group", "Apr", "May", "Jun", "Total"])
    lines = enumerate(zip(GROUPS, figures, strict=True), 4)
    rows += [[g, *line, f"=SUM(B{r}:D{r})"] for r, (g, line) in lines]
    rows.append(["Total", *(f"=SUM({c}4:{c}7)" for c in "BCDE")])
    return rows


def _figure(value: object) -> int:
    return value if isinstance(value, int) else 0


def _shown(figures: list[list[object]], row: int, col: int) -> int:
    """What an area sheet shows at (row, col) of its figures (SUM skipping words)."""
    lines = range(4) if row == 4 else [row]
    cols = range(3) if col == 3 else [col]
    return sum(_figure(figures[r][c]) for r in lines for c in cols)


def _pack(path: Path, areas: dict[str, list[list[object]]], hidden_row: int | None = None) -> Path:
    """A Summary adding up the area sheets with ``SUM(Leeds:Wakefield!..)``, cached as Excel
    would; ``hidden_row`` (0-based on the sheet) hidden on Leeds."""
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    summary = book.add_worksheet("Summary")
    summary.write_row(0, 0, ["Referrals, all areas, April to June 2014"])
    summary.write_row(2, 0, ["Payment group", "Apr", "May", "Jun", "Total"])
    for r in range(5):
        summary.write(3 + r, 0, GROUPS[r] if r < 4 else "Total")
        for c in range(4):
            cell = xlsxwriter.utility.xl_rowcol_to_cell(3 + r, 1 + c)
            cached = sum(_shown(f, r, c) for f in areas.values())
            summary.write_formula(3 + r, 1 + c, f"=SUM(Leeds:Wakefield!{cell})", None, cached)
    for name, figures in areas.items():
        sheet = _write_area(book, name, figures)
        if name == "Leeds" and hidden_row is not None:
            sheet.set_row(hidden_row, None, None, {"hidden": True})
    book.close()
    return path


def test_a_summary_line_over_a_row_an_area_hides_is_removed(tmp_path):
    """Leeds hides its JSA 25+ row (row 5): the summary's JSA 25+ line adds it up."""
    output, printed = sanitised_beside(_pack(tmp_path / "hidden.xlsx", AREAS, hidden_row=4))
    summary = openpyxl.load_workbook(output)["Summary"]
    assert [summary.cell(7, c).value for c in range(1, 6)] == ["JSA 25+", None, None, None, None]
    values = openpyxl.load_workbook(output, data_only=True)
    for col in range(2, 5):  # the other lines still add up every area's rounded figure
        areas = [values[n].cell(6, col).value for n in AREAS]
        assert values["Summary"].cell(6, col).value == sum(areas)
    assert "removed: 'Summary' B5: a total over hidden rows or columns" in printed


def test_a_summary_cell_over_a_cell_an_area_suppresses_is_removed(tmp_path):
    """Bradford's May for JSA 25+ is '[c]': its own totals over it go, and so does the
    summary's May for JSA 25+ (and the totals over that), never the sum of Leeds and Wakefield."""
    areas = {name: [list(line) for line in figures] for name, figures in AREAS.items()}
    areas["Bradford"][1][1] = "[c]"
    output, printed = sanitised_beside(_pack(tmp_path / "marked.xlsx", areas))
    book = openpyxl.load_workbook(output)
    assert book["Bradford"]["C7"].value == "[c]"
    assert book["Bradford"]["C10"].value is None
    summary = book["Summary"]
    assert [summary[a].value for a in ("C7", "E7", "C10", "E10")] == [None] * 4
    assert str(summary["B7"].value).startswith("=SUM(")
    assert "removed: 'Summary' C5: a total over a cell the source suppressed" in printed


def without_cached_values(path: Path) -> Path:
    """The workbook as a program writing it with openpyxl leaves it: no formula has a value."""
    book = openpyxl.load_workbook(path)
    book.save(path)
    return path


def test_a_summary_written_without_cached_values_adds_up_the_areas(tmp_path):
    source = without_cached_values(_pack(tmp_path / "written.xlsx", AREAS))
    output, _ = sanitised_beside(source)
    values = openpyxl.load_workbook(output, data_only=True)
    for row in range(6, 11):
        for col in range(2, 6):
            areas = [values[n].cell(row, col).value for n in AREAS]
            assert all(v % 20 == 0 for v in areas)
            assert values["Summary"].cell(row, col).value == sum(areas)


def test_a_summary_with_its_own_totals_written_without_cached_values_goes_through(tmp_path):
    """The summary's Total row and column add up its own cells (=SUM(B4:D4)), each a 3-D sum
    with no value stored: the proof works those out through the area sheets too."""
    source = _pack(tmp_path / "own.xlsx", AREAS)
    book = openpyxl.load_workbook(source)
    summary = book["Summary"]
    for r in range(4, 8):
        summary[f"E{r}"] = f"=SUM(B{r}:D{r})"
    for col in "BCDE":
        summary[f"{col}8"] = f"=SUM({col}4:{col}7)"
    book.save(source)
    output, _ = sanitised_beside(source)
    values = openpyxl.load_workbook(output, data_only=True)["Summary"]
    formulas = openpyxl.load_workbook(output)["Summary"]
    assert formulas["E6"].value == "=SUM(B6:D6)" and formulas["B10"].value == "=SUM(B6:B9)"
    assert values["E6"].value == sum(values.cell(6, c).value for c in range(2, 5))
    assert values["E10"].value == sum(values.cell(r, 5).value for r in range(6, 10))


def _typed_summary(tmp_path: Path, areas: dict[str, list[list[object]]]) -> Path:
    """The summary pasted as values: each cell what the SUM over the areas showed."""
    summary: list[list[object]] = [["Referrals, all areas, April to June 2014"], []]
    summary.append(["Payment group", "Apr", "May", "Jun", "Total"])
    for r in range(5):
        line = [sum(_shown(f, r, c) for f in areas.values()) for c in range(4)]
        summary.append([GROUPS[r] if r < 4 else "Total", *line])
    sheets = {"Summary": summary} | {n: _area(n, f) for n, f in areas.items()}
    cached = {
        (n, f"{'BCDE'[c]}{r + 4}"): _shown(f, r, c)
        for n, f in areas.items()
        for r in range(5)
        for c in range(4)
        if r == 4 or c == 3
    }
    return write_book(tmp_path / "typed.xlsx", sheets, cached=cached)


@pytest.mark.xfail(
    strict=True,
    reason="plan/summaries reads an area table only if its body holds nothing but counts: one "
    "'[c]' leaves the typed summary rounded cell by cell, rounded original totals beside the "
    "areas' rounded cells (280 where they show 80 + 120 + 60); the proof refuses that copy "
    "now (invariant 12, verify/typed_summaries), so it is not shared wrong",
)
def test_a_typed_summary_over_an_area_with_a_suppressed_cell_adds_up_the_rest(tmp_path):
    areas = {name: [list(line) for line in figures] for name, figures in AREAS.items()}
    areas["Bradford"][1][1] = "[c]"
    output, _ = sanitised_beside(_typed_summary(tmp_path, areas))
    values = openpyxl.load_workbook(output, data_only=True)
    for row, col in [(6, 2), (6, 3), (6, 4), (8, 4), (9, 2)]:  # no line or column over '[c]'
        shown = [values[n].cell(row, col).value for n in AREAS]
        assert values["Summary"].cell(row, col).value == sum(shown)


def test_a_small_count_marker_beside_a_count_of_five_is_listed_not_refused(tmp_path):
    """Bradford's May for JSA 25+ written '<5', its April for JSA 18-24 a count of 5 (shown
        as 0): the cover's reason for removing '<5' quoted '<5' as its example, a 5 the proof
        found unrounded in the input, and the copy was refused ('5 or fewer' likewise). The reasons
    quote no figure now."""
    areas = {name: [list(line) for line in figures] for name, figures in AREAS.items()}
    areas["Bradford"][1][1] = "<5"
    assert areas["Bradford"][0][1] == 5
    output, printed = sanitised_beside(_pack(tmp_path / "small.xlsx", areas))
    assert "removed: 'Bradford' C5: a figure written with a symbol" in printed
    assert openpyxl.load_workbook(output)["Bradford"]["C7"].value is None


def _write_area(book: xlsxwriter.Workbook, name: str, figures: list[list[object]]) -> Worksheet:
    """An area's sheet, its totals formulas with the values Excel shows cached."""
    sheet = book.add_worksheet(name)
    for r, row in enumerate(_area(name, figures)):
        for c, value in enumerate(row):
            if isinstance(value, str) and value.startswith("="):
                at = (min(r - 3, 4), 3) if c == 4 else (4, c - 1)
                sheet.write_formula(r, c, value, None, _shown(figures, *at))
            elif value is not None:
                sheet.write(r, c, value)
    return sheet


def _named_pack(path: Path) -> Path:
    """The areas, then a Summary of each area's months through names (Leeds_Apr ...)."""
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    for name, figures in AREAS.items():
        _write_area(book, name, figures)
        for col, month in zip("BCD", ("Apr", "May", "Jun"), strict=True):
            book.define_name(f"{name}_{month}", f"={name}!${col}$4:${col}$7")
    summary = book.add_worksheet("Summary")
    summary.write_row(0, 0, ["Referrals, all areas, April to June 2014"])
    summary.write_row(2, 0, ["Area", "Apr", "May", "Jun"])
    for r, (name, figures) in enumerate(AREAS.items(), 3):
        summary.write(r, 0, name)
        for c, month in enumerate(("Apr", "May", "Jun"), 1):
            summary.write_formula(r, c, f"=SUM({name}_{month})", None, _shown(figures, 4, c - 1))
    book.close()
    return path


def test_a_name_over_another_sheet_joins_the_sheets_in_one_group(tmp_path):
    assert survey_workbook(_named_pack(tmp_path / "named.xlsx")).groups == [[0, 1, 2, 3]]


def test_a_summary_through_names_adds_up_the_areas_rounded_cells(tmp_path):
    output, _ = sanitised_beside(_named_pack(tmp_path / "named.xlsx"))
    values = openpyxl.load_workbook(output, data_only=True)
    formulas = openpyxl.load_workbook(output)["Summary"]
    for row, name in enumerate(AREAS, 6):
        for col in range(2, 5):
            assert values["Summary"].cell(row, col).value == values[name].cell(10, col).value
            assert (
                formulas.cell(row, col).value == f"=SUM({name}!{'BCD'[col - 2]}6:{'BCD'[col - 2]}9)"
            )
    assert "Leeds_Apr" not in package_text(output)
