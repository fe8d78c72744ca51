"""The outcome abbreviations analysts type for a column or a line's measure ('JOs', 'SP1').

Matched whole and in capitals only, from the policy's list (wpxl.policy.OUTCOME_ABBREVIATIONS),
so 'Jo Smith' and 'job starts' name none; and numbered as providers number their payments
('SP1', 'Sust 2', 'JOs13'), the abbreviation joined to its number.
"""

from __future__ import annotations

import re

from wpxl.model import Measure
from wpxl.policy import OUTCOME_ABBREVIATIONS, VOLUME_ABBREVIATIONS

# A footnote's call raised after an abbreviation ('JO¹', 'SPs²', 'JOsᵃ') ends it as a space
# would: Python counts a raised digit or letter a word's, so 'JO¹' went unread.
_RAISED = "\u00b9\u00b2\u00b3\u2070-\u2079\u1d43-\u1d5b"
_ABBREVIATION = {  # whole: no letter either side ("Sust." ends in its full stop), bar a raised one
    measure: re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + rf")(?!(?![{_RAISED}])\w)"
    )
    for measure, words in OUTCOME_ABBREVIATIONS.items()
}


# A payment numbered as providers number them ("SP1", "SP01", "Sust 2", "Sus3", "S/P 1",
# "Sustain 4", "SP1-6", "JO1"): the abbreviation joined to its number, which "(?!\w)" above
# would not find. Glued on, a job outcome's number runs to 20 at most, as wpxl.read.quoted_figures
# reads it: 'Leeds (JO37)' glues a count of Leeds' job outcomes to its name, which names no
# line's measure (the label goes; the line's referrals and job starts were lost with it).
_NUMBERED = {
    Measure.JOB_OUTCOMES: re.compile(
        r"(?<!\w)(?:JOs?|J/Os?)(?:\s-?\d{1,2}|-\d{1,2}|0?(?:1\d|20|[1-9]))(?!\d)"
    ),
    Measure.SUSTAINMENTS: re.compile(
        r"(?<!\w)(?:SPs?|S/Ps?|Sust\.?|SUST|Sus|Sustain)\s?-?\d{1,2}(?!\d)"
    ),
}


def abbreviation_in(text: str) -> Measure | None:
    """The outcome measure a capital abbreviation names ("JO", "SPs", "SP1"), matched whole
    and in capitals only, so "Jo Smith" and "job starts" name none."""
    found = next((m for m, found in _ABBREVIATION.items() if found.search(text)), None)
    return found or next((m for m, numbered in _NUMBERED.items() if numbered.search(text)), None)


_VOLUMES = {
    measure: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, codes)) + r")(?!\w)")
    for measure, codes in VOLUME_ABBREVIATIONS.items()
}


def volume_abbreviation_in(text: str) -> Measure | None:
    """The measure other than outcomes an extract's code names ('JS', 'REF', 'ATT' in its
    measure column), whole and in capitals: 'JSA' is a benefit, 'Ref' a reference."""
    return next((m for m, code in _VOLUMES.items() if code.search(text)), None)
