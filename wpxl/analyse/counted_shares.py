"""A count written with its share in one cell ('120 (12%)', '120 / 12%', '12% (120)'), as
published tables and the packs copied from them print a count beside its percentage of the
column's total.

Such a cell is text, so it read as words: a column of them, past the first, was a column of
labels, carried as written wherever its count was a multiple of 20 (a job outcome volume of 120
shown beside its share) and the share, worked out from the unrounded figures, with it. It is a
figure: its column is the table's body, the cell is removed (wpxl cannot round the count and
keep a share of the unrounded total beside it), and the reason goes on the cover.
"""

from __future__ import annotations

import re

from wpxl.analyse.values import is_marked_figure, is_suppression_marker
from wpxl.model import Cell, CellValue

COUNTED_SHARE = (
    "a count written with its share in one cell (such as a count then its percentage in "
    "brackets), which wpxl cannot round as shown: give the counts and the shares in columns "
    "of their own"
)
_COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
_SHARE = r"\d{1,3}(?:\.\d+)?\s*%"
# the count then its share, or the share then its count: bracketed, or after '/', '|', ',',
# ';', a dash or a space ('120 (12%)', '120 / 12%', '12% (120)', '12.0% 120')
_COUNTED_SHARE = re.compile(
    rf"^\s*(?:{_COUNT}\s*(?:[(\[]\s*{_SHARE}\s*[)\]]|(?:[/|,;\-\u2013]\s*|\s+){_SHARE})"
    rf"|{_SHARE}\s*(?:[(\[]\s*{_COUNT}\s*[)\]]|(?:[/|,;\-\u2013]\s*|\s+){_COUNT}))\s*$"
)


def is_counted_share(value: CellValue) -> bool:
    """A count and its percentage in one cell, either first ('120 (12%)', '12% (120)')."""
    return isinstance(value, str) and bool(_COUNTED_SHARE.match(value))


def figures_as_text(cells: list[Cell | None]) -> bool:
    """A column whose every cell is a count with its share, or a figure with a mark ('120p',
    '(12)'), or a marker ('..'), one of them at least a count with its share: figures, never
    labels (a column of marks alone, such as '<25' over '25-49', may name age bands)."""
    values = [c.value for c in cells if c is not None and not c.is_empty]
    shares = [v for v in values if is_counted_share(v)]
    return bool(shares) and all(
        is_counted_share(v) or is_marked_figure(v) or is_suppression_marker(v) for v in values
    )


def holds_counted_shares(cells: list[Cell]) -> bool:
    """Whether any of a block's cells is a count with its share: the block is a table."""
    return any(is_counted_share(c.value) for c in cells)
