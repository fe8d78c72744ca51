"""Row labels that are codes: digits written as text under a header naming an identifier
("Code", "LA code", "URN"). "841" there is Durham's local authority number, not a count of
841 to round or to take for a quoted figure: kept as written, like any code. Digits as long as
a phone number under contact words ("Mobile" over "07700900124") are a way to reach someone,
not a code: removed. Digits as text under a place's kind alone ('Office' over '120', '7',
'2019') in a table's first column are the offices' codes (``bare_places``), kept so too."""

from __future__ import annotations

from wpxl.analyse.bare_places import place_codes_as_text
from wpxl.analyse.cells import CONTACT
from wpxl.analyse.numbered_columns import headed_by
from wpxl.analyse.values import PHONE_DIGITS
from wpxl.analyse.words import is_contact_words, is_identifier_words
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
        if not headed_by(cells, header_rows, col, is_identifier_words) and not _place_codes(
            cells, header_rows, col, body_rows, col == label_cols[0]
        ):
            continue
        contact = headed_by(cells, header_rows, col, is_contact_words)
        for row in body_rows:
            cell = cells.get((row, col))
            if cell is None or not isinstance(cell.value, str):
                continue
            if contact and sum(ch.isdigit() for ch in cell.value) >= PHONE_DIGITS:
                roles[(row, col)], reasons[(row, col)] = Role.DROPPED, CONTACT
            elif cell.value.strip().isdecimal():
                roles[(row, col)], reasons[(row, col)] = Role.NONCOUNT, CODE


def _place_codes(
    cells: dict[Coord, Cell], header_rows: list[int], col: int, body_rows: list[int], first: bool
) -> bool:
    heads = [cells.get((row, col)) for row in header_rows]
    values = [c.value for row in body_rows if (c := cells.get((row, col))) is not None]
    return place_codes_as_text(heads, values, first)
