"""Counts stated in thousands: 'Referrals (000s)', 'Job starts, thousands', a units line
'Thousands' under the header, or a title '... (000s)'.

A national summary states its counts in thousands: 44.2 under 'Referrals (000s)' is 44,200
people, and 8 under 'Job starts (000s)' is 8,000. wpxl rounded the whole ones as counts (8,000
job starts shown as 0, 44,000 referrals as 40,000), a wrong copy the proof passed, and removed
the decimal ones as 'a decimal number that is not a count', which they are. Rounding to the
nearest 20 is of people, and a figure in thousands is shown to a thousand or a hundred: the
copy cannot show it as the input does and prove it rounded, so the figures are removed, saying
they are counts in thousands. Money in thousands ('£000') is money, read as such before this.
"""

from __future__ import annotations

import re

IN_THOUSANDS = (
    "a count stated in thousands, which wpxl cannot round to the nearest 20 as shown: give "
    "wpxl the whole counts"
)
# '(000s)', "'000", '000s', 'thousands', 'in thousands'; not '1,000', '£000' nor 'per thousand'
_THOUSANDS = re.compile(
    r"(?<![\d,.£$€])(?<![£$€]\s)'?000s?\b(?![,.]?\d)|(?<!per\s)\bthousands?\b",
    re.IGNORECASE,
)


def is_thousands_words(text: str) -> bool:
    """Whether a header, label or title says its figures are in thousands."""
    return _THOUSANDS.search(text) is not None
