"""Figures a text states in square, curly or angle brackets: 'Leeds [41]', 'Leeds {41}'.

A row label 'Leeds [41]' beside Leeds's 41 job outcomes went out as written, verified: only a
number in round brackets ('Leeds (41)') was read as a figure stated (wpxl.read.quoted_figures),
and a label's other numbers under 100 are let off as naming groups ('Top 50'). An analyst
brackets a count as readily one way as another. A single digit in square brackets is a
footnote's mark ('Leeds [1]'), as GSS tables write them, and names no figure.
"""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"[\[{<]\s*(\d{1,3}(?:,\d{3})+|\d{2,})\s*[\]}>]")


def bracketed_figures(text: str) -> tuple[float, ...]:
    """The numbers of two digits or more ``text`` holds alone in square, curly or angle
    brackets: each is a figure stated, which goes if the workbook may not show it."""
    return tuple(float(m.group(1).replace(",", "")) for m in _BRACKETED.finditer(text))
