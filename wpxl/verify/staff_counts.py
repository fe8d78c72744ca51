"""Lines counting members of staff: 'Advisers', 'No. of work coaches', 'Staff (FTE)'.

A count of staff beside job starts ('Job starts | Conversions | Advisers') is no status of the
starts: the starts less those paid or converted are the starts not yet paid, never the
advisers, so such a line is no part of a breakdown of the starts by status and keeps its own
reading (a count, rounded as the table's other counts are). Headed over figures, the role is no
corner over names across either ('Job starts | Advisers | Conversions': 'Conversions' was
removed as an adviser's name). This is the proof's own reading, twin of the plan's
(wpxl.analyse.staff_counts), so a misreading there cannot blind it.
"""

from __future__ import annotations

import re

_STAFF = re.compile(
    r"(?:(?:no\.?|number|count|total|fte|headcount)\s+(?:of\s+)?)?"
    r"(?:(?:employment|personal|job|work|careers?|specialist|senior)\s+)?"
    r"(?:advis[eo]rs|coaches|staff(?:\s+members)?|members\s+of\s+staff|case\s?workers"
    r"|key\s?workers|consultants|team\s+leaders|managers|(?-i:PAs)|employees|fte|headcount)"
    r"(?:\s*\((?:fte|headcount|n|no\.?)\)|\s+(?:fte|headcount|in\s+post|employed))?",
    re.IGNORECASE,
)


def counts_staff(text: str) -> bool:
    """Whether a line's words say it counts members of staff (``_STAFF``, whole)."""
    return _STAFF.fullmatch(" ".join(text.replace(":", " ").split())) is not None
