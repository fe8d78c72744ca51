"""The group a percentage sheet's column is headed by when its own header cell is blank.

An outcome column under a group ('JSA 18-24' over Referrals | Job starts | Job outcomes) is
shown on the percentage sheet without the columns beside it. Merged over the group, the label
starts at a column the sheet does not show; typed in the group's first cell only (not merged,
as Excel shows it over that column), it stands over the referrals. Either way the sheet showed
the outcome columns as 'Job outcomes', 'Job outcomes' ..., no reader could tell which group
each is: the group's label heads the first column shown under it.

A column's head that says its figures are counts ('Number', 'Job outcomes (number)', 'No. of
sustainments') says so over the shares too, where it is untrue: its counting word is the
shares' '%' ('%', 'Job outcomes (%)', '% of sustainments').
"""

from __future__ import annotations

import re

from wpxl.model import Cell, Role, SheetAnalysis, Table
from wpxl.plan.total_heads import own_group_word

_COUNTING = r"(?:numbers?|nos?\.?|count|volumes?|n|#)"
_COUNTED = (
    (re.compile(rf"^\s*{_COUNTING}\s*$", re.IGNORECASE), "%"),  # 'Number' alone
    (re.compile(rf"\s*[(\[]\s*{_COUNTING}\s*[)\]]\s*$", re.IGNORECASE), " (%)"),
    (re.compile(rf"^\s*{_COUNTING}\s+of\s+", re.IGNORECASE), "% of "),
)


def over_shares(head: str) -> str:
    """A column's head as it reads over its shares (see the doc)."""
    for pattern, share in _COUNTED:
        head = pattern.sub(share, head)
    return head


def group_header(
    analysis: SheetAnalysis, table: Table, row: int, col: int, out_cols: dict[int, int]
) -> tuple[Cell | None, Role | None]:
    """The label heading the blank header cell ``(row, col)`` as its group's, if the column is
    the first shown under it (``out_cols``: the columns shown); else nothing."""
    for rng in analysis.sheet.merged:
        if (row, col) not in rng or rng.left in out_cols:
            continue
        if min(c for c in out_cols if rng.left <= c <= rng.right) == col:
            origin = (rng.top, rng.left)
            return analysis.sheet.cells.get(origin), analysis.roles.get(origin)
    if row == table.header_rows[-1] or analysis.sheet.merged_origin(row, col) is not None:
        return None, None
    below = analysis.sheet.cells.get((table.header_rows[-1], col))
    if below is None or below.is_empty:
        return None, None  # no column name under it: no group of named columns
    for left in sorted((c for c in table.body_cols if c < col), reverse=True):
        if left in out_cols or analysis.sheet.merged_origin(row, left) is not None:
            # a column shown further left heads the group, or a merge; a total of the
            # group's own whose header repeats another's ('Total') is headed too
            return own_group_word(analysis, table, row, col, out_cols)
        cell = analysis.sheet.cells.get((row, left))
        if cell is not None and not cell.is_empty:
            return cell, analysis.roles.get((row, left))
    return None, None
