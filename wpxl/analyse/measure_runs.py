"""Columns of two or more measures laid side by side under each period's head, read apart.

MI puts two measures under each month, its head merged over them ('Apr 2013' over 'Referrals |
Starts', then 'May 2013' over the same), and a 'Total' head over the same two at the end. With
formulas the totals say what they add up; typed, as a report pasted as values holds them, the
total columns were read as totals of the run of columns before them, both measures together,
and the copy was refused ('labelled as a total but is not the sum of the cells it would total').
Each measure's columns are a run of their own: the referrals under every head, the starts under
every head, each read for its totals as any run of columns is.

Only where every column has a head over its own words, the heads run in groups of neighbouring
columns each holding the same words in the same order (two or more measures, none named twice
or a total), two groups or more, one of them headed as a total: the measures are then the
lines and the heads the periods. Under 'Referrals' over 'Apr | May | Total' the inner words
name a total, and the measures' runs stand as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from wpxl.analyse.words import is_total_label


def measure_runs(cols: list[int], heads: Callable[[int], list[str]]) -> list[list[int]]:
    """``cols`` parted into the columns of each measure where the measures are laid side by side
    under each period's head (see the doc); else ``cols`` as they are, one run. ``heads``: a
    column's header lines, outermost first."""
    named: dict[int, tuple[str, str]] = {}
    for col in cols:
        texts = heads(col)
        if len(texts) < 2:
            return [cols]
        named[col] = (" ".join(texts[:-1]), texts[-1].casefold())
    groups: list[list[int]] = []  # neighbouring columns under one head
    for col in cols:
        if groups and named[groups[-1][-1]][0] == named[col][0] and col == groups[-1][-1] + 1:
            groups[-1].append(col)
        else:
            groups.append([col])
    measures = {tuple(named[c][1] for c in group) for group in groups}
    if len(groups) < 2 or len(measures) != 1:
        return [cols]
    (inner,) = measures
    if len(inner) < 2 or len(set(inner)) < len(inner) or any(map(is_total_label, inner)):
        return [cols]
    if not any(is_total_label(named[group[0]][0]) for group in groups):
        return [cols]
    return [[group[at] for group in groups] for at in range(len(inner))]
