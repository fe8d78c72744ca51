"""The input's columns read down in runs: the cells of a column between two rows holding
nothing. The proof's readings of labels among words (``worded_labels``, ``class_codes``) ask
each run, not each cell, whether it names lines."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from wpxl.model import Cell
from wpxl.verify.books import Coord


def column_runs(cells: dict[Coord, Cell]) -> Iterator[list[tuple[Coord, Cell]]]:
    """Each column's runs of written cells, top down, one run at a time (a column is grouped
    by its rows alone, not a copy of each cell)."""
    rows_of: defaultdict[int, list[int]] = defaultdict(list)
    for row, col in cells:
        rows_of[col].append(row)
    for col, rows in rows_of.items():
        run: list[tuple[Coord, Cell]] = []
        for row in sorted(rows):
            cell = cells[(row, col)]
            if cell.value is None or cell.value == "":
                continue
            if run and run[-1][0][0] != row - 1:  # a row holding nothing parts them
                yield run
                run = []
            run.append(((row, col), cell))
        if run:
            yield run
