"""A note in a line's label stating a count ('Leeds (6 sustainments)'), read apart from the line.

Job outcomes by office and payment group, Leeds' line labelled 'Leeds (6 sustainments)': the
measure word in the bracket named the line, so Leeds' job outcomes were read as sustainments
and the percentage sheet was called 'Sustainments and job outcomes %' (or, in a table of one
column, every line was taken for a breakdown of its own and the outcomes went with no share
shown). A bracket opening with a count and words ('(6 sustainments)', '(12 JOs)') is a note on
the line, which the plan removes as stating an amount; the line is what the rest of its label,
its column or its table names. A bracket opening with a time ('(26 weeks)') is left: a job
start that lasted is an outcome.
"""

from __future__ import annotations

import re

_COUNTED_NOTE = re.compile(
    r"\(\s*\d[\d,]*\s+(?!(?:weeks?|wks?|months?|mths?|days?|years?|yrs?)\b)[^()]*\)",
    re.IGNORECASE,
)


def without_counted_notes(label: str) -> str:
    """The label without a bracket opening with a count ('Leeds (6 sustainments)': 'Leeds')."""
    return _COUNTED_NOTE.sub(" ", label) if "(" in label else label  # most labels: no bracket
