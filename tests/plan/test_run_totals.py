"""Totals over one run of whole counts, summed a line of them at a time (plan/run_totals),
give exactly what walking each total's parts gives: the same parts, true and rounded sums
(every count rounded as ``round_to_base`` rounds it) and counts of leaves, on sheets of counts,
totals, fractions, negatives, text, booleans, counts too large for the array, cells of no
role, rows missing, and totals over runs, broken runs, repeated cells and other sheets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wpxl.errors import AnalysisError
from wpxl.model import Cell, CellRange, Measure, Role, Sheet, SheetAnalysis, Table
from wpxl.plan.figures import Figures
from wpxl.plan.formulas import one_run
from wpxl.plan.rounding import round_to_base
from wpxl.plan.run_totals import LARGEST, run_totals
from wpxl.plan.total_spread import likely_share

ROWS, COLS = 7, 6
VALUES = st.one_of(
    st.integers(0, 60),
    st.integers(0, 60),
    st.integers(-30, 2**43),
    st.floats(-40, 4000, allow_nan=False),
    st.sampled_from(["12", "n/a", True, None]),
)
ROLES = st.sampled_from([Role.COUNT] * 6 + [Role.TOTAL, Role.LABEL, Role.DROPPED])


class _Walking(Figures):
    """Figures as they were: every total's parts walked one by one (the oracle)."""

    def _summed_runs(self, sheet: str) -> bool:
        return False


@st.composite
def _sheets(draw: st.DrawFn) -> SheetAnalysis:
    cells, roles = {}, {}
    for row in range(ROWS):
        if draw(st.integers(0, 9)) == 0:
            continue  # a row with no cell of a role
        for col in range(draw(st.integers(1, COLS))):
            cells[(row, col)] = Cell(draw(VALUES))
            roles[(row, col)] = draw(ROLES)
    totals = {}
    for _ in range(draw(st.integers(1, 8))):
        at = (draw(st.integers(0, ROWS + 1)), COLS + draw(st.integers(0, 2)))
        line = draw(st.integers(0, ROWS + 1))
        first, last = sorted(draw(st.lists(st.integers(0, COLS + 1), min_size=2, max_size=2)))
        if draw(st.booleans()):  # along a row
            parts = [("S", line, col) for col in range(first, last + 1)]
        else:  # down a column
            parts = [("S", row, line % (COLS + 2)) for row in range(first, last + 1)]
        if draw(st.integers(0, 4)) == 0:
            parts = draw(st.permutations(parts))
        if draw(st.integers(0, 5)) == 0:
            parts.append(draw(st.sampled_from([parts[0], ("T", 0, 0), ("S", *at)])))
        totals[at] = tuple(parts)
        roles[at] = Role.TOTAL
    table = Table("S", 1, CellRange(0, 0, ROWS + 2, COLS + 3), "", Measure.REFERRALS)
    table.totals = totals
    return SheetAnalysis(Sheet("S", cells=cells), roles, [table])


def _refusal(figures: Figures, key: tuple[str, int, int]) -> str | None:
    """Why a total cannot be summed (a circular one), None if it can."""
    try:
        figures.rounded(key)
    except AnalysisError as exc:
        return str(exc)
    return None


@settings(max_examples=300, deadline=None)
@given(_sheets(), st.sampled_from([20, 10, 5, 1, 7]))
def test_totals_summed_by_line_are_those_walked_part_by_part(analysis, base):
    summed, walked = Figures([analysis], base), _Walking([analysis], base)
    for coord in analysis.tables[0].totals:
        key = ("S", *coord)
        assert tuple(summed.parts(key)) == tuple(walked.parts(key))  # a Sequence: its cells
        run = summed.run_of(key)
        assert run is None or run == one_run(walked.parts(key))
        refused = _refusal(summed, key)
        assert refused == _refusal(walked, key)
        if refused is not None:
            continue
        true, rounded = summed.true(key), summed.rounded(key)
        assert (true, type(true)) == (walked.true(key), type(walked.true(key)))
        assert (rounded, type(rounded)) == (walked.rounded(key), type(walked.rounded(key)))
        assert likely_share(summed, key, {}) == likely_share(walked, key, {})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, LARGEST - 1), min_size=1, max_size=30), st.integers(1, 50))
def test_a_run_of_counts_rounds_each_as_round_to_base_does(values, base):
    cells = {(0, col): Cell(v) for col, v in enumerate(values)}
    roles = dict.fromkeys(cells, Role.COUNT)
    analysis = SheetAnalysis(Sheet("S", cells=cells), roles, [])
    parts = tuple(("S", 0, col) for col in range(len(values)))
    grid = Figures([analysis], base).grid("S")
    (run,) = run_totals("S", grid, [((1, 0), parts)], base).values()
    assert run.true == sum(values)
    assert run.rounded == sum(round_to_base(v, base) for v in values)
    assert (run.counts, run.shown) == (len(values), sum(round_to_base(v, base) > 0 for v in values))
