"""A count the input writes with a mark after it, read by the proof as the figure it marks.

Published tables mark a revised, provisional or estimated count in its cell ('398 [r]', '211
(p)', '97*', '64 †', '120p'); the plan reads such a cell under a measure's words as the count it
marks and shows it rounded (wpxl.analyse.marked_counts, never asked here). The proof reads the
input's text so itself: the copy's figure at its place must be that count rounded, as at any
count's place, and nothing else passes (a copy keeping '398 [r]' is refused by the proof's
readings of numbers in text, as before).
"""

from __future__ import annotations

import re

from wpxl.verify.values import number

# a whole count with a mark after it saying it is revised, provisional or estimated, or calling a
# footnote ('398 [r]', '211 (p)', '97*', '64 †', '120p'): the count it marks, as a reader reads it
_REVISED = re.compile(
    r"^\s*(\d{1,3}(?:,\d{3})+|\d+)\s*(?:\[[rpe]\]|\([rpe]\)|[rpe]|\*{1,3}|[\u2020\u2021]{1,2})\s*$",
    re.IGNORECASE,
)


def figure(value: object) -> float | None:
    """A cell's value as a number (``number``), or the count a mark after it marks: an input's
    '398 [r]' is the figure 398 a copy may show rounded, and no more."""
    found = number(value)
    if found is None and isinstance(value, str) and (marked := _REVISED.match(value)):
        return float(marked[1].replace(",", ""))
    return found
