"""A job start's time in work, or the mark its outcome is paid at, however a table writes it.

The programme pays an outcome once a job start has lasted a time in work, or, for some
claimants, once their earnings reach a threshold; providers track the points as milestones. A
line of job starts naming one counts outcomes, or gives them back from the starts by
difference ('Below earnings threshold'). Analysts write the time with a hyphen ('13-week point',
'26-wk', '6-month mark') or in words ('Six months in work', 'Twenty-six weeks'), which the
analysis's time readings (wpxl.analyse.words), written for '13 weeks', did not find: those
went out as rounded job starts, as did days ('182+ days') and a letter for the unit ('26w',
'6m+'). The time is written here as they read it.
"""

from __future__ import annotations

import re

_UNITS = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_UNIT = r"(?:weeks?|wks?|months?|mths?|days?)\b"
_HYPHENED = re.compile(rf"\b(\d+)\s*[-\u2010\u2011\u2013]\s*(?={_UNIT})", re.IGNORECASE)
_SPELT = re.compile(
    r"\b(?:(" + "|".join(_TENS) + r")(?:[\s\-\u2013]+(" + "|".join(_UNITS[:9]) + r"))?"
    r"|(" + "|".join(_UNITS) + rf"))[\s\-\u2013]*(?={_UNIT})",
    re.IGNORECASE,
)
# a time in days (as a claims system counts it) or with a letter for its unit ('182+ days',
# '26w', '6m+'), read in weeks or months; not money ('£3m'). Years more than one are left as
# written: '2 to 4 years' (a sentence's length) and '2 years to March' are no time in work
_DAYS = re.compile(r"\b(\d+)\s?(\+?)\s?days?\b", re.IGNORECASE)
_LETTER = re.compile(r"(?<![\d.,£$€])\b(\d{1,3})\s?([wm])\b", re.IGNORECASE)
# the trigger of an outcome payment other than a time: earnings reaching a threshold, or a
# milestone ('Milestone reached', 'Not yet at milestone')
# one year alone ('1 year in work', 'Job held 1 yr', 'one-year point') is the longest
# sustainment's mark, read as 12 months; not a band's end ('0 to 1 year'), an age ('1 year
# old'), nor the period counted ('1 year to March', 'the last 1 year', 'Year 1')
_YEAR = re.compile(
    r"(?<![\d.][-\u2013])(?<![\d.] - )(?<!\d to )(?<!the )(?<!last )(?<!past )(?<!within )"
    r"(?<!first )(?<!previous )\b(?:1|one)\s?(\+?)\s?[-\u2010\u2011\u2013]?\s?(?:year|yr)\b"
    r"(?!\s*(?:to|ending|ended|since|after|from|before|of|on|old|ago|olds)\b)",
    re.IGNORECASE,
)
# What each pattern of spans_as_digits needs in a text to rewrite it: a year, a unit of time
# (_UNIT: the hyphened and spelt times look ahead for one; _DAYS), or a letter for one after a
# digit (_LETTER); without any, the text is as it was
_SPANS = re.compile(r"year|yr|week|wk|month|mth|day|\d\s?[wm]\b", re.IGNORECASE)
_MARK = re.compile(r"\bearnings\s+thresholds?\b|\bmilestones?\b", re.IGNORECASE)
# a table of job starts said to have reached such a mark ('Job starts that met the earnings
# threshold, by payment group')
_STARTS_AT_MARK = re.compile(
    r"\b(?:job\s+starts?|starts?|in\s+work)\b.*?(?:\bearnings\s+thresholds?\b|\bmilestones?\b)",
    re.IGNORECASE,
)


def _spelt(found: re.Match[str]) -> str:
    tens, unit, alone = found.groups()
    if alone is not None:
        return f"{_UNITS.index(alone.lower()) + 1} "
    return f"{_TENS[tens.lower()] + (_UNITS.index(unit.lower()) + 1 if unit else 0)} "


def spans_as_digits(text: str) -> str:
    """``text`` with a time written with a hyphen or in words as digits, a space, its unit
    ('13-week point' -> '13 week point', 'Twenty-six weeks' -> '26 weeks'), and one in days or
    a letter in weeks or months ('182 days' -> '26 weeks', '6m+' -> '6 months+') and one year
    in months ('1 year in work' -> '12 months in work'), as the time
    readings expect; anything else as it was."""
    if _SPANS.search(text) is None:  # most labels: no unit any pattern below rewrites
        return text
    text = _YEAR.sub(r"12\1 months", text)
    text = _SPELT.sub(_spelt, _HYPHENED.sub(r"\1 ", text))
    text = _DAYS.sub(lambda m: f"{_weeks(int(m[1]))}{m[2]} weeks", text)
    return _LETTER.sub(lambda m: f"{m[1]} {'weeks' if m[2] in 'wW' else 'months'}", text)


def names_a_mark(line: str) -> bool:
    """Whether a line of job starts names the mark an outcome is paid at, not a time."""
    return _MARK.search(line) is not None


def starts_at_a_mark(text: str) -> bool:
    """Whether a title or header says its job starts reached such a mark."""
    return _STARTS_AT_MARK.search(text) is not None


def _weeks(days: int) -> int:
    """Days as the nearest whole number of weeks (182 -> 26), by whole numbers: a number of days
    is never half a week from two (7k + 3.5), so no half is rounded either way."""
    return (2 * days + 7) // 14
