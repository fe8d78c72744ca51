"""The proof's own reading of reference words before a number that is a count: 'Job outcomes
this month 43', 'JOs no. 43'.

Invariant 3 takes what names no amount out of a text about outcomes before it seeks amounts
(wpxl.verify.amounts): references among them, 'Table 3', 'note no. 4', 'paid at month 6'. So
'Job outcomes last month 38, this month 43' and 'JOs no. 43' passed. A period said as this, last
or next one is the time counted, the number after it how many, as it is after one past any
number its period has ('month 43'); a number word names a reference only right after what it
numbers ('note no. 4') or opening the text ('No. 3: ...'), not after the outcomes ('JOs no.
43'). Such a word is parted from its number here. Written for the proof alone; the plan reads
the same texts its own way (wpxl.plan.counted_references).
"""

from __future__ import annotations

import re

_MOST = {"month": 12, "mth": 12, "quarter": 4, "q": 4, "week": 53, "wk": 53, "period": 13}
_PERIOD_NUMBER = re.compile(
    r"\b((?:this|last|next|previous|past|current|same|that|each|per|the)\s+)?"
    r"(months?|mths?|quarters?|q|weeks?|wks?|periods?|years?)(\s*)(\d{1,2})\b",
    re.IGNORECASE,
)
_REFERENCED = (
    r"table|notes?|figure|fig|chart|annex|appendix|section|page|part|sheet|tab|step|phase|wave"
    r"|tier|level|stage|version|item|line|row|column|col|contract|group|cohort|week|month"
    r"|quarter|period|year|ref|reference|cpa|office|site|area|team|case|account|provider"
    r"|district|ward|jcp|jobcentre|box|question|paragraph|para|point|payment\s+group|pg"
)
_NUMBER_WORD = re.compile(r"\b(?:no|nos|number)\b\.?\s*(?=\d)", re.IGNORECASE)
_AFTER_REFERENCED = re.compile(rf"(?:^|\b(?:{_REFERENCED}))\s*$", re.IGNORECASE)


def parted(text: str) -> str:
    """The text with each reference word parted from a number it does not name."""
    return _NUMBER_WORD.sub(_number_word, _PERIOD_NUMBER.sub(_period, text))


def _period(match: re.Match[str]) -> str:
    said, word, space, number = match.groups()
    if said is None and int(number) <= _MOST.get(word.lower().rstrip("s"), 99):
        return match.group(0)
    return f"{said or ''}{word}{space}; {number}"


def _number_word(match: re.Match[str]) -> str:
    if _AFTER_REFERENCED.search(match.string, 0, match.start()):
        return match.group(0)
    return f"{match.group(0).rstrip()}; "
