"""Whether a text states a share precise enough to give back the counts it was worked out from.

A note, title, header, label or sheet name typed by the provider quotes its percentages from
the unrounded figures. Shown to a decimal place they pin those figures down: "28.57% of JSA
Prison Leavers referred were attached" beside referrals and attachments shown as 0 (so each
below 10) can only be 2 of 7; "(0.17%)" after a label, beside a total shown as 4,140, is 7
referrals. A rate written as a fraction to three decimal places or more ("attachment rate
0.2857") is as precise. A whole percentage ("45% of referrals were ESA", "may not sum to 100%")
or a fraction to two places is kept, as are 0 and 100 % to any decimals, which say no count.
"""

from __future__ import annotations

import re

_DECIMAL_SHARE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})*|\d+)\.(\d+)\s*(?:%|per\s*cent\b)", re.IGNORECASE
)
# three decimal places or more, not money ("£12.505"), nor a piece of a date or version
_FINE_FRACTION = re.compile(r"(?<![\d.,£$€])(\d+)\.(\d{3,})(?![\d.,]|\s*%|\s*per\s*cent\b)", re.I)


def states_a_precise_share(text: str) -> bool:
    """Whether ``text`` holds a percentage written to a decimal place, other than 0 or 100, or a
    number (a rate as a fraction) written to three decimal places or more, not a whole one."""
    if "." not in text:
        return False  # most texts
    for match in _DECIMAL_SHARE.finditer(text):
        if float(f"{match.group(1).replace(',', '')}.{match.group(2)}") not in (0.0, 100.0):
            return True
    return any(not float(f"{w}.{d}").is_integer() for w, d in _FINE_FRACTION.findall(text))
