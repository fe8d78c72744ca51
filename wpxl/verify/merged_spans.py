"""The merged ranges of a sheet of the copy, read from its part for the proof itself.

A header merged over columns heads each of them to a reader; the proof's checks of a
percentage sheet's heads read them so (wpxl.verify.percent_sections), and what a merge covers
is unseen (wpxl.verify.copy_hidden).
"""

from __future__ import annotations

import re

from wpxl.model.sheetref import parse_a1

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+):([A-Z]+[0-9]+)"')


def merged_spans(xml: bytes) -> list[tuple[int, int, int, int]]:
    """Each merged range of the sheet part ``xml``: top, left, bottom, right (from 0)."""
    found = []
    for first, last in _MERGE.findall(xml):
        start, end = parse_a1(first.decode()), parse_a1(last.decode())
        if start is not None and end is not None:
            found.append((*start, *end))
    return found
