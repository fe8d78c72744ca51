"""The proof's own reading of a text telling of outcomes without naming them.

The programme pays a job outcome after 13 or 26 weeks in work and a sustainment for each four
weeks after, so "3 JSA Prison Leavers reached 13 weeks in work", "2 jobs that lasted 6 months"
or "kept their job for 26 weeks" counts outcomes or sustainments without naming them; it pays
for nothing else, so a count of what was paid, claimed, triggered a payment, earned a fee, was
retained or converted counts them too ("3 payments were claimed for JSA Prison Leavers"), as
does one achieved or validated ("Leeds achieved 9 this month", "7 validated"), and an amount
the provider took in under a finance name ("Income to date: £429,600", "Turnover", "Invoice
total", "£429,600 received from DWP"; not "Income Support", a benefit). With
an amount in it, such a text states an outcome volume (wpxl.verify.amounts judges it as a text
naming outcomes). A period of counting ("in the last 13 weeks") or a time before the job is no
time in work: the words must say the job or the work lasted, was reached or kept.
"""

from __future__ import annotations

import re

# and a count's: '(thousands)', "('000)", 'in thousands' say the figures' unit, not an amount
_UNIT = re.compile(
    r"[£$€]\s?'?000s?\b|[£$€]\s?(?:k|m|bn)\b|\(\s*(?:in\s+)?(?:thousands|'?000s?)\s*\)"
    r"|\bin\s+thousands\b|,\s*thousands\s*$",
    re.IGNORECASE,
)
_TIME = r"\d+[\s-]?(?:weeks?|wks?|months?|mths?)\b"
_EVENT = re.compile(
    r"\b(?:lasted|lasting|lasts? for|kept|keeps|keeping|stayed|stays|staying|remained"
    r"|remains|remaining|reached|reaching|hit|hits|hitting|passed|passing|completed|completing"
    r"|still (?:working|employed|in (?:work|employment|(?:a|the|their) jobs?)))\b"
    rf"[^.;:]{{0,40}}?\b{_TIME}"
    rf"|\b{_TIME}\s+(?:in (?:work|employment|(?:a|the|their) jobs?|post)|employed|point"
    r"|milestone)"
    r"|\b(?:work|working|employment|employed|jobs?(?! starts?))\b[^.;:]{0,20}?\bfor "
    rf"(?:at least |over |more than )?{_TIME}"
    r"|\b(?:paid|payments?(?! groups?\b)|claims?|claimed|claimable|triggered|triggering"
    r"|fees?|earned|earning|retained|converted|conversions?|invoiced|billed"
    r"|achieved|validated"  # 'Leeds achieved 9 this month', '7 validated'
    r"|income(?![\s-]+(?:support|related|based|tested)\b)|revenues?|turnover|invoices?"
    r"|tariffs?|receipts?|funding|(?:received|due)\s+from\s+(?:the\s+)?dwp)\b",
    re.IGNORECASE,
)


def says_an_outcome_event(text: str) -> bool:
    """Whether ``text`` says people or jobs lasted, reached or kept a time in work, or were
    paid for, claimed, retained or converted."""
    return _EVENT.search(text) is not None


def without_units(text: str) -> str:
    """The text without a unit of money, whose zeros count nothing ("Paid, £000" heads amounts
    in thousands of pounds), or of counts ('Job outcomes (thousands)'): what is left is asked
    for an amount."""
    return _UNIT.sub(" ", text)
