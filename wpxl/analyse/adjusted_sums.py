"""A total with a number typed into its formula ('=SUM(B3:B6)+12'), said for what it is.

An analyst adjusts a total by hand for people the table leaves out: '=SUM(B3:B6)+12'. wpxl
rebuilds a total as the sum of its rounded parts, and such a one is removed, since the typed
number is a figure it cannot round where it stands, nor show in a formula without quoting it.
The cover said only 'a formula wpxl does not rebuild (over B3:B6)', leaving the analyst to
guess why a plain sum went; it says what in the formula stopped it now, and what to do.
"""

from __future__ import annotations

import re

from wpxl.analyse.formulas import Structured, sum_refs

ADJUSTED = (
    "a total with a number typed into its formula (over {over}): an adjustment wpxl cannot "
    "round or show there; type it in a labelled cell of its own and wpxl rebuilds the total"
)
_NUMBER = r"\d+(?:\.\d+)?"
_AFTER = re.compile(rf"^=?\s*(?P<sum>.+?)\s*[-+]\s*{_NUMBER}\s*$")
_BEFORE = re.compile(rf"^=?\s*{_NUMBER}\s*\+\s*(?P<sum>.+?)\s*$")


def adjusted_sum(formula: str, structured: Structured | None = None) -> bool:
    """Whether ``formula`` is a pure sum (``sum_refs``) with a number added or taken away."""
    found = _AFTER.match(formula) or _BEFORE.match(formula)
    return found is not None and sum_refs(found["sum"], structured) is not None
