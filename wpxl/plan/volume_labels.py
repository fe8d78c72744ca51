"""Whether a label of an outcome table states an amount: there, any amount is an outcome volume.

Asked by the percentage sheets for every header and label they copy, and by the report's role
grid, so it lives apart from both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wpxl.plan.quoting import states_an_amount
from wpxl.read.place_numbers import without_places

# A group's own small number after its name ("PG 1", "Area 4 North", "JSA 18-24 (PG 6)"): a
# capitalised word, then one or two digits that no word in lower case or other number follows
# ("4 prison leavers", "3 not shown", "18-24" are left to states_an_amount), and never after a
# word that brings in an amount ("incl. 4", "Plus 3").
GROUP_NUMBER = re.compile(
    r"(?<![\w.])(?!(?i:incl?|excl?|including|excluding|plus|less|minus|and|with|without|of|n"
    r"|base|count|total|approx|about|around|c|ca)\b)[A-Z][A-Za-z]*\.?[ \t]?(?:\d{1,2}|0\d{2,5})\b"
    r"(?![ \t]*(?:[a-z\d]|[-\u2013/:.,]\s*\d))"
)


@lru_cache(maxsize=4096)
def states_a_volume(label: str) -> bool:
    """Whether an outcome table's header or row label states an amount ("JSA 25+ (incl. 4
    prison leavers)", "ESA Flow (3)", "Jun 2013, 12 to be validated"): in an outcome table
    that amount is an outcome volume, however small. The numbers that name a group, a period
    or an age are no amount: "JSA 18-24", "50+", "Apr 2013", "Week 1", "Group 6", "PG 1", nor
    those naming a place ("Site 101"). Remembered by label: a pack's outcome sheets name the
    same offices and payment groups."""
    named = GROUP_NUMBER.sub(" ", without_places(label))
    return states_an_amount(label) and states_an_amount(named)
