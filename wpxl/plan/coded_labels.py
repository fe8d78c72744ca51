"""Labels opening with a place's code, as a provider's MI and DWP's tables name offices:
'1101 Leeds City', '1102 - Leeds East', '1201: Bradford Central' down a label column.

A label's number of 100 or more not a multiple of the base reads as a figure
(wpxl.plan.quoting), so each such label went from the copy as 'it quotes an unrounded figure',
its line's counts left under no name, though 'Office 1101' (the code after its kind) and the
code in a column of its own were kept. A run of three or more labels down one column (or
heads along one row), each a code of three to six digits and then words with no other number,
the codes all of one width and all different, names its lines by those codes: a code is a
figure only if it is one of the book's that must not appear (``carried_words`` judges it so).
The proof reads such runs for itself (wpxl.verify.coded_labels).

ONS names its small areas so with the code after the name ('Leeds 001', 'Leeds 112'; lower
layers 'Leeds 001A', 'Leeds 014C'): such a run of three-digit codes after words names its
lines too where one code is written with a leading zero or each carries its letter, as counts
never are ('Leeds 137', 'York 201' still quote figures).
"""

from __future__ import annotations

import re
from collections import defaultdict

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


_LEAST = 3  # labels in a run: two codes could be two counts side by side


def coded_labels(texts: list[tuple[Coord, str]]) -> dict[str, float]:
    """Of a sheet's ``texts``, those naming their line by a code a run of their fellows down
    the same column shows to be codes (see the module's doc), with the code."""
    runs: dict[tuple[int, int, str], list[tuple[str, tuple[str, str, str]]]] = defaultdict(list)
    for (row, col), text in texts:  # down a label column, or along a header row
        if (code := _code(text)) is not None:
            runs[(0, col, code[1])].append((text, code))
            runs[(1, row, code[1])].append((text, code))
    coded: dict[str, float] = {}
    for run in runs.values():
        if _codes_of_a_run([code for _, code in run]):
            coded.update((text, float(code[0])) for text, code in run)
    return coded
