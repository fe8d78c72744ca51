"""Which counts a header or row label states of its own line, not a band of them.

A label's small numbers usually name a group ('JSA 18-24', 'CPA 12 referrals', 'Top 50'), so
a label is judged against the workbook's figures only from 100 (``quoting.judged_alone``). But
a count of a measure or of people brought in after the line's name, by a note's opening ('Job
starts (of which 47 early entrants)', 'Referrals (excl. 61 duplicates referred)'), a bracket,
a colon or a dash ('Leeds (38 transfers in)', 'Leeds: 38 referrals withdrawn'), is a count of
its line as plainly as a note's, unrounded whatever its size: carried, it went out beside the
line's rounded figures. A count opening the label ('2 referrals', '3 or more job starts') or
after a word ('Customers with 2 referrals', 'Contract 2 job starts') is a band of how many each
person had, or names its line, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# words, then a note's opening or a bracket, colon or dash, right before the number
_BROUGHT_IN = re.compile(
    r"(?:\w\W*[(:;,\u2013\u2014-]"
    r"|\b(?:of\s+which|o/w|includ(?:es|ing)|incl\.?|exclud(?:es|ing)|excl\.?))\s*:?\s*$",
    re.IGNORECASE,
)


def brought_in(counts: Iterable[tuple[str, float]]) -> list[float]:
    """Of a label's counts (each with the words before it, ``quoting.counted``), those its
    words bring in after the line's name: a count of the line, not a band or a name."""
    return [value for before, value in counts if _BROUGHT_IN.search(before)]
