"""The proof's blocks over hidden lines (verify/headed_blocks.py, summed_blocks.py): MoJ's A1.1
keeps past months in hidden columns, where 'Males and Females' adds up the sexes line by line,
beside a year shown where it does not (the girls' 'Prisons' is out). A hidden column is not in
the copy, but the place it would stand is the next column's, so the proof took the year's
plain figures for the hidden months' totals rounded on their own, and refused the copy. A cell
of a hidden line is no cell of the copy now; the year shown is still judged as its own."""

from __future__ import annotations

from dataclasses import replace

from tests.conftest import PRODUCED
from tests.e2e.test_hunted_s15_moj import hidden_months
from wpxl.analyse import analyse_workbook
from wpxl.model import OutputCell
from wpxl.plan import Audience, make_plan
from wpxl.policy import Policy
from wpxl.read import read_workbook
from wpxl.verify import verify_output
from wpxl.verify.summed_blocks import BLOCK_ROUNDED_ALONE
from wpxl.write import write_plan

POLICY = replace(Policy(), source_totals="rebuild")


def _flagged(tmp_path, off: int, alone: bool = False) -> set[str]:
    """The places the proof finds rounded on their own; ``alone``: the year's 'Males and
    Females' lines written as plain figures, the rounded originals, first."""
    book = read_workbook(hidden_months(tmp_path / "custody.xlsx", off))
    plan = make_plan(book, analyse_workbook(book, POLICY), POLICY, Audience(produced=PRODUCED))
    if alone:
        sheet = next(s for s in plan.sheets if s.name == "A1_1")
        for (row, col), cell in list(sheet.cells.items()):
            if col == 1 and cell.formula is not None and cell.kind == "total":
                sheet.cells[(row, col)] = OutputCell(float(cell.value or 0), kind="count")
    output = tmp_path / "copy.xlsx"
    write_plan(plan, output, POLICY.title, PRODUCED)
    return {f.part for f in verify_output(output, plan, 20) if f.kind == BLOCK_ROUNDED_ALONE}


def test_hidden_months_that_add_up_pass_beside_a_year_that_does_not(tmp_path):
    assert _flagged(tmp_path, off=132) == set()


def test_the_year_shown_rounded_on_its_own_where_it_adds_up_is_still_refused(tmp_path):
    assert _flagged(tmp_path, off=0, alone=True)
