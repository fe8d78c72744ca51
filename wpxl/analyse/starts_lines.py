"""Whether a line of a job-starts table counts starts that lasted, reached a mark or were paid
(job outcomes, whatever the table's measure), by its words, its group's and its title's."""

from __future__ import annotations

import re

from wpxl.analyse.job_endings import JOB_ENDED
from wpxl.analyse.words import as_words
from wpxl.analyse.work_marks import names_a_mark, spans_as_digits

# A line of job starts by how long the job lasted ("26 weeks or more", "Over 6 months", "26+"
# under "Weeks") or by whether it was paid, claimed or converted ("Paid", "Not yet paid")
# counts outcomes or sustainments, or, beside the starts' total, gives them back by
# difference: the whole breakdown is read as outcomes.
_SPAN = re.compile(r"\b\d+\s?\+?\s?(?:weeks?|wks?|months?|mths?)\b", re.IGNORECASE)
_BARE_BAND = re.compile(  # "26+", "0-12", "13 to 25", "< 13", "Under 13", "26 or more"
    r"^\s*(?:[<>\u2264\u2265]=?\s*\d+|\d+\s*(?:\+|(?:-|\u2013|to)\s*\d+)"
    r"|(?:under|over|less\s+than|more\s+than|up\s+to|at\s+least|below|above)\s+\d+"
    r"|\d+\s+(?:or|and)\s+(?:more|over|above|less|under|fewer))\s*$",
    re.IGNORECASE,
)
# a group header naming a time in work; a unit alone ("Weeks") heads a band of them, not a
# period ("Week", "Months 1-3")
_DURATION_GROUP = re.compile(
    r"\b(?:duration|length\s+of\s+(?:employment|job|time)|how\s+long|lasted|tenure"
    r"|time\s+in\s+(?:work|job|employment|post))\b",
    re.IGNORECASE,
)
_UNIT_GROUP = re.compile(r"\b(?:weeks|wks|months|mths)\b(?!\s*(?:\d|ending|commencing))", re.I)
_DURATION_TITLE = re.compile(
    r"\b(?:(?:weeks|months|time)\s+in\s+(?:work|job|employment|post)|how\s+long"
    r"|lasted|(?:length|duration)\s+of\s+(?:employment|job)|job\s+duration)\b",
    re.IGNORECASE,
)
# a time before the job (since attachment, unemployed, on benefit, an ESA flow's prognosis:
# 'ESA flow 3/6 months'), or of counting ("Last 13 weeks", "Q1 (13 weeks)"), is no time in work
_BEFORE_WORK = re.compile(
    r"\b(?:attach\w*|refer\w*|programme|unemploy\w*|out\s+of\s+work|workless|jobless"
    r"|esa\s+flows?\s*\(?\s*(?:3\s*/\s*6|12)\s*months?\b|prognosis"
    r"|benefits?|claim(?:s|ant\w*)?\b|(?:on|of)\s+(?:jsa|esa|ib)|waiting"
    r"|(?:time|weeks|months)\s+(?:to|before|until)|aged?\b)",
    re.IGNORECASE,
)
_BEFORE_WORK_TITLE = re.compile(
    r"\b(?:weeks?|months?|days?|time|duration|length)\s+(?:\w+\s+){0,2}"
    r"(?:since|from|after|of|on|to|before)\s+(?:the\s+)?(?:attach|refer|programme|start\s+of"
    r"|joining|entry|job\s+start|start\b)|\bunemploy|\bout\s+of\s+work|\bon\s+benefit",
    re.IGNORECASE,
)
_COUNTING_PERIOD = re.compile(
    r"\d{4}|\b(?:quarter|q[1-4]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ending|ended"
    r"|commencing|beginning|starting|to\s+date|ytd|rolling|last|past|previous|preceding"
    r"|latest|recent|next|within|period|years?|contract)\b",
    re.IGNORECASE,
)
# a start paid, claimed, converted, retained ("Retention") or that triggered a payment ("Trigger
# point", "Triggers"; or not yet), not paid employment or a benefit claimed before:
# "Conversions", "Claims" and "Claim approved" count the same starts ("Claim duration" is a
# benefit's), asked of job starts' lines only. One yet to reach its payment ("Not yet claimable",
# "Awaiting claim", "Claim pending") or whose job ended counts the rest; one sustained or whose
# outcome was achieved ('Sustained', 'Outcome achieved' among the starts' statuses) counts
# outcomes, and the rest with it.
_STATUS = re.compile(
    r"(?<!low\s)(?<!lower\s)(?<!high\s)(?<!higher\s)(?<!well\s)(?<!better\s)(?<!poorly\s)"
    r"(?<!low-)(?<!well-)(?<!best\s)(?<!hourly\s)"
    r"\b(?:(?:un)?(?:paid|claimed|converted)|conversions?|claims|retained|retention|triggered"
    r"|triggers|trigger\s+points?)\b"
    r"(?!\s+(?:employment|work|jobs?\b(?!\s+starts?)|roles?|positions?|posts?|hours|holidays?"
    r"|leave|carers?|staff|volunteer\w*|placements?|jsa|esa|ib\b|is\b|benefits?|uc\b"
    r"|universal|allowance|to\s+attach|to\s+refer))"
    r"|\bclaims?\s+(?:approved|accepted|submitted|made|raised|validated|verified|rejected|lodged)\b"
    r"|\b(?:yet|still|failed|fail|due|waiting)\s+to\s+(?:sustain|convert|claim|trigger)\w*"
    r"|\b(?:un)?(?:claim|pay)able\b|\b(?:un)?sustained\b|\boutcomes?\s+achieved\b"
    # a claim for the start's outcome waited on or due ("Awaiting claim", "Claim pending", "Ready
    # to claim"): the starts less it are those claimed
    r"|\b(?:pending|awaiting|outstanding|(?:eligible|ready)\s+to)\s+(?:an?\s+)?claims?\b"
    r"|\bclaims?\s+(?:pending|due|outstanding|awaited|in\s+progress)\b"
    # a start whose job ended ("Fell out of work", "Back on JSA": wpxl.analyse.job_endings)
    rf"|{JOB_ENDED}",
    re.IGNORECASE,
)


# 'Ended' alone is a status of the starts (their job ended), not a period ('Quarter ended')
_ENDED_ALONE = re.compile(r"\s*(?:job\s+)?ended\s*", re.IGNORECASE)


def names_a_period(line: str) -> bool:
    """Whether a line names a period counted ('Apr 2013', 'Q1', 'Year to date'): a time, never
    a status of the starts beside an 'Achieved' one."""
    words = as_words(line)
    return _COUNTING_PERIOD.search(words) is not None and not _ENDED_ALONE.fullmatch(words)


def before_work_titled(title: str) -> bool:
    """Whether a title names a time before the job ('weeks since attachment', 'time
    unemployed') and no time in work: 'Unemployed claimants: job starts by how long the job
    lasted' counts time in work, whoever the starts are of."""
    return bool(_BEFORE_WORK_TITLE.search(title)) and not _DURATION_TITLE.search(title)


def is_starts_outcome_line(line: str, group: str, title: str) -> bool:
    """Whether a line of a job-starts table counts starts that lasted, reached a mark or were
    paid, by its own words (``line``), the header's over its group (``group``: the label
    column's for a row, the header rows for a column) or, for a band ("26+"), the title's."""
    line, group = spans_as_digits(as_words(line)), as_words(group)
    if _STATUS.search(line) or _STATUS.search(group) or names_a_mark(line):
        return True
    if _BEFORE_WORK.search(f"{line} {group}") or before_work_titled(title):
        return False
    if _COUNTING_PERIOD.search(line):
        return False
    if _SPAN.search(line) or _DURATION_GROUP.search(group):
        return True
    band = bool(_BARE_BAND.match(line))
    return band and bool(_UNIT_GROUP.search(group) or _DURATION_TITLE.search(title))


# Beside a column of job starts, or among the lines of a job-starts table ('Job starts by
# status': 'Achieved', 'In progress', 'Total'), one headed only 'Achieved' or 'Validated' ('No.
# achieved', 'of which achieved')
# counts those starts that achieved an outcome, or whose outcome claim was validated: provider MI
# says so of outcomes only; one 'Not yet achieved' or 'Pending validation' counts the rest, the
# starts less it the outcomes. Against a profile or a target ('Job starts | Profile | Achieved') it
# is the starts achieved, the table's measure.
_ACHIEVED = re.compile(  # or the rest, whose difference from the starts gives them back
    r"\s*(?:(?:of\s+which|o/w)\s*:?\s*)?(?:(?:no\.?|number|total|count)\s+(?:of\s+)?)?"
    r"(?:(?:not\s+(?:yet\s+)?|un|yet\s+to\s+be\s+)?(?:achieved|validated)|achievements?"
    r"|(?:pending|awaiting)\s+validation|yet\s+to\s+(?:achieve|validate))"
    r"\s*(?:\(n\))?\s*:?\s*",
    re.IGNORECASE,
)
_AGAINST = re.compile(
    r"\b(?:profiles?|profiled|targets?|forecasts?|plan(?:ned)?|expected|expectations?|goals?"
    r"|trajector(?:y|ies)|vs\.?|versus|against|variance|budget(?:ed)?)\b"
    r"|\bstarts?\s+achieved\b|\bachieved\s+(?:job\s+)?starts?\b",  # the starts achieved
    re.IGNORECASE,
)


def achieved_beside_starts(line: str, others: list[str], title: str) -> bool:
    """Whether a line headed only 'Achieved' or 'Validated', beside a line naming job starts
    or among the lines of a job-starts table's breakdown ('Achieved', 'In progress', 'Total':
    the caller's to know), counts their outcomes: no other line (``others``) nor the
    ``title`` names a profile or a target it is measured against."""
    if not _ACHIEVED.fullmatch(as_words(line)):
        return False
    return not any(_AGAINST.search(as_words(text)) for text in [*others, title])
