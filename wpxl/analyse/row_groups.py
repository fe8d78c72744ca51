"""Row labels in several columns: which text names a row's group, and which the row itself.

Real tables repeat an outer label down every row of its block ("Total", then 0, 1, 2 ...
previous children), beside an inner label naming the row ("Total", "NHS establishments", "At
home" ...). The repeated text names the group, not the row: a row is a total when its own
label says so. A block whose group is named as a total ("Total" previous children) holds, row
by row, the totals of the same rows of the other blocks: its "At home" row adds up every other
block's "At home" row, which ``totals_across_blocks`` offers for the arithmetic to confirm.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from wpxl.analyse.totals import Axis, Values, compare
from wpxl.analyse.words import is_total_label

GROUP_RUN = 3  # rows in a row with one label column's text: that text names their group


@dataclass(frozen=True, slots=True)
class RowLabels:
    own: dict[int, str]  # each row's own label
    group: dict[int, str]  # the texts naming its group, joined ("" for none)


def read_row_labels(rows: list[int], texts: dict[int, list[str]]) -> RowLabels:
    """``texts``: each row's label texts, one per label column ("" where empty)."""
    width = len(next(iter(texts.values()), []))
    grouped: set[tuple[int, int]] = set()  # (row, label column's index) in a run
    for k in range(width):
        for text, run in groupby(rows, key=lambda row, k=k: texts[row][k]):
            members = list(run)
            if text and len(members) >= GROUP_RUN:
                grouped.update((row, k) for row in members)
    own: dict[int, str] = {}
    group: dict[int, str] = {}
    for row in rows:
        mine = [t for k, t in enumerate(texts[row]) if t and (row, k) not in grouped]
        own[row] = " ".join(mine) if mine else " ".join(t for t in texts[row] if t)
        group[row] = " ".join(t for k, t in enumerate(texts[row]) if (row, k) in grouped)
    return RowLabels(own, group)


def totals_across_blocks(labels: RowLabels, rows: list[int]) -> dict[int, list[int]]:
    """For each row of a block named as a total, the rows of the other blocks with its own
    label (two or more), to be confirmed by arithmetic."""
    blocks = [list(run) for _, run in groupby(rows, key=lambda row: labels.group[row])]
    totals = [b for b in blocks if labels.group[b[0]] and is_total_label(labels.group[b[0]])]
    others = [b for b in blocks if labels.group[b[0]] and b not in totals]
    found: dict[int, list[int]] = {}
    for block in totals:
        for row in block:
            name = labels.own[row]
            parts = [r for other in others for r in other if labels.own[r] == name]
            if len(parts) >= 2:
                found[row] = parts
    return found


def confirmed_across(
    axis: Axis, values: Values, found: dict[int, list[int]], labels: RowLabels
) -> dict[int, list[int]]:
    """Rows of a block named as a total that add up, in every column, the same rows of the
    other blocks (row_groups): totals over them, rebuilt like any other."""
    confirmed: dict[int, list[int]] = {}
    for line, parts in totals_across_blocks(labels, axis.lines).items():
        if line in found:
            continue
        matched, mismatched = compare(axis, line, parts, values)
        if matched and not mismatched:
            confirmed[line] = parts
            axis.totals.add(line)
    return confirmed
