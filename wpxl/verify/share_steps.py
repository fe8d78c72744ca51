"""A share on a percentage sheet is shown to the policy's decimals, no finer.

The proof's search for the counts behind a percentage line (wpxl.verify.percent_recovery) tries
shares rounded on a step a reader could assume (the policy's, 5 %, 10 %): a share written
unrounded (31 of 127 as 0.244094488...) fits none, so it was never searched, and the copy
passed though the smallest base fitting such shares is the true total, which with them gives
every outcome volume back. Every share the copy shows is held to the policy's step here.
"""

from __future__ import annotations

import math

FINER_SHARE = "a percentage shown finer than the policy's decimals (it could give counts back)"
_SLACK = 1e-9  # a float's error in a share written to its step (0.6899999999999999)


def finer_than_step(value: float, decimals: int) -> str | None:
    """The finding for a share (a fraction, 0.24 for 24 %) not a whole number of steps of
    ``decimals`` places of a percent; None for one that is."""
    steps = value * 100 * 10**decimals
    off = abs(steps - math.floor(steps + 0.5))  # from the nearest whole step (0.5 at a half)
    return FINER_SHARE if off > _SLACK * max(1.0, steps) else None
