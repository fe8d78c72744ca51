"""Headers naming bands of age (or of any count a table breaks down by) that are open at one
end, written with a sign: '<25 | 25-49 | >=50', '≤24 | 25-49 | ≥50', '<25 | 25-49 | 50+'.

'<25' and '>=50' each hold a number after a sign, which a percentage sheet's words read as an
outcome volume bounded ('<5' job outcomes): both were removed from the percentage sheet of job
outcomes by age band, its first and last columns of shares left unnamed. A sign before a number
bounds a band where its fellows show it does: two or more labels along one row (or down one
column), each a band ('25-49'), or open below ('<25', '≤24', 'under 25') as the first of them,
or open above ('>=50', '≥50', '>49', '50+', 'over 49') as the last, each starting one above
where the one before it ends. A lone '<25', or one whose fellows do not meet it, is judged as
before (fail closed). The proof reads them its own way (wpxl.verify.open_bands).

The closed bands of such a run name their lines too, on any sheet: a label's number of 100 or
more not a multiple of the base reads as a figure, so '53-104' among '0-13 | 14-26 | 27-52'
(weeks since attachment) was removed from a table of job starts, its line left unnamed. Its
ends go only where one is a figure of the workbook rounding changes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from wpxl.model import Coord

_YEARS = r"(?:\s*(?:yrs?|years?)(?:\s+old)?)?"
_BELOW = re.compile(rf"^\s*(<|≤|<=|under|below|up\s+to)\s*(\d{{1,3}}){_YEARS}\s*$", re.I)
_ABOVE = re.compile(rf"^\s*(>=|≥|>|over)\s*(\d{{1,3}}){_YEARS}\s*$", re.I)
_ABOVE_AFTER = re.compile(
    rf"^\s*(\d{{1,3}})\s*(?:\+|and\s+over|or\s+over|or\s+more|and\s+above){_YEARS}\s*$", re.I
)
_BETWEEN = re.compile(rf"^\s*(\d{{1,3}})\s*(?:-|\u2013|to)\s*(\d{{1,3}}){_YEARS}\s*$", re.I)
_LEAST = 2
Band = tuple[int | None, int | None]  # lowest and highest value it holds (None: open)


def band_of(text: str) -> Band | None:
    """The values a header's band holds, or None when it names no band."""
    if found := _BETWEEN.match(text):
        low, high = int(found.group(1)), int(found.group(2))
        return (low, high) if low < high else None
    if found := _BELOW.match(text):
        number = int(found.group(2))
        return (None, number if found.group(1) in ("≤", "<=", "up to") else number - 1)
    if found := _ABOVE.match(text):
        number = int(found.group(2))
        return (number + 1 if found.group(1).lower() in (">", "over") else number, None)
    if found := _ABOVE_AFTER.match(text):
        return (int(found.group(1)), None)
    return None


def run_band_labels(texts: list[tuple[Coord, str]]) -> set[str]:
    """Of a sheet's ``texts``, the bands that a run of their fellows along one line shows to
    be bands (see the module's doc): the open ones written with a sign or word, and the closed
    ones whose ends a label would read as figures ('53-104')."""
    return {text for text, _ in _in_runs(texts)}


def closed_band_labels(texts: list[tuple[Coord, str]]) -> dict[str, Band]:
    """Of a sheet's ``texts``, the bands of two numbers a run of their fellows along one line
    shows to be bands, with their ends: weeks since attachment '0-13 | 14-26 | 27-52 | 53-104'
    name spans of time, and 104 is no count though a label's number of 100 or more not a
    multiple of the base reads as one (wpxl.plan.quoting)."""
    return {text: band for text, band in _in_runs(texts) if None not in band}


def _in_runs(texts: list[tuple[Coord, str]]) -> list[tuple[str, Band]]:
    """Each text of ``texts`` naming a band of a run of two or more along one line."""
    lines: dict[tuple[int, int], list[tuple[int, str, Band]]] = defaultdict(list)
    for (row, col), text in texts:
        band = band_of(text)
        if band is not None:
            lines[(0, col)].append((row, text, band))
            lines[(1, row)].append((col, text, band))
    found: list[tuple[str, Band]] = []
    for line in lines.values():
        line.sort()
        bands = [band for _, _, band in line]
        if len(line) >= _LEAST and _runs(bands):
            found += [(text, band) for _, text, band in line]
    return found


def _runs(bands: list[Band]) -> bool:
    """Whether the bands run on from one another, open only below the first and above the
    last."""
    if any(low is None for low, _ in bands[1:]) or any(high is None for _, high in bands[:-1]):
        return False
    return all(b[0] == a[1] + 1 for a, b in pairwise(bands))  # type: ignore[operator]
