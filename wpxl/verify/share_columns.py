"""Shares beside counts are never rounded as counts (part of invariant 2).

A column of whole shares headed 'Per cent' (as ONS writes it) beside a column of counts,
its total line 100: the analysis took 'Per cent' for no rate's word, so the shares were
rounded as counts (13, 82, 5 shown as 20, 80, 0) and their 100 rebuilt as a SUM. Every figure
was a multiple of the base and the total the sum of what the copy shows, so no other check of
the proof saw anything wrong. A plain figure of the copy that is not the input's at its place,
a share's size there (0 to 100), under words naming a share ('%', 'Per cent', 'Percentage', '%
of total', 'Share'), is refused: a share is worked out again from the copy's counts as a
formula, or removed. A count under such words ('Total referrals | 4140' under 'Share') is
rounded as any other.

So with averages ('Avg', 'Average', 'Mean' over each line's average of its months): rounded as
counts and their line's total rebuilt as a SUM of averages, the copy showed multiples of the
base adding up, and nothing else saw it. An average is no count whatever its size, and the
plan removes it or keeps it as written: any figure of the copy under a header naming an
average alone, plain or a formula, that is not the input's at its place is refused. Never
asked: analyse.
"""

from __future__ import annotations

import re

from wpxl.model import Sheet
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding

ROUNDED_SHARE = "a share (its column headed '%' or 'Per cent') rounded as a count"
_SHARE = re.compile(
    r"^\s*(?:%|per\s*cent(?:age)?s?|percent(?:age)?s?|pct|shares?|proportions?)"
    r"(?:\s+(?:of\s+(?:the\s+)?)?(?:total|all(?:\s+\w+)?|areas?|column|row))?\s*:?\s*$",
    re.IGNORECASE,
)
ROUNDED_AVERAGE = "an average (its column headed 'Average' or 'Avg') rounded or summed as a count"
# a header naming an average alone ('Avg', 'Monthly average', 'Average per month', 'Mean', or
# how often alone: 'Per month'), not a measure's words ('Average caseload' stays a header of
# its own measure, 'Referrals per month' of its counts)
_AVERAGE = re.compile(
    r"^\s*(?:(?:(?:weekly|monthly|quarterly|annual|yearly)\s+)?(?:average|avg\.?|mean)"
    r"(?:\s+(?:per\s+(?:week|month|quarter|year)|\((?:weekly|monthly|per\s+month)\)))?"
    r"|(?:avg\.?\s*)?(?:per|a|/)\s*(?:week|wk|month|mth|quarter|qtr|year|yr|day|annum))\s*:?\s*$",
    re.IGNORECASE,
)


def rounded_shares(pair: SheetPair) -> list[Finding]:
    """The plain figures of a volume sheet's copy under words naming a share whose value is
    not the input's at its place (see the module's doc)."""
    source, context = pair.source, pair.context
    if pair.kind != "volume" or source is None or context is None:
        return []
    cols = _headed(source, _SHARE)
    if not cols:
        return []  # most sheets: no column headed by a share's words
    found = []
    for coord, (value, formula, _) in pair.cells.items():
        if formula is not None or isinstance(value, str | bool) or value is None:
            continue
        at = pair.input_coord(coord)
        if at is None or at[1] not in cols:
            continue
        held = source.cells.get(at)
        share = held is not None and isinstance(held.value, int | float) and 0 <= held.value <= 100
        if not share or held.value == value:  # type: ignore[union-attr]
            continue  # kept as written, or no share ('Total referrals | 4140' under 'Share')
        if any(_SHARE.match(text) for text in context.headers(at)):
            found.append(Finding(pair.where(coord), ROUNDED_SHARE))
    return found


def rounded_averages(pair: SheetPair) -> list[Finding]:
    """The figures of a volume sheet's copy, plain or formulas, under a header naming an
    average whose value is not the input's at its place (see the module's doc)."""
    source, context = pair.source, pair.context
    if pair.kind != "volume" or source is None or context is None:
        return []
    cols = _headed(source, _AVERAGE)
    if not cols:
        return []  # most sheets: no column headed by an average's words
    found = []
    for coord, (value, _, _) in pair.cells.items():
        if isinstance(value, str | bool) or value is None:
            continue
        at = pair.input_coord(coord)
        if at is None or at[1] not in cols:
            continue
        held = source.cells.get(at)
        if held is not None and held.formula is None and held.value == value:
            continue  # kept as written
        if any(_AVERAGE.match(text) for text in context.headers(at)):
            found.append(Finding(pair.where(coord), ROUNDED_AVERAGE))
    return found


def _headed(source: Sheet, words: re.Pattern[str]) -> set[int]:
    """The input's columns holding a text the ``words`` match (a share's or an average's)."""
    return {
        col
        for (_, col), cell in source.cells.items()
        if isinstance(cell.value, str) and words.match(cell.value)
    }
