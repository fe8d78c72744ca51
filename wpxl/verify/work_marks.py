"""The proof's own reading of a time in work, or an outcome's payment mark, written any way.

An outcome is paid once a job start has lasted a time in work or, for some claimants, once
their earnings reach a threshold; providers track the points as milestones. Analysts write the
time with a hyphen ('13-week point', '26-wk', '6-month mark') or in words ('Six months in
work', 'Twenty-six weeks'), in days ('182+ days') or with a letter for the unit ('26w',
'6m+'), which the proof's time readings (wpxl.verify.lasted and
wpxl.verify.measure_words), written for '13 weeks', passed as job starts. The time is written
here as they read it; a line of job starts naming the earnings threshold or a milestone
('Earnings threshold met', 'Below earnings threshold', 'Milestone reached') counts outcomes or
gives them back from the starts; and a title saying its job starts reached a time or a mark
('Job starts reaching the 26-week point', 'Job starts that met the earnings threshold') names
outcomes. Read from the input's words alone, never the analyse stage's.
"""

from __future__ import annotations

import re

_SMALL = {
    word: n
    for n, word in enumerate(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"],
        start=1,
    )
}  # fmt: skip
_DECADES = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_TIME_UNIT = r"(?=(?:weeks?|wks?|months?|mths?|days?)\b)"
_DASHED = re.compile(rf"(?<=\d) ?[-\u2010\u2011\u2013] ?{_TIME_UNIT}", re.I)
_WORDED = re.compile(
    rf"\b(?:(?P<decade>{'|'.join(_DECADES)})(?:[ \-\u2013](?P<digit>{'|'.join(list(_SMALL)[:9])}))?"
    rf"|(?P<small>{'|'.join(_SMALL)}))[ \-\u2013]?{_TIME_UNIT}",
    re.I,
)
_DAY_COUNT = re.compile(r"\b(\d+) ?(\+?) ?days?\b", re.I)  # '182+ days': 26+ weeks
_UNIT_LETTER = re.compile(r"(?<![\d.,£$€])\b(\d{1,3}) ?([wWmM])\b")  # '26w', '6m+'; not '£3m'
# one year alone ('1 year in work', 'Job held 1 yr') is the longest sustainment's mark: 12
# months; not a band's end ('0 to 1 year'), an age ('1 year old') nor the period counted
# ('1 year to March', 'the past 1 year')
_ONE_YEAR = re.compile(
    r"(?<!\d-)(?<!\d\u2013)(?<!\d - )(?<!\d to )(?<!the )(?<!last )(?<!past )(?<!within )"
    r"(?<!first )(?<!previous )\b(?:1|one) ?(\+?) ?[-\u2010\u2011\u2013]? ?(?:year|yr)\b"
    r"(?! ?(?:to|ending|ended|since|after|from|before|of|on|old|olds|ago)\b)",
    re.I,
)
_MARK = re.compile(r"\b(?:earnings thresholds?|milestones?)\b", re.I)
_STARTS_REACHED = re.compile(
    r"\b(?:job )?starts?\b(?: \w+){0,3}? (?:reach\w*|hit\w*|achiev\w*|pass\w*|met|meet\w*|at|past"
    r"|beyond|lasting) (?:the |an? |their )?(?:\d+ ?\+? ?(?:weeks?|wks?|months?|mths?)\b"
    r"(?! (?:after|since|from|before|of) (?:the )?(?:attach|refer))"  # a time before the job
    r"|earnings thresholds?\b|milestones?\b)",
    re.I,
)


def _number(found: re.Match[str]) -> str:
    if found["small"]:
        return f"{_SMALL[found['small'].lower()]} "
    return f"{_DECADES[found['decade'].lower()] + _SMALL.get((found['digit'] or '').lower(), 0)} "


def times_in_digits(text: str) -> str:
    """``text`` with a time written with a hyphen or in words put as digits, a space and its
    unit ('26-week' -> '26 week', 'Six months' -> '6 months'), and one in days or a letter for
    its unit in weeks or months ('182 days' -> '26 weeks', '6m+' -> '6 months+'), one year
    alone in months ('1 year in work' -> '12 months in work'); more years as written ('2 to 4
    years' is a sentence's length, '2 years to March' the period counted)."""
    text = _ONE_YEAR.sub(r"12\1 months", text)
    text = _WORDED.sub(_number, _DASHED.sub(" ", text))
    text = _DAY_COUNT.sub(lambda m: f"{_weeks(int(m[1]))}{m[2]} weeks", text)
    return _UNIT_LETTER.sub(lambda m: f"{m[1]} {'weeks' if m[2] in 'wW' else 'months'}", text)


def at_a_mark(line: str) -> bool:
    """Whether a line of job starts names the earnings threshold or a milestone."""
    return _MARK.search(line) is not None


def starts_reached(text: str) -> bool:
    """Whether a text (its time in digits) says its job starts reached a time in work or a
    mark: outcomes, however else it names them."""
    return _STARTS_REACHED.search(text) is not None


def _weeks(days: int) -> int:
    """Days as the nearest whole number of weeks (182 -> 26), by whole numbers: a number of days
    is never half a week from two (7k + 3.5), so no half is rounded either way."""
    return (2 * days + 7) // 14
