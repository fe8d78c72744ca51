"""The proof's own reading of lines named by Work Programme payment groups: none of them is a
total of the others.

'JSA 18-24 | JSA 25+ | ESA Flow | IB/IS Volunteers' down a table: each group holds its own
participants, whatever its figures add up to; 'IB/IS Volunteers' the sum of the three groups over
it in every year, by chance, is no total of theirs, and rounded on its own is right. A line of
other words among them ('All groups', 'JSA' over 'JSA 18-24' and 'JSA 25+') is still read by its
figures. Read from the input's words alone, in the proof's own list (its twin in the plan is
wpxl.analyse.payment_groups); the analyse stage is never asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_GROUPS = frozenset(
    {
        "jsa 18-24",
        "jsa 25+",
        "jsa early access",
        "jsa ex-ib",
        "jsa ex-incapacity benefit",
        "jsa prison leavers",
        "esa volunteers",
        "esa flow",
        "esa ex-ib",
        "ib/is volunteers",
    }
)
_DASH = re.compile(r"\s*[-\u2013\u2014]\s*")


def payment_groups_alone(labels: Iterable[str]) -> bool:
    """Whether every label names a payment group, none twice: lines none of which is a total."""
    names = [_DASH.sub("-", " ".join(label.split()).casefold()) for label in labels]
    return bool(names) and set(names) <= _GROUPS and len(set(names)) == len(names)
