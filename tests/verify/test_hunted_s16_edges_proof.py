"""The proof on its own against session 16's edge cases (tests/e2e/test_hunted_s16_edges.py).

A workbook saved by a script, its formulas without values: now that the reader works a formula
of constants out, a plan that still left the line out of its total, or blank under a total over
it, is refused; a formula reading a hidden sheet stays a formula without a value, which no total
of the copy may add up, nor one over a formula without a value it cannot work out (a
difference). A script's total wrapped without changing its value is worked out by the proof's
own reading of it, SUBTOTAL leaving its nested subtotals out as Excel does, so a copy adding
them in is still refused. An input's #REF! (or #VALUE!, #NAME?, #NUM!, #NULL!) is written as
itself, '=#REF!', which the proof takes only with that error as its value. A typed 'Total' over
a cell written '[c]' or '251*', rounded as a count, is refused.
"""

from __future__ import annotations

import openpyxl
import pytest

from tests.builders import write_book
from tests.e2e.test_hunted_s16_edges import AREAS, REFERRALS, net_referrals, saved_by_a_script
from tests.misread import BANNER, proved
from wpxl.model import OutputCell, Plan
from wpxl.verify.input_sums import InputSum, input_sum
from wpxl.verify.totals import UNSTORED
from wpxl.verify.unshown_totals import UNSHOWN_ALONE

TOTAL = (8 + BANNER, 1)
BRADFORD = (4 + BANNER, 1)


def _total_without_bradford(plan: Plan) -> None:
    """Bradford left blank and the total rebuilt over the other four, as before the fix."""
    sheet = next(s for s in plan.sheets if s.name == "Referrals")
    del sheet.cells[BRADFORD]
    total = sheet.cells[TOTAL]
    value = 420 + 260 + 300 + 160
    sheet.cells[TOTAL] = OutputCell(value, "SUM(B6,B8:B10)", total.style, "total")


def _total_over_blank_bradford(plan: Plan) -> None:
    """A total over all five places, Bradford's removed (as is the total, in the plan)."""
    sheet = next(s for s in plan.sheets if s.name == "Referrals")
    assert BRADFORD not in sheet.cells and TOTAL not in sheet.cells
    sheet.cells[TOTAL] = OutputCell(420 + 260 + 300 + 160, "SUM(B6:B10)", kind="total")


def _findings(tmp_path, bradford: str, change, hidden: bool = False) -> set[tuple[str, str]]:
    source = saved_by_a_script(tmp_path / "pack.xlsx", bradford, hidden_data=hidden)
    return {(f.part, f.kind) for f in proved(tmp_path, source, change)}


def test_the_copy_of_a_constants_formula_saved_without_its_value_passes(tmp_path):
    assert not _findings(tmp_path, "=377-15", None)


def test_a_total_leaving_out_a_constants_formula_saved_without_its_value_is_refused(tmp_path):
    found = _findings(tmp_path, "=377-15", _total_without_bradford)
    assert ("'Referrals' B11", "a total that adds up other cells than the input's total") in found


def test_a_total_over_a_hidden_sheets_figure_saved_without_its_value_is_refused(tmp_path):
    found = _findings(tmp_path, "=Data!B3", _total_over_blank_bradford, hidden=True)
    assert ("'Referrals' B11", "a total over figures the copy removed") in found


def _error_over(value: object):
    def change(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Referrals")
        sheet.cells[BRADFORD] = OutputCell(value, "#REF!", kind="kept")

    return change


def test_an_error_written_as_itself_passes_only_with_its_own_value(tmp_path):
    """'=#REF!' stands for the input's #REF!; caching a figure under it would show one."""
    refused = ("'Referrals' B7", "a formula wpxl does not write")
    assert refused not in _findings(tmp_path, "=377-15", _error_over("#REF!"))
    assert refused in _findings(tmp_path, "=377-15", _error_over(377))
    assert refused in _findings(tmp_path, "=377-15", _error_over("#N/A"))


def test_a_total_over_a_difference_saved_without_its_value_is_refused(tmp_path):
    """The total rebuilt over the typed lines, the difference left out, as before the fix: the
    input's total cannot be worked out without the difference's value, so it shows nothing."""
    source = net_referrals(tmp_path / "pack.xlsx", by_excel=False)

    def rebuilt_without_bradford(plan: Plan) -> None:
        sheet = next(s for s in plan.sheets if s.name == "Referrals")
        assert TOTAL not in sheet.cells
        sheet.cells[TOTAL] = OutputCell(380 + 240 + 280 + 160, "SUM(B6,B8:B10)", kind="total")

    found = {(f.part, f.kind) for f in proved(tmp_path, source, rebuilt_without_bradford)}
    assert ("'Referrals' B11", UNSTORED) in found


def test_a_grand_subtotal_over_its_nested_subtotals_counts_each_line_once(tmp_path):
    """=SUBTOTAL(9,B4:B10) over two blocks and their own SUBTOTALs adds each area once, as
    Excel does: a copy whose grand total adds the subtotals and the areas is refused."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Referrals"
    for row in (
        ["Referrals by local authority, 2013"], [], ["Local authority", "Referrals"],
        ["Leeds", 412], ["Bradford", 377], ["West", "=SUBTOTAL(9,B4:B5)"],
        ["Wakefield", 251], ["Kirklees", 298], ["Calderdale", 163], ["East", "=SUBTOTAL(9,B7:B9)"],
        ["Total", "=SUBTOTAL(9,B4:B10)"],
    ):  # fmt: skip
        sheet.append(row)
    book.save(tmp_path / "pack.xlsx")
    grand = (10 + BANNER, 1)

    def counted_twice(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        assert cells[grand].formula == "SUM(B8,B12)"
        cells[grand] = OutputCell(3040, "SUM(B6:B12)", cells[grand].style, "total")

    assert not proved(tmp_path, tmp_path / "pack.xlsx")
    found = {(f.part, f.kind) for f in proved(tmp_path, tmp_path / "pack.xlsx", counted_twice)}
    assert ("'Referrals' B13", "a total that adds up other cells than the input's total") in found


@pytest.mark.parametrize(
    "formula", ["ROUND(SUM(B4:B8),-1)", "IFERROR(SUM(B4:B8),5)", "SUBTOTAL(1,B4:B8)",
                "AGGREGATE(9,5,B4:B8)", "SUMPRODUCT(B4:B8,C4:C8)", "MAX(B4:B8)"],
)  # fmt: skip
def test_a_wrapper_that_may_change_the_sum_is_not_taken_off(formula):
    assert input_sum(formula) is None


def test_value_keeping_wrappers_are_taken_off():
    assert input_sum("+IFERROR(ROUND((SUM(B4:B8)),0),0)") == InputSum("SUM(B4:B8)")
    assert input_sum("AGGREGATE(9,3,B4:B8)") == InputSum("SUM(B4:B8)", True, True)


@pytest.mark.parametrize("written", ["[c]", "..", "251*", "1 251", "<5", "=NA()"])
def test_a_typed_total_over_a_cell_shown_as_no_figure_rounded_as_a_count_is_refused(
    tmp_path, written
):
    """The plan as it read such a total before: a line counting its own thing, rounded."""
    rows: list[list] = [
        ["Referrals by local authority, 2013"],
        [],
        ["Local authority", "Referrals"],
    ]
    rows += [[area, written if area == "Wakefield" else figure]
             for area, figure in zip(AREAS, REFERRALS, strict=True)]  # fmt: skip
    rows.append(["Total", sum(REFERRALS)])
    cached = {("Referrals", "B6"): "#N/A"}  # what =NA() shows

    def rounded_alone(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        cells[TOTAL] = OutputCell(1500, kind="count")

    source = write_book(tmp_path / "pack.xlsx", {"Referrals": rows}, cached=cached)
    found = {(f.part, f.kind) for f in proved(tmp_path, source, rounded_alone)}
    assert ("'Referrals' B11", UNSHOWN_ALONE) in found


def test_a_typed_total_over_figures_only_is_no_such_total(tmp_path):
    rows: list[list] = [
        ["Referrals by local authority, 2013"],
        [],
        ["Local authority", "Referrals"],
    ]
    rows += [[area, figure] for area, figure in zip(AREAS, REFERRALS, strict=True)]
    rows.append(["Total", sum(REFERRALS)])
    found = proved(tmp_path, write_book(tmp_path / "pack.xlsx", {"Referrals": rows}))
    assert not [f for f in found if f.kind == UNSHOWN_ALONE]


def test_a_typed_total_over_a_formula_saved_without_its_value_rounded_as_a_count_is_refused(
    tmp_path,
):
    total = sum(REFERRALS)  # typed, not a formula
    source = saved_by_a_script(tmp_path / "pack.xlsx", "=Data!B3", hidden_data=True, total=total)

    def rounded_alone(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Referrals").cells
        cells[TOTAL] = OutputCell(1500, kind="count")

    found = {(f.part, f.kind) for f in proved(tmp_path, source, rounded_alone)}
    assert ("'Referrals' B11", UNSHOWN_ALONE) in found
