"""The grand total at the far end of a tree of totals, and a total over a single part.

A year of one quarter ('Q1 total', then '2013/14' with the same figures) is read as the year's
total over its quarter's total line (``year_over_its_one_total``).

A line at the far end from the subtotals ('World total' at the foot, each region's total at
the head of its block; or named by a place, 'Great Britain') adds up the top of the tree:
every subtotal and every line no subtotal covers.

A region with one district shows the same figures on two lines, one over the other. The tree's
reading wants two or more parts to a total (two equal lines could be one line written twice),
so both stay at the top of the tree, and the grand total does not add up over them: the region
would count twice. Where that alone keeps the far-end line from adding up, each such pair of
neighbouring lines is read as a total over its single part: the first of the two where the
tree's totals stand before their parts, the second where they stand after. So too where the
tree took one of the two into a total and left the other out of every total (a pivot's region
of one authority under a 'Grand Total' adding up the regions).
"""

from __future__ import annotations

import re
from itertools import pairwise

from wpxl.analyse.totals import Axis, Values, compare
from wpxl.analyse.values import is_year

# words naming what the year is before it: 'FY 2013/14', 'Year 2013/14', 'Financial year ...'
_YEAR_WORDS = re.compile(r"^\s*(?:(?:(?:financial|fiscal|calendar)\s+)?year\s+|fy\s*)", re.I)


def grand_at_the_other_end(axis: Axis, tree: dict[int, list[int]], values: Values) -> None:
    """Take the far-end line over the top of ``tree`` (in place) when it is their sum in every
    place (a tree has subtotals: a line over all its tops is no coincidence, named or not)."""
    if not tree:
        return
    _twin_left_over(axis, tree, values)
    inside = {kid for kids in tree.values() for kid in kids}
    for line in (axis.lines[-1], axis.lines[0]):
        if line in tree or line in inside:
            continue
        top = [x for x in axis.lines if x != line and x not in inside]
        pairs = _single_parts(axis, tree, top, values)
        for tops in (top, [x for x in top if x not in pairs.values()]):
            matched, mismatched = compare(axis, line, tops, values)
            if len(tops) >= 2 and matched and not mismatched:
                tree[line] = tops
                if tops is not top:
                    tree.update({total: [part] for total, part in pairs.items()})
                break


def _twin_left_over(axis: Axis, tree: dict[int, list[int]], values: Values) -> None:
    """Neighbouring lines alike in every place, one a part of a total of ``tree`` and the
    other in none (a pivot's 'North East' over its one 'Sunderland', the grand total adding up
    the regions): the first over the second where the tree's subtotals (or, with none, its
    totals) stand before their parts, the second over the first where they all stand after,
    the total in its part's place (``tree`` in place)."""
    parent = {kid: total for total, kids in tree.items() for kid in kids}
    ways = {kids[0] > total for total, kids in tree.items() if kids and total in parent}
    ways = ways or {kids[0] > total for total, kids in tree.items() if kids}  # no subtotal
    if len(ways) != 1:
        return  # some totals before their parts and some after: no telling
    heads_first = ways.pop()
    for first, second in pairwise(axis.lines):
        if first in tree or second in tree or (first in parent) == (second in parent):
            continue
        if _alike(axis, first, second, values):
            total, part = _over(axis, first, second, values, heads_first)
            if part in parent:
                kids = tree[parent[part]]
                kids[kids.index(part)] = total
            tree[total] = [part]
            parent[part] = total


def _over(
    axis: Axis, first: int, second: int, values: Values, heads_first: bool
) -> tuple[int, int]:
    """The total and its part of two alike lines: the one written as formulas where the other
    is typed ('Derby' =SUM over its one area), else as the tree's totals stand."""
    typed = [_typed(axis, line, values) for line in (first, second)]
    if typed[0] != typed[1]:
        return (second, first) if typed[0] else (first, second)
    return (first, second) if heads_first else (second, first)


def _typed(axis: Axis, line: int, values: Values) -> bool:
    """Whether the line's figures are all typed, none a formula's."""
    return all(
        values.typed(axis.coord(line, across)) is not None
        for across in axis.across
        if values.figure(axis.coord(line, across)) is not None
    )


def _single_parts(
    axis: Axis, tree: dict[int, list[int]], top: list[int], values: Values
) -> dict[int, int]:
    """Neighbouring lines of ``top`` alike in every place, one a total over the other: the
    total -> its one part."""
    heads_first = any(kids[0] > total for total, kids in tree.items() if kids)
    place = {line: at for at, line in enumerate(axis.lines)}
    pairs: dict[int, int] = {}
    for first, second in pairwise(top):
        if first in pairs or first in pairs.values() or place[second] != place[first] + 1:
            continue
        if _alike(axis, first, second, values):
            total, part = (first, second) if heads_first else (second, first)
            pairs[total] = part
    return pairs


def _alike(axis: Axis, one: int, other: int, values: Values) -> bool:
    """The same figure in every place, and one not 0."""
    shown = False
    for across in axis.across:
        a = values.figure(axis.coord(one, across))
        b = values.figure(axis.coord(other, across))
        if a != b:
            return False
        shown = shown or bool(a)
    return shown


def year_over_its_one_total(axis: Axis, tree: dict[int, list[int]], values: Values) -> None:
    """A line named by a year alone ('2013/14', 'FY 2013/14') straight after a total line of
    the same figures (its one quarter's 'Q1 total', no total itself) is the year of that one
    quarter: a total over it (``tree`` in place), as a named total over a single part is. Not
    where that line is the year's own total ('Total referrals' before its one year, '2009'):
    each over the other is a circle."""
    inside = {kid for kids in tree.values() for kid in kids}
    for total, line in pairwise(axis.lines):
        named = is_year(_YEAR_WORDS.sub("", axis.labels.get(line, ""), count=1))
        alone = total in tree and total not in inside and line not in tree
        alone = alone and line not in tree[total]  # a total over the year is none of its parts
        if named and alone and _alike(axis, total, line, values):
            tree[line] = [total]
