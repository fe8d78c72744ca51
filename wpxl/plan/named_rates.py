"""A rate named as the programme names a rate of outcomes, beside no outcome figure.

'Office | Referrals | Job starts | Conversion rate', the rate fitting no pair of the columns
(typed 0.31 where the starts over the referrals are 0.25): 'conversion' is the programme's word
for job outcomes over job starts, so the column was removed as 'a rate of job outcomes or
sustainments', said as a fact of a rate that may be of starts over referrals. The cover says
what is known now: the rate is named so, and no pair of the figures beside it gives it. Beside
one measure alone ('Job starts | Conversion rate'), it can only be of outcomes over those, and
the cover says so as before.
"""

from __future__ import annotations

import re

from wpxl.model import Coord, Measure, SheetAnalysis, Table
from wpxl.plan.averages import heading_texts
from wpxl.policy import OUTCOME_RATE_CAPITALS, OUTCOME_RATE_WORDS

NAMED_RATE = (
    "a rate named as the programme names a rate of job outcomes ('conversion', 'performance') "
    "that no pair of the figures beside it gives (if of outcomes, it reveals their volume)"
)
_NAMED = re.compile(
    rf"\b(?i:{'|'.join(OUTCOME_RATE_WORDS)})|(?<!\w)(?:{'|'.join(OUTCOME_RATE_CAPITALS)})(?!\w)"
)


def named_as_outcome_rate(analysis: SheetAnalysis, table: Table, coord: Coord) -> bool:
    """Whether the words heading the cell's column, or naming its line, are the programme's
    name for a rate of outcomes."""
    return any(_NAMED.search(text) is not None for text in heading_texts(analysis, table, coord))


def converts_between(table: Table, counts: list[Coord]) -> bool:
    """Whether the table's counts are of two measures or more, none of them outcomes: a
    conversion may be from one into the other."""
    measures = {table.measure_of(c) for c in counts} - {Measure.UNKNOWN}
    return len(measures) >= 2 and not any(m.is_outcome for m in measures)
