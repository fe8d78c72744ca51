"""Numbers in a table's body that are no counts: a rank (removed) and a reference or version
beside its key above a table (kept as written). Rounded as counts they would read 0, 0, 20,
and a rank kept would tell the order of figures rounding has made equal."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wpxl.analyse.bare_refs import is_bare_ref
from wpxl.analyse.values import as_number, is_error, is_text, typed_whole
from wpxl.model import Cell, Coord, Role

if TYPE_CHECKING:  # roles asks this module about a table's layout
    from wpxl.analyse.layout import Layout


def not_counted(
    col_words: dict[int, str],
    layout: Layout,
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    reasons: dict[Coord, str],
) -> None:
    """Mark the body's numbers that are no counts: ranks (removed), keyed references (kept)."""
    rank_columns(col_words, layout.body_rows, cells, roles, reasons)
    keyed_values(layout, cells, roles, reasons)


RANK = "a rank: it orders the unrounded figures, so it is not shared"
_RANK = re.compile(r"\brank(?:s|ed|ings?)?\b", re.IGNORECASE)


def rank_columns(
    col_words: dict[int, str],
    body_rows: list[int],
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    reasons: dict[Coord, str],
) -> None:
    """Remove the figures of a column headed by a rank ('Rank', 'Change in rank'): a league
    table's 3, 1, 5 is no count to round (it would read 0, 0, 0), and kept it would tell the
    order of figures rounding has made equal. A rank worked out by a formula ('=RANK(B4,
    $B$4:$B$7)', saved with no value by a script) is one too: it was removed as 'a formula wpxl
    does not rebuild (over B4, B4)', which told the user nothing of why."""
    for col, words in col_words.items():
        if not _RANK.search(words):
            continue
        for row in body_rows:
            cell = cells.get((row, col))
            if cell is None or is_error(cell.value):
                continue
            if cell.formula is not None or as_number(cell.value) is not None:
                roles[(row, col)] = Role.DROPPED
                reasons[(row, col)] = RANK


KEYED = "a reference or version beside its key: kept as written"
_KEY = re.compile(
    r"^\s*(?:(?:contract|provider|report|document|release|extract|file|cpa)\s+)?"
    r"(?:reference|ref\.?|version|id|urn|ukprn)(?:\s+(?:number|no\.?))?\s*:?\s*$",
    re.IGNORECASE,
)


def keyed_values(
    layout: Layout,
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    reasons: dict[Coord, str],
) -> None:
    """Key and value lines above a table ('Contract reference | 40712', 'Version | 3'): the
    value is no count when its key, the row's last label just left of it, names a reference
    or a version and it is the line's only number. Only a row so keyed has its figures read
    (most rows have none). A total that adds it up makes it a count again (``_mark_total``)."""
    if not layout.label_cols or not layout.body_cols:
        return
    key_col, col = layout.label_cols[-1], layout.body_cols[0]
    if col != key_col + 1:
        return
    for row in layout.body_rows:
        key = cells.get((row, key_col))
        if key is None or not is_text(key.value) or not _KEY.match(str(key.value)):
            continue
        if is_bare_ref(str(key.value)):  # 'REF | 1237' in an extract: referrals, no reference
            continue
        numbers = [c for c in layout.body_cols if _is_number(cells.get((row, c)))]
        if numbers == [col] and typed_whole(cells.get((row, col))) is not None:
            roles[(row, col)] = Role.NONCOUNT
            reasons[(row, col)] = KEYED


def _is_number(cell: Cell | None) -> bool:
    return cell is not None and not cell.is_empty and as_number(cell.value) is not None
