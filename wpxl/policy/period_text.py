"""``--period``: the time a release covers, and nothing else, since no proof reads it everywhere.

The period is typed by the analyst and goes, as typed, into the e-mail note to the council, the
release log, and the cover of every later release to the council that warns about comparing
the two. The proof reads a workbook, not the note, so 'Q1 2013 (307 referrals, 57 job
outcomes)' reached the council in the note's subject and first line: an unrounded count and an
outcome volume. A period may hold the numbers a period is told by (years, '2013/14', dates,
month codes, 'Q1', 'Week 12', a day beside its month) and no word naming what was counted.
"""

from __future__ import annotations

import re

from wpxl.errors import PolicyError

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"  # 'April', 'Apr.'
_ORDINAL = r"(?:st|nd|rd|th)?"
# Each shape a period's numbers take, taken out before any number left is read as a count.
_PERIOD_NUMBERS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b",  # 01/04/2013, 1.4.13
        r"\b(?:19|20)\d{2}-\d{1,2}(?:-\d{1,2})?\b",  # 2013-04, 2013-04-01
        r"\b(?:19|20)\d{2}\s*[/-]\s*\d{2}\b",  # 2013/14, 2013-14
        r"\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])\b",  # 201304, a month code
        rf"\b\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?{_MONTH}",  # 1 April, 1st of April
        rf"\b{_MONTH}\s+\d{{1,2}}{_ORDINAL}\b",  # April 1st ('April 2013' has no boundary)
        r"\b(?:q|quarters?|qtr|h|half|weeks?|wks?|w|months?|periods?|p)\s*\.?\s*\d{1,2}"
        r"(?:\s*(?:-|\u2013|to)\s*\d{1,2})?\b",  # Q1, Week 12, Weeks 1 to 13
        r"\b(?:19|20)\d{2}\b",  # a year
    )
)
_MEASURE_WORDS = re.compile(
    r"\b(?:referrals?|referred|attachments?|attached|starts?|outcomes?|sustainments?|jos?|sps?"
    r"|payments?|paid|claims?|claimed|participants?|people|customers?|clients?)\b",
    re.IGNORECASE,
)


def check_period(text: str) -> str:
    """The period, stripped, or PolicyError saying why it cannot go into the note and log."""
    period = " ".join(text.split())
    left = period
    for shape in _PERIOD_NUMBERS:
        left = shape.sub(" ", left)
    said = _MEASURE_WORDS.search(period)
    if re.search(r"\d", left):
        why = "it holds a number that is not part of a date, a year, a quarter or a week"
    elif said:
        why = f"it names what was counted ('{said.group(0)}')"
    elif "@" in period:
        why = "it holds an e-mail address"
    else:
        return period
    raise PolicyError(
        f"--period '{period}': {why}, and the period goes as typed into the e-mail note and "
        "the release log, which no proof reads. Give only the time the figures cover, such "
        "as 'April to June 2013', 'Q1 2013-14' or '2013/14'"
    )
