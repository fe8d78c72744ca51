"""Lines named by two values of one characteristic: neither is a total of the other.

A one-column table of referrals by gender, then by age ('Male 33 | Female 20 | 18-24 13 |
25-49 ...', no heading lines): one column asks a total to add up in one place alone, so 'Male'
the sum of 'Female' and '18-24' by chance was read as their total and written as a SUM, a real
count shown as a total it is not. A reader knows better from the words: a gender holds no other
gender, an age band no band outside it ('18-24' over '25-49'), 'Disabled' not 'Not disabled'.
A line named a value of a characteristic over lines one of which names another value of it,
not within its own, and that no other total adds up, is no total (as payment groups are not:
``payment_groups`` asks both). 'Male' over its own age bands, '16-64' over '16-24' and
'25-49', 'All' over anything, are read by arithmetic as before.
"""

from __future__ import annotations

import re

_GENDERS = {"male": "m", "males": "m", "men": "m", "female": "f", "females": "f", "women": "f"}
_DISABILITY = {
    "disabled": "yes",
    "disability": "yes",
    "with a disability": "yes",
    "not disabled": "no",
    "non-disabled": "no",
    "no disability": "no",
    "without a disability": "no",
}
_RANGE = re.compile(r"^(?:aged?\s+)?(\d{1,3})\s*(?:-|\u2013|to)\s*(\d{1,3})(?:\s*years?)?$")
_OVER = re.compile(r"^(?:aged?\s+)?(\d{1,3})\s*(?:\+|(?:and|or)\s+(?:over|above|older|more))$")
_UNDER = re.compile(r"^(?:aged?\s+)?(?:under|less than|below)\s+(\d{1,3})$")
_OLDEST = 200


def _value(label: str) -> tuple[str, object] | None:
    """The characteristic a label names a value of, and the value (an age band as its ends)."""
    text = " ".join(label.split()).casefold()
    if text in _GENDERS:
        return "gender", _GENDERS[text]
    if text in _DISABILITY:
        return "disability", _DISABILITY[text]
    if found := _RANGE.match(text):
        low, high = int(found[1]), int(found[2])
        return ("age", (low, high)) if low <= high else None
    if found := _OVER.match(text):
        return "age", (int(found[1]), _OLDEST)
    if found := _UNDER.match(text):
        return "age", (0, int(found[1]) - 1)
    return None


def _outside(whole: object, part: object, kind: str) -> bool:
    """Whether ``part`` is another value of the characteristic than ``whole``, not within it."""
    if kind != "age":
        return part != whole
    (low, high), (first, last) = whole, part  # type: ignore[misc]
    return first < low or last > high


def names_a_sibling(label: str, parts: list[str]) -> bool:
    """Whether ``label`` names a value of a characteristic and a part names another, outside it."""
    whole = _value(label)
    if whole is None:
        return False
    for part in parts:
        other = _value(part)
        if other is not None and other[0] == whole[0] and _outside(whole[1], other[1], whole[0]):
            return True
    return False
