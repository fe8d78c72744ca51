"""Numbers that name a table's rows or columns are kept as written, never rounded as counts.

Payment groups numbered 1, 2, 6, 9 down a table's first column, rounded as counts, read 0, 0,
0, 0: the rows can no longer be told apart, yet every figure of the copy is a multiple of the
base and every total adds up its rounded cells, so no other check of the proof sees anything
wrong. So a number of the input that the proof's own reading (``label_figures``: a run of
numbers under a header naming what they number, a header row of numbers beside 'Total', a
value beside its key, a part of the year beside its year) shows to name a row or a column, and
that no formula of the copy adds up, must stand in the copy as the input holds it.

Only the first figure of each column's run in the copy is asked (a label column's top, or a
header row's numbers), or the first under it to differ from the input where the top does not
(ages from 20, rounded to 20, 20, 20 under it): one rounded label is enough to refuse the
copy, and asking every figure would read a run once for each of its cells. A column of
years is asked whole (``year_column``): its top may be a multiple of the base already
(1900); so are numbers naming lines among words ('All', 0, 1, 2, '3 or more':
``worded_labels``), whose top is 0, and class codes naming lines ('All', 1.1, 1.2, 2 .. 8:
``class_codes``), whose decimals no run reads; so are columns numbered in digits as text
with no 'Total' beside them (``text_heads``).
A figure under words naming an identifier ('UKPRN' over 10001234, right of the areas'
numbers, which no label run reads) is a code, and must stand as written too.

The other way round, a count written as text inside a grid of figures that none of these
readings names ('Leeds | "1" | "2" | "3"' over York's line) must leave rounded: asked here
too, with the same reading of labels (``text_counts``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.class_codes import run_codes
from wpxl.verify.column_runs import column_runs
from wpxl.verify.copy_labels import LabelFigures, label_figures
from wpxl.verify.label_number import label_number
from wpxl.verify.leaks import Finding
from wpxl.verify.text_counts import text_counts
from wpxl.verify.text_heads import text_heads
from wpxl.verify.worded_labels import worded_labels
from wpxl.verify.year_column import changed_labels, rounded_years

if TYPE_CHECKING:
    from wpxl.verify.proof import Proof

ROUNDED_LABEL = "a number naming a row or column, rounded as a count"


def labels_kept(pair: SheetPair, proof: Proof) -> list[Finding]:
    """Invariant 2's labels, a check of its own: it reads one sheet's pair alone, so the
    proof's second process may take it (wpxl.verify.alongside). The last to ask the pair's
    reading of its labels, it lets it go: its memo of each run's numbers (a label's verdict for
    each cell of a column of 250,000 counts) would stay beside every later check's own."""
    found = rounded_labels(pair, proof.base, label_figures(pair))
    pair.labels = None
    return found


def rounded_labels(pair: SheetPair, base: int, named: LabelFigures) -> list[Finding]:
    """The places of a volume sheet where a label of the input was rounded (see the doc)."""
    if pair.kind != "volume" or pair.source is None:
        return []
    cells = pair.source.cells
    found: list[Finding] = []
    tops = [_first_changed(pair, coord) for coord in pair.indexed(base).tops]
    named.read_ahead([at for coord in tops if (at := pair.input_coord(coord)) is not None])
    for coord in tops:
        value = pair.cells[coord][0]
        at = pair.input_coord(coord)
        number = None if at is None else label_number(cells.get(at))
        if at is None or number is None or number == value:
            continue
        if (named.names(at) or named.names_codes(coord)) and not named.referred(coord):
            found.append(Finding(pair.where(coord), ROUNDED_LABEL))
    found += [f for f in rounded_years(pair, ROUNDED_LABEL) if f not in found]
    codes, worded = _read_by_runs(pair, named)
    found += [f for f in changed_labels(pair, codes, ROUNDED_LABEL) if f not in found]
    found += [f for f in worded if f not in found]
    found += [f for f in text_heads(pair, ROUNDED_LABEL) if f not in found]
    return found + text_counts(pair, base, named)  # counts written as text, rounded too


def _read_by_runs(
    pair: SheetPair, named: LabelFigures
) -> tuple[list[tuple[Coord, int]], list[Finding]]:
    """The input's class codes naming lines, and the places of its numbers naming lines among
    words the copy does not keep (``worded_labels``), both read off one walk of every column's
    runs: a sheet of 19,000 council names is long to walk twice."""
    assert pair.source is not None
    codes: dict[Coord, float] = {}
    worded: list[Finding] = []
    for run in column_runs(pair.source.cells):
        codes.update(run_codes(run))
        worded += worded_labels(pair, run, ROUNDED_LABEL)
    return list(named.class_codes(codes).items()), worded  # type: ignore[arg-type]


def _first_changed(pair: SheetPair, top: Coord) -> Coord:
    """The first figure of the copy's run down from ``top`` that differs from the input's
    number at its place, or ``top`` where none does: a label run's top may be a multiple of
    the base already (ages from 20, areas 40, 41, 42), the numbers under it rounded."""
    cells, row, col = pair.source.cells if pair.source is not None else {}, *top
    while (shown := pair.cells.get((row, col))) is not None and shown[0].__class__ is float:
        at = pair.input_coord((row, col))
        number = None if at is None else label_number(cells.get(at))
        if number is None:
            return top
        if number != shown[0]:
            return row, col
        row += 1
    return top
