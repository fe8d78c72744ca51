"""A percentage sheet's labels naming bands of how many each person had, as the proof reads
them: an outcome table's lines by number of job outcomes ('1 job outcome', '2 job outcomes',
'3 or more job outcomes') over their shares.

Each holds a number beside outcome words, which a percentage sheet's words may not state
(``percent_words``): an amount there is an outcome volume. A band's number is no volume, but
'Leeds: 2 job outcomes', or a lone '12 job outcomes', is one, so a label is read as a band only
among its fellows, from the copy's own cells: two or more labels down one column (or along one
row), each a whole number, nothing before it, then the same words (singular or plural alike),
the numbers running one apart from 0 or 1 in the order they stand, only the last of them open
('3 or more', '3+').
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from itertools import pairwise

from wpxl.model import Cell, Coord

_BAND = re.compile(
    r"^\s*(\d{1,2})(\s*\+|\s+or\s+more|\s+(?:and|or)\s+over)?\s+([a-z][a-z ]*?)s?\s*$",
    re.IGNORECASE,
)
_LEAST = 2
_Band = tuple[int, Coord, int, bool]  # place along its line, where, number, open at the top


def band_labels(cells: Mapping[Coord, Cell]) -> set[Coord]:
    """The places of the sheet's labels that name bands of how many (see the module's doc)."""
    lines: dict[tuple[int, int, str], list[_Band]] = defaultdict(list)
    for (row, col), cell in cells.items():
        found = _BAND.match(cell.value) if isinstance(cell.value, str) else None
        if found is None:
            continue
        number, opened, words = int(found.group(1)), found.group(2) is not None, found.group(3)
        words = words.strip().lower()
        lines[(0, col, words)].append((row, (row, col), number, opened))
        lines[(1, row, words)].append((col, (row, col), number, opened))
    banded: set[Coord] = set()
    for line in lines.values():
        line.sort()
        numbers = [number for _, _, number, _ in line]
        opened = [o for _, _, _, o in line]
        if (
            len(line) >= _LEAST
            and numbers[0] in (0, 1)
            and all(b - a == 1 for a, b in pairwise(numbers))
            and not any(opened[:-1])
        ):
            banded.update(at for _, at, _, _ in line)
    return banded
