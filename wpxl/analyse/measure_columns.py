"""Columns of two or more measures side by side, each adding up along its own kind.

'Apr 2014' over 'Referrals | Job starts', 'May 2014' over the same two, and a 'Total' pair at
the end: the Total pair's 'Referrals' is the sum of the Referrals columns alone, and its 'Job
starts' of the starts. Written as SUMs the totals say so; typed (values pasted), the arithmetic
of the columns in a row read the 'Total' as the sum of every column before it, referrals and
starts together, and the table was refused as a total that does not add up. A referral is
never a part of a total of job starts: where every column names its measure and there are two
or more, the columns are read for totals one measure at a time.
"""

from __future__ import annotations

from wpxl.model import Measure


def by_measure(cols: list[int], measures: dict[int, Measure]) -> list[list[int]]:
    """``cols`` parted by the measure each names (``measures``), in order of the first of each;
    ``cols`` whole where any names none, or all the same one."""
    parts: dict[Measure, list[int]] = {}
    for col in cols:
        measure = measures.get(col)
        if measure is None:
            return [cols]
        parts.setdefault(measure, []).append(col)
    return list(parts.values()) if len(parts) > 1 else [cols]
