"""A reader of percentage sheets by brute force, for tests to judge wpxl's search against: no
shortcut, so a bug in wpxl.model.recovery's pruning cannot hide in both."""

from __future__ import annotations

from wpxl.model.recovery import as_multiples, count_range, reader_steps

STEPS = reader_steps(0)  # whole percentages, then the nearest 5 % and 10 %


def fits(shares: list[float], base: int) -> bool:
    """On some step the shares are on, whole counts within half a step of each share of
    ``base`` that add up to it."""
    for step in STEPS:
        shown = as_multiples(shares, step)
        if shown is None:
            continue
        ranges = [count_range(k, step, base) for k in shown]
        if all(lo <= hi for lo, hi in ranges) and (
            sum(lo for lo, _ in ranges) <= base <= sum(hi for _, hi in ranges)
        ):
            return True
    return False
