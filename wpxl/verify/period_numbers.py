"""Months, quarters or periods numbered 1 to n down a label column, with no year beside them.

A year-to-date pack numbers its months under 'Month' (1 for April to 12 for March, or the
calendar's 4 to 12, then 1 to 3), each quarter closed by its line, and the quarter under way
may hold a single month so far ('7', then 'Q3 total'). The proof's reading of the copy lets a
line of numbers one apart stand as a numbering, but a lone 7 between two total lines is no such
line, and the input's reading took month numbers for labels only beside a column of years
(``year_parts``), so the proof refused the copy keeping 7 as written.

The proof reads the input: under a header naming a month, a quarter or a period, the column's
whole numbers, across its subtotal lines, run one apart (a month's 12 may be followed by 1),
none larger than the period's last (12 months, 4 quarters, 13 four-weekly periods), closed by
a total line or three or more of them. The rest of a label column's reading (no figure left of
the numbers, figures right of each, all different) is ``label_figures``'.

The header names the period and nothing else ('Month', 'Months', 'Quarter no.', 'Month of
referral'): read by its first word alone, 'Quarter 1 referrals' over three areas' 2, 3 and 4
referrals let them stand unrounded (and a copy rounding them was refused as rounding labels).
"""

from __future__ import annotations

import re
from itertools import pairwise

_PERIOD_WORD = re.compile(
    r"^\s*(?:(?:financial|fiscal|calendar|academic|reporting)\s+)?(month|quarter|period)s?\.?"
    r"(?:\s+(?:number|no\.?|num\.?))?"
    r"(?:\s+of\s+(?:the\s+)?(?:year|referral|attachment|start|programme))?\s*:?\s*$",
    re.IGNORECASE,
)
_LAST = {"month": 12, "quarter": 4, "period": 13}


def numbers_periods(header: str, numbers: list[int], closed: bool) -> bool:
    """Whether ``numbers``, down a label column under ``header`` in the order of its rows,
    number months, quarters or periods (see the doc); ``closed``: a total line ends them."""
    named = _PERIOD_WORD.match(header)
    if named is None or len(numbers) < 2 or not (closed or len(numbers) >= 3):
        return False
    last = _LAST[named.group(1).lower()]
    if min(numbers) < 1 or max(numbers) > last:
        return False
    return all(b - a == 1 or (a, b) == (last, 1) for a, b in pairwise(numbers))
