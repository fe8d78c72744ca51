"""Numbers written inside text, for finding a figure quoted in a note or a package part."""

from __future__ import annotations

import re
from collections.abc import Collection

# Digits joined to letters (B47), or to -, / and : (18-24, 2013/14, 10:30, dates) are not figures.
_NUMBER = re.compile(r"(?<![\w.,/:-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w/:-]|[.,]\d)")
MIN_QUOTED = 25  # smaller numbers in words ("JSA 18-24", "Table 3") are not taken as figures


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# "30 June 2022", "week ending 7 January", "June 30, 2022": the day of a date, not a figure
_DAY_OF_DATE = re.compile(
    rf"\b(?:[0-3]?\d(?:st|nd|rd|th)?\s+{_MONTH}\b|{_MONTH}\s+[0-3]?\d(?:st|nd|rd|th)?"
    rf"(?=,?\s+(?:19|20)\d\d\b))",
    re.IGNORECASE,
)


_YEAR = r"(?:1[89]\d\d|20\d\d)"
# "1938 to 2021", "1838 onwards", "since 1971": older years, named as years by their words
_YEARS_NAMED = re.compile(
    rf"\b{_YEAR}\s*(?:to|-|\u2013|and)\s*{_YEAR}\b|\b{_YEAR}\s+onwards\b"
    rf"|\b(?:since|from|in|for|during|until|before|after|year|census)\s+{_YEAR}\b",
    re.IGNORECASE,
)


def numbers_in_text(text: str) -> list[float]:
    """Numbers that could be a quoted figure: 25 or more, not a year, not the day of a date."""
    found = []
    for token in _NUMBER.findall(_DAY_OF_DATE.sub(" ", _YEARS_NAMED.sub(" ", text))):
        number = float(token.replace(",", ""))
        if number >= MIN_QUOTED and not (number.is_integer() and 1990 <= number <= 2100):
            found.append(number)
    return found


# "Referrals (n=1,234)", "base: 47", "total 312": a figure stated as such, whatever its size.
_STATED = re.compile(
    r"\b(?:n\s*[=:]|(?:base|total|count)\s*[=:]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(?![\w/:-])", re.I
)  # "n" only with its sign: "N92000002" is an area code, not n = 92000002
MIN_IN_LABEL = 100  # row labels and headers name groups ("JSA 25+", "Top 50"): only bigger numbers


def figures_quoted(text: str, label: bool) -> list[float]:
    """Numbers in a carried text that could give a figure away.

    Notes and titles: any number of 25 or more that is not a year. Headers and row labels name
    groups with small numbers in them, so only 100 or more.
    """
    found = numbers_in_text(text)
    return [n for n in found if n >= MIN_IN_LABEL] if label else found


def stated_counts(text: str) -> list[float]:
    """Numbers a text states as a count or base ("n=1,234"): figures whatever their size."""
    return [float(m.replace(",", "")) for m in _STATED.findall(text)]


def could_quote_a_figure(text: str, label: bool = True) -> bool:
    """Whether a text wpxl would repeat (in a report, a grid, a description) could give a figure
    away, judged without the workbook's figures: a stated count, or a number ``figures_quoted``
    takes for a figure (headers and labels: 100 or more; titles and notes: 25 or more)."""
    return bool(figures_quoted(text, label) or stated_counts(text))


def quotes_a_figure(text: str, forbidden: Collection[float], base: int) -> bool:
    """Whether a name quotes one of the workbook's figures that must not appear, or states a
    count that is not rounded: the label rule, once the figures are known."""
    return any(n in forbidden for n in figures_quoted(text, label=True)) or any(
        n % base for n in stated_counts(text)
    )
