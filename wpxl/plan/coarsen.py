"""Percentages that would give outcome volumes back are shown coarser, or not at all (R2).

Whole percentages of a small base are the counts in disguise: 4 % steps on a base of 25 let a
reader who knows no base under the small-base threshold is shown find that 25 is the smallest
base fitting every share, and with it each count. Each breakdown is tried as shown; if a reader
gets its base back (``wpxl.model.recovery``), it is tried to the nearest 5 %, then 10 %, and
withheld if that still gives it back. The proof repeats the search on the written file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from wpxl.model import Warning
from wpxl.model.recovery import COARSE_STEPS, display_step, gives_back, reader_steps
from wpxl.plan.rounding import round_share
from wpxl.policy import Policy

WITHHELD_MARK = "[c]"


@dataclass(frozen=True, slots=True)
class LineShares:
    """How one breakdown is shown: on which step (None: withheld), and each cell's share."""

    step: Fraction | None
    shares: tuple[float, ...]


def settle_line(
    leaves: Sequence[int | float],
    others: Sequence[int | float],
    policy: Policy,
    parts: Sequence[tuple[int, ...] | None] = (),
) -> LineShares:
    """The finest step on which a breakdown cannot be worked back. ``leaves``: the counts that
    make up its base; ``others``: the counts of its totals and subtotals, also shown, and
    ``parts``: which leaves (by index) each of those adds up, if known (a reader uses them
    too). The shares come back in that order, leaves first."""
    base = sum(leaves)
    shown = (*leaves, *others)
    unit = display_step(policy.percent_decimals)
    as_shown = tuple(round_share(c / base, policy.percent_decimals) for c in shown)
    if any(c != int(c) for c in leaves):
        return LineShares(unit, as_shown)  # no whole counts a reader could work back to
    counts = [int(c) for c in leaves]
    steps = reader_steps(policy.percent_decimals)
    known = [(j, p) for j, p in enumerate(parts) if p]
    for step in (unit, *(s for s in COARSE_STEPS if s > unit)):
        shares = as_shown if step == unit else tuple(share_on_step(c, base, step) for c in shown)
        subtotals = [(p, shares[len(leaves) + j]) for j, p in known]
        leaf_shares = shares[: len(leaves)]
        if not gives_back(counts, leaf_shares, steps, policy.small_base, subtotals=subtotals):
            return LineShares(step, shares)
    return LineShares(None, ())


def share_on_step(count: int | float, base: int | float, step: Fraction) -> float:
    """count / base rounded half up to a whole number of ``step``s, worked exactly."""
    exact = Fraction(count) / Fraction(base) / step
    return float((exact + Fraction(1, 2)).__floor__() * step)


def line_warning(
    sheet: str, where: str, measure: str, step: Fraction | None, table: str
) -> Warning:
    """What the cover says of a coarsened or withheld breakdown (``where``: its cells on the
    percentage sheet; ``table``: the input table it comes from); never a figure of the input."""
    if step is None:
        code, done = "percentages-withheld", f"withheld (shown as {WITHHELD_MARK})"
    else:
        code, done = "percentages-coarsened", f"shown to the nearest {_percent(step)}"
    message = (
        f"these percentages of {measure} are of so few that a reader could work the numbers "
        f"back from them; {done}"
    )
    return Warning(code, f"'{sheet}' {where}", message, (table,))


def _percent(step: Fraction) -> str:
    return f"{float(step * 100):g} %"
