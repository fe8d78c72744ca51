"""Reference words before a number that is a count: 'Job outcomes this month 43', 'JOs no. 43'.

A text about outcomes is read for amounts once what names no amount is taken out
(wpxl.plan.quoting): references among them, 'Table 3', 'note no. 4', 'paid at month 6'. So
'Job outcomes last month 38, this month 43' and 'JOs no. 43' went out as written, verified. But
a period said as this, last or next one is the time counted, and the number after it how many;
so is one past any number its period has ('month 43'). And a number word names a reference only
after what it numbers ('note no. 4', 'table number 3', with nothing between) or opening the text
('No. 3: ...'); after the outcomes ('JOs no. 43', 'Job outcomes, no. 43') it says how many.
Such a word is parted from its number here, so the number is read as the amount it is.

So are a bound and two numbers joined by a slash, read as an age ('over 50', '50+') and a
financial year written short ('13/14'): 'Over 40 job outcomes', 'Job outcomes: under 50', 'JOs:
40+' bound the outcomes, next to them; 'JOs (M/F): 23/20' is two volumes, no year after a year.
And an ordinal before a job outcome counts them to date ('Leeds recorded its 43rd job outcome'),
where before a sustainment it names the payment ('the 13th sustainment payment').

Any note or title is read so before its numbers are judged (``quoting.judged_alone``): a note
'Calderdale starts this month 43', 'over 43 starts' or 'its 43rd start' quoted Calderdale's
unrounded 43 job starts, the reference letting it off.
"""

from __future__ import annotations

import re

from wpxl.plan.footnotes import without_calls

# A header or label that only names one of the programme's payment points by its number, as DWP
# does ('Sustainment payment 1' to 20, 'Sustainment 3', 'Outcome payment 1'): the payment, as
# 'Week 1' is the week (wpxl.plan.quoting). In a sentence ('Wakefield: sustainment payment 9 this
# month') the number may be how many were paid; the plural and a larger number stay amounts.
PAYMENT_POINT = (
    r"^\s*(?:sustainment(?:\s+(?:payment|pmt))?|outcome\s+(?:payment|pmt))\s*(?:no\.?\s*)?"
    r"(?:[1-9]|1\d|20)\s*$"
)
# the most a period's number can be: month 12, quarter 4, week 53, period 13
_LAST = {"month": 12, "mth": 12, "quarter": 4, "q": 4, "week": 53, "wk": 53, "period": 13}
_PERIOD = re.compile(
    r"\b(?P<said>(?:this|last|next|previous|past|current|same|that|each|per|the)\s+)?"
    r"(?P<word>months?|mths?|quarters?|q|weeks?|wks?|periods?|years?)\s*(?P<number>\d{1,2})\b",
    re.IGNORECASE,
)
# what a number word numbers when it stands right before it
_NUMBERED = (
    r"table|notes?|figure|fig|chart|annex|appendix|section|page|part|sheet|tab|step|phase|wave"
    r"|tier|level|stage|version|item|line|row|column|col|contract|group|cohort|week|month"
    r"|quarter|period|year|ref|reference|cpa|office|site|area|team|case|account|provider"
    r"|district|ward|jcp|jobcentre|box|question|paragraph|para|point|payment\s+group|pg"
)
_NUMBER_WORD = re.compile(r"\b(?:no|nos|number)\b\.?\s*(?=\d)", re.IGNORECASE)
_BEFORE = re.compile(rf"(?:^|\b(?:{_NUMBERED}))\s*$", re.IGNORECASE)


_OUTCOMES = (  # what is counted, outcomes or not: a bound on a volume says it
    r"(?:job\s+)?outcomes?|sustainments?|JOs?|SPs?|SOs?|JOPs?|OPs?|(?:job\s+)?starts?|referrals?"
    r"|attachments?"
)
_SAID = r"\s*(?:[:=\u2013-]|\b(?:was|were|is|are|at|of|reached|totalled|totaled)\b)\s*"
_NOT_AGED = r"(?<!jsa )(?<!esa )(?<!ib )(?<!is )(?<!age )(?<!aged )"  # 'JSA 50+ job outcomes'
_BOUNDED = r"(?:(?:over|under)\s+\d+\+?|\d+\+)"
_BOUND = re.compile(
    rf"{_NOT_AGED}\b{_BOUNDED}(?=\s+(?:{_OUTCOMES})\b)|(\b(?:{_OUTCOMES}){_SAID}){_BOUNDED}",
    re.IGNORECASE,
)
_BOUND_WORD = re.compile(r"(over|under)\s+|\+", re.IGNORECASE)
_SLASHED = re.compile(r"(?<![\d/.-])(\d\d)/(\d\d)(?![\d/.-])")  # not in a date: "01/04/2023"
_ORDINAL = re.compile(
    r"\b(\d+)(?:st|nd|rd|th)"
    r"(?=\s+(?:job\s+outcome|outcome|JOs?|(?:job\s+)?start|referral|attachment)\b)",
    re.I,
)


def as_counted(text: str) -> str:
    """The text with each reference word parted from a number it does not name, and each
    bound or slashed pair that counts parted too (see the module's doc), so the number is an
    amount to the readings after. A footnote's raised call goes first: '2013/14¹' is a year."""
    text = without_calls(text)
    text = _ORDINAL.sub(r"\1", _SLASHED.sub(_year_or_not, _BOUND.sub(_bound, text)))
    return _NUMBER_WORD.sub(_numbered_or_not, _PERIOD.sub(_period_or_not, text))


def _bound(match: re.Match[str]) -> str:
    said = match.group(1) or ""
    bound = match.group(0)[len(said) :]
    return said + _BOUND_WORD.sub(lambda m: f"{m.group(1) or ''} ; ", bound)


def _year_or_not(match: re.Match[str]) -> str:
    first, second = int(match.group(1)), int(match.group(2))
    return match.group(0) if second == (first + 1) % 100 else f"{first} ; {second}"


def _period_or_not(match: re.Match[str]) -> str:
    word, number = match.group("word").lower().rstrip("s"), int(match.group("number"))
    counted = match.group("said") is not None or number > _LAST.get(word, 99)
    if not counted:
        return match.group(0)
    return f"{match.group(0)[: match.start('number') - match.start()]}; {match.group('number')}"


def _numbered_or_not(match: re.Match[str]) -> str:
    before = match.string[: match.start()]
    return match.group(0) if _BEFORE.search(before) else f"{match.group(0).rstrip()}; "
