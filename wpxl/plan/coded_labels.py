"""Labels opening with a place's code, as a provider's MI and DWP's tables name offices:
'1101 Leeds City', '1102 - Leeds East', '1201: Bradford Central' down a label column.

A label's number of 100 or more not a multiple of the base reads as a figure
(wpxl.plan.quoting), so each such label went from the copy as 'it quotes an unrounded figure',
its line's counts left under no name, though 'Office 1101' (the code after its kind) and the
code in a column of its own were kept. A run of three or more labels down one column, each a
code of three to six digits and then words with no other number, the codes all of one width
and all different, names its lines by those codes: a code is a figure only if it is one of the
book's that must not appear (``carried_words`` judges it so). The proof reads such runs for
itself (wpxl.verify.coded_labels).
"""

from __future__ import annotations

import re
from collections import defaultdict

from wpxl.model import Coord

_CODED = re.compile(r"^\s*(\d{3,6})(?:\s*[-\u2013:]\s*|\s+)([A-Za-z][^\d]*)$")
_LEAST = 3  # labels in a run: two codes could be two counts side by side


def coded_labels(texts: list[tuple[Coord, str]]) -> dict[str, float]:
    """Of a sheet's ``texts``, those naming their line by a code a run of their fellows down
    the same column shows to be codes (see the module's doc), with the code."""
    columns: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for (_, col), text in texts:
        if found := _CODED.match(text):
            columns[col].append((text, found.group(1)))
    coded: dict[str, float] = {}
    for run in columns.values():
        codes = [code for _, code in run]
        if len(run) >= _LEAST and len({len(c) for c in codes}) == 1 and len(set(codes)) == len(run):
            coded.update((text, float(code)) for text, code in run)
    return coded
