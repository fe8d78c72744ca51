"""A title naming outcomes alone, then what they are broken down by: its lines are kinds.

'Job outcomes by referral source' over 'JCP referral' and 'Self-referral', 'Job outcomes by
route' over 'Referred by Jobcentre Plus', 'Job outcomes by job start' over 'Full-time job
start': each line's words hold another measure's word, but they name a kind of the breakdown,
not a line of referrals or starts. Read as their own words say, such lines were shown as
counts rounded to 20: outcome volumes (a leak the proof passed, reading them alike). Under such
a title no line's words make it another measure; a title naming another measure too ('Referrals
and job outcomes by area'), or a rate ('Job outcome rate by area'), leaves its lines their own.
The proof reads such titles for itself (wpxl.verify.outcomes).
"""

from __future__ import annotations

import re

from wpxl.analyse.words import header_measure, is_rate_words, measures_named
from wpxl.model import Measure

_BY = re.compile(r"\bby\b", re.IGNORECASE)


def outcomes_by(title: str, measure_words: dict[Measure, tuple[str, ...]]) -> bool:
    """Whether ``title`` names outcomes, and no other measure nor a rate, before its 'by'."""
    parts = _BY.split(title, maxsplit=1)
    if len(parts) < 2 or is_rate_words(parts[0]):
        return False
    measure = header_measure(parts[0], measure_words)
    if measure is None or not measure.is_outcome:
        return False
    named = {word.lower() for word in measures_named(parts[0], measure_words)}
    others = {w.lower() for m, words in measure_words.items() if not m.is_outcome for w in words}
    return not named & others
