"""Labels opening with a place's code, as the proof reads them: '1101 Leeds City', '1102 -
Leeds East', '1201: Bradford Central' down a label column of the copy, as a provider's MI and
DWP's tables name offices.

A label's number of 100 or more not a multiple of the base is a figure to the proof
(``texts.judge_words``), and on a percentage sheet an amount (``percent_words``). Three or more
labels down one column of the copy (or heads along one row), each a code of three to six
digits and then words with no other number, the codes all of one width and all different,
name their lines by the codes:
such a code is no figure unless it is one of the input's that rounding changes (the
``forbidden`` figures), nor an amount. Two are not enough: two counts side by side read alike.
Small areas named by their authority and a three-digit code after it, as ONS names them
('Leeds 001', 'Leeds 112', 'Leeds 001A'), are read so where one code of the run is written
with a leading zero or each carries its letter: counts are written neither way. Written for
the proof alone; the plan reads such labels its own way (wpxl.plan.coded_labels).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from wpxl.model import Coord

_CODED = re.compile(r"^\s*(\d{3,6})(?:\s*[-\u2013:]\s*|\s+)[A-Za-z][^\d]*$")
# ONS names its small areas by their authority and a number of three digits ('Leeds 001',
# 'Leeds 112'), lower layers with a letter ('Leeds 001A', 'Leeds 014C')
_AREA_CODED = re.compile(r"^\s*[A-Za-z][^\d]*?\s(\d{3})([A-Z]?)\s*$")


def _code(text: str) -> tuple[str, str, str] | None:
    """The code a label names its line by, how it stands ('first' or 'after' the name) and its
    letter (or ''); None for any other label."""
    if found := _CODED.match(text):
        return found.group(1), "first", ""
    if found := _AREA_CODED.match(text):
        return found.group(1), "after", found.group(2)
    return None


def _codes_of_a_run(run: list[tuple[str, str, str]]) -> bool:
    """Whether the codes of labels alike down a column (digits, where, letter) are a run of
    codes: three or more, of one width, all different; after a name ('Leeds 112'), one of them
    written with a leading zero or each with its letter, as counts never are."""
    codes = {digits + letter for digits, _, letter in run}
    if len(run) < _LEAST or len(codes) != len(run) or len({len(d) for d, _, _ in run}) != 1:
        return False
    if run[0][1] == "first":
        return True
    return any(d.startswith("0") for d, _, _ in run) or all(letter for _, _, letter in run)


_LEAST = 3


def coded_labels(texts: Iterable[tuple[Coord, str]]) -> dict[Coord, tuple[float, float]]:
    """The places of the copy's labels naming their line by a code among their fellows (see
    the module's doc), each with its code, as a band's ends are given: (code, code)."""
    runs: dict[tuple[int, int, str], list[tuple[Coord, tuple[str, str, str]]]] = defaultdict(list)
    for at, text in texts:  # down a label column, or along a header row
        if (code := _code(text)) is not None:
            runs[(0, at[1], code[1])].append((at, code))
            runs[(1, at[0], code[1])].append((at, code))
    coded: dict[Coord, tuple[float, float]] = {}
    for run in runs.values():
        if _codes_of_a_run([code for _, code in run]):
            coded.update((at, (float(code[0]), float(code[0]))) for at, code in run)
    return coded
