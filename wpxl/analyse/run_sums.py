"""How the trees compare a line with a run of lines: the column a scan of the run follows, and
a sum exact to the source's precision (apportioned decimals added up to their shown places)."""

from __future__ import annotations

from wpxl.policy import PERTURBATION_PER_PART


def key_column(vector: list[float | None], after: list[float | None] | None) -> int | None:
    """The column where a line is largest among those where the line after it holds a figure
    too (early years may have no breakdown): a run passes it soonest, so a scan stops early."""
    best, largest = None, 0.0  # the first of the largest figures above 0
    for k, v in enumerate(vector):
        if v is not None and v > largest and (after is None or after[k] is not None):
            best, largest = k, v
    return best if best is not None or after is None else key_column(vector, None)


def _decimals(value: float) -> int:
    if float(value).is_integer():
        return 0
    text = repr(float(value))
    return min(len(text.split(".")[1]), 6) if "." in text and "e" not in text else 6


_INT = frozenset({int})


def equal_sum(total: float, parts: list[float]) -> bool:
    if type(total) is int and set(map(type, parts)) <= _INT:  # typed counts: most lines
        return total == sum(parts)
    if all(float(v).is_integer() for v in (total, *parts)):
        return abs(total - sum(parts)) < 1e-9
    slack = sum(0.5 if float(v).is_integer() else 0.5 * 10 ** -_decimals(v) for v in parts)
    slack += 0.5 if float(total).is_integer() else 0.5 * 10 ** -_decimals(total)
    return abs(total - sum(parts)) <= slack + 1e-9


def other_keys(vector: list[float | None], after: list[float | None] | None, key: int) -> list[int]:
    """The columns, largest figure first, a scan may follow instead of ``key`` when a line of
    the run holds a marker there ('..': burglary suppressed in the last year, the largest): a
    run cannot be summed in a column where a part holds no figure."""
    held = [
        k
        for k, v in enumerate(vector)
        if k != key and v and (after is None or after[k] is not None)
    ]
    return sorted(held, key=lambda k: -(vector[k] or 0.0))


def is_perturbed(value: float, parts: float, count: int) -> bool:
    """Whether a line misses the sum of its ``count`` parts as a source's perturbation does: by
    a few a part, on a figure many times larger (MoJ's 9 over nearly two thousand). Missing by
    a tenth of its own figure or more (ONS's 5 beside 3 + 0), small figures add up by chance."""
    miss = abs(value - parts)
    return miss <= PERTURBATION_PER_PART * count and 10 * miss < abs(value)
