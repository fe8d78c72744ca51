"""Counts stated in thousands to a decimal place: 44.2 under 'Referrals (000s)', 'Job starts,
thousands', a units line 'Thousands' under the header, or a title '... (000s)'.

A national summary states its counts in thousands: 44.2 under 'Referrals (000s)' is 44,200
people. wpxl removed such figures as 'a decimal number that is not a count', though a count is
what they are.
Rounding to the nearest 20 is of people, and the copy cannot show 44.2 and prove it rounded
without the proof reading thousands wherever it reads a count, so the figures are still
removed, saying now that they are counts in thousands and asking for the whole counts. Whole
numbers in thousands ('841' under 'Total (thousands)', an estimate) are rounded as counts, as
they have been (tests/analyse/test_held_out_shapes.py): coarser than the rule asks, never
finer. Money in thousands ('£000') is money, read as such before this.
"""

from __future__ import annotations

import re

IN_THOUSANDS = (
    "a count stated in thousands to a decimal place, which wpxl cannot round to the nearest 20 "
    "as shown: give wpxl the whole counts"
)
# '(000s)', "'000", '000s', 'thousands', 'in thousands'; not '1,000', '£000' nor 'per thousand'
_THOUSANDS = re.compile(
    r"(?<![\d,.£$€])(?<![£$€]\s)'?000s?\b(?![,.]?\d)|(?<!per\s)\bthousands?\b",
    re.IGNORECASE,
)


def is_thousands_words(text: str) -> bool:
    """Whether a header, label or title says its figures are in thousands."""
    return _THOUSANDS.search(text) is not None
