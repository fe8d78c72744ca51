"""Words naming when, not what: 'Months since referral' over cohorts of job outcomes, 'Quarter of
referral' or 'Referral cohort' over the quarters they were referred in. The referral they name
is when the people counted were referred, not what the figures count, so such a header names no
measure and the title's ('Job outcomes by payment group and referral cohort') stands. Read as
the columns' measure, outcome volumes were shown rounded, as referrals.

A time of a length of its own ('13 weeks after attachment', 'Job starts 26 weeks after start')
is left to be read: a job start that lasted is an outcome.
"""

from __future__ import annotations

import re

_EVENT = r"(?:the\s+)?(?:referral|attachment|(?:job\s+|programme\s+)?start|entry)s?"
_PERIOD = r"(?:month|quarter|year|week|date|period|cohort)s?"
_WHEN = re.compile(
    rf"(?<!\d)(?<!\d )\b(?:time|duration|days?|weeks?|months?|quarters?|years?)\s+"
    rf"(?:since|after|from)\s+{_EVENT}\b"  # a time since an event
    rf"|\b(?:referral|attachment|(?:job\s+)?start)\s+{_PERIOD}\b"  # 'Referral quarter'
    rf"|\b{_PERIOD}\s+of\s+{_EVENT}\b",  # 'Quarter of referral'
    re.IGNORECASE,
)


def without_when(text: str) -> str:
    """The words without those naming when an event happened, or the time since it."""
    return _WHEN.sub(" ", text)
