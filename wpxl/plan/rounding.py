"""Rounding to the base the guidance sets (20), with halves going up as the guidance says.

Python's built-in rounding sends halves to the even neighbour (0.5 becomes 0), which would
turn a 10 into 0; this works in exact integer/decimal arithmetic instead.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction


def round_to_base(value: int | float, base: int = 20) -> int:
    """Nearest multiple of ``base``, halves away from zero: 9 -> 0, 10 -> 20, 30 -> 40."""
    if base <= 0:
        raise ValueError("the rounding base must be a positive whole number")
    if type(value) is int and value >= 0:  # almost every count: plain integer arithmetic
        quotient, remainder = divmod(value, base)
        return (quotient + (remainder * 2 >= base)) * base
    exact = value if isinstance(value, int) else Fraction(value)  # ints are exact already
    quotient, remainder = divmod(abs(exact), base)
    if remainder * 2 >= base:
        quotient += 1
    result = int(quotient) * base
    return -result if exact < 0 else result


def round_share(share: float, decimals: int) -> float:
    """A share (0..1) rounded half up to whole percentages, or to ``decimals`` places of one."""
    places = Decimal(1).scaleb(-(decimals + 2))
    return float(Decimal(str(share)).quantize(places, rounding=ROUND_HALF_UP))
