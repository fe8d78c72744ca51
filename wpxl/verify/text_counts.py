"""Counts written as text ('Leeds | "1" | "2" | "3"' over 'York | "4" | "5" | "6"', as some
exports write every cell) are counts, and must leave rounded like typed ones.

A number written as text was judged as words only, and words hold small numbers freely
('Top 50', 'Table 3'): a table's counts under 100 written as text could leave unrounded and the
copy verified. The proof reads the input itself: whole digits as text (no leading zero: '007'
is a code) inside a grid of figures (words naming its line somewhere left of it on its row, a
number typed or as text beside it on its row and one just over or under it in its column) are
a count (a year-sized one aside: typed or as text, years are judged as years), unless the
proof's own readings of labels name them (a code column, a column's number
written as text: ``text_heads``, a label run: ``label_figures``). Such a count the copy shows
as text must be a multiple of the base. So must a change written with its direction in such a
grid ('▲7', '7 ▼', '↑4', 'up 7' in a 'Trend' column beside the months): the change of two
unrounded counts, which beside the rounded months narrows each. Never asked: analyse.
"""

from __future__ import annotations

import re

from wpxl.model import Cell
from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.copy_labels import LabelFigures
from wpxl.verify.leaks import Finding
from wpxl.verify.spelt import code_column
from wpxl.verify.text_heads import MEASURE, head_places
from wpxl.verify.values import FIRST_YEAR, LAST_YEAR

_KEY = re.compile(
    r"\b(?:weeks?|months?|quarters?|periods?|days?|ages?|bands?|groups?|pg|cpa|cohorts?"
    r"|codes?|id|ref|no\.?|waves?|tiers?|levels?|stages?|lots?|class|grades?|types?"
    r"|categor(?:y|ies))\b",
    re.IGNORECASE,
)
TEXT_COUNT = "a count written as text that is not rounded"
_ARROWS = "\u25b2\u25bc\u25b3\u25bd\u2191\u2193\u2b06\u2b07"  # ▲ ▼ △ ▽ ↑ ↓ ⬆ ⬇
_CHANGE = re.compile(
    rf"\s*(?:[{_ARROWS}]|up\b|down\b)\s*[+-]?([1-9]\d*)\s*|\s*[+-]?([1-9]\d*)\s*[{_ARROWS}]\s*",
    re.IGNORECASE,
)


def text_counts(pair: SheetPair, base: int, named: LabelFigures) -> list[Finding]:
    """The copy's counts written as text (see the doc) that are not multiples of ``base``."""
    if pair.kind != "volume" or pair.source is None:
        return []
    cells = pair.source.cells
    heads: set[Coord] | None = None  # read only when a text asks
    found: list[Finding] = []
    for coord, text in pair.indexed(base).texts:
        value = _whole(text)
        if value is None or value % base == 0 or FIRST_YEAR <= value <= LAST_YEAR:
            continue  # most texts: words; a year's are left to the years' own checks
        at = pair.input_coord(coord)
        held = None if at is None else cells.get(at)
        if at is None or held is None or _whole(held.value) != value or not _in_grid(cells, at):
            continue
        if _keyed(cells, at):
            continue  # 'Week' over '1', '2', '3' beside each area's referrals
        heads = head_places(cells) if heads is None else heads
        if at in heads or code_column(pair, coord) or named.digits_as_written(coord):
            continue
        found.append(Finding(pair.where(coord), TEXT_COUNT))
    return found


def _whole(value: object) -> int | None:
    """Whole digits written as text, no leading zero ('35'), or a change of so many marked with
    its direction ('▲7': 7); None for anything else."""
    if not isinstance(value, str):
        return None
    if (change := _CHANGE.fullmatch(value)) is not None:
        return int(change.group(1) or change.group(2))
    plain = value.strip()
    if not plain.isdecimal() or not plain.isascii() or (plain[0] == "0" and len(plain) > 1):
        return None
    return int(plain)


def _in_grid(cells: dict[Coord, Cell], at: Coord) -> bool:
    row, col = at
    named = any(_words(cells.get((row, left))) for left in range(col))
    beside = _number(cells.get((row, col - 1))) or _number(cells.get((row, col + 1)))
    over = _number(cells.get((row - 1, col))) or _number(cells.get((row + 1, col)))
    return named and beside and over


def _keyed(cells: dict[Coord, Cell], at: Coord) -> bool:
    """Whether the column's header, the first words over the figures above ``at``, names a
    key numbering lines and no measure. A place's kind ('Office') heads counts too (people seen
    at an office, beside 'Outreach'), so it is no such key here."""
    row, col = at
    while row > 0 and _number(cells.get((row - 1, col))):
        row -= 1
    head = cells.get((row - 1, col))
    value = None if head is None else head.value
    if not isinstance(value, str):
        return False
    return _KEY.search(value) is not None and MEASURE.search(value) is None


def _words(cell: Cell | None) -> bool:
    value = None if cell is None else cell.value
    return isinstance(value, str) and value.strip() != "" and not value.strip().isdecimal()


def _number(cell: Cell | None) -> bool:
    if cell is None or cell.formula is not None:
        return cell is not None
    value = cell.value
    return (isinstance(value, int | float) and not isinstance(value, bool)) or (
        _whole(value) is not None
    )
