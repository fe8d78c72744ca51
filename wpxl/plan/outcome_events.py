"""Whether a note, title or label tells of an outcome without naming one: then it names outcomes.

A job outcome is paid after 13 or 26 weeks in work and a sustainment for each four weeks after,
so "3 JSA Prison Leavers reached 13 weeks in work", "2 jobs that lasted 6 months" or "kept their
job for 26 weeks" counts outcomes or sustainments without the words for them; and the programme
pays for outcomes, so a count of what was paid, claimed, triggered a payment, earned a fee,
was retained or converted ("3 payments were claimed for JSA Prison Leavers", "JSA Prison
Leavers: 3 paid") counts them too, as does a count of what was achieved or validated ("Leeds
achieved 9 this month", "7 validated"), which provider MI says of outcomes (a start is no
achievement the programme validates). So does an amount the provider took in under a finance
name ('Income to date: £429,600', 'Revenue', 'Turnover', 'Invoice total', 'Funding received'):
the programme's payments, whose sum over the tariff is their volume. With an amount in it such
a text goes, as one naming
outcomes does (wpxl.plan.quoting). A period of counting ("job starts in the last 13 weeks") or
a time before the job is no time in work: the words must say the job or the work lasted, was
reached or kept.
"""

from __future__ import annotations

import re

# and a count's: '(thousands)', "('000)", 'in thousands' say the figures' unit, not an amount
_UNIT = re.compile(
    r"[£$€]\s?'?000s?\b|[£$€]\s?(?:k|m|bn)\b|\(\s*(?:in\s+)?(?:thousands|'?000s?)\s*\)"
    r"|\bin\s+thousands\b|,\s*thousands\s*$",
    re.IGNORECASE,
)
LENGTH = r"\d+[\s-]?(?:weeks?|wks?|months?|mths?)\b"
_KEPT = (
    r"lasted|lasting|lasts? for|kept|keeps|keeping|stayed|stays|staying|remained|remains"
    r"|remaining|reached|reaching|hit|hits|hitting|passed|passing|completed|completing"
    r"|still (?:working|employed|in (?:work|employment|(?:a|the|their) jobs?))"
)
# What the provider takes in: the programme's payments under their finance names ('Income to
# date: £429,600' at the £1,200 tariff is 358 job outcomes), not a benefit named for income
# ('Income Support', 'income-related ESA', 'income-based JSA').
_TAKINGS = (
    r"income(?![\s-]+(?:support|related|based|tested)\b)|revenues?|turnover|invoices?|tariffs?"
    r"|receipts?|funding|(?:received|due)\s+from\s+(?:the\s+)?dwp"
)
_IN_WORK = r"in (?:work|employment|(?:a|the|their) jobs?|post)|employed|point|milestone"
_WORKED_FOR = r"(?:work|working|employment|employed|jobs?(?! starts?))\b[^.;:]{0,20}?\bfor"
PAID = (
    r"paid|payments?(?! groups?\b)|claims?|claimed|claimable|triggered|triggering|fees?"
    r"|earned|earning|retained|converted|conversions?|invoiced|billed"
    r"|achieved|validated"  # beside job starts, of outcomes only: 'Leeds achieved 9 this month'
    rf"|{_TAKINGS}"
)
_SAYS = re.compile(
    rf"\b(?:{_KEPT})\b[^.;:]{{0,40}}?\b{LENGTH}|\b{LENGTH}\s+(?:{_IN_WORK})"
    rf"|\b{_WORKED_FOR} (?:at least |over |more than )?{LENGTH}|\b(?:{PAID})\b",
    re.IGNORECASE,
)


def says_an_outcome_event(text: str) -> bool:
    """Whether ``text`` says people or jobs lasted, reached or kept a time in work, or were
    paid for, claimed, retained or converted."""
    return _SAYS.search(text) is not None


def without_units(text: str) -> str:
    """The text without a unit of money, whose zeros count nothing ("Paid, £000" heads amounts
    in thousands of pounds), or of counts ('Job outcomes (thousands)'): what is left is asked
    for an amount."""
    return _UNIT.sub(" ", text)
