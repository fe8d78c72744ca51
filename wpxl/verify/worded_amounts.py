"""Invariant 3 for amounts said with no number: the proof's own reading.

``amounts`` refuses a text naming outcomes and stating a number or a number word. These state
how many as plainly, and passed:

- an ordinal in words before a job outcome ('its second job outcome', 'the hundredth job
  outcome', 'its first ever job outcome'): outcomes to date, as 'its 43rd job outcome' is read
  (wpxl.verify.counted_references); before a sustainment an ordinal names the payment;
- none ('no job outcomes in Wakefield', 'nobody', 'none', 'zero', 'nil', 'has yet to achieve
  a job outcome'), as '0 job outcomes' is; but not what the copy holds ('no job outcome
  figures are shown'), nor a status of the starts a header names ('No outcome', 'No outcome
  yet');
- one alone ('the only job outcome in Hull', "Hull's only JO", 'our only prison leaver has now
  been in work for 13 weeks', 'its sole job outcome');
- every one, or as many as, of a count the copy shows beside it ('Every job start in Wakefield
  reached a job outcome', 'Wakefield converted all its starts', 'Job starts (all reached a job
  outcome)', 'full conversion', 'Job outcomes equalled job starts', 'job outcomes = job
  starts'): the rounded starts are then the outcomes, as '100% of job starts' makes them.

Written for the proof alone; the plan reads such texts its own way (wpxl.plan.worded_amounts).
"""

from __future__ import annotations

import re

_NTH_WORDS = (
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
    "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth",
)  # fmt: skip
_A_JOB_OUTCOME = r"(?:job[\s-]+)?outcome|(?-i:JOs?)\b"
_COUNTED_TO_DATE = (
    rf"\b(?:{'|'.join(_NTH_WORDS)})[\s-]+(?:{_A_JOB_OUTCOME})"
    rf"|\b(?:its\s+first|first[\s-]+ever)(?:[\s-]+ever)?[\s-]+(?:{_A_JOB_OUTCOME})"
)
_OUTCOME_NOUN = r"(?:job[\s-]+)?outcomes?|sustainments?|sustains|(?-i:JOs?|SPs?)"
_WHAT_IS_SHOWN = (
    r"volumes?|figures?|counts?|numbers?|data|totals?|information|details?|breakdowns?"
    r"|(?:are|is|were|was)\s+(?:not\s+)?(?:shown|included|given|published|disclosed|listed"
    r"|displayed|shared)"
)
_SHOWN_COUNT = (
    r"(?:job[\s-]+)?starts?|starters?|referrals?|attachments?|participants?|customers?"
    r"|claimants?|people|persons?"
)
_FEW_WORDS = r"(?:\s+(?!(?:and|or|outcomes?|sustainments?)\b)[\w'\u2019.-]+){0,3}?"
_BECAME = (
    r"reach|achiev|got|gain|bec[oa]me|convert|led|lead|result|secur|earn|produc|generat|turn"
    r"|went|moved|had|have|has|were|paid|claim"
)
_NOTHING = (  # 'no job outcomes', 'outcomes fell to zero', 'Nobody in Wakefield reached one'
    r"\b(?:no|zero|nil)\s+(?:(?:paid|further|new|more|validated|recorded)\s+)?"
    rf"(?:{_OUTCOME_NOUN})\b(?!\s+(?:{_WHAT_IS_SHOWN})\b)"
    rf"|\b(?:{_OUTCOME_NOUN})(?:\s+(?:in|for|at|from|of)\s+[\w'\u2019]+)?\s*"
    r"(?:[:=\u2013-]|\b(?:were|was|are|is|fell\s+to|dropped\s+to|down\s+to|came\s+to))\s*"
    r"(?:zero|nil|none|nought)\b"
    rf"|\b(?:nobody|no[\s-]one|none\s+of(?:\s+[\w'\u2019]+){{0,4}}?\s+(?:{_SHOWN_COUNT}))\b"
    rf".*\b(?:{_BECAME})"
    # 'is yet to achieve a job outcome', 'has not had any', not 'have not yet been paid'
    r"|\b(?:has|have|had|is|are|was|were|did)(?:\s*n[o']t|\s+not\s+yet|\s+yet\s+to|\s+never)"
    rf"\s+[a-z]+\s+(?:a|an|any)\s+(?:{_OUTCOME_NOUN})\b"
)
_ALONE = (  # 'the only job outcome in Hull', 'our only prison leaver ... in work for 13 weeks'
    rf"\b(?:the|our|its|their|his|her|\w+['\u2019]s)\s+(?:only|sole)\b"
    rf"(?!(?:\s+[\w-]+){{0,2}}?\s+(?:{_WHAT_IS_SHOWN})\b)"
)
_EVERY_ONE_OF = rf"\b(?:all|every|each)(?:\s+of)?{_FEW_WORDS}\s+(?:{_SHOWN_COUNT})\b"
_EVERY_ONE = (
    rf"{_EVERY_ONE_OF}.*\b(?:{_BECAME})"
    rf"|\b(?:{_SHOWN_COUNT})\b\W{{0,3}}(?:all|each|every\s+one)\s+(?:{_BECAME})"
    rf"|\bconvert\w*\b.*(?<!\bby )(?<!\bfor ){_EVERY_ONE_OF}"  # not 'achieved by all ...'
    r"|\b(?:full|complete|perfect)\s+conversion"
)
_EQUAL = r"equal(?:led|ed|s|ling)?|match(?:ed|es|ing)?(?!\s+(?:to|with|against|up|by|on)\b)"
_AS_MANY_AS = (
    rf"\b(?:{_EQUAL}|same\s+(?:number\s+)?as|as\s+many\b.*\bas)\b.*\b(?:{_SHOWN_COUNT})\b"
    rf"|\b(?:{_SHOWN_COUNT})\b.*\b(?:{_EQUAL})\b"
    rf"|\b(?:{_OUTCOME_NOUN})\s*=\s*(?:{_SHOWN_COUNT})\b"
    rf"|\b(?:{_SHOWN_COUNT})\s*=\s*(?:{_OUTCOME_NOUN})\b"
)
_A_STATUS = re.compile(
    rf"\s*no\s+(?:{_OUTCOME_NOUN})(?:\s+(?:yet|achieved|claimed|paid))?\s*", re.IGNORECASE
)
_UNNUMBERED = re.compile(
    rf"{_COUNTED_TO_DATE}|{_NOTHING}|{_ALONE}|{_EVERY_ONE}|{_AS_MANY_AS}", re.IGNORECASE
)


def states_an_unnumbered_amount(words: str) -> bool:
    """Whether the words (of a text naming outcomes or telling of one) say how many with no
    number: outcomes counted to date by an ordinal, none, or every one or as many as of a
    count the copy shows."""
    return _A_STATUS.fullmatch(words) is None and _UNNUMBERED.search(words) is not None
