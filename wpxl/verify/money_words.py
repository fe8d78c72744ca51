"""Words that name an amount of money, as the proof reads a figure's row and column.

The programme pays for outcomes, so an amount over the published tariff gives their volume back
(wpxl.verify.outcomes counts such a figure as an outcome figure); a row naming a band of amounts
("£100 to £200", "No payment") counts people, not pounds, and a reason ("Non-payment of rates")
names no amount (the words after it are read).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_MONEY = re.compile(
    r"£|\b(?:gbp|(?<!non\s)(?<!non-)payments?(?!\s+groups?\b)|payments?(?!\s+groups?\b|\s+of\b)"
    r"|costs?|spend|amount|value|fees?|tariff\w*|income"
    r"|revenues?|invoiced?|invoices|billed|billing|turnover|expenditure"
    r"|funding|receipts|remittances?|remitted|pounds|sterling|cash|claw-?backs?|recoveries"
    r"|accruals?|accrued|rewards?|drawdowns?|drawn\s+down|proceeds|monies|profits?|budgets?"
    r"|(?<!with\s)(?<!without\s)(?<!no\s)earnings(?!\s+(?:disregards?|thresholds?|bands?"
    r"|conditions?)\b)|(?:total|sum|amounts?|value|cash)\s+paid"
    r"(?!\s+(?:job|starts?|outcomes?|sustain\w*|jos?|sps?)\b)|paid\s+(?:to\s+date|out))\b",
    re.IGNORECASE,
)
_POUNDS = r"£\s?\d[\d,]*(?:\.\d+)?"
_AMOUNT_BAND = re.compile(  # a row of people by the amount they had, not an amount
    rf"^\s*(?:{_POUNDS}\s*(?:to|-|\u2013|and\s+under|up\s+to)\s*{_POUNDS}"
    rf"|{_POUNDS}\s*(?:\+|or\s+(?:over|more|above|less|under)|and\s+(?:over|above|more))"
    rf"|(?:under|below|less\s+than|up\s+to|over|above|more\s+than)\s+{_POUNDS}"
    rf"|{_POUNDS}|no\s+payments?|nil(?:\s+award)?|zero\s+award)\s*$",
    re.IGNORECASE,
)


# ordinary words or names as often ('Jo Price', 'Grant Shaw'): money only as a whole text
_MONEY_ALONE = re.compile(
    r"\s*(?:total\s+)?(?:grants?|bonus(?:es)?|awards?|settlements?|balances?|prices?)\s*:?\s*",
    re.IGNORECASE,
)


def names_money(words: str) -> bool:
    """Whether the words (joined names already apart) name an amount of money."""
    return _MONEY.search(words) is not None or _MONEY_ALONE.fullmatch(words) is not None


def is_amount_band(text: str) -> bool:
    """Whether the text names a band of amounts people had ("£0 to £100"), not an amount."""
    return _AMOUNT_BAND.match(text) is not None


_VALUE = re.compile(r"\s*(?:values?|amounts?)\s*", re.IGNORECASE)


def is_value_alone(text: str) -> bool:
    """'Value' as a whole header: money over figures of no measure ('Number | Value' of
    attachments: their fees), a count over a line naming its measure ('Measure | Value')."""
    return _VALUE.fullmatch(text) is not None


def money_at(
    value: object,
    left: list[str],
    heads: list[str],
    money: Callable[[str], bool],
    names: Callable[[str], str | None],
) -> bool:
    """Whether a figure (``value``) is money by the texts ``left`` of it on its row or its
    column's ``heads``: a label naming a band of amounts ("£0" under "Award amount (bands)")
    is no amount, nor 'Value' alone over a line whose words ``names`` a measure ('Referrals to
    date | 18,213')."""
    if isinstance(value, str) and is_amount_band(value):
        return False
    priced = [t for t in heads if money(t)]
    if priced and not (all(map(is_value_alone, priced)) and any(map(names, left))):
        return True
    return any(map(money, left))
