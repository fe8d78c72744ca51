"""What the book's own formulas say about its totals: the lines a SUM adds up together, which
the trees must not nest, and the totals written in other forms than SUM.

A book that writes 'Total' =SUM(B4:B7) says that rows 4 to 7 are each a line of their own: were
one of them the total of others, the book would count those twice. Small counts often add up by
chance (27 beside 12 and 15), so the arithmetic alone would read such a row as a subtotal, and
its rebuilt SUM would show readers that the true figures add up exactly. Lines each naming
another step of the programme (referrals, attachments, starts) are read so too
(``measure_lines``).
"""

from __future__ import annotations

import re
from itertools import compress, repeat
from operator import attrgetter, is_, itemgetter

from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.utils.cell import range_boundaries

from wpxl.analyse.formulas import parse_ref
from wpxl.analyse.measure_lines import measures_apart
from wpxl.model import Cell, Coord, Role, SheetCoord, Table
from wpxl.model.parts import on_line, places_of

_FORMULA = attrgetter("formula")


def summed_lines(table: Table, cells: dict[Coord, Cell], by_row: bool) -> list[frozenset[int]]:
    """The typed lines each formula total along one axis adds up (a column's total over rows,
    for ``by_row``): one set for each formula over three or more of them. Lines holding formulas
    are left out: a SUBTOTAL skips the SUBTOTALs inside its range, and those are totals anyway."""
    found: set[frozenset[int]] = set()
    keep = 1 if by_row else 0  # the coordinate a part shares with its total
    sheet, get = table.sheet, cells.get
    across = itemgetter(1 - keep)  # a part's (row, col): the line it is on across the total's
    for coord, parts in table.totals.items():
        cell = get(coord)
        if cell is None or cell.formula is None or len(parts) < 3:
            continue
        # every part on the total's own line of this sheet (a column total's parts share its
        # column): told from the runs a formula names, or asked of a tuple's parts all at once
        if not on_line(parts, sheet, by_row, coord[keep]):
            continue
        places = list(places_of(parts))
        lines = _typed_lines(list(map(across, places)), list(map(get, places)))
        if len(lines) > 2:
            found.add(frozenset(lines))
    return [*found, *measures_apart(table, by_row)]  # 'Referrals' is no sum of 'Job starts'...


def _typed_lines(lines: list[int], found: list[Cell | None]) -> list[int]:
    """The lines of the parts whose cells hold no formula, the line's cells asked all at once in
    C (a column total over a sheet of rows, or each of its rows' totals): a part with no cell
    (rare) has them asked one by one."""
    if any(map(is_, found, repeat(None))):
        return [line for line, part in zip(lines, found, strict=True)
                if part is not None and part.formula is None]  # fmt: skip
    plain = map(is_, map(_FORMULA, found), repeat(None))
    return list(compress(lines, plain))


def added_together(
    summed: list[frozenset[int]], line: int, seq: list[int], kids: list[int]
) -> bool:
    """Whether one of the book's SUMs adds ``line`` and one of its would-be parts (positions
    ``kids`` of ``seq``) up together: the book reads ``line`` as a line of its own."""
    return any(line in lines and any(seq[k] in lines for k in kids) for lines in summed)


UNREBUILT = "a formula wpxl does not rebuild"  # the start of cells.read_cell's reason


def rebuild_formula_totals(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role], reasons: dict[Coord, str]
) -> None:
    """Formulas that are sums in another form become totals over the cells they add up:
    ``=B10-B9`` (a total less some of its own parts: 'Total excluding prison leavers') and
    ``=SUMIF(A4:A14,"*Total",B4:B14)`` (the lines whose labels match, as Excel matches them).
    Either names its cells exactly, so it is rebuilt over them like any SUM rather than lost.
    A difference whose total is itself such a formula waits for it, hence the rounds."""
    rows, cols = set(table.body_rows), set(table.body_cols)
    waiting = [
        coord
        for coord, why in reasons.items()
        if why.startswith(UNREBUILT) and coord[0] in rows and coord[1] in cols
    ]
    while waiting:
        left = []
        for coord in waiting:
            formula = cells[coord].formula or ""
            parts = _difference(formula, table) or _sumif(formula, coord, table.sheet, cells)
            if parts:
                roles[coord] = Role.TOTAL
                table.totals[coord] = parts
                del reasons[coord]
            else:
                left.append(coord)
        if len(left) == len(waiting):
            return
        waiting = left


def _tokens(formula: str) -> list[Token]:
    try:
        tokens = Tokenizer("=" + formula).items
    except Exception:
        return []
    return [t for t in tokens if t.type != Token.WSPACE]


def _is_ref(token: Token) -> bool:
    return token.type == Token.OPERAND and token.subtype == Token.RANGE


def _difference(formula: str, table: Table) -> tuple[SheetCoord, ...] | None:
    """``X-Y[-Z...]``: total X's parts but Y, Z (each a part of X, or a total over parts of
    X); None unless X is a total of this sheet and every cell taken off is among its parts."""
    tokens = _tokens(formula)
    if len(tokens) < 3 or len(tokens) % 2 == 0 or not all(map(_is_ref, tokens[::2])):
        return None
    if any(t.type != Token.OP_IN or t.value != "-" for t in tokens[1::2]):
        return None
    refs = [parse_ref(t.value) for t in tokens[::2]]
    if any(r is None or r.sheet is not None for r in refs):
        return None
    first, *taken = refs
    whole = table.totals.get((first.top, first.left)) if first.top == first.bottom else None
    if whole is None or first.left != first.right:
        return None
    parts = list(whole)
    for ref in taken:
        for coord in ref.coords():
            own = (table.sheet, *coord)
            drop = [own] if own in parts else list(table.totals.get(coord, ()))
            if not drop or any(p not in parts for p in drop):
                return None
            parts = [p for p in parts if p not in drop]
    return tuple(parts) or None


def _sumif(
    formula: str, coord: Coord, sheet: str, cells: dict[Coord, Cell]
) -> tuple[SheetCoord, ...] | None:
    """``SUMIF(range, "text", sum_range)`` on this sheet: the cells of ``sum_range`` beside
    the labels the text matches (``*`` and ``?`` wildcards, any case, as Excel does)."""
    tokens = _tokens(formula)
    if len(tokens) != 7 or tokens[0].value.upper() != "SUMIF(" or tokens[-1].value != ")":
        return None
    crit, text, total = tokens[1], tokens[3], tokens[5]
    if not (_is_ref(crit) and _is_ref(total)) or text.subtype != Token.TEXT:
        return None
    wanted = text.value[1:-1].replace('""', '"')
    if not wanted or wanted[0] in "<>=":
        return None  # a comparison, not a label to match
    pattern = _wildcards(wanted)
    bounds = [_bounds(t.value, cells) for t in (crit, total)]
    if bounds[0] is None or bounds[1] is None:
        return None
    (top, left, bottom, right), (sum_top, sum_left, _, _) = bounds
    parts = []
    for row in range(top, bottom + 1):
        for col in range(left, right + 1):
            label = cells.get((row, col))
            if label is None or not isinstance(label.value, str):
                continue
            if pattern.fullmatch(label.value):
                part = (row - top + sum_top, col - left + sum_left)
                if part == coord:
                    return None  # it would add itself up: Excel's circular reference
                if part in cells and cells[part].value is not None:
                    parts.append((sheet, *part))
    return tuple(parts) or None


def _wildcards(text: str) -> re.Pattern[str]:
    out, escaped = [], False
    for ch in text:
        if escaped:
            out.append(re.escape(ch))
            escaped = False
        elif ch == "~":
            escaped = True
        else:
            out.append(".*" if ch == "*" else "." if ch == "?" else re.escape(ch))
    return re.compile("".join(out), re.IGNORECASE | re.DOTALL)


def _bounds(text: str, cells: dict[Coord, Cell]) -> tuple[int, int, int, int] | None:
    """0-based top, left, bottom, right of a same-sheet range; whole columns run to the last
    row holding a cell in them."""
    if "!" in text:
        return None
    try:
        left, top, right, bottom = range_boundaries(text.replace("$", ""))
    except (ValueError, TypeError):
        return None
    if left is None or right is None:
        return None  # whole rows: not a column of labels
    if top is None or bottom is None:
        used = [r for r, c in cells if left - 1 <= c <= right - 1]
        if not used:
            return None
        return 0, left - 1, max(used), right - 1
    return top - 1, left - 1, bottom - 1, right - 1
