"""The cells a volume sheet leaves out because their table moved to a percentage sheet
(plan/volumes ``_moved_places``): looked up by the tables on the cell's row, they are the cells
asking every moved table finds, in its area or among its titles, overlapping tables alike."""

from __future__ import annotations

import random

import pytest

from wpxl.model import CellRange, Measure, Table
from wpxl.plan.volumes import _moved_places


def _tables(rng: random.Random) -> list[Table]:
    tables = []
    for index in range(1, rng.randint(2, 9)):
        top, left = rng.randint(0, 12), rng.randint(0, 12)
        area = CellRange(top, left, top + rng.randint(0, 6), left + rng.randint(0, 6))
        titles = [(rng.randint(0, 20), rng.randint(0, 20)) for _ in range(rng.randint(0, 2))]
        tables.append(Table("S", index, area, "", Measure.JOB_OUTCOMES, title_cells=titles))
    return tables


@pytest.mark.parametrize("seed", range(40))
def test_a_cell_is_moved_where_a_moved_table_holds_it_or_titles_it(seed):
    tables = _tables(random.Random(seed))
    moved = _moved_places(tables)
    assert moved is not None
    for row in range(-1, 22):
        for col in range(-1, 22):
            asked = any((row, col) in t.area or (row, col) in t.title_cells for t in tables)
            assert moved((row, col)) is asked, (row, col)


def test_no_table_moved_asks_nothing():
    assert _moved_places([]) is None
