"""The proof's figure for a summary over other sheets in a file without cached values
(verify/other_inputs.py): worked out from the area sheets' cells, it passes the summary that
adds up every area's rounded cell and refuses one that adds up only some of them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.conftest import PRODUCED
from tests.e2e.test_hunted_s16_edges import saved_by_a_script
from tests.e2e.test_hunted_s16b_sheets import AREAS, _pack, without_cached_values
from wpxl.analyse import analyse_workbook
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.write import write_plan


def _findings(tmp_path: Path, dropped_area: str | None) -> list[str]:
    """The proof of the copy of a pack written without values, its Summary's Apr for JSA 18-24
    (B6) adding up every area, or every area but ``dropped_area``."""
    source = without_cached_values(_pack(tmp_path / "written.xlsx", AREAS))
    book = read_workbook(source)
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))
    summary = next(s for s in plan.sheets if s.name == "Summary")
    if dropped_area is not None:
        areas = {s.name: s for s in plan.sheets if s.name in AREAS}
        kept = [n for n in AREAS if n != dropped_area]
        value = sum(areas[n].cells[(5, 1)].value for n in kept)  # type: ignore[misc]
        formula = f"SUM({','.join(f'{n}!B6' for n in kept)})"
        summary.cells[(5, 1)] = replace(summary.cells[(5, 1)], value=value, formula=formula)
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, Policy().title, PRODUCED)
    return [f"{f.part}: {f.kind}" for f in verify_output(output, plan, 20)]


def test_the_proof_passes_a_summary_of_every_area_without_cached_values(tmp_path):
    assert _findings(tmp_path, None) == []


def test_the_proof_refuses_a_summary_of_some_areas_without_cached_values(tmp_path):
    """Leeds' 137 left out: 120 where the input's formula gives 256 (rounded areas 260)."""
    found = _findings(tmp_path, "Leeds")
    assert found == ["'Summary' B6: a total that adds up other cells than the input's total"]


def test_the_proof_refuses_a_total_over_a_script_s_link_that_leaves_it_out(tmp_path):
    """Bradford '=Data!B3' with no value stored, under the Total =SUM(B4:B8): a copy whose
    Total adds up the other four is held to the input's total worked out through Data's cell
    (1,506), and refused."""
    source = saved_by_a_script(tmp_path / "pack.xlsx", "=Data!B3")
    book = read_workbook(source)
    plan = make_plan(book, analyse_workbook(book, Policy()), Policy(), Audience(produced=PRODUCED))
    sheet = next(s for s in plan.sheets if s.name == "Referrals")
    rest = [sheet.cells[(r, 1)].value for r in (5, 7, 8, 9)]
    sheet.cells[(10, 1)] = replace(sheet.cells[(10, 1)], value=sum(rest), formula="SUM(B6,B8:B10)")
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, Policy().title, PRODUCED)
    found = [f"{f.part}: {f.kind}" for f in verify_output(output, plan, 20)]
    assert found == ["'Referrals' B11: a total that adds up other cells than the input's total"]
