"""The proof's own reading of a count written with its share in one cell ('120 (12%)', '120 /
12%', '12% (120)', as published tables print a count beside its percentage of the total).

Such a text states its count as plainly as '120' does: under outcome words it is an outcome
volume, whether or not the count is a multiple of 20 (a copy carrying '120 (12%)' as words
under 'Job outcomes' passed). Never asked: analyse.
"""

from __future__ import annotations

import re

_COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
_SHARE = r"\d{1,3}(?:\.\d+)?\s*%"
# the count then its share, or the share then its count: bracketed, or after '/', '|', ',',
# ';', a dash or a space ('120 (12%)', '120 / 12%', '12% (120)', '12.0% 120')
_COUNTED_SHARE = re.compile(
    rf"^\s*(?:{_COUNT}\s*(?:[(\[]\s*{_SHARE}\s*[)\]]|(?:[/|,;\-\u2013]\s*|\s+){_SHARE})"
    rf"|{_SHARE}\s*(?:[(\[]\s*{_COUNT}\s*[)\]]|(?:[/|,;\-\u2013]\s*|\s+){_COUNT}))\s*$"
)


def states_a_counted_share(text: str) -> bool:
    """A count and its percentage in one cell, either first ('120 (12%)', '12% (120)')."""
    return bool(_COUNTED_SHARE.match(text))
