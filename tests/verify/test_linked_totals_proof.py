"""Invariant 14 (verify/linked_totals.py) on its own: a figure typed on a 'Summary' as an area
sheet's total must show what the copy shows for that total. The summary of the session 18 hunt
(tests/e2e/test_hunted_s18_summaries.py), its lines over the areas written back as the input's
figures rounded on their own (as the plan wrote them before): the proof finds each whose
rounding differs from the sum of the area's rounded cells; the copy the plan makes passes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.e2e.test_hunted_s18_summaries import (
    LAYOUTS,
    OUTCOMES,
    r20,
    summary_book,
    summary_rows,
    tabs_book,
)
from tests.misread import BANNER, proved
from wpxl.model import OutputCell, Plan
from wpxl.model.sheetref import a1
from wpxl.verify.linked_totals import AN_OUTCOME_TOTAL, NOT_THE_TOTAL


def _rounded_alone(by_month: bool, layout: str, changed: set[str]):
    """The change to the plan: each summary cell over an area's sheet written as its typed
    figure rounded; ``changed`` gets those that then differ from what the area shows."""
    typed = summary_rows(by_month, layout)
    sheets = [name.replace("'", "") for name in LAYOUTS[layout].values()]

    def change(plan: Plan) -> None:
        for index, sheet in enumerate(plan.sheets):
            if sheet.name != "Summary":
                continue
            cells = dict(sheet.cells)
            for (row, col), cell in sheet.cells.items():
                over = (cell.formula or "").replace("'", "")
                if any(over.startswith(f"SUM({name}!") for name in sheets):
                    alone = r20(typed[row - BANNER][col])
                    cells[(row, col)] = OutputCell(alone, None, cell.style, "count")
                    if alone != cell.value:
                        changed.add(f"'Summary' {a1(row, col)}")
            plan.sheets[index] = replace(sheet, cells=cells)

    return change


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("by_month", [False, True])
def test_a_sheets_total_rounded_on_its_own_on_the_summary_is_found(tmp_path, by_month, layout):
    changed: set[str] = set()
    change = _rounded_alone(by_month, layout, changed)
    findings = proved(tmp_path, summary_book(tmp_path, by_month, layout), change)
    assert changed and changed <= {f.part for f in findings if f.kind == NOT_THE_TOTAL}, findings


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("by_month", [False, True])
def test_the_summary_the_plan_writes_over_the_sheets_passes(tmp_path, by_month, layout):
    assert proved(tmp_path, summary_book(tmp_path, by_month, layout)) == []


def test_an_outcome_sheets_total_left_rounded_on_the_summary_is_found(tmp_path):
    """The plan's removal of the outcome total undone (the figure written rounded, 80, as
    before): the proof finds it alone, reading the outcome sheet's words itself."""

    def rounded(plan: Plan) -> None:
        for index, sheet in enumerate(plan.sheets):
            if sheet.name == "Summary":
                cells = dict(sheet.cells)
                cells[(6, 1)] = OutputCell(r20(sum(map(sum, OUTCOMES))), None, kind="count")
                plan.sheets[index] = replace(sheet, cells=cells)

    findings = proved(tmp_path, tabs_book(tmp_path), rounded)
    assert [(f.part, f.kind) for f in findings] == [("'Summary' B7", AN_OUTCOME_TOTAL)]
    assert proved(tmp_path, tabs_book(tmp_path)) == []
