"""A percentage sheet's headers naming bands open at one end, as the proof reads them: '<25 |
25-49 | >=50', '≤24 | 25-49 | ≥50' over an outcome table's shares by age band.

'<25' alone states an amount: a bound of outcomes ('<5' job outcomes), which a percentage
sheet's words may not state (``percent_words``). A sign before a number bounds a band only
among its fellows, read from the copy's own cells: two or more labels along one row (or down
one column), each a band of two numbers ('25-49'), the first of them maybe open below ('<25',
'≤24', 'under 25') and the last open above ('>=50', '≥50', '>49', '50+', 'over 49'), each
starting one above where the one before it ends. Written for the proof alone; the plan reads
such headers its own way (wpxl.plan.open_bands).

A run's closed bands name their lines on a sheet of volumes too: '53-104' among '0-13 | 14-26 |
27-52' (weeks since attachment) states no figure by its 104 (``closed_bands``), unless that end
is one of the input's figures rounding changes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import pairwise

from wpxl.model import Cell, Coord

_UNIT = r"(?:\s*(?:yrs?|years?)(?:\s+old)?)?\s*$"
_PAIRED = re.compile(rf"^\s*(\d{{1,3}})\s*(?:-|\u2013|to)\s*(\d{{1,3}}){_UNIT}", re.IGNORECASE)
_UNDER = re.compile(rf"^\s*(<=|\u2264|<|under|below|up\s+to)\s*(\d{{1,3}}){_UNIT}", re.IGNORECASE)
_OVER = re.compile(rf"^\s*(>=|\u2265|>|over)\s*(\d{{1,3}}){_UNIT}", re.IGNORECASE)
_PLUS = re.compile(rf"^\s*(\d{{1,3}})\s*(?:\+|and\s+over|or\s+over|or\s+more){_UNIT}", re.I)
_Span = tuple[float, float]  # the band's lowest and highest value, open ends infinite
_OPEN = float("inf")


def _span(text: str) -> _Span | None:
    if found := _PAIRED.match(text):
        low, high = int(found.group(1)), int(found.group(2))
        return (low, high) if low < high else None
    if found := _UNDER.match(text):
        inclusive = found.group(1).lower() in ("<=", "\u2264", "up to")
        return (-_OPEN, int(found.group(2)) - (0 if inclusive else 1))
    if found := _OVER.match(text):
        strict = found.group(1).lower() in (">", "over")
        return (int(found.group(2)) + (1 if strict else 0), _OPEN)
    if found := _PLUS.match(text):
        return (int(found.group(1)), _OPEN)
    return None


def open_bands(cells: Mapping[Coord, Cell]) -> set[Coord]:
    """The places of the sheet's headers that name bands open at an end (see the module's
    doc)."""
    texts = ((at, cell.value) for at, cell in cells.items() if isinstance(cell.value, str))
    return {at for at, (low, high) in _in_runs(texts) if _OPEN in (-low, high)}


def closed_bands(texts: Iterable[tuple[Coord, str]]) -> dict[Coord, _Span]:
    """The places of a sheet's labels naming bands of two numbers among their fellows, as
    the bands open at an end are read, with their ends: weeks since attachment '0-13 | 14-26 |
    27-52 | 53-104' down a label column name spans of time, and 104 there is no count."""
    return {at: span for at, span in _in_runs(texts) if _OPEN not in (-span[0], span[1])}


def _in_runs(texts: Iterable[tuple[Coord, str]]) -> list[tuple[Coord, _Span]]:
    """Each of ``texts`` naming a band of a run of two or more along one row or column."""
    lines: dict[tuple[int, int], list[tuple[int, Coord, _Span]]] = defaultdict(list)
    for (row, col), text in texts:
        span = _span(text)
        if span is not None:
            lines[(0, col)].append((row, (row, col), span))
            lines[(1, row)].append((col, (row, col), span))
    found: list[tuple[Coord, _Span]] = []
    for line in lines.values():
        line.sort()
        spans = [span for _, _, span in line]
        if len(line) >= 2 and _run_on(spans):
            found += [(at, span) for _, at, span in line]
    return found


def _run_on(spans: list[_Span]) -> bool:
    """Whether the bands run on from one another, open only below the first, above the last."""
    if any(low == -_OPEN for low, _ in spans[1:]) or any(high == _OPEN for _, high in spans[:-1]):
        return False
    return all(b[0] == a[1] + 1 for a, b in pairwise(spans))
