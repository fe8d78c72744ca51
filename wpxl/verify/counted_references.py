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

A bound and two numbers joined by a slash are parted too where they count: read as an age
('over 50', '50+') and a financial year written short ('13/14'), 'Over 40 job outcomes', 'Job
outcomes: under 50', 'JOs: 40+' and 'JOs (M/F): 23/20' passed. So did an ordinal before a job
outcome ('its 43rd job outcome'), which counts them to date; before a sustainment it names the
payment ('the 13th sustainment payment'). Notes and titles are read so for any figure they may
quote too (wpxl.verify.texts): 'Calderdale starts this month 43' passed with an unrounded 43.
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


_OUTCOME = (  # what is counted, outcomes or not: a bound on a volume says it
    r"(?:job\s+)?outcomes?|sustainments?|JOs?|SPs?|SOs?|JOPs?|OPs?|(?:job\s+)?starts?|referrals?"
    r"|attachments?"
)
_STATED = r"\s*(?:[:=\u2013-]|\b(?:was|were|is|are|at|of|reached|totalled|totaled)\b)\s*"
_BOUND = r"(?:(?:over|under)\s+\d+\+?|\d+\+)"
_BOUNDS = re.compile(  # not a payment group's age: 'JSA 50+ job outcomes'
    r"(?<!jsa )(?<!esa )(?<!ib )(?<!is )(?<!age )(?<!aged )"
    rf"\b{_BOUND}(?=\s+(?:{_OUTCOME})\b)|(\b(?:{_OUTCOME}){_STATED}){_BOUND}",
    re.IGNORECASE,
)
_BOUND_WORDS = re.compile(r"(over|under)\s+|\+", re.IGNORECASE)
_SHORT_YEARS = re.compile(r"(?<![\d/.-])(\d\d)/(\d\d)(?![\d/.-])")  # not in a date: "01/04/2023"
_NTH_OUTCOME = re.compile(
    r"\b(\d+)(?:st|nd|rd|th)"
    r"(?=\s+(?:job\s+outcome|outcome|JOs?|(?:job\s+)?start|referral|attachment)\b)",
    re.I,
)


def parted(text: str) -> str:
    """The text with each reference word parted from a number it does not name, and each
    bound or slashed pair that counts."""
    text = _NTH_OUTCOME.sub(r"\1", _SHORT_YEARS.sub(_short_year, _BOUNDS.sub(_bound, text)))
    return _NUMBER_WORD.sub(_number_word, _PERIOD_NUMBER.sub(_period, text))


def _bound(match: re.Match[str]) -> str:
    stated = match.group(1) or ""
    return stated + _BOUND_WORDS.sub(
        lambda m: f"{m.group(1) or ''} ; ", match.group(0)[len(stated) :]
    )


def _short_year(match: re.Match[str]) -> str:
    first, second = int(match.group(1)), int(match.group(2))
    return match.group(0) if second == (first + 1) % 100 else f"{first} ; {second}"


def _period(match: re.Match[str]) -> str:
    said, word, space, number = match.groups()
    if said is None and int(number) <= _MOST.get(word.lower().rstrip("s"), 99):
        return match.group(0)
    return f"{said or ''}{word}{space}; {number}"


def _number_word(match: re.Match[str]) -> str:
    if _AFTER_REFERENCED.search(match.string, 0, match.start()):
        return match.group(0)
    return f"{match.group(0).rstrip()}; "
