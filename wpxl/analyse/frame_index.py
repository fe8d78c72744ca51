"""pandas' index column, which ``DataFrame.to_excel`` writes unless told not to.

Left of a frame's columns, under a blank corner beside the header line, 0, 1, 2 ... down the
sheet's first column: each line's own number, not a figure. Read as a figure, it hid a log of
participants ('Office | Payment group | Outcome achieved' over 'Leeds | JSA 18-24 | Y', the
index beside each line) from the reading of records, which takes a line holding a figure for
a table's: every line went out, and how many say 'Y' is the outcome volume.
"""

from __future__ import annotations

from wpxl.model import Cell, Coord

LEAST = 5  # numbered lines, as many as a run of records holds


def index_columns(cells: dict[Coord, Cell]) -> set[int]:
    """{0} where the sheet's first column holds pandas' index under a blank corner, else {}."""
    starts = [
        row
        for (row, col), cell in cells.items()
        if col == 0 and cell.value == 0 and not isinstance(cell.value, bool) and row > 0
    ]
    for top in starts:
        corner, beside = cells.get((top - 1, 0)), cells.get((top - 1, 1))
        if corner is not None and corner.value not in (None, ""):
            continue
        if beside is None or not isinstance(beside.value, str):
            continue
        count = 0
        while (cell := cells.get((top + count, 0))) is not None and cell.value == count:
            count += 1
        if count >= LEAST:
            return {0}
    return set()
