"""Numbers written inside text, for finding a figure quoted in a note or a package part."""

from __future__ import annotations

import re

# Digits joined to letters (B47), or to -, / and : (18-24, 2013/14, 10:30, dates) are not figures.
_NUMBER = re.compile(r"(?<![\w.,/:-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w/:-]|[.,]\d)")
MIN_QUOTED = 25  # smaller numbers in words ("JSA 18-24", "Table 3") are not taken as figures


def numbers_in_text(text: str) -> list[float]:
    """Numbers that could be a quoted figure: 25 or more and not a year."""
    found = []
    for token in _NUMBER.findall(text):
        number = float(token.replace(",", ""))
        if number >= MIN_QUOTED and not (number.is_integer() and 1990 <= number <= 2100):
            found.append(number)
    return found
