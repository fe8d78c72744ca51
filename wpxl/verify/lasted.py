"""The proof's own reading of a job-starts breakdown by time in work or by payment status.

A line of job starts labelled by how long the job lasted ("26 weeks or more", "Over 6 months",
"26+" under "Weeks", anything under "Duration") or by whether it was paid, claimed, converted,
retained or triggered a payment ("Paid", "Not yet paid", "Conversions", "Claims", "Retained",
"Not triggered", "Triggers", "Trigger point", "Payable"), or has yet to ("Yet to sustain", "Not
yet claimable", "Unpayable", "Awaiting claim", "Claim pending", "Ready to claim"), was
sustained or achieved its outcome ("Sustained", "Outcome achieved"), or whose job ended ("Fell
out of work", "Left their job", "Back on benefit"), counts job outcomes or sustainments, or
gives them back from the starts' total by difference.
Read here from the input's words alone, never the analyse stage's. A time before the job (since
attachment or referral, unemployed, on benefit, an ESA flow's prognosis: 'ESA flow 3/6
months', a payment group) or a period of counting ("Last 13 weeks", "Quarter 1 (13 weeks)")
is no time in work.

A line saying, with no time, that its starts are still in work ("Still working", "Still in
employment", "Still in post", "Remained in work", "Stayed in work", "Kept their job",
"Sustaining"), or when in words other than "in work at" ("In employment at 6m"), counts
sustainments or outcomes too, whatever the policy's words say (``stays_in_work``).
"""

from __future__ import annotations

import re

from wpxl.verify.work_marks import at_a_mark, times_in_digits

# words a job-starts breakdown by time in work or status needs: a sheet with none of them holds
# no such line
LASTED_HINT = re.compile(
    r"paid|payable|claim|conver|sustain|retained|retention|trigger|weeks|months|wks|mths"
    r"|\d ?\+? ?(?:week|wk|month|mth)|duration|how long|lasted|tenure|time in|length of"
    r"|out of|left|lost|leaving|losing|quit|no longer|ended|finished|ceased|back|returned"
    r"|resign|dismiss|sacked|redundan|leaver|terminat"
    r"|\d ?[-\u2010\u2011\u2013] ?(?:week|wk|month|mth|day)|threshold|milestone"
    r"|\d ?\+? ?(?:days?|[wm])\b|\b(?:1|one) ?\+? ?[-\u2010\u2011\u2013]? ?(?:year|yr)\b"  # as
    # wpxl.verify.work_marks reads them; 'Achieved' or 'Validated' beside the starts
    r"|achiev|validat",
    re.IGNORECASE,
)
_UNIT = r"(?:weeks?|wks?|months?|mths?)"
_TIME_IN_WORK = re.compile(rf"\b\d+ ?\+? ?{_UNIT}\b", re.I)
_BAND = re.compile(
    r"^\s*(?:(?:<|>|\u2264|\u2265)=? ?\d+|\d+ ?(?:\+|(?:-|\u2013|to) ?\d+)"
    r"|(?:under|over|less than|more than|up to|at least|below|above) \d+"
    r"|\d+ (?:or|and) (?:more|over|above|less|under|fewer))\s*$",
    re.I,
)
_GROUP_DURATION = re.compile(
    r"\b(?:duration|length of (?:employment|job|time)|how long|lasted|tenure"
    r"|time in (?:work|job|employment|post))\b",
    re.I,
)
_GROUP_UNIT = re.compile(r"\b(?:weeks|wks|months|mths)\b(?! ?(?:\d|ending|commencing))", re.I)
_TITLE_DURATION = re.compile(
    r"\b(?:(?:weeks|months|time) in (?:work|job|employment|post)|how long|lasted"
    r"|(?:length|duration) of (?:employment|job)|job duration)\b",
    re.I,
)
_BEFORE_JOB = re.compile(  # an ESA flow's prognosis ('ESA flow 3/6 months') is a payment group's
    r"\b(?:attach\w*|refer\w*|programme|unemploy\w*|out of work|workless|jobless|benefits?"
    r"|esa flows? ?\(? ?(?:3 ?/ ?6|12) ?months?\b|prognosis"
    r"|claim(?:s|ant\w*)?\b|(?:on|of) (?:jsa|esa|ib)|waiting|(?:time|weeks|months) "
    r"(?:to|before|until)|aged?\b)",
    re.I,
)
_BEFORE_JOB_TITLE = re.compile(
    r"\b(?:weeks?|months?|days?|time|duration|length) (?:\w+ ){0,2}(?:since|from|after|of|on"
    r"|to|before) (?:the )?(?:attach|refer|programme|start of|joining|entry|job start|start\b)"
    r"|\bunemploy|\bout of work|\bon benefit",
    re.I,
)
_PERIOD = re.compile(
    r"\d{4}|\b(?:quarter|q[1-4]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ending|ended"
    r"|commencing|beginning|starting|to date|ytd|rolling|last|past|previous|preceding|latest"
    r"|recent|next|within|period|years?|contract)\b",
    re.I,
)
_NOT_A_STATUS = (
    r"employment|work|jobs?\b(?! starts?)|roles?|positions?|posts?|hours|holidays?|leave"
    r"|carers?|staff|volunteer\w*|placements?|jsa|esa|ib\b|is\b|benefits?|uc\b|universal"
    r"|allowance|to attach|to refer"
)
# a start whose job ended: the starts less it are those still in work
_ENDED = (
    r"\b(?:fell|fallen|dropped) out of (?:work|employment|(?:a |the(?:ir)? )?jobs?)\b"
    r"|\b(?:left|lost|leaving|losing|quit) (?:(?:a|the|their) )?(?:jobs?|work|employment)\b"
    r"(?! programme)|\bno longer (?:in (?:work|employment|post|(?:a )?jobs?)|working|employed)\b"
    r"|\bjobs? (?:ended|lost|finished|ceased)\b|\bemployment (?:ended|ceased|terminated)\b"
    r"|\b(?:ceased|ended|finished|terminated) (?:(?:a|the|their) )?(?:jobs?|work|employment)\b"
    r"|\bearly (?:job )?leavers?\b"
    # a benefit named, a claim made again, or the job left or lost by the person's doing
    r"|\b(?:returned|went back|back) (?:to|on|onto) (?:benefits?|jsa|esa|ib|is|uc"
    r"|universal credit|the register)\b|\bre[ -]?claim(?:ed|ing)? (?:benefits?|jsa|esa|ib|is|uc"
    r"|universal credit)\b|\bsigned back on\b|\b(?:resigned|dismissed|sacked|made redundant)\b"
)
_STATUS = re.compile(
    r"(?<!low )(?<!lower )(?<!high )(?<!higher )(?<!well )(?<!better )(?<!poorly )(?<!low-)"
    r"(?<!well-)(?<!best )(?<!hourly )"
    r"\b(?:(?:un)?(?:paid|claimed|converted)|conversions?|claims|retained|retention|triggered"
    r"|triggers|trigger points?)\b"
    rf"(?! (?:{_NOT_A_STATUS}))"
    r"|\bclaims? (?:approved|accepted|submitted|made|raised|validated|verified|rejected|lodged)\b"
    r"|\b(?:yet|still|failed|fail|due|waiting) to (?:sustain|convert|claim|trigger)\w*"
    r"|\b(?:un)?(?:claim|pay)able\b|\b(?:un)?sustained\b|\boutcomes? achieved\b"
    # an outcome's claim waited on or due: the starts less them were claimed
    r"|\b(?:pending|awaiting|outstanding|(?:eligible|ready) to) (?:an? )?claims?\b"
    r"|\bclaims? (?:pending|due|outstanding|awaited|in progress)\b"
    rf"|{_ENDED}",
    re.I,
)


_STAYED = re.compile(
    r"\b(?:(?:still|remained|stayed)\s+(?:working|employed|in\s+(?:work|employment|post"
    r"|(?:a\s+|their\s+|the\s+)?jobs?))|kept\s+(?:a\s+|their\s+|the\s+)?jobs?"
    r"|in\s+employment\s+(?:at|for|after)|sustaining)\b",
    re.I,
)


def stays_in_work(text: str) -> bool:
    """Whether a text says its starts are still in work, or were at a time: a sustainment or
    an outcome, not a job start."""
    return _STAYED.search(text) is not None


def _plain(text: str) -> str:
    return " ".join(text.split())


_ENDED_ALONE = re.compile(r" ?(?:job )?ended ?", re.I)  # a status ('Ended'), not 'Quarter ended'


def names_period(line: str) -> bool:
    """Whether a line's words name a period counted ('Apr 2013', 'Q1'): never a status."""
    return _PERIOD.search(line) is not None and not _ENDED_ALONE.fullmatch(_plain(line))


def lasted_or_paid(line: str, group: str, title: str) -> bool:
    """Whether a line of job starts, by its own words (``line``), its group header's (the label
    column's header for a row, the header rows over a column) or, for a bare band ("26+"), the
    title's, counts starts that lasted a time in work or were paid, claimed or converted. The
    caller reads the words apart ("job_outcomes") and knows the figures are job starts."""
    line, group, title = times_in_digits(_plain(line)), _plain(group), _plain(title)
    if _STATUS.search(line) or _STATUS.search(group) or at_a_mark(line):
        return True
    if _BEFORE_JOB.search(f"{line} {group}") or _BEFORE_JOB_TITLE.search(title):
        return False
    if _PERIOD.search(line):
        return False
    if _TIME_IN_WORK.search(line) or _GROUP_DURATION.search(group):
        return True
    return bool(_BAND.match(line)) and bool(
        _GROUP_UNIT.search(group) or _TITLE_DURATION.search(title)
    )
