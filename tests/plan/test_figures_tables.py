"""Which table holds a cell, and a table's counts and totals (plan/figures): the tables indexed
by the rows and columns they cross find the very table, the first in order holding the cell,
that asking every table finds; and a table's numeric cells read from its area are the sheet's
numeric cells within it, overlapping tables and areas wider than the sheet's roles alike."""

from __future__ import annotations

import random

import pytest

from wpxl.model import CellRange, Measure, Role, Sheet, SheetAnalysis, Table
from wpxl.plan.figures import NUMERIC_ROLES, Figures, numeric_cells


def _analysis(rng: random.Random) -> SheetAnalysis:
    tables = []
    for index in range(1, rng.randint(1, 8)):
        top, left = rng.randint(0, 12), rng.randint(0, 12)
        area = CellRange(top, left, top + rng.randint(0, 6), left + rng.randint(0, 6))
        tables.append(Table("S", index, area, "", Measure.REFERRALS))
    roles = {
        (rng.randint(0, 20), rng.randint(0, 20)): rng.choice(list(Role))
        for _ in range(rng.randint(0, 60))
    }
    return SheetAnalysis(Sheet("S"), roles, tables)


@pytest.mark.parametrize("seed", range(40))
def test_a_cells_table_is_the_first_holding_it(seed):
    rng = random.Random(seed)
    analysis = _analysis(rng)
    figures = Figures([analysis], 20)
    for row in range(-1, 22):
        for col in range(-1, 22):
            first = next((t for t in analysis.tables if (row, col) in t.area), None)
            assert figures.table(("S", row, col)) is first, (row, col)


@pytest.mark.parametrize("seed", range(40))
def test_a_tables_numeric_cells_are_the_sheets_within_its_area(seed):
    analysis = _analysis(random.Random(seed))
    for table in analysis.tables:
        every = [c for c, r in analysis.roles.items() if c in table.area and r in NUMERIC_ROLES]
        assert sorted(numeric_cells(analysis, table)) == sorted(every)
