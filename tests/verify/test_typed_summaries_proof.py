"""Invariant 12 (verify/typed_summaries.py): a summary pasted as values over area sheets shows
the sum of what the copy shows on them. With one area's cell written '[c]', the plan does not
read the summary as one (plan/summaries wants every area table all counts) and rounds it cell
by cell, 280 where the areas show 80 + 120 + 60: the proof refuses that copy on its own, naming
the summary's cells whose parts are all shown; the copy of the same pack with no '[c]', rebuilt
over the areas, passes. A sheet by age adding up the areas' totals is no summary of them."""

from tests.e2e.test_hunted_s16b_sheets import AREAS, _typed_summary
from tests.misread import proved
from wpxl.verify.typed_summaries import NOT_THE_SHEETS_SUM


def _areas(marked: bool) -> dict[str, list[list[object]]]:
    areas = {name: [list(line) for line in figures] for name, figures in AREAS.items()}
    if marked:
        areas["Bradford"][1][1] = "[c]"
    return areas


def test_a_summary_rounded_cell_by_cell_over_an_area_with_a_marker_is_refused(tmp_path):
    found = {f.part for f in proved(tmp_path, _typed_summary(tmp_path, _areas(True)))
             if f.kind == NOT_THE_SHEETS_SUM}  # fmt: skip
    assert found and all(part.startswith("'Summary' ") for part in found)


def test_a_summary_the_plan_rebuilds_over_the_areas_passes(tmp_path):
    assert proved(tmp_path, _typed_summary(tmp_path, _areas(False))) == []
