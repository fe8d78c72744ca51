"""Invariant 2 for a text saying by how much rounding moved a figure: 'Leeds starts rounded up
by 3', 'Bradford: rounding adds 8', "Leeds' true figure is 3 lower".

Its number is small, under those a note may hold, and counts no measure, so the text passed;
beside the line's rounded figure it gives the unrounded one back (140 less 3 is Leeds' 137
job starts). A carried text saying rounding added or took off a number short of the base (no
rounding moves a figure further) is refused; one bounding how far any figure may move ('up to
10 from rounding') says nothing of a line. The proof's own reading; the plan's is
wpxl.plan.rounding_notes.
"""

from __future__ import annotations

import re

SHIFTED = "a text saying by how much rounding moved a figure (the unrounded figure by difference)"
_MORE_OR_LESS = r"(?:lower|higher|less|more|fewer|greater|below|above|under|over)"
_TRUE = r"(?:true|actual|real|unrounded|exact)"
_SHIFT = re.compile(
    r"\brounded\s+(?:up|down)\s+by\s+(\d+)\b"
    r"|\brounding\s+(?:adds|added|removes|removed|takes|took|lowers|lowered|raises|raised"
    r"|subtracts|subtracted)\s+(?:off\s+)?(\d+)\b"
    r"|(?<![\w.])[+-]?(\d+)\s+(?:from|due\s+to|because\s+of|after|by)\s+rounding\b"
    rf"|\b{_TRUE}\s+(?:figure|value|count|number|total)?\s*(?:is|was|are|were)?\s*(\d+)\s+"
    rf"{_MORE_OR_LESS}\b"
    rf"|\b(\d+)\s+{_MORE_OR_LESS}(?:\s+than)?\s+(?:its|their|the)\s+{_TRUE}\b",
    re.IGNORECASE,
)
_BOUND = re.compile(r"\b(?:up\s+to|at\s+most|as\s+much\s+as|no\s+more\s+than)\s*[+-]?$", re.I)


def says_a_rounding_shift(text: str, base: int) -> bool:
    """Whether ``text`` says rounding moved a figure by a number short of ``base``."""
    for found in _SHIFT.finditer(text):
        group = next(i for i, g in enumerate(found.groups(), start=1) if g is not None)
        if not _BOUND.search(text, 0, found.start(group)) and 0 < int(found.group(group)) < base:
            return True
    return False
