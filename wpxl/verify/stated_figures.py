"""A figure of the input stated as one in a text of the copy, however small or shaped like a year.

The proof judges most numbers in words by their size (wpxl.verify.texts): in a note a number
under 25 ("Table 3", "5 sheets"), in a label one under 100 ("Top 50"), and any year-shaped
number are let be. Said as a figure, such a number is one, and a reader takes it for the count
it equals: "ESA flow (3)", "...: 17 in the quarter", "JSA 18-24 (1998)", "job outcomes: 1998",
"JOs 1998". So a number stated so (alone or first in brackets, after a colon or an equals
sign), or shaped like a year that no word around it reads as one ("JOs 1998", "1998
referrals"), may not be one of the input's figures that rounding would change, unless the copy
shows that figure itself (a year header, a code) and so quoting it tells nothing.

What states no figure is left alone, as the plan leaves it (wpxl.plan.quoting, which this
module does not read): a percentage, a length of time, an age band, a day of a month, a
reference ("Table 3"), money, a number after a colon that a reference or a numbered kind
names ("Version: 3", "Payment group: 1"), a year its words read as one ("April 2013", "in
2013", "2013/14", "2013 Q1"), and a year alone ("2013" as a header). A sheet's name is held
to the figures it states in brackets or after a colon only: a bare year-shaped number in a
name ("Referrals 1998") is left to the rules for names, as the plan leaves it.
"""

from __future__ import annotations

import re

STATED_FIGURE = "a figure of the input stated in words (it could give the unrounded count back)"

# The shapes wpxl.verify.values.token_shape names that state no figure; "year" is judged here
_NO_FIGURE = frozenset({"percentage", "measure", "age band", "date", "reference", "money"})
_JOINED_AFTER = re.compile(r"[/:-]\d")
_OPEN_BRACKET = re.compile(r"\(\s*$")
_CLOSE_BRACKET = re.compile(r"\s*\)|\s+[a-z]", re.IGNORECASE)
_OTHER_OPEN, _OTHER_CLOSE = re.compile(r"[\[{<]\s*$"), re.compile(r"\s*[\]}>]")
# After a colon or an equals sign: not a time ("10:30" is no token) nor figures joined
# ("137:1234"), so the sign follows a word, or a number and then a space ("2024/25: 17")
_SIGN = re.compile(r"(?:(?<![\d\s:=])\s*[:=]\s*|(?<=\d)[:=]\s+)$")
_NAMED_AFTER = re.compile(
    r"\b(?:table|notes?|figure|chart|annex|appendix|section|page|part|sheet|tab|step|phase|wave"
    r"|tier|level|stage|version|no\.?|number|item|line|row|column|col|cohort|group|type"
    r"|category|class|band|grade|priority|pg|area|zone|lot|route|strand|pathway|option"
    r"|district|region|ward|site|office|team|cpa|ref(?:erence)?|code|id)\s*[:=]\s*$",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# The words that read a year-shaped number as a year, before it or after it
_YEAR_BEFORE = re.compile(
    rf"(?:\b(?:{_MONTH}|fy|q[1-4]|years?|in|since|from|for|during|until|to|of|by|before|after"
    r"|census|calendar|financial|end|ending)[\s'-]*|[/-])$",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(rf"\s*(?:(?:q[1-4]|{_MONTH}|to|and|onwards)\b|[/-]\d)", re.IGNORECASE)
# but "to" after a count's change reads the amount it reached: "came to 2031", "rose to 2031"
_REACHED = re.compile(
    r"\b(?:came|comes?|rose|rises?|risen|fell|falls?|fallen|grew|grows?|grown|(?:in|de)creased"
    r"|dropped|climbed|amounted|amounts?|added\s+up|adds\s+up|jumped|reduced|equal|equals)"
    r"\s+to\s*$",
    re.IGNORECASE,
)
_YEAR_SHAPED_FIRST, _YEAR_SHAPED_LAST = 1900, 2099


def states_a_figure(
    value: float, before: str, after: str, shape: str | None, bare_years: bool = True
) -> bool:
    """Whether a number of a text (``before`` and ``after`` it; ``shape`` as token_shape read
    it, None for a number spelt in words) is stated as a figure, whatever its size.
    ``bare_years`` false (a sheet's name): a year-shaped number no word reads as a year is
    left to the rules for names ("Referrals 1998" names a year's sheet as readily)."""
    if not value.is_integer() or shape in _NO_FIGURE or _JOINED_AFTER.match(after):
        return False  # "Checked: 307/111": figures side by side, judged as such
    if _OPEN_BRACKET.search(before) and _CLOSE_BRACKET.match(after):
        return True  # "ESA flow (3)", "(17 referrals)", "JSA 18-24 (1998)"
    if value >= 10 and _OTHER_OPEN.search(before) and _OTHER_CLOSE.match(after):
        return True  # "Leeds [41]", "Leeds {41}"; not a footnote's mark, "Leeds [1]"
    if _SIGN.search(before):
        return value >= 100 or _NAMED_AFTER.search(before) is None  # not "Payment group: 1"
    if not bare_years or shape != "year" or not _YEAR_SHAPED_FIRST <= value <= _YEAR_SHAPED_LAST:
        return False
    if not before.strip() and not after.strip():
        return False  # a year alone: a header's
    return not read_as_year(before, after)  # "JOs 1998", "came to 1998"


def read_as_year(before: str, after: str) -> bool:
    """Whether the words ``before`` and ``after`` a year-shaped number read it as a year ("in
    2013", "April 2013", "2013 Q1"); not the amount a count reached ("came to 2013")."""
    before_reads = _YEAR_BEFORE.search(before) is not None and not _REACHED.search(before)
    return before_reads or _YEAR_AFTER.match(after) is not None
