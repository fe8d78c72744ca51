"""Week 1, 2, 3 ... across a header row, or children 1, 2 ... down a label column, in the copy:
a line of consecutive whole numbers is a numbering, not figures, so the proof lets such a
number stand unrounded (the input's own reading of labels is ``label_figures``).

Only where the line is no line of counts, though: where nothing names its lines before it (a
row of column numbers under the headers, nothing to its left; children 0, 1, 2 as the first
column), or where it stands among its lines' labels: in a label column that names some other
line with words ('All', 0, 1, 2, '3 or more': words with figures beside them), or a header
row that heads some other column with words ('Week', 1, 2, 3, 'Total': words with figures
under them), or where the words before a row of them name a numbering and nothing else ('Week
number', 'Week', 'Month no.' over areas' figures; 'Age' over single years of age). Small
counts run on too (3, 4, 5 referrals in three areas, 6, 7, 8 across three months), and an
area's name stands before them, a header over them beside or over no figure.

A long table keys each of its blocks by one number, repeated on every line of the block (ONS's
maternities: 0 on the lines 'Total', 'NHS establishments', 'At home' ..., then 1, then 2):
such a line is a numbering where its numbers run on a block each, the blocks as long, and it
stands among its lines' labels ('Total' above the 0s, '4 and over' under the 3s).

A block of notes numbers its lines under its heading (Stat-Xplore's 'Annotations', then 1 and
2, each beside a note's text): 1, 2 ... down from such a heading, each beside words, number
notes however few (a lone 1 too); the analysis reads them so with its own code
(wpxl.analyse.contents_lines).
"""

from __future__ import annotations

import re
from itertools import groupby, pairwise

from wpxl.verify.books import SheetPair
from wpxl.verify.values import is_marker

Coord = tuple[int, int]
_LETTERS = re.compile(r"[^\W\d_]")
_WIDTH = 64  # lines across as far as a table reaches
_NUMBERING = re.compile(
    r"\s*(?:(?:week|month|period|quarter|day)s?(?:\s*(?:number|no\.?|#))?"
    r"|ages?(?:\s*\(years\)|\s+in\s+years|\s+at\s+(?:referral|start|attachment))?)\s*:?\s*",
    re.IGNORECASE,
)


def _run(pair: SheetPair, coord: Coord, along: int) -> list[Coord]:
    """The places of the unbroken line of figures through a cell, along its row (1) or its
    column (0): a header row or a label column of numbers is such a line."""
    cells, places = pair.cells, [coord]
    for step in (-1, 1):
        at = list(coord)
        while True:
            at[along] += step
            cell = cells.get((at[0], at[1]))
            if cell is None or not isinstance(cell[0], float) or cell[1] is not None:
                break
            places.append((at[0], at[1]))
    return places


def _among_labels(pair: SheetPair, places: list[Coord], along: int) -> bool:
    """Whether the cells running on from the line (down its column: 0; along its row: 1) hold
    words with a figure after them across their line (right of them; under them): a label
    column or header row the numbers are part of."""
    cells, across = pair.cells, 1 - along
    ends = (min(places, key=lambda p: p[along]), max(places, key=lambda p: p[along]))
    for end, step in zip(ends, (-1, 1), strict=True):
        at = list(end)
        while True:
            at[along] += step
            cell = cells.get((at[0], at[1]))
            if cell is None or cell[0] is None or cell[0] == "":
                break
            if _words(cell[0]) and _figure_after(pair, (at[0], at[1]), across):
                return True
    return False


def _named_before(pair: SheetPair, places: list[Coord]) -> bool:
    """Whether words or another text label stand left of the line in its rows: the lines' own
    names. An age band ('18-24', '25+') or a code names a line as words do: 361 kept over a
    count shown 360 beside '18-24' is no numbering."""
    for row, col in places:
        if any(_label((pair.cells.get((row, c)) or (None,))[0]) for c in range(col)):
            return True
    return False


def _label(value: object) -> bool:
    """Words, or a text naming a line without them (an age band, a code)."""
    return isinstance(value, str) and bool(value.strip()) and not is_marker(value)


def _named_a_numbering(pair: SheetPair, places: list[Coord]) -> bool:
    """Whether the words left of a row of numbers name a numbering alone ('Week number')."""
    row, first = min(places, key=lambda p: p[1])
    before = [
        value for c in range(first) if _words(value := (pair.cells.get((row, c)) or (None,))[0])
    ]
    return len(before) == 1 and _NUMBERING.fullmatch(before[0]) is not None  # type: ignore[arg-type]


def _words(value: object) -> bool:
    return isinstance(value, str) and len(_LETTERS.findall(value)) >= 2 and not is_marker(value)


def _figure_after(pair: SheetPair, place: Coord, across: int) -> bool:
    """Whether a figure stands after ``place`` across its line, within a table's width."""
    for step in range(1, _WIDTH):
        at = (place[0] + step, place[1]) if across == 0 else (place[0], place[1] + step)
        cell = pair.cells.get(at)
        if cell is not None and isinstance(cell[0], float):
            return True
    return False


# a block of notes' heading, alone in its cell: 'Annotations', 'Notes:', 'Footnotes'
_NOTES = re.compile(r"\s*(?:annotations?|(?:foot)?notes?)\s*:?\s*", re.IGNORECASE)


def _numbers_a_note(pair: SheetPair, coord: Coord) -> bool:
    """Whether the figure is n of 1, 2 ... n down its column, each beside words, 1 straight
    under a notes heading (a blank line between allowed)."""
    row, col = coord
    for number in range(int(_plain_figure(pair, coord) or 0), 0, -1):
        if _plain_figure(pair, (row, col)) != number or not _words(_value(pair, (row, col + 1))):
            return False
        row -= 1
    above = [v for r in (row, row - 1) if (v := _value(pair, (r, col))) not in (None, "")]
    return (
        row < coord[0]
        and bool(above)
        and isinstance(above[0], str)
        and bool(_NOTES.fullmatch(above[0]))
    )


def _value(pair: SheetPair, at: Coord) -> object:
    cell = pair.cells.get(at)
    return None if cell is None else cell[0]


def _plain_figure(pair: SheetPair, at: Coord) -> float | None:
    """A whole number typed (no formula) at ``at``, under 100; else None."""
    cell = pair.cells.get(at)
    if cell is None or cell[1] is not None or not isinstance(cell[0], float):
        return None
    return cell[0] if cell[0].is_integer() and 0 < cell[0] < 100 else None


def numbered_label(pair: SheetPair, coord: Coord) -> bool:
    """Week 1, 2, 3 ... as a header row, or children 1, 2 ... as a label column: a line of
    consecutive whole numbers, each under 1000, among the labels of its table; or each of them
    on a block of lines, as long as the others', among labels (a long table's key); or the
    numbers of a block of notes under its heading."""
    if _numbers_a_note(pair, coord):
        return True
    for along in (0, 1):
        places = sorted(_run(pair, coord, along))
        line = [pair.cells[p][0] for p in places]
        whole = len(line) >= 2 and all(isinstance(v, float) and v.is_integer() for v in line)
        if not whole or max(line) >= 1000:  # type: ignore[type-var]
            continue
        if _repeated_in_blocks(line) and _among_labels(pair, places, along):  # type: ignore[arg-type]
            return True
        if any(b - a != 1 for a, b in pairwise(sorted(line))):  # type: ignore[type-var, operator]
            continue
        if not _named_before(pair, places) or _among_labels(pair, places, along):
            return True
        if along == 1 and _named_a_numbering(pair, places):
            return True
    return False


def _repeated_in_blocks(line: list[float]) -> bool:
    """Whether the line, in its order, holds consecutive numbers each repeated on a block of
    two lines or more, every block as long: ONS's maternities by number of previous children,
    0 on the five lines of its places of birth ('Total', 'NHS establishments' ...), then 1."""
    blocks = [(value, len(list(run))) for value, run in groupby(line)]
    steps = all(b[0] - a[0] == 1 for a, b in pairwise(blocks))
    return len(blocks) >= 2 and steps and len({n for _, n in blocks}) == 1 and blocks[0][1] >= 2
