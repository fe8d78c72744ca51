"""The proof's own reading of RAG ratings ('Red', 'Amber', 'Green') beside rounded figures.

A rating is worked out from the input's true figures: 137 job starts against a target of 140
rated 'Red', shown beside the rounded 140, tells a reader the true figure is under 140. So a
column of ratings the copy keeps is honest only if every whole figure the input writes on the
lines it rates is shown unchanged, as the input wrote it: then the rating was worked from what
the copy shows. Where the copy rounds one of them, every rating of the column is refused: the
ratings kept only on the lines rounding left alone would tell which lines it changed.

Read from the copy's words and the input's cells alone: a column of the copy holding two
ratings or more, written out ('Green'), or as letters ('G') or verdicts ('Yes', 'Met', 'Behind')
under words naming them ('RAG', 'Status', 'On track?', 'Target met') in the input's column above.
"""

from __future__ import annotations

import re

from wpxl.model.layout import BANNER_ROWS
from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.proof import Proof

RATED_ROUNDED = (
    "a rating against a target ('Red', 'Met') worked out from unrounded figures beside the "
    "rounded ones: it tells on which side of the target a true figure lies; remove the ratings"
)
_RATING = re.compile(
    r"(?:red|amber|green|blue|r|a|g|b)(?:\s*[/\-\u2013]\s*(?:red|amber|green|r|a|g))?"
    r"|yes|no|y|n|(?:not\s+)?met|(?:on|off)(?:\s+track)?|above|below|ahead|behind",
    re.IGNORECASE,
)
_SPELT = re.compile(r"\b(?:red|amber|green)\b", re.IGNORECASE)
# a verdict ('Yes', 'Met', 'Behind') is read only under words asking it of a target
_NAMED = re.compile(r"\b(?:b?rag|status|rating|on\s+track|target|met)\b", re.IGNORECASE)
_TOLERANCE = 1e-9


def ratings_of_rounded(pair: SheetPair, proof: Proof) -> list[Finding]:
    """The first kept rating of each rated column of a volume sheet whose lines the copy shows
    a figure of rounded, or changed, from the input's."""
    if pair.kind != "volume" or pair.source is None:
        return []
    by_col: dict[int, list[Coord]] = {}
    for coord, text in pair.indexed(proof.base).texts:
        if coord[0] >= BANNER_ROWS and _RATING.fullmatch(text.strip()):
            by_col.setdefault(coord[1], []).append(coord)
    rated = {_input_col(pair, c[0]): c for c in by_col.values() if len(c) >= 2 and _rates(pair, c)}
    if not rated:
        return []
    lines = _rated_lines(pair, set(rated))
    return [
        Finding(pair.where(min(coords)), RATED_ROUNDED)
        for col, coords in rated.items()
        if any(_changed(pair, line) for line in lines.values() if col in line[0])
    ]


def _input_col(pair: SheetPair, coord: Coord) -> int:
    """The input column a copy's cell under the banner of a volume sheet was carried from."""
    at = pair.input_coord(coord)
    assert at is not None
    return at[1]


def _rates(pair: SheetPair, coords: list[Coord]) -> bool:
    """Whether the column's ratings are spelt out, or the input's words above them name them."""
    if any(_SPELT.search(str(pair.cells[c][0])) for c in coords):
        return True
    top = pair.input_coord(min(coords))
    assert pair.source is not None and top is not None
    above = (pair.source.cells.get((row, top[1])) for row in range(max(top[0] - 3, 0), top[0]))
    return any(c is not None and _NAMED.search(str(c.value or "")) for c in above)


Line = tuple[set[int], list[Coord]]  # the rated columns a line holds a rating in, its cells


def _rated_lines(pair: SheetPair, cols: set[int]) -> dict[int, Line]:
    """The input's lines holding a rating in one of ``cols`` (kept in the copy or not), each
    with the columns it is rated in and every cell of it, found in one walk over the sheet."""
    assert pair.source is not None
    lines: dict[int, Line] = {}
    for (row, col), cell in pair.source.cells.items():
        value = cell.value
        if col in cols and isinstance(value, str) and _RATING.fullmatch(value.strip()):
            lines.setdefault(row, (set(), []))[0].add(col)
    for at in pair.source.cells:
        if at[0] in lines:
            lines[at[0]][1].append(at)
    return lines


def _changed(pair: SheetPair, line: Line) -> bool:
    """Whether the copy shows a whole figure of the input's line other than the input does."""
    for at in line[1]:
        figure = pair.shown(at) if pair.carried(at) else None
        if figure is None or figure != int(figure):
            continue
        written = pair.cells.get(pair.output_coord(at))
        shown = written[0] if written is not None else None
        if shown.__class__ is float and abs(shown - figure) > _TOLERANCE:  # type: ignore[operator]
            return True
    return False
