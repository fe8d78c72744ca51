"""The role a text of a copy's sheet is judged in (``texts.judge_words``): wpxl's own words, a
percentage sheet's, a header or row label's, or a title's or note's.

A header or row label names groups with small numbers ('JSA 18-24', 'Top 50'), so its numbers
are judged only from 100; a title's or note's from 25. A text in a row or column of figures was
read as a label. But an analyst centres a table's title by typing it over the middle of the
table ('47 referrals awaiting validation' in C1, 'Job starts to date 87' in B1) and writes a
note under a column ('Note: 47 referrals withdrawn' in B9): in a column of figures, such a text
was judged as a header, and its count under 100 went out unrounded, proved. A text alone in its
line, no figure and no other words beside it, is a title or a note wherever it stands now (the
plan reads it so too: ``plan.carried_words``); a header row has its corner's words or its
columns' other headers, a label its line's figures.
"""

from __future__ import annotations

from collections import Counter

from wpxl.model.layout import BANNER_ROWS
from wpxl.verify.books import CellIndex, SheetPair
from wpxl.verify.outcome_labels import percent_heading
from wpxl.verify.proof import Proof
from wpxl.verify.spelt import code_column
from wpxl.verify.values import WPXL_POINTER


def lined_rows(index: CellIndex) -> set[int]:
    """The rows of a copy's sheet where a text has company: a figure, or other words."""
    words = Counter(row for (row, _), _ in index.texts)
    return index.figure_rows | {row for row, count in words.items() if count > 1}


def queue_text(
    pair: SheetPair,
    proof: Proof,
    coord: tuple[int, int],
    text: str,
    lined: set[int],
    band: tuple[float, float] | None = None,
) -> None:
    """Queue the text for ``judge_words`` in its role; ``lined``: ``lined_rows``; ``band``:
    the ends of the band it names among its fellows (``open_bands.closed_bands``), or the code
    it names its line by ('1101 Leeds City': ``coded_labels``)."""
    if text.strip().isdigit() and code_column(pair, coord):
        return
    where = pair.where(coord)
    row, col = coord
    index = pair.indexed(proof.base)
    if pair.kind == "cover" or row == 0 or WPXL_POINTER.match(text):
        role = "wpxl"
    elif pair.kind == "percent":
        role = "wpxl" if row < BANNER_ROWS + 3 and col == 0 else "percent"
    else:
        label = row in index.figure_rows or col in index.figure_cols
        role = "label" if label and row in lined else "title"
    band = band if role in ("label", "percent") else None
    proof.queue(where, text, role, percent_heading(pair, coord, text), band)
