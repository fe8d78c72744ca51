"""The proof's reading of a header row banding the columns by a quantity measured in units,
named in its corner: 'Duration (weeks) | 13 | 26 | 39 | 52', 'Hours worked | 16 | 30 | 37',
'Months on programme | 3 | 6 | 9 | 12', 'Score | 1 | 2 | 3 | 4 | 5', 'Number of children | 0 |
1 | 2 | 3+', over areas' referrals, with no 'Total' column beside them; or named over them
('Hours worked' merged over 'Area | 16 | 30 | 37').

Counts need their columns named, and such words name no line of counts. So three or more
whole numbers (typed or as text), from 0 to 999, rising along the row, name the columns:

- right of a corner naming such a quantity and no counted event nor a total, when the nearest
  row above them holding anything (blank rows skipped) holds no figure over them and words over
  one of them at most (a heading merged over them): under a header naming its columns one by
  one ('Area | Leeds | York | Hull', a blank row between), 'Hours worked | 16 | 30 | 37' is a
  line of figures;
- under such words standing alone over them, no figure beside the words, when the row's corner
  names no counted event nor a total, nor a row under a corner naming the label column ('Area'
  over 'Leeds'): under a header naming its columns one by one ('Area | Hours worked | Referrals
  | Starts'), the row 'Leeds | 16 | 30 | 37' is a line of figures.

Read from the input alone; the analyse stage is never asked.
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.model import Cell

Coord = tuple[int, int]

_UNIT = r"(?:hours|days|weeks|months|years)"
_CORNER = re.compile(
    rf"\s*(?:(?:duration|length|time)(?:\s+[a-z]+){{0,3}}(?:\s*\({_UNIT}\))?"
    rf"|{_UNIT}\s+(?:worked(?:\s+(?:per|a|each)\s+week)?|on\s+(?:the\s+)?programme"
    r"|unemployed|out\s+of\s+work"
    r"|claiming|on\s+benefits?|per\s+week)"
    r"|(?:[a-z]+\s+)?(?:score|level)|number\s+of\s+(?:children|dependants|dependents|barriers)"
    r"|(?:household|family)\s+size)\s*:?\s*",
    re.IGNORECASE,
)
# an event counted, a total, or a time in work (which counts sustainments, however banded)
_EVENT = re.compile(
    r"referr|attach|start|outcome|sustain|total|^\s*all\b|in\s+(?:work|jobs?|employment|post)"
    r"|\bemploy|\bjobs?\b|lasted|tenure",
    re.IGNORECASE,
)
_LARGEST = 999
_FEWEST = 3


def heads_quantities(
    cells: dict[Coord, Cell], row: int, numbers: list[tuple[int, int | None]]
) -> bool:
    """Whether the row's whole ``numbers`` ((column, number), left to right) band the columns
    under the quantity its corner names (see the module's doc)."""
    values = [n for _, n in numbers]
    if None in values or not bands(values):  # type: ignore[arg-type]
        return False
    first, last = numbers[0][0], numbers[-1][0]
    corner = _words(cells.get((row, first - 1)))
    if names_quantity(corner):
        return _open_above(cells, row, range(first, last + 1))
    above = [cells.get((row - 1, col)) for col in range(first, last + 1)]
    if any(c is not None and not isinstance(c.value, str) and not _blank(c) for c in above):
        return False
    heads = [words for c in above if (words := _words(c).strip())]
    if len(heads) != 1 or not names_quantity(heads[0]) or _EVENT.search(corner):
        return False  # words over the columns one by one: the row is a table's first line
    return not (_words(cells.get((row - 1, first - 1))).strip() and corner.strip())


def names_quantity(words: object) -> bool:
    """Words naming a quantity measured in units and no counted event ('Hours worked', not
    'Referral score'): over a row or a column of numbers banding it."""
    return (
        isinstance(words, str) and _CORNER.fullmatch(words) is not None and not _EVENT.search(words)
    )


def bands(values: list[int]) -> bool:
    """Three or more whole numbers from 0 to 999, rising: the bands of a quantity."""
    return (
        len(values) >= _FEWEST
        and all(0 <= v <= _LARGEST for v in values)
        and all(b > a for a, b in pairwise(values))
    )


def _open_above(cells: dict[Coord, Cell], row: int, span: range) -> bool:
    for above in range(row - 1, 0, -1):
        held = [c for col in span if (c := cells.get((above, col))) is not None and not _blank(c)]
        if held:
            return len(held) == 1 and isinstance(held[0].value, str) and held[0].formula is None
        if not _blank_at(cells, (above, span.start - 1)):
            return True  # a title or a heading left of the numbers, nothing over them
    return True


def _words(cell: Cell | None) -> str:
    return cell.value if cell is not None and isinstance(cell.value, str) else ""


def _blank_at(cells: dict[Coord, Cell], at: Coord) -> bool:
    cell = cells.get(at)
    return cell is None or _blank(cell)


def _blank(cell: Cell) -> bool:
    return cell.value is None or (isinstance(cell.value, str) and not cell.value.strip())
