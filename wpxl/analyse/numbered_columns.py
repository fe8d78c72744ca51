"""Label columns told by their headers: numbers running 1, 2, 3 under a period's name, and
codes or numbers written as text under an identifier's or a numbered kind's name.

Such a column holds values a reader could take for counts (6, "841"); its header says what
they number, so ``layout`` reads it as labels.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from wpxl.analyse.label_numbers import header_names_numbers
from wpxl.analyse.values import is_text
from wpxl.analyse.words import is_identifier_words, is_period_words, is_total_label
from wpxl.model import Cell, Coord


def periods_numbered(
    header_rows: list[int], cells: dict[Coord, Cell], col: int, values: list[object]
) -> bool:
    """A first column headed by a period ("Week number", "Month") whose values run 1, 2, 3 ...
    numbers those periods: labels, however count-like the numbers look. The total row's words
    may stand in the column, under the numbers or over them (a column of counts would hold
    the total there)."""
    if not headed_by(cells, header_rows, col, is_period_words):
        return False
    values = list(values)
    while values and is_text(values[-1]) and is_total_label(str(values[-1])):
        values.pop()
    while values and is_text(values[0]) and is_total_label(str(values[0])):
        values.pop(0)
    numbers = [n for n in map(_numbered, values) if n is not None]
    if len(numbers) < 3 or len(numbers) != len(values):
        return False
    return all(b - a in (1, -1) for a, b in itertools.pairwise(numbers))


# a number with a footnote's marker joined to it: MoJ's '2009(2)', a year of two IT systems,
# the marker raised as the published book has it ('2009⁽²⁾', wpxl.read.strings) or not
_MARKED = re.compile(
    r"\s*(\d{1,4})\s*(?:[(\[]\s*\d{1,2}(?:\s*,\s*\d{1,2})*\s*[)\]]\s*"
    r"|\u207d?[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2}\u207e?\s*)+"
)


def _numbered(value: object) -> int | None:
    """The number a period column's cell numbers its line by: typed, or written with a
    footnote's marker (the plan keeps the text as written, the marker a footnote's)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    found = _MARKED.fullmatch(value) if isinstance(value, str) else None
    return int(found.group(1)) if found else None


def codes_as_text(
    header_rows: list[int],
    cells: dict[Coord, Cell],
    col: int,
    values: list[object],
    over_blocks: Cell | None = None,
) -> bool:
    """A column headed by an identifier ("Code", "LA code"), or by words naming what its
    numbers name ('Payment group', 'Week', 'Age'), whose values are all written as text
    ("E92000001", "841", "6"): codes or numbers naming the rows, however number-like some look
    (counts typed as text sit under a measure's header, not these). ``over_blocks``: the
    header over the blocks stacked above, where this block's own is its name ('York')."""
    named = headed_by(cells, header_rows, col, is_identifier_words) or headed_by(
        cells, header_rows, col, lambda words: header_names_numbers(words) is not None
    )
    named = named or (
        over_blocks is not None and header_names_numbers(str(over_blocks.value)) is not None
    )
    return named and bool(values) and all(isinstance(v, str) for v in values)


def headed_by(
    cells: dict[Coord, Cell], header_rows: list[int], col: int, says: Callable[[str], bool]
) -> bool:
    """Whether a header cell of the column holds words that ``says`` recognises."""
    heads = [cells.get((row, col)) for row in header_rows]
    return any(h is not None and is_text(h.value) and says(str(h.value)) for h in heads)
