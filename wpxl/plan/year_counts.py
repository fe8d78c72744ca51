"""Whether a text about outcomes says a count shaped like a year: "Leeds achieved 2012 job
outcomes", "Programme to date: Leeds 2012, Bradford 1999 job outcomes".

A number from 1900 to 2099 reads as a year in most texts, and a text about outcomes is let keep
one ("Job outcomes 2013", "2013 job outcomes"). Programme-to-date totals of outcomes run to such
numbers, and a note quoting one from outside the workbook matches no figure of it, so nothing
else takes it out. A year-shaped number is a count where its words say so: after a total's verb
("a total of", "totalled"), or an achieving verb with words after it no year takes ("achieved
2012 job outcomes"; "Job outcomes achieved 2013" heads a year's), beside a place in a list of
places each with one ("Leeds 2012, Bradford 1999"), or in a note on a running total ("programme
to date", "since the programme began", "so far") where no word reads it as a year (the caller's
``bare`` years, wpxl.plan.quoting.bare_years; not "year to date 2013").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_YEAR = r"(?:19|20)\d\d(?![\d/%-]|[.,]\d)"
_ABOUT = r"(?:a\s+total\s+of\s+|(?:some|around|about|over|almost|nearly|roughly)\s+)?"
# A total's verb reads a count wherever it stands ("totalled 2012"); an achieving verb, where
# words follow that no year takes ("achieved 2012 job outcomes", not "Job outcomes achieved
# 2013", a header, nor "achieved 2013 to date")
_ACHIEVED = re.compile(
    rf"\b(?:totall?ed|totall?ing|numbered|total\s+of|stands?\s+at|stood\s+at)\s+{_ABOUT}"
    rf"(?<![\d,.]){_YEAR}"
    r"|\b(?:achieved|achieving|achieve|delivered|delivering|recorded|secured|claimed|gained"
    rf"|generated|made|reached|reaching)\s+{_ABOUT}(?<![\d,.]){_YEAR}"
    r"(?=\s+(?!(?:to|and|onwards|q[1-4]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b)"
    r"[A-Za-z])",
    re.IGNORECASE,
)
# A place's name, not a month's or a year's word ("April 2013, May 2013", "Census 2011")
_NOT_A_PLACE = (
    r"(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|fy|census|calendar|financial|year"
    r"|since|in|from|for|to|of|by|during|until|before|after|end|ending|q[1-4])\w*\b)"
)
_PLACE_COUNT = rf"\b{_NOT_A_PLACE}[A-Z][a-z]+\s+{_YEAR}"
_LISTED = re.compile(rf"{_PLACE_COUNT}\s*(?:[,;&]|\band\b)\s*{_PLACE_COUNT}")
_RUNNING = re.compile(
    r"\b(?:programme|contract)\s+to\s+date\b|\bsince\s+(?:the\s+)?(?:programme|contract|start)\b"
    r"|\bsince\s+(?:we\s+)?(?:began|started|launched)\b|\bso\s+far\b|\bin\s+total\b"
    r"|\ball[\s-]time\b|\blifetime\b",
    re.IGNORECASE,
)
_AFTER_DATE = re.compile(rf"\bdate\s*,?\s*{_YEAR}", re.IGNORECASE)  # "year to date 2013"


def states_a_year_count(text: str, bare: Sequence[float]) -> bool:
    """Whether ``text`` says a count shaped like a year (see the module's docstring); ``bare``
    the year-shaped numbers in it that no word reads as a year."""
    if _ACHIEVED.search(text) or _LISTED.search(text):
        return True
    return bool(bare) and _RUNNING.search(text) is not None and not _AFTER_DATE.search(text)
