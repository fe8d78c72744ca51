"""Whether a carried text holds contact or personal details, so must go.

Published workbooks end with "Email: statistics@..." or a postal address, and MI packs can hold
a named person's details; the copy may show none of them. The proof looks for such details in
every part of the written file with its own patterns; the plan takes the cells out first, so a
workbook with them goes through (each removal listed) instead of failing its proof.
"""

from __future__ import annotations

import re

_DETAILS = re.compile(
    r"[^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,}"  # an e-mail address
    r"|(?<!\d)(?:\+\s?44\s?(?:\(0\))?|0)[\s\d]{9,13}(?!\d)"  # a UK phone number, maybe spaced
    r"|\b[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\b"  # a postcode
    r"|\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"  # a National Insurance number
)


def holds_contact_details(text: str) -> bool:
    """Whether ``text`` holds an e-mail address, phone number, postcode or NI number."""
    if not any(ch.isdigit() for ch in text) and "@" not in text:
        return False  # most labels and notes: nothing to look for
    return _DETAILS.search(text) is not None
