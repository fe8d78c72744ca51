"""``block_heads`` reads a column's runs of lines with the words at the top of each set aside.
It once set them aside one line at a time by copying the rest of the run, so a column of
words (an MI sheet's 2,400 council names a sheet) cost its length squared; it now finds the
first line past them and cuts once. Held here to the old line-by-line reading on random
columns of figures, markers, words and gaps: the same runs, in the same order.
"""

from __future__ import annotations

import random

from wpxl.model import Cell
from wpxl.verify.block_heads import _runs, marker_text
from wpxl.verify.total_words import figure

KINDS = (7, 2.5, "..", "[c]", "Leeds", "Total", " ", None)


def _line_by_line(column: dict[int, Cell]) -> list[list[int]]:
    """The reading as it was: each run's header words dropped one line at a time."""
    runs: list[list[int]] = []
    for row in sorted(column):
        if runs and runs[-1][-1] == row - 1:
            runs[-1].append(row)
        else:
            runs.append([row])
    found = []
    for rows in runs:
        while rows and figure(column[rows[0]]) is None and not marker_text(column[rows[0]].value):
            rows = rows[1:]
        if len(rows) >= 3:
            found.append(rows)
    return found


def test_a_column_s_runs_are_read_as_the_line_by_line_reading_read_them():
    rng = random.Random(39)
    for _ in range(500):
        column = {}
        for row in range(rng.randint(0, 30)):
            kind = rng.choice(KINDS)
            if kind is not None:
                column[row] = Cell(kind)
        assert _runs(column) == _line_by_line(column)


def test_a_long_column_of_words_over_its_figures_is_one_run_from_the_first_figure():
    column = {row: Cell(f"Council {row:05d}") for row in range(20_000)}
    column.update({20_000 + row: Cell(float(row)) for row in range(3)})
    assert _runs(column) == [[20_000, 20_001, 20_002]]
