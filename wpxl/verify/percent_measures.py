"""A percentage sheet shows shares of outcomes only: no share under a header that names another
measure and nothing else ('Job starts', 'Referrals').

'Leeds (outcomes provisional)' across 'Local authority | Job starts | Job outcomes': the plan
read Leeds's whole line as outcomes by its label and showed it along the line, its starts and
its outcomes as shares of the two together (81% | 19%), verified. A share so is a conversion
rate: beside the starts, rounded on another sheet or worked from a total, it gives the outcome
volume back. The proof reads the copy's percentage sheet alone, its headers. A group of people
named by a measure ('All referrals', 'Total referrals': the outcomes of everyone referred)
heads or names outcomes' shares, and is let be; so is a line's label.

A header or label joining an outcome to another measure ('Total starts and outcomes',
'Referrals + job outcomes') names a line counting both together, no breakdown of outcomes:
the plan showed such a column's shares beside the outcomes', verified. Each share under such a
header, or along such a label, is refused.
"""

from __future__ import annotations

import re
from collections import defaultdict

from wpxl.model.layout import BANNER_ROWS
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.measure_words import Measures

OTHER_MEASURE = "a share of another measure than outcomes (its header names it)"
JOINED_MEASURES = (
    "a share of a line counting outcomes and another measure together (its words name both)"
)
_JOINED = re.compile(r"\s+(?:and|plus)\s+|\s*[&+]\s*", re.IGNORECASE)
_HEADER_TOP = BANNER_ROWS + 3  # the sheet's name and its intro above, then a blank line
_EVERYONE = re.compile(r"\s*(?:all|total)\b", re.IGNORECASE)


def other_measure_shares(pair: SheetPair, measures: Measures) -> list[Finding]:
    """Each share of a percentage sheet under a header naming another measure alone."""
    heads: dict[int, int] = defaultdict(lambda: -1)  # column -> the first such header's row
    for (row, col), (value, _, _) in pair.cells.items():
        if isinstance(value, str) and row >= _HEADER_TOP and _names_another(value, measures):
            heads[col] = row if heads[col] < 0 else min(heads[col], row)
    joined = [
        at
        for at, (value, _, _) in pair.cells.items()
        if isinstance(value, str) and at[0] >= _HEADER_TOP and _joins(value, measures)
    ]
    if not heads and not joined:
        return []  # most sheets: every header names an outcome or no measure
    found = []
    for (row, col), (value, _, _) in sorted(pair.cells.items()):
        if not isinstance(value, float):
            continue
        if 0 <= heads.get(col, -1) < row:
            found.append(Finding(pair.where((row, col)), OTHER_MEASURE))
        elif any((r < row and c == col) or (r == row and c < col) for r, c in joined):
            found.append(Finding(pair.where((row, col)), JOINED_MEASURES))
    return found


def _joins(text: str, measures: Measures) -> bool:
    """Whether the text joins an outcome and another measure ('Job starts and outcomes')."""
    named = {measures.of(part) for part in _JOINED.split(text)}
    return {"outcome", "other"} <= named


def _names_another(text: str, measures: Measures) -> bool:
    return measures.alone(text.strip()) and _EVERYONE.match(text) is None
