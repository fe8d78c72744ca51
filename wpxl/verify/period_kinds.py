"""The proof's own reading of lines named by periods of one kind, none of which is a total.

'Q1 | Q2 | Q3 | Q4', '2011/12 | 2012/13 | 2013/14', 'Apr | May | Jun': a period holds its own
counts, never those of the periods beside it, whatever its figures add up to. Small counts add
up by chance (Q4's 10 = 3 + 2 + 5, in every office of a short table), and a reading by
arithmetic alone took the last quarter for the total of the others and refused a right copy.
A line of another kind among them ('2013/14' after its quarters, 'Year', 'Total') still is
one: only where every line is a period of one kind, each named once, are none of them totals.
Read from the input's words alone; the analyse stage is never asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_YEAR_AFTER = r"(?:[\s'-]*(?:\d{2}|(?:19|20)\d\d(?:\s*[/-]\s*\d\d(?:\d\d)?)?))?"
_KINDS = {
    "month": re.compile(rf"(?:{_MONTHS})\.?{_YEAR_AFTER}", re.IGNORECASE),
    "quarter": re.compile(rf"(?:q|quarter\s*)[1-4]{_YEAR_AFTER}", re.IGNORECASE),
    "week": re.compile(r"(?:week|wk)\.?\s*\d{1,2}", re.IGNORECASE),
}
# one year alone: '2013', '2013/14', '2013-2014', 'FY 2013/14', 'Year 2013/14'; not a span
_YEAR = re.compile(
    r"(?:(?:fy|year)\s*)?((?:19|20)\d\d)(?:\s*[/-]\s*(\d\d(?:\d\d)?))?", re.IGNORECASE
)


def period_kind(words: str) -> str | None:
    """The kind of period ``words`` name alone ('month', 'quarter', 'week', 'year'), or None."""
    text = " ".join(words.split())
    for kind, pattern in _KINDS.items():
        if pattern.fullmatch(text):
            return kind
    year = _YEAR.fullmatch(text)
    if year is None:
        return None
    first, second = int(year[1]), year[2]
    if second is not None and int(second) % 10 ** len(second) != (first + 1) % 10 ** len(second):
        return None  # '2011-2014', '2013/15': a span of years, which may add up the others
    return "year"


def periods_of_one_kind(names: Iterable[str]) -> bool:
    """Whether every name is a period of one kind, none twice: lines none of which is a total."""
    seen = [" ".join(name.split()).casefold() for name in names]
    kinds = {period_kind(name) for name in seen}
    return len(kinds) == 1 and None not in kinds and len(set(seen)) == len(seen)
