"""A line copying a total line (analyse/twin_totals) is compared only with the total lines
holding its first figure there (``_TotalsByFigure``): the same total lines, in order, as
filtering every total line by that figure, also after lines become totals (comparing each line
with every total line took a minute for 800 subtotals)."""

from __future__ import annotations

import random

import pytest

from wpxl.analyse.twin_totals import _TotalsByFigure
from wpxl.analyse.values import as_number
from wpxl.model import Cell, CellRange, Measure, Table


def _filtered(table: Table, cells, across: bool, place: int, value: float) -> list[int]:
    totals = table.total_rows if across else table.total_cols
    found = []
    for total in sorted(totals):
        cell = cells.get((total, place) if across else (place, total))
        if cell is not None and as_number(cell.value) == value:
            found.append(total)
    return found


@pytest.mark.parametrize("seed", range(40))
def test_total_lines_by_figure_are_those_filtering_every_total_gives(seed):
    rng = random.Random(seed)
    size = rng.randint(3, 30)
    cells = {
        (r, c): Cell(rng.choice([0, 1, 2, 2.0, 3, "3", "n/a", None]))
        for r in range(size)
        for c in range(size)
        if rng.random() < 0.9
    }
    table = Table("Starts", 1, CellRange(0, 0, size - 1, size - 1), "", Measure.JOB_STARTS)
    table.total_rows = set(rng.sample(range(size), rng.randint(0, size)))
    table.total_cols = set(rng.sample(range(size), rng.randint(0, size)))
    for across in (False, True):
        index = _TotalsByFigure(table, across, cells)
        for _ in range(60):
            place, value = rng.randrange(size), rng.choice([0, 1, 2, 3, 4])
            assert index.holding(place, value) == _filtered(table, cells, across, place, value)
            if rng.random() < 0.2:  # a line read as a total's twin becomes a total
                (table.total_rows if across else table.total_cols).add(rng.randrange(size))
