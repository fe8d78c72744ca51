"""The copy's figures that are no multiple of the base, judged against the proof's reading
of the input's labels (``label_figures``): an input label kept as written, a class code, or a
code under words naming an identifier, that no formula of the copy adds up."""

from __future__ import annotations

from weakref import proxy

from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.class_codes import class_codes
from wpxl.verify.formula_spans import references_by_column
from wpxl.verify.label_figures import TOTAL, LabelReading
from wpxl.verify.label_number import label_number
from wpxl.verify.rows_of import own_table
from wpxl.verify.spelt import code_column, identifier_column
from wpxl.verify.year_parts import whole


def label_figures(pair: SheetPair) -> LabelFigures:
    """The pair's reading of its input's labels, made once for the two checks that ask it
    (figures no multiple of the base, and labels rounded), whichever runs first and in
    whichever process (wpxl.verify.alongside). The reading holds the pair weakly: the pair
    holds it, and a cycle would keep each sheet's cells until a collection."""
    if pair.labels is None:
        pair.labels = LabelFigures(proxy(pair))  # type: ignore[arg-type]
    return pair.labels


class LabelFigures(LabelReading):
    """Judges the figures of one volume sheet of a copy that are no multiple of the base."""

    def __init__(self, pair: SheetPair) -> None:
        super().__init__(pair.source.cells if pair.source is not None else {})
        self.pair = pair
        self._referred: dict[int, list[tuple[int, int]]] | None = None
        self._codes: dict[Coord, float] | None = None

    def __call__(self, coord: Coord) -> bool:
        """Whether the copy's figure at ``coord`` is an input label kept as written, or a
        figure under code words ('Area code') that no total row of the input counts. Words
        over another table up the column may seem code words ('Referrals by office no.' over
        a table stacked under it, whose month numbers a total line adds up under them): such
        a figure is judged as any other label."""
        at = self.pair.input_coord(coord)
        kept = self.pair.cells.get(coord)
        if code_column(self.pair, coord) and at is not None and not self._counted(at):
            # a code kept as the input writes it: a figure where the input holds none (a line
            # added under 'Payment group | Number', an outcome count typed below) is no code
            written = label_number(self.cells.get(at))
            return written is not None and kept is not None and kept[0] == written
        # counted, a code may still name a column: the readings below judge it
        codes = self.class_codes()
        if at in codes and kept is not None and kept[1] is None:
            same = kept[0] == codes[at]  # a class code (1.1, 2) kept as written, not
            return same and not self.referred(coord)  # a figure a formula of the copy adds
        number = None if at is None else whole(self.cells.get(at))
        if at is None or number is None or kept is None or kept[1] is not None:
            return False
        if kept[0] != number:
            return False
        return self.names(at) and not self.referred(coord)

    def class_codes(self, read: dict[Coord, float] | None = None) -> dict[Coord, float]:
        """The input's class codes naming lines, by place: read once for the figures no
        multiple of the base and for the labels rounded (a walk of every column's runs),
        or taken as ``read`` by a walk of those runs made for more (``kept_labels``)."""
        if self._codes is None:
            self._codes = class_codes(self.cells) if read is None else read
        return self._codes

    def digits_as_written(self, coord: Coord) -> bool:
        """Whether the copy's digits as text at ``coord`` stand as the input writes them where
        the input's layout shows them to name a row or column ('201304' over its month's
        column, as exports write month codes): a name, judged no further as words."""
        at = self.pair.input_coord(coord)
        held = None if at is None else self.cells.get(at)
        return held is not None and held.value == self.pair.cells[coord][0] and self.names(at)

    def names_codes(self, coord: Coord) -> bool:
        """Whether the copy's figure at ``coord`` stands under words naming an identifier
        ('UKPRN', 'Site code') that no total row of the input counts: a code, kept as written."""
        at = self.pair.input_coord(coord)
        return at is not None and identifier_column(self.pair, coord) and not self._counted(at)

    def referred(self, coord: Coord) -> bool:
        """Whether a formula of the copy refers to the place (its references read once, by
        column: a label column is one few formulas reach). A formula standing where the input
        holds a number naming a row adds up nothing: it took a label's place ('3' made the SUM
        of payment groups '1' and '2'), and the labels it reaches are still labels."""
        if self._referred is None:
            self._referred = references_by_column(
                f for at, (_, f, _) in self.pair.cells.items() if f and not self._on_label(at)
            )
        row, col = coord
        spans = (*self._referred.get(col, ()), *self._referred.get(-1, ()))
        return any(top <= row <= bottom for top, bottom in spans)

    def _on_label(self, coord: Coord) -> bool:
        """Whether the input's number at the copy's ``coord`` names a row or column."""
        at = self.pair.input_coord(coord)
        return at is not None and label_number(self.cells.get(at)) is not None and self.names(at)

    def _counted(self, at: Coord) -> bool:
        """Whether a total row of the input counts the figure: it stands on one (words naming
        a total left of it), or one just above or below its column's run of figures holds a
        figure in the column (an analyst's 'Code' over counts added up)."""
        row, col = at
        if self._totals_left(row, col) or self._subtotal(row, col):
            return True
        for step in (-1, 1):
            end = row
            while self._number((end + step, col)):
                end += step
                if self._totals_left(end, col) or self._subtotal(end, col):
                    return True
        return False

    def _totals_left(self, row: int, col: int) -> bool:
        """A figure on a line naming a total in its own table (not across a blank column)."""
        return self._number((row, col)) and any(
            c < col and isinstance(cell.value, str) and TOTAL.match(cell.value)
            for c, cell in own_table(self._row(row), col)
        )
