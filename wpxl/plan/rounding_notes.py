"""Notes about how the figures were rounded, which the copy makes untrue.

A pack's note 'Figures are unrounded management information', 'Figures have not been rounded'
or 'Counts are rounded to the nearest 5' was carried into a copy whose every count is rounded
to the nearest 20 (or the policy's base), telling the council something false about the very
figures it reads: the note goes, and the cover says why. Notes that stay true of the copy are
left: 'rounded to the nearest 20' at the policy's base, or 'may not sum due to rounding'.
"""

from __future__ import annotations

import re

_UNROUNDED = re.compile(
    r"\bun-?rounded\b|\bnot\s+(?:been\s+)?rounded\b|\b(?:no|without)\s+rounding\b"
    r"|\bbefore\s+rounding\b|\bexact\s+(?:figures|counts|numbers)\b",
    re.IGNORECASE,
)
_NEAREST = re.compile(r"\brounded\s+(?:up\s+|down\s+)?to\s+(?:the\s+)?nearest\s+([\d,]+)\b", re.I)

UNTRUE_OF_THE_COPY = (
    "it says how the figures are rounded, which is no longer true of the copy (its counts are "
    "rounded to the nearest {base}, as the cover says)"
)


def says_other_rounding(text: str, base: int) -> bool:
    """Whether the text says the figures are unrounded, or rounded to another base."""
    if _UNROUNDED.search(text):
        return True
    return any(int(m.group(1).replace(",", "")) != base for m in _NEAREST.finditer(text))
