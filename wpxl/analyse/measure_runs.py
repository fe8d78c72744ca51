"""Columns of two or more kinds side by side under each period's head, each read for its totals
apart.

MI puts two measures (or a breakdown: 'Male | Female') under each month ('Apr 2013' over
'Referrals | Job starts', then 'May 2013' over the same), and a total of each at the end ('Total'
over the same two, or 'Total referrals | Total job starts'). Written as SUMs the totals say what
they add up; typed, as a report pasted as values holds them, the columns of a row were read as
one run, and the 'Total' pair's referrals as the total of every column before it, referrals and
starts together: the table was refused as a total that does not add up (or, where the figures
happened to fit another reading, it went through; the refusal followed the figures, not the
layout). A referral is never part of a total of job starts: each kind's columns are a run of
their own, read for totals as any run of columns is. Two readings part them, the first that
parts them standing:

- by the measure each column names (``Table.col_measures``), where every column names one and
  there are two or more. It reads the measures in any order and words ('Referrals' over 'Apr |
  May | Total', then 'Job starts' over the same; 'Total' over 'Referrals | Starts' after months
  over 'Referrals | Job starts').
- by the words under each head, for kinds that are no measure ('Male | Female'): the innermost
  header words repeat in the same order in groups of neighbouring columns (a total's group's in
  any order), two groups or more, no word twice in a group nor a total's, one group headed as a
  total, not all (a 'Total' over its columns, first or last, or each of its columns' words after
  'Total', as 'Total male'). A head over its first column only is read so (months typed in one
  cell each, not merged): the groups are told by the words under them. A total's group may name
  the kinds short ('Total' over 'M | F', 'Males | Females'): each of its words starting as the
  kind in its place does, it is read by place. Read as one run, its typed figures were rounded
  on their own.

Under 'Male' over 'Apr | May | Total', then 'Female' over the same, the words under each head
name a total, and each run stands as the columns are (the runs' own totals are read in them).

Where the words repeat so and no group is headed as a total ('Male | Female' under each month,
no 'Total' pair), each column is a count of its own, a run of one: a column whose figures add up
the columns before it on every line (May's 'Female' the sum of April's pair and May's 'Male',
small counts drawn so by chance) was read as their total and each office's count written as a
SUM. A group naming the whole ('Male | Female | Persons') or periods ('Year | Q1 | ... | Q4'
under each year) is read as one run by its figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wpxl.analyse.values import is_period_text
from wpxl.analyse.words import is_period_words, is_total_label
from wpxl.model import Measure

# words naming every kind a group's others are part of: its total, by its words
_WHOLE = re.compile(
    r"^(?:persons|people|both\b.*|all\b.*|everyone|combined|annual|full\s+year|ytd)$"
)
# 'Total referrals', 'Grand total - male', 'Male total': the words a total's column repeats
_TOTAL_WORD = re.compile(
    r"^\s*(?:grand\s+)?totals?\b[\s:,\-\u2013]*|[\s,\-\u2013]*\btotals?\s*$", re.IGNORECASE
)


def measure_runs(
    cols: list[int], measures: dict[int, Measure], heads: Callable[[int], list[str]]
) -> list[list[int]]:
    """``cols`` parted into the run of each kind (see the module's doc), in order of the first
    column of each; ``cols`` whole, one run, where neither reading parts them. ``measures``:
    the measure each column names; ``heads``: a column's header lines, outermost first."""
    named = _by_measure(cols, measures)
    return named if len(named) > 1 else _by_repeated_words(cols, heads)


def _by_measure(cols: list[int], measures: dict[int, Measure]) -> list[list[int]]:
    parts: dict[Measure, list[int]] = {}
    for col in cols:
        measure = measures.get(col)
        if measure is None:
            return [cols]
        parts.setdefault(measure, []).append(col)
    return list(parts.values()) if len(parts) > 1 else [cols]


def _by_repeated_words(cols: list[int], heads: Callable[[int], list[str]]) -> list[list[int]]:
    texts = {col: heads(col) for col in cols}
    if not all(texts.values()):
        return [cols]
    for size in range(2, len(cols) // 2 + 1):
        if len(cols) % size:
            continue
        groups = [cols[at : at + size] for at in range(0, len(cols), size)]
        if any(group[-1] - group[0] != size - 1 for group in groups):
            continue  # a group's columns stand side by side
        read = [_group_words(group, texts) for group in groups]
        kinds = {words for words, total in read if not total}
        totals = [total for _, total in read]
        if len(kinds) != 1 or None in kinds or all(totals):
            continue
        (kind,) = kinds
        if not any(totals):  # words, not figures: no group is a total, no column is one
            if not all(map(_counted_apart, kind)):
                continue  # 'Male | Female | Persons', 'Year | Q1 | ...': read by the figures
            return [[col] for col in cols]
        places = [_places(words, kind) for words, _ in read]
        if None not in places:
            return [
                [group[at[k]] for group, at in zip(groups, places, strict=True)]
                for k in range(size)
            ]
    return [cols]


def _counted_apart(word: str) -> bool:
    """Whether a kind's word names a part none of the others holds ('male', 'female'), not the
    whole ('persons') nor a period, which may hold the others ('year' over its quarters under
    each year's head, 'q1' under a year's)."""
    return not (_WHOLE.match(word) or is_period_text(word) or is_period_words(word))


def _places(words: tuple[str, ...] | None, kinds: tuple[str, ...]) -> list[int] | None:
    """Where in a group each kind stands: by its words, or, for a total's group naming them
    short ('M | F' under 'Total', 'Males'), by place where each starts as its kind does."""
    if words is None:
        return None
    if sorted(words) == sorted(kinds):
        return [words.index(kind) for kind in kinds]
    if all(w[0] == k[0] for w, k in zip(words, kinds, strict=True)):
        return list(range(len(kinds)))
    return None


def _group_words(
    group: list[int], texts: dict[int, list[str]]
) -> tuple[tuple[str, ...] | None, bool]:
    """The words under a group's head, each column's innermost line (a total's without its
    'Total'), and whether the group is a total's; None for words read as no group's."""
    words, total = [], False
    for col in group:
        inner = texts[col][-1]
        above_total = any(is_total_label(text) for text in texts[col][:-1])
        bare = _TOTAL_WORD.sub("", inner).strip()
        own_total = bool(bare) and bare.casefold() != inner.strip().casefold()
        if is_total_label(bare or inner):
            return None, False
        words.append(bare.casefold())
        total = total or above_total or own_total
    if len(set(words)) < len(words) or not all(words):
        return None, False
    return tuple(words), total
