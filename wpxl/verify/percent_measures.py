"""A percentage sheet shows shares of outcomes only: no share under a header that names another
measure and nothing else ('Job starts', 'Referrals').

'Leeds (outcomes provisional)' across 'Local authority | Job starts | Job outcomes': the plan
read Leeds's whole line as outcomes by its label and showed it along the line, its starts and
its outcomes as shares of the two together (81% | 19%), verified. A share so is a conversion
rate: beside the starts, rounded on another sheet or worked from a total, it gives the outcome
volume back. The proof reads the copy's percentage sheet alone, its headers. A group of people
named by a measure ('All referrals', 'Total referrals': the outcomes of everyone referred)
heads or names outcomes' shares, and is let be; so is a line's label.
"""

from __future__ import annotations

import re
from collections import defaultdict

from wpxl.model.layout import BANNER_ROWS
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.measure_words import Measures

OTHER_MEASURE = "a share of another measure than outcomes (its header names it)"
_HEADER_TOP = BANNER_ROWS + 3  # the sheet's name and its intro above, then a blank line
_EVERYONE = re.compile(r"\s*(?:all|total)\b", re.IGNORECASE)


def other_measure_shares(pair: SheetPair, measures: Measures) -> list[Finding]:
    """Each share of a percentage sheet under a header naming another measure alone."""
    heads: dict[int, int] = defaultdict(lambda: -1)  # column -> the first such header's row
    for (row, col), (value, _, _) in pair.cells.items():
        if isinstance(value, str) and row >= _HEADER_TOP and _names_another(value, measures):
            heads[col] = row if heads[col] < 0 else min(heads[col], row)
    if not heads:
        return []  # most sheets: every header names an outcome or no measure
    return [
        Finding(pair.where((row, col)), OTHER_MEASURE)
        for (row, col), (value, _, _) in sorted(pair.cells.items())
        if isinstance(value, float) and 0 <= heads.get(col, -1) < row
    ]


def _names_another(text: str, measures: Measures) -> bool:
    return measures.alone(text.strip()) and _EVERYONE.match(text) is None
