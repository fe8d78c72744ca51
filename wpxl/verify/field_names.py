"""The proof's own reading of an extract's field names in small letters ('jo_count', 'n_jo').

Outcome abbreviations are read in capitals only ('Jo' is a name), but a field made of small
letters and figures joined by '_' names no person: a part of it that is an outcome
abbreviation ('jo', 'jos', 'jop', 'sp', 'sust') names outcomes, and counts under it carried as
another measure's are outcome volumes shown (guidance R2). Apart from the analysis's reading
(wpxl.analyse.field_names), which the proof may not share.
"""

from __future__ import annotations

import re

_NAMES_OUTCOMES = re.compile(r"(?:[a-z0-9]+_)*(?:jo|jos|jop|jops|sp|sps|sust|susts)(?:_[a-z0-9]+)*")


def field_names_outcomes(text: str) -> bool:
    """Whether ``text`` is a small-letter field name, joined by '_', with an outcome
    abbreviation as one of its parts, or such an abbreviation alone, the whole of a header
    ('la | js | jos': a field of one part)."""
    return _NAMES_OUTCOMES.fullmatch(text.strip()) is not None
