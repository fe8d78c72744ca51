"""Labels opening with a place's code, as the proof reads them: '1101 Leeds City', '1102 -
Leeds East', '1201: Bradford Central' down a label column of the copy, as a provider's MI and
DWP's tables name offices.

A label's number of 100 or more not a multiple of the base is a figure to the proof
(``texts.judge_words``), and on a percentage sheet an amount (``percent_words``). Three or more
labels down one column of the copy, each a code of three to six digits and then words with no
other number, the codes all of one width and all different, name their lines by the codes:
such a code is no figure unless it is one of the input's that rounding changes (the
``forbidden`` figures), nor an amount. Two are not enough: two counts side by side read alike.
Written for the proof alone; the plan reads such labels its own way (wpxl.plan.coded_labels).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from wpxl.model import Coord

_CODED = re.compile(r"^\s*(\d{3,6})(?:\s*[-\u2013:]\s*|\s+)([A-Za-z][^\d]*)$")
_LEAST = 3


def coded_labels(texts: Iterable[tuple[Coord, str]]) -> dict[Coord, tuple[float, float]]:
    """The places of the copy's labels naming their line by a code among their fellows (see
    the module's doc), each with its code, as a band's ends are given: (code, code)."""
    columns: dict[int, list[tuple[Coord, str]]] = defaultdict(list)
    for at, text in texts:
        if found := _CODED.match(text):
            columns[at[1]].append((at, found.group(1)))
    coded: dict[Coord, tuple[float, float]] = {}
    for run in columns.values():
        codes = {code for _, code in run}
        if len(run) >= _LEAST and len(codes) == len(run) and len({len(c) for c in codes}) == 1:
            coded.update((at, (float(code), float(code))) for at, code in run)
    return coded
