"""Notes about how the figures were rounded, which the copy makes untrue.

A pack's note 'Figures are unrounded management information', 'Figures have not been rounded'
or 'Counts are rounded to the nearest 5' was carried into a copy whose every count is rounded
to the nearest 20 (or the policy's base), telling the council something false about the very
figures it reads: the note goes, and the cover says why. Notes that stay true of the copy are
left: 'rounded to the nearest 20' at the policy's base, or 'may not sum due to rounding'.

A note saying by how much rounding moved a line's figure ('Leeds starts rounded up by 3',
'Bradford: rounding adds 8', "Leeds' true figure is 3 lower") went out: its number is under
those a note may hold, and it names no measure's count. Beside the line's rounded figure it
gives the unrounded one back (140 less 3 is Leeds' 137 job starts): such a note goes too
(``states_a_rounding_shift``), for any number short of the base.
"""

from __future__ import annotations

import re

_UNROUNDED = re.compile(
    r"\bun-?rounded\b|\bnot\s+(?:been\s+)?rounded\b|\b(?:no|without)\s+rounding\b"
    r"|\bbefore\s+rounding\b|\bexact\s+(?:figures|counts|numbers)\b",
    re.IGNORECASE,
)
_NEAREST = re.compile(r"\brounded\s+(?:up\s+|down\s+)?to\s+(?:the\s+)?nearest\s+([\d,]+)\b", re.I)

# 'rounded up by 3', 'rounding adds 8', '+3 from rounding', 'true figure is 3 lower', '3 above
# its actual value'
_SHIFT = re.compile(
    r"\brounded\s+(?:up|down)\s+by\s+(\d+)\b"
    r"|\brounding\s+(?:adds|added|removes|removed|takes|took|lowers|lowered|raises|raised"
    r"|subtracts|subtracted)\s+(?:off\s+)?(\d+)\b"
    r"|(?<![\w.])[+-]?(\d+)\s+(?:from|due\s+to|because\s+of|after|by)\s+rounding\b"
    r"|\b(?:true|actual|real|unrounded|exact)\s+(?:figure|value|count|number|total)?\s*"
    r"(?:is|was|are|were)?\s*(\d+)\s+(?:lower|higher|less|more|fewer|greater|below|above|under"
    r"|over)\b"
    r"|\b(\d+)\s+(?:lower|higher|less|more|fewer|greater|below|above|under|over)(?:\s+than)?"
    r"\s+(?:its|their|the)\s+(?:true|actual|real|unrounded|exact)\b",
    re.IGNORECASE,
)
_BOUND = re.compile(r"\b(?:up\s+to|at\s+most|as\s+much\s+as|no\s+more\s+than)\s*[+-]?$", re.I)
SHIFTED = (
    "it says by how much rounding moved a figure, which gives the unrounded figure back beside "
    "the rounded one"
)

UNTRUE_OF_THE_COPY = (
    "it says how the figures are rounded, which is no longer true of the copy (its counts are "
    "rounded to the nearest {base}, as the cover says)"
)


def says_other_rounding(text: str, base: int) -> bool:
    """Whether the text says the figures are unrounded, or rounded to another base."""
    if _UNROUNDED.search(text):
        return True
    return any(int(m.group(1).replace(",", "")) != base for m in _NEAREST.finditer(text))


def states_a_rounding_shift(text: str, base: int) -> bool:
    """Whether the text says by how much rounding moved a figure: a number short of the base
    (a shift by rounding is never more) said to be added or taken off by rounding."""
    for found in _SHIFT.finditer(text):
        group = next(i for i, g in enumerate(found.groups(), start=1) if g is not None)
        if _BOUND.search(text, 0, found.start(group)):
            continue  # 'up to 10 from rounding': how far any figure may move, no line's shift
        if 0 < int(found.group(group)) < base:
            return True
    return False
