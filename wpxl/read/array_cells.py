"""An array formula's cells, each read as the formula Excel works out for it.

An array formula over a range (``{=B3:B5+C3:C5+D3:D5}`` in E3:E5, or the same typed once in
Excel 365 and spilled down) is stored once, in its first cell; the others hold only the values
they show. Read as it is stored, the first cell's total named all nine figures (and showed one
line's sum) and the others were figures typed: the copy was refused as 'a total that adds up
other cells than the input's'. Where the formula works cell by cell (ranges the shape of the
array or one line or column of it, single cells, numbers and arithmetic, no function), each cell
is what Excel works out for it, the ranges' cells at its place (E4: B4+C4+D4), and is read as
that formula, a total of its own line; any other array formula is read as before.
"""

from __future__ import annotations

from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.utils.cell import get_column_letter, range_boundaries

from wpxl.model import Coord

_ARITHMETIC = frozenset("+-*/^")


def cell_by_cell(formula: str, span: str) -> dict[str, str] | None:
    """Each cell of the array ``span`` ('E3:E5') by its A1 reference, with the formula (with
    its '=') Excel works out there; None unless ``formula`` works cell by cell."""
    try:
        left, top, right, bottom = (int(b) for b in range_boundaries(span))  # type: ignore[arg-type]
        tokens = Tokenizer(formula).items
    except (TypeError, ValueError):
        return None
    height, width = bottom - top + 1, right - left + 1
    pieces: list[str | tuple[str, tuple[int, int, int, int]]] = []
    last = None  # the last token but spaces: two operands with a space between intersect
    for token in tokens:
        piece = _piece(token, height, width)
        starts = token.type == Token.OPERAND or token.subtype == Token.OPEN
        if piece is None or (starts and last in (Token.OPERAND, Token.CLOSE)):
            return None
        pieces.append(piece)
        if token.type != Token.WSPACE:
            last = token.subtype if token.type == Token.PAREN else token.type
    written = {}
    for row in range(height):
        for col in range(width):
            text = "".join(p if isinstance(p, str) else _at(p, (row, col)) for p in pieces)
            written[f"{get_column_letter(left + col)}{top + row}"] = "=" + text
    return written


def _piece(
    token: Token, height: int, width: int
) -> str | tuple[str, tuple[int, int, int, int]] | None:
    """A token as written, or a range with its sheet and bounds to be taken cell by cell;
    None for anything that does not work cell by cell."""
    value = token.value
    if token.type in (Token.WSPACE, Token.PAREN, Token.OP_POST):  # a function's is Token.FUNC
        return value
    if token.type in (Token.OP_IN, Token.OP_PRE):
        return value if value in _ARITHMETIC else None
    if token.type != Token.OPERAND:
        return None
    if token.subtype == Token.NUMBER:
        return value
    if token.subtype != Token.RANGE:
        return None
    sheet, _, place = value.rpartition("!")
    if ":" in sheet or "[" in sheet:  # a span of sheets, another workbook
        return None
    try:
        bounds = tuple(int(b) for b in range_boundaries(place.replace("$", "")))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None  # a name, a whole column, a table
    rows, cols = bounds[3] - bounds[1] + 1, bounds[2] - bounds[0] + 1
    if rows not in (1, height) or cols not in (1, width):
        return None
    return (f"{sheet}!" if sheet else "", bounds)  # type: ignore[return-value]


def _at(piece: tuple[str, tuple[int, int, int, int]], place: Coord) -> str:
    """The range's cell at ``place`` within the array (a single line or column repeats)."""
    sheet, (left, top, right, bottom) = piece
    row = top + (place[0] if bottom > top else 0)
    col = left + (place[1] if right > left else 0)
    return f"{sheet}{get_column_letter(col)}{row}"
