"""Figures a text prints with a space between their thousands, read as the numbers they are.

A title 'Referrals by local authority, 2013-14 (7 081 in all)' quotes the true total, 7081, as
reports and some locales print it (a space, non-breaking, thin or narrow, between the
thousands). Read digit by digit it holds only 7 and 081, too small to be a figure quoted, and
it went out as written. Such a text is judged with the figure written '7,081' (wpxl.plan.
carried_words), as a text printing it with a comma always was.
"""

from __future__ import annotations

import re

_SPACE = "[ \u00a0\u2009\u202f]"
_SPACED = re.compile(rf"(?<![\w.,/:-])\d{{1,3}}(?:{_SPACE}\d{{3}})+(?![\w/:-]|[.,]\d)")
_APART = re.compile(_SPACE)


def with_commas(text: str) -> str:
    """``text`` with each figure printed with spaced thousands written with commas."""
    if not any(c.isdigit() for c in text):
        return text
    return _SPACED.sub(lambda m: _APART.sub(",", m.group(0)), text)
