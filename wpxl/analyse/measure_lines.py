"""Lines each naming another measure of the programme: no totals of one another.

A small authority's key figures down one column: 'Referrals to date | 16', 'Attachments to date
| 8', 'Job starts to date | 6', 'Job outcomes to date | 2'. With one column the tree reading
has one place to judge a sum in, and 16 is 8 + 6 + 2 by chance: the referrals were read as the
total of the lines under them, the attachments as that of the starts and outcomes, and both
removed as totals over the outcomes the copy removes. Referrals are never the sum of the
participants' later steps, nor attachments of starts, nor sustainments of starts and outcomes:
the lines naming those measures, one line each, are read as the lines a book's own SUM adds
together are (``book_sums.added_together``), none a total of the others. A measure named on
two lines ('Outcomes' over 'Job outcomes' and 'Sustainments') is left out, and a line named a
total ('Total outcomes') is judged by its name, as the trees judge named lines.
"""

from __future__ import annotations

from collections import Counter

from wpxl.model import Table


def measures_apart(table: Table, by_row: bool) -> list[frozenset[int]]:
    """The lines of ``table`` (rows for ``by_row``) each naming a measure no other line names,
    as one set when two or more do (most tables: none)."""
    named = table.row_measures if by_row else table.col_measures
    if len(named) < 2:
        return []
    times = Counter(named.values())
    lines = frozenset(x for x, m in named.items() if times[m] == 1)
    return [lines] if len(lines) >= 2 else []
