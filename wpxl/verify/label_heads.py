"""The words over a label column of numbers, as the proof reads them: what a header says its
numbers number (an identifier, a cohort, an age band, a time since an event, a week, a payment
group), and the runs of numbers that need no total row under it (single years of age, period
codes). Read for ``label_figures``, which asks where such numbers stand.
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.verify.place_codes import names_bare_place
from wpxl.verify.spelt import BARE_NUMBER

MEASURE = re.compile(
    r"referr|attach|start|outcome|sustain|job|claimant|participant|people|person|volume"
    r"|count(?!r|y\b|ies)|number\s+of|total|sum\b|paid|payment",  # not Country, County
    re.IGNORECASE,
)
_IDENTIFIER = re.compile(
    r"^\s*(?:(?:[a-z]+\s+){0,3}?(?:code|id|ref\.?|reference|urn|ukprn|cpa)"
    r"(?:\s+(?:number|no\.?|code))?"
    r"|(?:jcp\s+|jobcentre\s+)?(?:office|site|jobcentre|jcp|district|ward|team|area|la|local\s+authority)"
    r"\s+(?:number|no\.?)|row\s+labels)"  # an Excel pivot's row field: its items
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# a cohort: the month (202304) or number of the group of people referred or attached together
COHORT = re.compile(
    r"^\s*(?:(?:referral|attachment|start)\s+)?cohort(?:\s+(?:month|number|no\.?))?\s*:?\s*$",
    re.IGNORECASE,
)
# a cohort named by its event alone ('Referral cohort'): the month it was referred (202304)
# or the group itself, whose number is how many were referred (137 beside each of its months
# stood unrounded as a key); a number under it names a row only with a period code's shape
EVENT_COHORT = re.compile(r"^\s*(?:referral|attachment|start)\s+cohort\s*:?\s*$", re.IGNORECASE)
# an age band (its words read for a measure) or a time since an event (which may name one)
_BAND = re.compile(
    r"^\s*(?:((?:weeks?|months?|days?)\s+(?:since|after|from|on)\s+[a-z ]+)"
    r"|(age(?:\s+\w+){0,2}(?:\s*\([a-z ]+\))?))\s*:?\s*$",
    re.IGNORECASE,
)
# a payment group's number (the guidance's 1 JSA 18-24 ... 9 JSA Prison Leavers): "payment"
# here names the group, not an amount paid
PAYMENT_GROUP = re.compile(
    r"^\s*(?:payment\s+groups?|pg)(?:\s+(?:number|no\.?))?\s*:?\s*$", re.IGNORECASE
)
# a week's number ("Week", "Week no."): weeks 13 to 18 over their total row, or one apart
_WEEK = re.compile(r"^\s*(?:weeks?|wk)\.?(?:\s+(?:number|no\.?))?\s*:?\s*$", re.IGNORECASE)


# the number of a payment each person had ('Number of sustainment payments | Participants'
# over 1, 2, 3 ... 13): each line's own number of payments, not a count of them ("payment"
# names an amount paid elsewhere), where they count from 1 (``counts_from_one``)
PAYMENTS_HAD = re.compile(
    r"^\s*(?:(?:number|no\.?)\s+of\s+)?(?:sustainment\s+)?payments?"
    r"(?:\s+(?:received|made|paid|had))?\s*:?\s*$",
    re.IGNORECASE,
)


def counts_from_one(numbers: list[int]) -> bool:
    """Three or more numbers counting from 1, one apart: the payments' own numbers."""
    return len(numbers) >= 3 and numbers == list(range(1, len(numbers) + 1))


def numbers_lines(header: str, first: bool) -> bool:
    """Whether a header names its column's numbers as the lines' own (``first``: the column is
    its table's first): a bare number word ('No.', '#') only there, the lines' own numbers left
    of their names."""
    return names_labels(header) or (first and BARE_NUMBER.match(header) is not None)


def may_name_lines(header: str) -> bool:
    """Whether the header may name its column's numbers as the lines' own, wherever the column
    stands: as ``numbers_lines`` says of a first column, or a place's kind alone ('Office')."""
    return numbers_lines(header, True) or names_bare_place(header)


def names_labels(header: str) -> bool:
    """A header naming identifiers (no measure among its words), ages, a time since an event
    ("Weeks since attachment": the measure it names is the event, not the figure), weeks or
    payment groups by number."""
    band = _BAND.match(header)
    if band is not None and band.group(1) is not None:
        return True
    if PAYMENT_GROUP.match(header) or _WEEK.match(header):
        return True
    if COHORT.match(header):
        return EVENT_COHORT.match(header) is None
    text = band.group(2) if band is not None else header
    named = band is not None or _IDENTIFIER.match(header) is not None
    return named and MEASURE.search(text) is None


def numbers_cohorts(numbers: list[int]) -> bool:
    """Cohorts numbered in order (4, 9, 11), 1 to 99: a cohort's size under 'Cohort' (412,
    398, 377 referred) is a count, however the column's numbers stand."""
    return all(1 <= n <= 99 for n in numbers) and all(b > a for a, b in pairwise(numbers))


def single_years(numbers: list[int]) -> bool:
    """Three or more numbers running one apart, none over 120 (ages 16, 17, 18 ...): a run of
    names standing without a total row."""
    return (
        len(numbers) >= 3 and numbers[-1] <= 120 and all(b - a == 1 for a, b in pairwise(numbers))
    )


def is_period_code(number: int) -> bool:
    """A month written yyyymm or a financial year written yyyyyy (201314)."""
    if 190001 <= number <= 210012 and 1 <= number % 100 <= 12:
        return True
    first, second = divmod(number, 100)
    return 1990 <= first <= 2099 and second == (first + 1) % 100
