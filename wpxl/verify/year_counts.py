"""The proof's own reading of a count shaped like a year in a text about outcomes: "Leeds
achieved 2012 job outcomes", "Programme to date: Leeds 2012, Bradford 1999 job outcomes".

A number from 1900 to 2099 is let be as a year in a text about outcomes ("Job outcomes 2013"),
so a programme-to-date total of that size, quoted from outside the workbook, matched no figure
and stood. It is a count where the words around it make it one: a total's verb before it ("a
total of", "totalled"), or an achieving verb with words after it no year takes ("achieved 2012
job outcomes", not the header "Job outcomes achieved 2013"), a list of places each beside one
("Leeds 2012, Bradford 1999"), or words of a running total in the text ("programme to date",
"since the programme began", "so far") with no word reading it as a year ("in 2013", "year to
date 2013"). Written here, not taken from wpxl.plan, so that a slip there cannot blind the
proof.
"""

from __future__ import annotations

import re

from wpxl.verify.stated_figures import read_as_year

_YEAR_SHAPED = re.compile(r"(?<![\w.,/:-])(?:19|20)\d\d(?![\w/%:-]|[.,]\d)")
_ABOUT = r"(?i:a\s+total\s+of\s+|(?:some|around|about|over|almost|nearly|roughly)\s+)?$"
_TOTALLED = re.compile(  # a total's verb: a count wherever it stands
    rf"\b(?i:totall?ed|totall?ing|numbered|total\s+of|stands?\s+at|stood\s+at)\s+{_ABOUT}"
)
_ACHIEVED = re.compile(  # an achieving verb: a count where words follow that no year takes
    r"\b(?i:achieved|achieving|achieve|delivered|delivering|recorded|secured|claimed|gained"
    rf"|generated|made|reached|reaching)\s+{_ABOUT}"
)
_WORDS_AFTER = re.compile(
    r"\s+(?!(?i:to|and|onwards|q[1-4]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b)"
    r"[A-Za-z]"
)
_YEAR_WORD = re.compile(  # a word naming a year or a month, not a place
    r"^(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|fy|census|calendar|financial|year"
    r"|since|in|from|for|to|of|by|during|until|before|after|end|ending|q[1-4])"
)
_PLACE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_LIST_JOIN = re.compile(r"^\s*(?:[,;&]|and\b)\s*([A-Z][a-z]+)\s+$", re.IGNORECASE)
_RUNNING = re.compile(
    r"\b(?:programme|contract)\s+to\s+date\b|\bsince\s+(?:the\s+)?(?:programme|contract|start)\b"
    r"|\bsince\s+(?:we\s+)?(?:began|started|launched)\b|\bso\s+far\b|\bin\s+total\b"
    r"|\ball[\s-]time\b|\blifetime\b",
    re.IGNORECASE,
)
_DATE_BEFORE = re.compile(r"\bdate\s*,?\s*$", re.IGNORECASE)  # "year to date 2013"


def counts_a_year(text: str) -> bool:
    """Whether ``text`` says a count shaped like a year (see the module's docstring)."""
    found = [(m.start(), m.end()) for m in _YEAR_SHAPED.finditer(text)]
    if not found:
        return False
    running = _RUNNING.search(text) is not None
    placed: list[int] = []  # the ends of year-shaped numbers beside a place
    for start, end in found:
        before, after = text[:start], text[end:]
        if _TOTALLED.search(before) or (_ACHIEVED.search(before) and _WORDS_AFTER.match(after)):
            return True  # "a total of 1999", "achieved 2012 job outcomes"
        place = _PLACE_BEFORE.search(before)
        if place is not None and not _YEAR_WORD.match(place.group(1)):
            if any(_listed(text[p:start]) for p in placed):
                return True
            placed.append(end)
        if running and not read_as_year(before, after) and not _DATE_BEFORE.search(before):
            return True
    return False


def _listed(between: str) -> bool:
    """Whether the words between two year-shaped numbers list a place beside the second."""
    joined = _LIST_JOIN.match(between)
    return joined is not None and not _YEAR_WORD.match(joined.group(1))
