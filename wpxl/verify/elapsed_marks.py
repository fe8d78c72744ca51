"""Numbers marked by a unit of time heading a cohort table's columns: '3m', '6m', '12m'.

A cohort table follows each month's referrals 3, 6 and 12 months on, and may head those
columns '3m | 6m | 12m'. The proof reads '59r' as a figure marked revised, so '3m' read as a
figure marked 'm', and under another table's outcome columns ('After 6 months' of a cohort
table above) the header line was refused as outcome volumes stated in text.

A text is such a header when its input line holds no figure, and two or more of its texts
are numbers marked by the same unit of time ('m', 'mth', 'w', 'wk', 'y', 'yr' and plurals),
rising left to right, each over a figure in the input (other headers beside them: 'Referral
month | Referrals | 3m | 6m'). A line of outcome volumes typed with a mark ('59r', '61p')
names no unit of time, and a line holding a figure (a cohort's referrals beside '28m') is a
line of figures, whatever its texts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import pairwise

from wpxl.model import Cell
from wpxl.verify.books import Coord

_TIMED = re.compile(r"^\s*(\d{1,3})\s*(m|mths?|w|wks?|y|yrs?)\s*$", re.IGNORECASE)
_MIN_HEADS = 2


def heads_elapsed_time(cells: Mapping[Coord, Cell], at: Coord, text: str) -> bool:
    """Whether ``text``, the input's own at ``at``, is one of a line of times since an event
    heading the figures under them ('3m', '6m', '12m')."""
    own = getattr(cells.get(at), "value", None)
    if own != text or _TIMED.match(text) is None:
        return False
    row = at[0]
    line = sorted((c, cell.value) for (r, c), cell in cells.items() if r == row)
    if any(v.__class__ in (int, float) for _, v in line):
        return False  # a line holding a figure is a line of figures
    timed = [(c, m) for c, v in line if isinstance(v, str) and (m := _TIMED.match(v))]
    if len(timed) < _MIN_HEADS:
        return False
    units = {m.group(2).casefold().rstrip("s") for _, m in timed}
    numbers = [int(m.group(1)) for _, m in timed]
    rising = all(a < b for a, b in pairwise(numbers))
    below = all(
        getattr(cells.get((row + 1, c)), "value", None).__class__ in (int, float) for c, _ in timed
    )
    return len(units) == 1 and rising and below
