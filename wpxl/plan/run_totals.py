"""Totals over one run of whole counts, summed every line of like totals at once.

Most totals of an MI sheet add up one run: a council's months along its row, a month's
councils down its column. Walked one by one, each total looked up its parts' roles and values
and rounded them a part at a time (a sixth of the plan of a million-cell book). Laid out once as
an array of the sheet's whole counts (-1 wherever a cell is not one), the totals over the same
columns (or the same rows) are summed by one numpy operation: true, rounded (each count half up
to the base, as ``round_to_base`` rounds a whole count), how many counts and how many of them
shown above 0. A total whose run holds anything else (another total, a fraction, text, a cell
with no role, a count too large to sum in 64 bits) is left to the walk in ``Figures``, which
sums exactly what it always did.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from wpxl.model import Coord, SheetCoord
from wpxl.plan.formulas import Run, one_run
from wpxl.plan.grid import Grid

# Counts below this are summed in int64: a run is at most a column of 2**20 rows, so no sum
# comes near 2**63. A larger count (no MI sheet holds one) leaves its totals to the walk.
LARGEST = 2**42
# a total's place, its parts, their run, and its line's index in the array (row or column)
_Line = tuple[Coord, tuple[SheetCoord, ...], Run, int]


@dataclass(frozen=True, slots=True)
class RunTotal:
    """A total over one run of whole counts: its parts as analysed, the run's sheet and
    corners (``formulas.one_run``), their true and rounded sums, how many counts it adds up
    and how many of them the copy shows above 0."""

    parts: tuple[SheetCoord, ...]
    run: Run
    true: int
    rounded: int
    counts: int
    shown: int


def run_totals(
    sheet: str, grid: Grid, totals: Iterable[tuple[Coord, tuple[SheetCoord, ...]]], base: int
) -> dict[Coord, RunTotal]:
    """The totals among ``totals`` (a total's place, its parts) of ``sheet`` whose parts are
    one run of whole counts on it, summed; the rest are not in the answer."""
    rows = sorted(grid.counts)
    if not rows:
        return {}
    at = {row: index for index, row in enumerate(rows)}
    width = max(map(len, grid.counts.values()))
    counts = _whole_counts(grid, rows, width)
    along: dict[tuple[int, int], list[_Line]] = {}  # (left, right) -> totals along rows
    down: dict[tuple[int, int], list[_Line]] = {}  # (first, last) row index -> down columns
    for coord, parts in totals:
        run = one_run(list(parts)) if parts else None
        if run is None or run[0] != sheet or run[4] >= width:
            continue
        _, top, left, bottom, right = run
        first, last = at.get(top), at.get(bottom)
        if first is None or last is None or last - first != bottom - top:
            continue  # a row between with no cell of a role: none of its parts is a count
        if top == bottom:
            along.setdefault((left, right), []).append((coord, parts, run, first))
        else:
            down.setdefault((first, last), []).append((coord, parts, run, left))
    found: dict[Coord, RunTotal] = {}
    for (left, right), lines in along.items():
        block = counts[[index for *_, index in lines], left : right + 1]
        _sum_lines(block, 1, lines, base, found)
    for (first, last), lines in down.items():
        block = counts[first : last + 1, [col for *_, col in lines]]
        _sum_lines(block, 0, lines, base, found)
    return found


def _whole_counts(grid: Grid, rows: list[int], width: int) -> np.ndarray:
    """The sheet's counts by row (in ``rows``' order) and column: a whole count as it is,
    -1 for any other cell (a total, a fraction, a cell of another role or none)."""
    flat = np.full((len(rows), width), -1, dtype=np.int64)
    for index, row in enumerate(rows):
        values = grid.counts[row]
        flat[index, : len(values)] = [
            v if type(v) is int and 0 <= v < LARGEST else -1 for v in values
        ]
    return flat


def _sum_lines(
    block: np.ndarray,
    axis: int,
    lines: list[_Line],
    base: int,
    found: dict[Coord, RunTotal],
) -> None:
    """Each line of ``block`` (rows for ``axis`` 1, columns for 0) summed for its total, the
    totals whose line holds a cell that is not a whole count left out."""
    whole = (block >= 0).all(axis=axis).tolist()
    true = block.sum(axis=axis).tolist()
    rounded = ((block + base // 2) // base).sum(axis=axis) * base
    shown = (block >= base - base // 2).sum(axis=axis).tolist()
    size = block.shape[axis]
    for (coord, parts, run, _), ok, t, r, s in zip(
        lines, whole, true, rounded.tolist(), shown, strict=True
    ):
        if ok:
            found[coord] = RunTotal(parts, run, t, r, size, s)
