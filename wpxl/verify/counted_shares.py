"""The proof's own reading of a count written with its share in one cell ('120 (12%)', as
published tables print a count beside its percentage of the total).

Such a text states its count as plainly as '120' does: under outcome words it is an outcome
volume, whether or not the count is a multiple of 20 (a copy carrying '120 (12%)' as words
under 'Job outcomes' passed). Never asked: analyse.
"""

from __future__ import annotations

import re

_COUNTED_SHARE = re.compile(r"^\s*\d[\d,]*(?:\.\d+)?\s*[(\[]\s*\d{1,3}(?:\.\d+)?\s*%\s*[)\]]\s*$")


def states_a_counted_share(text: str) -> bool:
    """A count and its percentage in brackets ('120 (12%)', '1,003 [100.0%]')."""
    return bool(_COUNTED_SHARE.match(text))
