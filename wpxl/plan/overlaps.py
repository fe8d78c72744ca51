"""Warn where two tables can be compared to undo rounding (guidance R6): one a slice of the
other, or the same people broken down differently (wpxl.plan.differencing profiles them)."""

from __future__ import annotations

from bisect import bisect_right

from wpxl.model import Measure, Warning
from wpxl.plan.differencing import Profile


def overlap_warnings(profiles: list[Profile]) -> list[Warning]:
    """A warning for each pair of profiles of one measure from two tables that overlap, in the
    order pairs of the profiles come (``itertools.combinations``): only a measure's own
    profiles are paired, not every profile with every other (a pack of 1,200 tables made
    700,000 pairs)."""
    warnings = []
    of_measure: dict[Measure, list[int]] = {}
    for index, profile in enumerate(profiles):
        of_measure.setdefault(profile.measure, []).append(index)
    for index, a in enumerate(profiles):
        later = of_measure[a.measure]
        for b in map(profiles.__getitem__, later[bisect_right(later, index) :]):
            if a.table != b.table and (warning := _overlap(a, b)) is not None:
                warnings.append(warning)
    return warnings


def _overlap(a: Profile, b: Profile) -> Warning | None:
    """Two tables' profiles of one measure: one a slice of the other, or the same people
    broken down differently (None: neither)."""
    small, large = (a, b) if len(a.items) <= len(b.items) else (b, a)
    if small.is_slice_of(large):
        return Warning(
            "overlap-subset",
            small.table,
            f"every {small.measure.value} figure of {small.table} is also in "
            f"{large.table}; comparing the two can reveal what rounding hides — "
            "consider sharing only one of them",
            (small.table, large.table),
            (("cells", len(small.items)), ("cells_in_other", len(large.items))),
        )
    if a.total and a.total == b.total and a.keys != b.keys:
        return Warning(
            "overlap-population",
            a.table,
            f"{a.table} and {b.table} appear to count the same {a.measure.value} broken "
            "down differently; each is rounded on its own, so their totals can differ "
            "and subtracting one breakdown from the other can single out small groups "
            "— consider sharing only one of them, or the same breakdown in both",
            (a.table, b.table),
        )
    return None
