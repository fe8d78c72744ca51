"""Invariant 10, for a count named a value of a characteristic: never a sum of another value.

A one-column table by gender, then by age ('Male 33 | Female 20 | 18-24 13'): 'Male' the sum
of the two lines under it by chance was written as =SUM(B7:B8), 40 where its own 33 rounds to
40 too, within what invariant 1 allows a total, and the proof passed a real count shown as a
total it is not. A reader knows from the words that no gender holds another, no age band one
outside it ('18-24' over '25-49'), 'Disabled' not 'Not disabled'. The proof reads the input's
words itself (its own list; the plan's twin is wpxl.analyse.sibling_values, never asked): a SUM
down a column whose line the input names such a value, over a line the input names another
value of the same characteristic outside it, is refused.

The same words head columns as often ('Office | Male | Female | 18-24 | 25-49'), and a SUM across
a row is read the same way: its column's head (the nearest words above it in the input) over
the heads of the columns it adds up.
"""

from __future__ import annotations

import re

from wpxl.model import Cell, Coord
from wpxl.verify.books import SheetPair
from wpxl.verify.formulas import Range, sum_formula
from wpxl.verify.leaks import Finding
from wpxl.verify.summed_blocks import row_labels

SIBLING_SUM = (
    "a count shown as the sum of lines naming another value of what it names ('Male' over "
    "'Female'), which it cannot hold; show it rounded as the count it is"
)
_VALUES = {
    "male": ("gender", "m"),
    "males": ("gender", "m"),
    "men": ("gender", "m"),
    "female": ("gender", "f"),
    "females": ("gender", "f"),
    "women": ("gender", "f"),
    "disabled": ("disability", "yes"),
    "not disabled": ("disability", "no"),
    "non-disabled": ("disability", "no"),
}
_BAND = re.compile(r"^(?:aged?\s+)?(\d{1,3})\s*(?:-|\u2013|to)\s*(\d{1,3})$")
_OVER = re.compile(r"^(?:aged?\s+)?(\d{1,3})\s*(?:\+|(?:and|or)\s+over)$")
_UNDER = re.compile(r"^(?:aged?\s+)?(?:under|less than)\s+(\d{1,3})$")


def sibling_sums(pair: SheetPair) -> list[Finding]:
    """Each SUM down a column or across a row of a volume sheet over another value of what its
    line (or column) names."""
    if pair.source is None:
        return []
    labels: dict[int, tuple[int, str]] | None = None
    heads = _Heads(pair.source.cells)
    found = []
    for place, (_value, formula, _style) in pair.cells.items():
        parsed = sum_formula(formula) if isinstance(formula, str) else None
        if parsed is None or any(r.sheet not in (None, pair.name) for r in parsed.ranges):
            continue
        spots = [pair.input_coord(spot) for r in parsed.ranges for spot in r.coords()]
        if _along(parsed.ranges, place, across=False):
            labels = row_labels(pair, pair.source.cells) if labels is None else labels
            whole = _named(labels, pair.input_coord(place))
            parts = (_named(labels, spot) for spot in spots)
        elif _along(parsed.ranges, place, across=True):
            whole = heads.named(pair.input_coord(place))
            parts = (heads.named(spot) for spot in spots)
        else:
            continue
        if whole is None:
            continue  # most totals are named 'Total': no line under them need be named
        if any(p and _another(whole, p) for p in parts):
            found.append(Finding(pair.where(place), SIBLING_SUM))
    return found


def _along(ranges: list[Range], place: Coord, across: bool) -> bool:
    """Whether every range lies in ``place``'s row (``across``) or its column."""
    if across:
        return all(r.top == r.bottom == place[0] for r in ranges)
    return all(r.left == r.right == place[1] for r in ranges)


class _Heads:
    """The words heading each column of the input: the nearest text above a place, found by
    walking up its column once (each row's answer kept, so a column of row totals down a large
    sheet is walked once, not once a line)."""

    def __init__(self, cells: dict[Coord, Cell]) -> None:
        self._cells = cells
        self._above: dict[Coord, str | None] = {}

    def named(self, at: Coord | None) -> tuple | None:
        """The characteristic and value the input's column at ``at`` is headed by, above it."""
        if at is None:
            return None
        head = self._head(at)
        return _value_of(head) if head else None

    def _head(self, at: Coord) -> str | None:
        walked: list[Coord] = []
        row, col = at
        head: str | None = None
        while row > 0 and (row, col) not in self._above:
            walked.append((row, col))
            value = self._cells.get((row - 1, col))
            value = value.value if value is not None else None
            if isinstance(value, str) and value.strip():
                head = " ".join(value.split())
                break
            row -= 1
        else:
            head = self._above.get((row, col))
        for place in walked:
            self._above[place] = head
        return head


def _named(labels: dict[int, tuple[int, str]], at: tuple[int, int] | None) -> tuple | None:
    """The characteristic and value the input's line at ``at`` is named by, left of it."""
    if at is None or (label := labels.get(at[0])) is None or label[0] >= at[1]:
        return None
    return _value_of(label[1])


def _value_of(words: str) -> tuple | None:
    """The characteristic and value ``words`` name, if they name one."""
    text = words.casefold()
    if text in _VALUES:
        return _VALUES[text]
    if found := _BAND.match(text):
        return "age", (int(found[1]), int(found[2]))
    if found := _OVER.match(text):
        return "age", (int(found[1]), 999)
    if found := _UNDER.match(text):
        return "age", (0, int(found[1]) - 1)
    return None


def _another(whole: tuple, part: tuple) -> bool:
    """Whether ``part`` names another value of ``whole``'s characteristic, outside it."""
    if whole[0] != part[0]:
        return False
    if whole[0] != "age":
        return whole[1] != part[1]
    return part[1][0] < whole[1][0] or part[1][1] > whole[1][1]
