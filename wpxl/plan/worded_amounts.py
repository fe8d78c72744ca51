"""Amounts of outcomes a text states with no number in it, read by the plan.

A text naming outcomes and stating a number goes (wpxl.plan.quoting), and a number word counts
("seven job outcomes", "half of job starts"). Said without one, the amount is as plain:

- an ordinal in words before a job outcome counts them to date, as '43rd' does ('Wakefield
  achieved its second job outcome', 'Leeds reached its hundredth job outcome', 'its first ever
  job outcome'); before a sustainment it names the payment ('the second sustainment payment'),
  and 'time to first job outcome' names no count;
- none at all ('no job outcomes in Wakefield', 'Nobody reached a job outcome', 'outcomes fell
  to zero', 'nil', 'Wakefield has yet to achieve a job outcome'), as '0 job outcomes' does;
  'no job outcome volumes are shown' says what the copy holds, not how many there were, and a
  header 'No outcome' (yet) names a status of the starts under it;
- one alone ('the only job outcome in Hull', "Hull's only JO", 'our only prison leaver has now
  been in work for 13 weeks');
- all of a count the copy shows ('Every job start in Wakefield reached a job outcome', 'All
  Wakefield starts converted', 'Wakefield converted every job start', 'Job starts (all reached
  a job outcome)', 'full conversion'), or as many ('Job outcomes equalled job starts in
  Wakefield', 'job outcomes = job starts'): the rounded starts beside it are the outcomes, as
  '100% of job starts' gives them.

The proof reads the same texts its own way (wpxl.verify.worded_amounts).
"""

from __future__ import annotations

import re

_ORDINAL = (
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth"
    r"|hundredth|thousandth"
)
_JOB_OUTCOME = r"(?:job[\s-]+)?outcome|(?-i:JOs?)\b"
_NTH = (
    rf"\b(?:{_ORDINAL})[\s-]+(?:{_JOB_OUTCOME})"
    rf"|\b(?:its\s+first|first[\s-]+ever)(?:[\s-]+ever)?[\s-]+(?:{_JOB_OUTCOME})"
)
_OUTCOMES = r"(?:job[\s-]+)?outcomes?|sustainments?|sustains|(?-i:JOs?|SPs?)"
# what the copy is said to hold or leave out, not how many there were
_SHOWN = (
    r"volumes?|figures?|counts?|numbers?|data|totals?|information|details?|breakdowns?"
    r"|(?:are|is|were|was)\s+(?:not\s+)?(?:shown|included|given|published|disclosed|listed"
    r"|displayed|shared)"
)
_BASE = (
    r"(?:job[\s-]+)?starts?|starters?|referrals?|attachments?|participants?|customers?"
    r"|claimants?|people|persons?"
)
_BETWEEN = r"(?:\s+(?!(?:and|or|outcomes?|sustainments?)\b)[\w'\u2019.-]+){0,3}?"
_LED_TO = (
    r"reach|achiev|got|gain|bec[oa]me|convert|led|lead|result|secur|earn|produc|generat|turn"
    r"|went|moved|had|have|has|were|paid|claim"
)
_NONE = (  # 'no job outcomes', 'outcomes fell to zero', 'Nobody in Wakefield reached one'
    r"\b(?:no|zero|nil)\s+(?:(?:paid|further|new|more|validated|recorded)\s+)?"
    rf"(?:{_OUTCOMES})\b(?!\s+(?:{_SHOWN})\b)"
    rf"|\b(?:{_OUTCOMES})(?:\s+(?:in|for|at|from|of)\s+[\w'\u2019]+)?\s*(?:[:=\u2013-]|\b(?:were"
    r"|was|are|is|fell\s+to|dropped\s+to|down\s+to|came\s+to))\s*(?:zero|nil|none|nought)\b"
    rf"|\b(?:nobody|no[\s-]one|none\s+of(?:\s+[\w'\u2019]+){{0,4}}?\s+(?:{_BASE}))\b.*\b(?:{_LED_TO})"
    # 'is yet to achieve a job outcome', 'has not had any', not 'have not yet been paid'
    r"|\b(?:has|have|had|is|are|was|were|did)(?:\s*n[o']t|\s+not\s+yet|\s+yet\s+to|\s+never)"
    rf"\s+[a-z]+\s+(?:a|an|any)\s+(?:{_OUTCOMES})\b"
)
# one alone: 'the only job outcome in Hull', "Hull's only JO", 'our only PG9 prison leaver has
# been in work for 13 weeks', 'its sole job outcome' (but 'the only figures shown')
_ONE = (
    rf"\b(?:the|our|its|their|his|her|\w+['\u2019]s)\s+(?:only|sole)\b"
    rf"(?!(?:\s+[\w-]+){{0,2}}?\s+(?:{_SHOWN})\b)"
)
_ALL_OF = rf"\b(?:all|every|each)(?:\s+of)?{_BETWEEN}\s+(?:{_BASE})\b"
_EVERY = (  # 'every job start reached', 'converted all its starts', 'full conversion'
    rf"{_ALL_OF}.*\b(?:{_LED_TO})|\b(?:{_BASE})\b\W{{0,3}}(?:all|each|every\s+one)\s+(?:{_LED_TO})"
    rf"|\bconvert\w*\b.*(?<!\bby )(?<!\bfor ){_ALL_OF}"  # not 'achieved by all participants'
    r"|\b(?:full|complete|perfect)\s+conversion"
)
# as many as, not linked to ('Job outcomes are matched to job starts by participant ID')
_EQUALLED = r"equal(?:led|ed|s|ling)?|match(?:ed|es|ing)?(?!\s+(?:to|with|against|up|by|on)\b)"
_AS_MANY = (
    rf"\b(?:{_EQUALLED}|same\s+(?:number\s+)?as|as\s+many\b.*\bas)\b.*\b(?:{_BASE})\b"
    rf"|\b(?:{_BASE})\b.*\b(?:{_EQUALLED})\b"
    rf"|\b(?:{_OUTCOMES})\s*=\s*(?:{_BASE})\b|\b(?:{_BASE})\s*=\s*(?:{_OUTCOMES})\b"
)
# A few, said without a number word: 'a single job outcome', 'a couple of JOs', 'a handful of
# job outcomes', 'job outcomes in single figures', 'in the teens', 'several JOs': each bounds a
# volume as '<10' does ('a few weeks', 'several payments' name no count of outcomes)
FEW = (
    r"\ba\s+(?:single|lone|sole|solitary|couple|pair|handful)\b"
    r"|\b(?:single|double|treble|triple|three|four)[\s-]+(?:figures?|digits?)\b"
    r"|\bin\s+the\s+(?:(?:low|mid|high)[\s-]+)?(?:teens|twenties|thirties|forties|fifties|sixties"
    r"|seventies|eighties|nineties)\b"
    rf"|\b(?:a\s+few|several)\s+(?:[\w'\u2019-]+\s+){{0,2}}?(?:{_OUTCOMES})\b"
)
_WORDED = re.compile(rf"{_NTH}|{_NONE}|{_ONE}|{_EVERY}|{_AS_MANY}", re.IGNORECASE)
_STATUS = re.compile(rf"\s*no\s+(?:{_OUTCOMES})(?:\s+(?:yet|achieved|claimed|paid))?\s*", re.I)


def states_an_amount_in_words(text: str) -> bool:
    """Whether a text (one naming outcomes, or saying what was paid or converted) states how
    many there were with no number in it: an ordinal before a job outcome, none at all, or all
    or as many as a count the copy shows."""
    return _STATUS.fullmatch(text) is None and _WORDED.search(text) is not None
