"""People named with their ages ('Participants 18 to 24', 'Claimants 50 and over', ONS's
'Mothers 20 to 24'), as published tables head an age breakdown.

Two small numbers joined, or a number and 'and over', are an age band only after words naming
an age ('aged 18 to 24') or a payment group ('JSA 18-24'); after a word naming people they were
read as a range of outcome volumes, and the percentage sheet of job outcomes by age removed
each such head or label ('it states an amount about outcomes'), its shares left under no name.
A word naming people straight before a number of 15 to 99 names their age: it is read as
'aged' is.
"""

from __future__ import annotations

import re

_PEOPLE_AGED = re.compile(
    r"\b(participants?|people|persons?|customers?|claimants?|clients?|men|women|males?|females?"
    r"|mothers?|fathers?)\s+(?=(?:1[5-9]|[2-9]\d)\s*(?:to|-|\u2013|\u2014|and|or)\s*(?:\d+|over"
    r"|older|under|younger)\b)",
    re.IGNORECASE,
)


def people_aged(text: str) -> str:
    """The text with 'aged' after a word naming people straight before an age band."""
    return _PEOPLE_AGED.sub(r"\1 aged ", text)
