"""How far rounding has likely moved a total, judged from the copy's own figures (guidance R7).

A total's distortion was the gap between its shown and true values, reported as a band beside
the shown total; band and rounded parts together gave the true figures back. A column of
Leeds 10 and three offices of 0 shows 20, 0, 0, 0 and a total of 20 '100% or more' from its
true value: the true total is then at most 10, and Leeds' 20 stands for at least 10, so Leeds
had 10 and the others none. '50-100%' beside a total of 20 left 11, 12 or 13.

So the distortion is read as a council reader would read it, from the rounded counts alone: a
count shown as r stands for r - 10 to r + 9 (on a base of 20), a 0 for 0 to 9, and the true
total lies in the range those add up to. The middle of that range is where a reader would put
it; a total is as far off as its shown value is from that middle, as a share of the middle. A
total over many 0s is short by about half a step for each; one over counts shown as 20 or more
is about right. Nothing the copy does not already say goes into it, so no band, count of
distorted totals or warning built on it can narrow a figure.
"""

from __future__ import annotations

from itertools import groupby, repeat
from operator import ge, itemgetter

from wpxl.model import SheetCoord
from wpxl.plan.figures import Figures

_SHEET = itemgetter(0)
_WHOLE = {int}
Leaves = dict[SheetCoord, tuple[int, int]]  # a total -> its counts, and those shown above 0


def likely_share(figures: Figures, key: SheetCoord, known: Leaves) -> float | None:
    """How far the shown total is from the middle of the range its rounded counts allow, as a
    share of that middle; None for a total over no counts. ``known``: the leaves of totals
    already walked, shared by a sheet's totals (a grand total's parts are totals too)."""
    counts, above_zero = _leaves(figures, key, known)
    if not counts:
        return None
    base, shown = figures.base, figures.rounded(key)
    least = shown - base // 2 * above_zero  # a count shown 0 stands for no less than 0
    most = shown + ((base + 1) // 2 - 1) * counts
    middle = (least + most) / 2
    return abs(shown - middle) / middle if middle > 0 else 0.0


def _leaves(figures: Figures, key: SheetCoord, known: Leaves) -> tuple[int, int]:
    """How many counts a total adds up (through the totals it adds up, and a group its table
    does not show counted as one), and how many of them the copy shows above 0."""
    found = known.get(key)
    if found is not None:
        return found
    known[key] = (0, 0)  # a total that adds up itself counts nothing more
    # most totals add up one run of whole counts, counted with their line (run_totals)
    counts, above_zero = figures.run_leaves(key) or _walked(figures, key, known)
    if figures.unshown(key, rounded=False):
        counts += 1
        above_zero += int(figures.unshown(key) != 0)
    known[key] = (counts, above_zero)
    return counts, above_zero


def _walked(figures: Figures, key: SheetCoord, known: Leaves) -> tuple[int, int]:
    """The counts of a total's parts, and those shown above 0, walked a run at a time."""
    counts = above_zero = 0
    shown_from = figures.base - figures.base // 2  # a whole count this large shows above 0
    # the sheet's grid asked once a run of parts, as Figures sums them (a total may have
    # thousands): most runs are whole counts, counted by map without a Python step a part
    for sheet, run in groupby(figures.parts(key), key=_SHEET):
        run = list(run)
        values = figures.grid(sheet).values(run)  # a count's value, None for a total
        if set(map(type, values)) == _WHOLE and min(values) >= 0:
            counts += len(values)
            above_zero += sum(map(ge, values, repeat(shown_from)))
            continue
        for part, value in zip(run, values, strict=True):
            if value is None:
                more, shown = _leaves(figures, part, known)
            else:
                more, shown = 1, int(figures.rounded_count(value) != 0)
            counts += more
            above_zero += shown
    return counts, above_zero
