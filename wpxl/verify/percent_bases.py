"""Invariant 8's other half: a percentage line's base counts each outcome once.

Areas stacked under one header, then an 'All areas' block whose JSA 18-24 adds up each area's
JSA 18-24: a percentage sheet that takes the 'All areas' lines for parts of the column's base
counts every outcome twice (each share half what it is, the grand total 50 %). The proof reads
it from the input the line's shares explain (``percent_recovery``): among the counts behind the
line's parts, a part whose count is, to the last digit, the sum of the counts of two or more
other parts of the same label (its innermost words), two or more of them not 0, is a total
taken for a part. Two such labels on one line (the 'All areas' block's lines, not a
coincidence of one) make the line's base wrong. So does a part whose words say it counts part
of another ('of which: disabled' under the Total): its outcomes are counted in the base twice
(the Total 74 %), unless it holds 0 there: the base is the same without it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

BASE_COUNTS_A_TOTAL = (
    "outcome percentages of a base that counts lines adding up others of it as parts too "
    "(each outcome counted twice); leave the lines that add up others out of the base"
)
BASE_COUNTS_A_SUBSET = (
    "outcome percentages of a base that counts an 'of which' line, a part of another line, as "
    "a part too (its outcomes counted twice); leave it out of the base"
)
_MIN_LABELS = 2
_OF_WHICH = re.compile(r"\bof\s+which\b", re.IGNORECASE)


def base_fault(keys: Sequence[tuple[str, ...]], counts: Sequence[int]) -> str | None:
    """What the base of a line whose parts (``keys``, their input ``counts``) its shares are
    shares of wrongly counts, if anything."""
    subsets = (n for key, n in zip(keys, counts, strict=True) if _OF_WHICH.search(" ".join(key)))
    if any(subsets):  # an 'of which' line holding 0 there adds nothing to the base
        return BASE_COUNTS_A_SUBSET
    return BASE_COUNTS_A_TOTAL if counts_a_total(keys, counts) else None


def counts_a_total(keys: Sequence[tuple[str, ...]], counts: Sequence[int]) -> bool:
    """Whether two or more labels of the line each have a part that adds up the line's other
    parts of that label (see the module's doc). ``keys``: each part's words, ``counts``: the
    input's count behind each part."""
    by_label: defaultdict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        by_label[key[-1] if key else ""].append(index)
    summed = 0
    for places in by_label.values():
        for place in places:
            others = [counts[i] for i in places if i != place]
            if counts[place] and sum(1 for o in others if o) >= 2 and counts[place] == sum(others):
                summed += 1
                break
    return summed >= _MIN_LABELS
