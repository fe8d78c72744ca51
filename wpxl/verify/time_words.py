"""The proof's own reading of a cell whose words name a time alone, as a date cell does.

A log of job outcomes keyed by period words ('Week 1 | Leeds | JSA 18-24', 'April 2013 | Leeds
| JSA 25+', a line each outcome claimed) lists events by when they happened, as a dated log
does, though no line repeats another: how many lines there are is the outcome volume. The
proof reads such a line as dated (verify/record_lines), so the copy is refused where a
measure's name stands over the log.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april"
    r"|june|july|august|september|october|november|december)"
)
_TIME = re.compile(
    r"^\s*(?:"
    r"(?:weeks?|wk|months?|period)\.?\s*\d{1,2}"  # 'Week 1', 'Wk 12', 'Period 13'
    rf"|{_MONTH}\.?(?:[\s-]+'?(?:\d\d|\d{{4}}))?"  # 'April', 'Apr-13', 'April 2013'
    r"|(?:q[1-4]|quarter\s*[1-4])(?:[\s-]+\S+)?"  # 'Q1', 'Q1 2013/14'
    r"|(?:19|20)\d\d(?:\s*[/-]\s*\d\d(?:\d\d)?)?"  # '2013', '2013/14'
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:\d\d|\d{4})"  # '01/04/2013'
    r"|(?:19|20)\d\d-\d{1,2}-\d{1,2}"  # '2013-04-01'
    rf"|\d{{1,2}}\s+{_MONTH}\.?\s+(?:\d\d|\d{{4}})"  # '1 Apr 2013'
    r")\s*$",
    re.IGNORECASE,
)


def names_a_time(text: str) -> bool:
    """Whether the words name a week, a month, a quarter, a year or a day, and nothing else."""
    return bool(_TIME.match(text))
