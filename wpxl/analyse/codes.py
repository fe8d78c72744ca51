"""Row labels that are codes: digits written as text under a header naming an identifier
("Code", "LA code", "URN"). "841" there is Durham's local authority number, not a count of
841 to round or to take for a quoted figure: kept as written, like any code."""

from __future__ import annotations

from wpxl.analyse.layout import headed_by
from wpxl.analyse.words import is_identifier_words
from wpxl.model import Cell, Coord, Role

CODE = "a code written as text under a header naming one: kept as written"


def code_labels(
    cells: dict[Coord, Cell],
    header_rows: list[int],
    label_cols: list[int],
    body_rows: list[int],
    roles: dict[Coord, Role],
    reasons: dict[Coord, str],
) -> None:
    """Mark the label cells that are codes (``roles`` and ``reasons`` changed in place)."""
    for col in label_cols:
        if not headed_by(cells, header_rows, col, is_identifier_words):
            continue
        for row in body_rows:
            cell = cells.get((row, col))
            if cell is not None and isinstance(cell.value, str) and cell.value.strip().isdigit():
                roles[(row, col)] = Role.NONCOUNT
                reasons[(row, col)] = CODE
