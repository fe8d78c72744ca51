"""Months, quarters, weeks or periods numbered down a label column with no year to name them.

'Month | Month no. | Leeds | ...': an analyst numbers the months beside their names, 1 for
April to 12 for March (or the calendar's 4 to 12, then 1 to 3), with no column of years and no
year in the title. Read as counts, 1 to 6 were rounded to 0 and the rows no longer told apart
(``year_parts`` read such a column only where a year names its rows). Fail closed, as every
label reading is: under a header naming the part of the year (``year_part_limit``), the
column's numbers run one apart (a month's 12 may be followed by 1), none past the part's last
(12 months, 4 quarters, 53 weeks, 13 periods), all different, closed by a total row or three or
more of them; ``label_numbers`` has already seen that no total counts them. The proof reads them
for itself (wpxl.verify.period_numbers, and for weeks wpxl.verify.label_figures).
"""

from __future__ import annotations

from itertools import pairwise

_MONTHS = 12


def numbers_periods(numbers: list[int], last: int, closed: bool) -> bool:
    """Whether ``numbers``, in the order of the rows, number parts of a year whose last is
    ``last`` (see the doc); ``closed``: a total row ends them."""
    if len(numbers) < 2 or not (closed or len(numbers) >= 3):
        return False
    if min(numbers) < 1 or max(numbers) > last:
        return False
    wraps = last == _MONTHS
    return all(b - a == 1 or (wraps and (a, b) == (last, 1)) for a, b in pairwise(numbers))
