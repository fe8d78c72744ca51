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
# what the words just before the period say of it: its first day ('1 April to 30 June 2014'),
# and a bound ('cumulative since June 2011', 'up to 31 March 2014', 'as at 30 September 2014',
# 'week ending 3 October 2014'), which the intro took for the time the figures fell in ('in June
# 2011', 'in March 2014', 'in October 2014')
_BOUND = re.compile(
    r"(?:\b(?:(?P<word>since|from|up\s+to|until|till|to|before|after|as\s+(?:at|of))"
    r"|(?P<span>(?:week|month|quarter|year|period)\s+end(?:ing|ed)))\s+)?"
    r"(?:(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s+)?$",
    re.IGNORECASE,
)
# an aside in round brackets, closed or running to the title's end
_ASIDE = re.compile(r"\s*\(([^()]*)(?:\)|$)")


def period_in(title: str) -> str | None:
    """The period a table's title names, as the intro says it: "in April to September 2013",
    "since June 2011", "up to 31 March 2014", if it names one, without the asides in brackets
    that name none and with no bracket left unclosed."""
    match = _PERIOD.search(title)
    if match is None:
        return None
    bound = _BOUND.search(title, 0, match.start())
    start = bound.start() if bound is not None else match.start()
    period = _ASIDE.sub(
        lambda aside: aside.group(0) if _PERIOD.search(aside.group(1)) else "",
        title[start:],
    )
    if period.count("(") != period.count(")"):  # one opened before the period or nested
        period = period.replace("(", " ").replace(")", " ")
    period = " ".join(period.split()).strip(" ,.;:-")
    if not period:
        return None
    if bound is not None and bound.group("word"):
        return period
    return f"in the {period}" if bound is not None and bound.group("span") else f"in {period}"
