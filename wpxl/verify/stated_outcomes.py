"""A text among an outcome line's figures that states a number: an outcome volume, however
written.

The proof read as figures only digits alone or marked ('140', 'c.140', '59r', '(12)') or spelt
with a leading zero or an exponent. An outcome figure typed with words about it ('about 140',
'approx. 140', '140 (est.)', '140 provisional', '140 people', '140-159'), or in words ('one
hundred and forty'), stated the volume as plainly, and a copy carrying it beside the rounded
starts passed. A text of the copy whose input place is an outcome's (the caller knows) and
stands where the input's row and column hold typed figures (not a label or a header) states
that outcome if it holds a number in digits or in words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from wpxl.model import Cell
from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.counted_shares import states_a_counted_share
from wpxl.verify.elapsed_marks import heads_elapsed_time
from wpxl.verify.few_words import alone_few, set_number
from wpxl.verify.labelled_figures import label_left, qualified_figure
from wpxl.verify.money_texts import is_money_unit
from wpxl.verify.spelt import spells_a_number, spelt_number, written_number
from wpxl.verify.values import is_marked_number

_DIGIT = re.compile(r"\d")


def could_state(text: str) -> bool:
    """Whether a text holds a number at all, in digits or in words ('a dozen', 'a few' alone
    too: wpxl.verify.few_words): most texts hold none."""
    if _DIGIT.search(text) is not None or spells_a_number(text):
        return True
    return set_number(text) is not None or alone_few(text)


def states_an_outcome(pair: SheetPair, at: Coord, text: str) -> bool:
    """Whether ``text``, at the outcome's input place ``at``, states a number as a figure: not
    the input's own text where nothing stands left of it on its row, the line's name ('18-24',
    '60+' down an age band's column, however the words over it read), nor a unit ('£000')."""
    if is_money_unit(text):
        return False
    if pair.source is not None and (
        _names_its_line(pair.source.cells, at, text)
        or heads_elapsed_time(pair.source.cells, at, text)  # '3m | 6m | 12m' of a cohort table
    ):
        return False
    if is_marked_number(text) or spelt_number(text) is not None or written_number(text):
        return True
    if alone_few(text):  # 'a few', 'a handful' where the figure stood: how many there were
        return True
    if states_a_counted_share(text):  # '120 (12%)': wherever it stands, a count
        return True
    if not could_state(text) or pair.source is None:
        return False
    if qualified_figure(text) is not None and label_left(pair.source.cells, at) is not None:
        return True  # 'Bradford outcomes: | 12 (provisional)' (wpxl.verify.labelled_figures)
    rows, cols = _figure_lines(pair)
    return at[0] in rows and at[1] in cols


def _figure_lines(pair: SheetPair) -> tuple[set[int], set[int]]:
    """The rows and columns of the input sheet holding a typed figure (read again for each
    text asked: few texts stand in an outcome's place, most sheets have none)."""
    rows: set[int] = set()
    cols: set[int] = set()
    for (row, col), cell in pair.source.cells.items():  # type: ignore[union-attr]
        if cell.value.__class__ in (int, float):
            rows.add(row)
            cols.add(col)
    return rows, cols


def _names_its_line(cells: Mapping[Coord, Cell], at: Coord, text: str) -> bool:
    row, col = at
    if getattr(cells.get(at), "value", None) != text:
        return False  # another text than the input's there: judged as any other
    return all(getattr(cells.get((row, c)), "value", None) in (None, "") for c in range(col))
