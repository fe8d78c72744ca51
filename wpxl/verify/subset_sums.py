"""Invariant 10, for an 'of which' line adding up the lines it names: never rounded on its own.

'of which JSA' under a table's Total, its figures to the last digit the sum of 'JSA 18-24' and
'JSA 25+' in every place, is their subtotal, though its opening words say it is part of the line
above. Rounded on its own it showed 540 under JSA lines shown as 140 and 420, the rounded
original subtotal guidance R5 forbids, and the proof passed it: its readings of totals take a
line named a total ('All JSA'), and 'of which' names none.

The proof reads the input itself: a row whose first words open with 'of which' (or 'of whom',
'of these', 'including', 'incl.', 'o/w') and go on to name something ('JSA'), and the other
rows whose first words hold every word it names, two or more. Where its figures are, in every
place it holds one (two or more not 0), the sum of theirs, the copy must show at each plain
figure of it the sum of what it shows at theirs.
"""

from __future__ import annotations

import re
from collections import defaultdict

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.summed_blocks import written_alone
from wpxl.verify.summed_runs import written
from wpxl.verify.total_words import figure

Coord = tuple[int, int]
SUBSET_ALONE = "an 'of which' line adding up lines it names, rounded on its own, not their sum"
_OPENING = re.compile(
    r"^\W*(?:of\s+(?:which|whom|these|those)\b|incl(?:\.|uding\b|udes\b)|o/w\b)\W*", re.I
)
_WORD = re.compile(r"[a-z]+")
_NOT_NAMING = frozenset(("all", "total", "totals", "and", "of", "the", "in", "for", "group",
                         "groups", "payment"))  # fmt: skip
_MIN_MATCHES = 2


def subset_sums(
    pair: SheetPair, cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]]
) -> list[Finding]:
    """The plain figures of the copy standing where an 'of which' line adds up the lines it
    names in the input (see the doc) that are not the sum of what the copy shows at theirs
    (``labels``: each row's first words and their column)."""
    subsets = {row: wanted for row, (_, text) in labels.items()
               if (wanted := _named(text)) is not None}  # fmt: skip
    if not subsets:
        return []  # most sheets: no 'of which' line naming anything
    rows: defaultdict[int, dict[int, float]] = defaultdict(dict)
    for (row, col), cell in cells.items():
        value = figure(cell)
        if value is not None and col > labels.get(row, (-1, ""))[0]:
            rows[row][col] = value
    words = {row: _words(text) for row, (_, text) in labels.items()
             if row not in subsets and row in rows}  # fmt: skip
    found: list[Finding] = []
    for row, wanted in subsets.items():
        figures = rows.get(row, {})
        alone = [col for col in figures if written_alone(pair, (row, col))]
        parts = [other for other, theirs in words.items() if wanted <= theirs]
        if not alone or len(parts) < 2 or sum(v != 0 for v in figures.values()) < _MIN_MATCHES:
            continue
        if any(sum(rows[p].get(col, 0.0) for p in parts) != v for col, v in figures.items()):
            continue  # not their sum: a part of the line above, as its words say
        for col in alone:
            shown, theirs = written(pair, (row, col)), [written(pair, (p, col)) for p in parts]
            if shown is None or None in theirs:
                continue  # not shown: other checks see to it
            if abs(shown - sum(theirs)) > 1e-6:  # type: ignore[arg-type]
                found.append(Finding(pair.where(pair.output_coord((row, col))), SUBSET_ALONE))
    return found


def _named(text: str) -> set[str] | None:
    """The words an 'of which' line names after its opening words, or None (no such line, or
    naming nothing: 'of which:')."""
    opening = _OPENING.match(text)
    if opening is None:
        return None
    return _words(text[opening.end() :]) or None


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower())) - _NOT_NAMING
