"""A share of a column with no total line, as the copy writes it: its line's rounded count over
the SUM of the column's rounded counts (=B5/SUM(B5:B8)), read by analyse/shares_of_sums.

A share of rounded counts shows nothing the counts beside it do not; one over the unrounded
counts would give them back, so the value is worked from the rounded cells, as a rate's is.
"""

from __future__ import annotations

from wpxl.model import Coord
from wpxl.model.sheetref import a1
from wpxl.plan.figures import Figures
from wpxl.plan.placement import Placement


def share_of_sum(
    sheet: str, share: tuple[Coord, Coord, Coord], figures: Figures, place: Placement
) -> tuple[float, str] | str:
    """The share's value and formula, or why it cannot be shared."""
    num, first, last = share
    run = [(sheet, row, first[1]) for row in range(first[0], last[0] + 1)]
    if any(figures.is_outcome(key) for key in run):
        return "a rate that uses outcome figures (it reveals outcome volumes)"
    if not place.plain:  # a hidden line inside the run: its SUM is not the shown cells'
        return "a share over lines the copy does not show"
    whole = sum(figures.rounded(key) for key in run)
    if whole == 0:
        return "a rate over a figure that rounds to 0"
    top, bottom = place(first), place(last)
    return figures.rounded(
        (sheet, *num)
    ) / whole, f"{a1(*place(num))}/SUM({a1(*top)}:{a1(*bottom)})"
