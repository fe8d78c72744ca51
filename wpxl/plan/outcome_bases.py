"""A count stated as a base or total on a sheet of outcomes: an outcome volume, rounded or not.

A provider's own breakdown of outcomes often states its base under it ("n = 380", "Base: 380",
"Total: 380"): the number of job outcomes the shares are of. Rounded to 20 or not, it is an
outcome volume, which may never be shared, though no word beside it names outcomes. So on a
sheet whose words name outcomes (its title, a header, a note) or which holds an outcome table,
a note, title, header or label stating a count so goes. "Total 2013" heads a year's column and
states no count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wpxl.analyse.words import measure_in
from wpxl.model import Measure, Table

_STATED = re.compile(
    r"\b(n|base|total|count|sum)\s*([=:]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(?![\d,]*\.\d)", re.IGNORECASE
)


def states_a_base(text: str) -> bool:
    """Whether ``text`` states a count as a base or total ("n = 380", "Base: 380")."""
    for match in _STATED.finditer(text):
        value = int(match.group(3).replace(",", ""))
        bare_total = match.group(1).lower() == "total" and not match.group(2)
        if not (bare_total and 1900 <= value <= 2100):
            return True
    return False


def of_outcomes(
    texts: Iterable[str], tables: Iterable[Table], measure_words: dict[Measure, tuple[str, ...]]
) -> bool:
    """Whether a sheet holding ``tables`` and ``texts`` holds an outcome table or a text
    naming outcomes."""
    if any(table.may_hold_outcomes for table in tables):
        return True
    measures = (measure_in(text, measure_words) for text in texts)
    return any(measure is not None and measure.is_outcome for measure in measures)
