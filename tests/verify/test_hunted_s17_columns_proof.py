"""The proof on its own against the totals across the column hunt of session 17 found rounded
on their own (tests/e2e/test_hunted_s17_columns.py)."""

from __future__ import annotations

import pytest

from tests.e2e.test_hunted_s17_columns import (
    _groups_across,
    _groups_named_alone,
    _regions_down_groups_across,
)
from tests.misread import misread_findings
from wpxl.verify.sibling_totals import NOT_LIKE_ITS_SIBLINGS
from wpxl.verify.summed_named import NOT_THE_NAMED_SUM


def _alone(rows: list[list], col: int) -> dict[tuple[int, int], float]:
    """The column's typed figures rounded on their own, as the plan wrote them before."""
    return {(r, col): float((rows[r][col] + 10) // 20 * 20) for r in range(3, 7)}


@pytest.mark.parametrize(("grand", "col"), [("first", 1), ("last", 8)])
def test_a_grand_total_beside_a_group_rounded_on_its_own_is_found(tmp_path, grand, col):
    """The plan rounding the typed 'Grand total' on its own, in the table of the group it
    stands beside: the proof finds it alone, a total of the totals named beside it."""
    rows = _groups_across(grand)
    findings = misread_findings(tmp_path, rows, _alone(rows, col), "rounded")
    assert {f.kind for f in findings} == {NOT_THE_NAMED_SUM}, findings
    assert any(f.part.endswith(f"{'BI'[col == 8]}6") for f in findings), findings


def test_the_grand_total_rebuilt_over_the_groups_is_not_found(tmp_path):
    rows = _groups_across("last")
    assert misread_findings(tmp_path, rows, {}, "kept") == []


def test_a_total_line_over_region_totals_rounded_on_its_own_is_found(tmp_path):
    """The plan rounding the third group's typed total lines on their own, as when that table
    had no row labels: the proof finds the 'Total' alone, a line named a total over the lines
    named 'North total' and 'South total' (those over one area each show its figure); and, as
    the SUMs of the columns beside it add up their lines, as a total of their shape."""
    rows = _regions_down_groups_across()
    alone = {(r, c): float((rows[r][c] + 10) // 20 * 20) for r in (3, 5, 7) for c in (9, 10)}
    findings = misread_findings(tmp_path, rows, alone, "rounded")
    kinds = [f.kind for f in findings if f.part.endswith(" K6")]
    assert kinds == [NOT_LIKE_ITS_SIBLINGS, NOT_THE_NAMED_SUM], findings


def test_a_lone_total_over_groups_named_alone_rounded_on_its_own_is_found(tmp_path):
    """The plan rounding the lone 'Total' on its own, its parts 'All jobseekers' and 'JSA'
    named by no total words ('JSA' is the group's name): the proof finds it alone, asking the
    columns the copy writes as totals."""
    rows = _groups_named_alone()
    alone = {(r, 14): float((rows[r][14] + 10) // 20 * 20) for r in (4, 5)}
    findings = misread_findings(tmp_path, rows, alone, "rounded")
    assert [f.kind for f in findings if f.part.endswith(" O8")] == [NOT_THE_NAMED_SUM], findings
