"""The period an outcome table's title names, which the percentage sheet's intro repeats.

The period ran from its first word to the title's end, an aside in brackets and all: a title
'Job outcomes, 2013/14 (Jane on leave)' gave the intro 'in 2013/14 (Jane on leave on sheet
...', its bracket never closed ('Jane' was read as January too). An aside in brackets naming
no period says nothing of when ('provisional', who prepared it, a remark), so it lends the
intro nothing; one naming a period ('2013/14 (April to June)') is part of it.
"""

from __future__ import annotations

import re

# a month whole or cut short: 'Jane' or 'Marcus' is no month
_PERIOD = re.compile(
    r"\b(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?|q[1-4]\b|(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
# an aside in round brackets, closed or running to the title's end
_ASIDE = re.compile(r"\s*\(([^()]*)(?:\)|$)")


def period_in(title: str) -> str | None:
    """The period a table's title names ("April to September 2013"), if it names one, without
    the asides in brackets that name none and with no bracket left unclosed."""
    match = _PERIOD.search(title)
    if match is None:
        return None
    period = _ASIDE.sub(
        lambda aside: aside.group(0) if _PERIOD.search(aside.group(1)) else "",
        title[match.start() :],
    )
    if period.count("(") != period.count(")"):  # one opened before the period or nested
        period = period.replace("(", " ").replace(")", " ")
    return " ".join(period.split()).strip(" ,.;:-") or None
