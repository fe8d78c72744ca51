"""Invariant 13 (verify/chance_totals.py) on a Nomis list of areas, every cell rounded to 5 at
source (tests/e2e/test_hunted_s17_real.py): the proof refuses, on its own, a copy showing an
area as the sum of the two above it, which it equals only by rounding's chance, and one whose
'Column Total' leaves out the first area, which the input's total counts; the copy the plan
makes passes."""

from __future__ import annotations

from pathlib import Path

from tests.builders import write_book
from tests.e2e.test_hunted_s17_real import AREAS, nomis_areas
from tests.misread import BANNER, proved
from wpxl.model import OutputCell, Plan
from wpxl.model.sheetref import a1
from wpxl.policy import Policy
from wpxl.verify.chance_totals import CHANCE_TOTAL, SHORT_RUN

FIRST = 6  # the input row of the first area
NAMES = [area[0] for area in AREAS]
REBUILD = Policy(source_totals="rebuild")


def _rounded(value: int) -> float:
    return float((value + 10) // 20 * 20)


def _sum_of(top: int, bottom: int, col: int) -> OutputCell:
    """A SUM over the copy's rounded areas at input rows ``top`` to ``bottom``, in ``col``."""
    value = sum(_rounded(AREAS[row - FIRST][col]) for row in range(top, bottom + 1))
    refs = f"{a1(top + BANNER, col)}:{a1(bottom + BANNER, col)}"
    return OutputCell(int(value), formula=f"SUM({refs})", kind="total")


def _book(tmp_path: Path) -> Path:
    return write_book(tmp_path / "banks.xlsx", {"Data": nomis_areas()})


def _kinds(tmp_path: Path, change=None) -> set[str]:
    return {f.kind for f in proved(tmp_path, _book(tmp_path), change, REBUILD)}


def test_the_plans_copy_passes(tmp_path):
    assert not {CHANCE_TOTAL, SHORT_RUN} & _kinds(tmp_path)


def test_an_area_shown_as_the_sum_of_its_neighbours_is_refused(tmp_path):
    at = FIRST + NAMES.index("Scarborough")

    def misread(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Data").cells
        for col in range(1, 14):
            cells[(at + BANNER, col)] = _sum_of(at - 2, at - 1, col)

    assert CHANCE_TOTAL in _kinds(tmp_path, misread)


def test_a_column_total_leaving_out_the_first_area_is_refused(tmp_path):
    at = FIRST + len(AREAS)

    def misread(plan: Plan) -> None:
        cells = next(s for s in plan.sheets if s.name == "Data").cells
        for col in range(1, 14):
            cells[(at + BANNER, col)] = _sum_of(FIRST + 1, at - 1, col)

    assert SHORT_RUN in _kinds(tmp_path, misread)
