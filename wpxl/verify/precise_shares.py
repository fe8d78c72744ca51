"""Invariant 2 for a share in words: no text of the copy states a percentage to a decimal place.

The provider's notes, titles, headers and labels quote percentages worked out from the unrounded
figures. Written to a decimal place such a share gives them back beside the rounded figures the
copy shows ("28.57% of JSA Prison Leavers referred were attached", beside referrals and
attachments shown as 0, is 2 of 7; a label's "(0.17%)" beside a total of 4,140 is 7), and so
does a rate written as a fraction to three places ("attachment rate 0.2857"). wpxl's own
percentages are figures on its percentage sheets, never words; its own sentences are not asked.
A share of 0 or 100 %, or a whole number written with decimals, says no count.
"""

from __future__ import annotations

import re

PRECISE_SHARE = "a percentage to a decimal place in words, which could give its counts back"
_SHARE = re.compile(r"(?<![\d.,])(\d[\d,]*)\.(\d+)\s*(?:%|per\s*cent\b)", re.IGNORECASE)
_FRACTION = re.compile(r"(?<![\d.,£$€])(\d+)\.(\d{3,})(?![\d.,])")  # "0.2857", not "£12.505"
_ASKED = ("label", "title", "percent", "name")  # the input's words carried: not wpxl's


def states_a_precise_share(text: str, role: str) -> bool:
    if role not in _ASKED or "." not in text:
        return False
    shares = [_value(whole, decimals) for whole, decimals in _SHARE.findall(text)]
    fractions = [_value(whole, decimals) for whole, decimals in _FRACTION.findall(text)]
    return any(v not in (0.0, 100.0) for v in shares) or any(not v.is_integer() for v in fractions)


def _value(whole: str, decimals: str) -> float:
    return float(f"{whole.replace(',', '')}.{decimals}")
