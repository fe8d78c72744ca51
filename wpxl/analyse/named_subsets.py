"""A typed total over lines its label names, wherever they stand ("All ESA groups" under a
table listing JSA and ESA groups in turn; "Total excl. early access" under its Total).

A tree reads a total beside its parts; these add up lines spread through the table, so no tree
explains them, and their typed figures were rounded on their own (100 beside rows rounding to
120). A line whose label says what it adds up, and whose figures are exactly that sum in every
line across, is read as their total.

'Of which' lines are part of the line above them, so no tree adds them up; but two or more
that add up to it, to the last digit in every line across ('Job starts | 189' over 'of which
ESA | 12' and 'of which Other | 177'), are its whole breakdown, and it their total: rounded
on its own it would show 180 over 20 and 180 (guidance R5).

And an 'of which' line may itself add up lines it names: 'of which JSA' under the Total, to the
last digit JSA 18-24 plus JSA 25+ in every line across, is their subtotal, no count of its own.
Rounded on its own it showed 540 under JSA lines shown as 140 and 420 (guidance R5). Read as
'All JSA' is: the lines holding every word after its opening words.
"""

from __future__ import annotations

import re

from wpxl.analyse.period_runs import adds_up
from wpxl.analyse.totals import Axis, Values
from wpxl.analyse.words import is_total_label

_ALL = re.compile(r"^\s*(?:all|total)\s+(?P<named>.+)$|^\s*(?P<before>.+?)\s+total\s*$", re.I)
_EXCLUDING = re.compile(r"\b(?:excl(?:uding|\.)?|exc\.|less|minus|without)\s+(?P<left>.+)$", re.I)
_WORD = re.compile(r"[a-z]+")
_NOT_NAMING = frozenset((
    "all", "total", "totals", "grand", "sub", "subtotal", "group", "groups", "payment", "and",
    "of", "the", "in", "for",
))  # fmt: skip
_MOST_LINES = 200  # a label's words are compared line by line: a breakdown, not a list
_SUBSET_OPENING = frozenset(("of", "which", "whom", "these", "those", "incl", "including",
                             "includes", "o", "w"))  # fmt: skip


def named_subset_totals(
    axis: Axis, values: Values, found: dict[int, list[int]]
) -> dict[int, list[int]]:
    """Each line (not yet a total in ``found``) whose label names the lines it adds up, with
    those lines; ``axis.totals`` gains them."""
    if len(axis.lines) > _MOST_LINES:
        return {}
    words = {x: _words(axis.labels.get(x, "")) for x in axis.lines}
    leaves = [x for x in axis.lines if x not in found and x not in axis.totals]
    typed = [x for x in leaves if _typed(axis, values, x) and not _names_a_total(axis, x)]
    subsets: dict[int, list[int]] = {}
    for line in leaves:
        parts = _named_parts(axis.labels.get(line, ""), [x for x in typed if x != line], words)
        if parts is not None and len(parts) >= 2 and adds_up(axis, values, line, parts):
            subsets[line] = parts
    axis.totals.update(subsets)
    return subsets


def of_which_totals(
    axis: Axis, values: Values, found: dict[int, list[int]], subsets: list[int]
) -> dict[int, list[int]]:
    """Each typed line (not yet a total) over two or more ``subsets`` ('of which' lines, in
    order, read apart from ``axis.lines``) adding up to it, and each of ``subsets`` over the
    lines it names (``_named_by_subsets``); ``axis.totals`` gains them."""
    heads = sorted(axis.lines)
    if not subsets or not heads:
        return {}  # most tables: no 'of which' line
    totals = _named_by_subsets(axis, values, found, subsets)
    for line, below in zip(heads, [*heads[1:], max(subsets) + 1], strict=True):
        run = [x for x in subsets if line < x < below]
        if line in found or line in axis.totals or len(run) < 2:
            continue
        if _typed(axis, values, line) and adds_up(axis, values, line, run):
            totals[line] = run
    axis.totals.update(totals)
    return totals


def _named_by_subsets(
    axis: Axis, values: Values, found: dict[int, list[int]], subsets: list[int]
) -> dict[int, list[int]]:
    """Each typed 'of which' line whose figures are, in every line across, the sum of the two
    or more typed lines holding every word its label names after its opening words ('of
    which JSA' over 'JSA 18-24' and 'JSA 25+')."""
    if len(axis.lines) > _MOST_LINES:
        return {}
    words = {x: _words(axis.labels.get(x, "")) for x in axis.lines}
    leaves = [x for x in axis.lines if x not in found and x not in axis.totals
              and _typed(axis, values, x) and not _names_a_total(axis, x)]  # fmt: skip
    totals: dict[int, list[int]] = {}
    for line in subsets:
        wanted = _words(axis.labels.get(line, "")) - _SUBSET_OPENING - _NOT_NAMING
        parts = [x for x in leaves if wanted <= words[x]] if wanted else []
        if len(parts) >= 2 and _typed(axis, values, line) and adds_up(axis, values, line, parts):
            totals[line] = parts
    return totals


def _named_parts(label: str, others: list[int], words: dict[int, set[str]]) -> list[int] | None:
    """The lines a total's label names: those whose words hold every word after 'All' or
    before 'total' ("All ESA groups"), or every line but those 'excluding' names."""
    if (left := _EXCLUDING.search(label)) is not None:
        out = _words(left["left"]) - _NOT_NAMING
        return [x for x in others if not out <= words[x]] if out else None
    if (named := _ALL.match(label)) is not None:
        wanted = _words(named["named"] or named["before"]) - _NOT_NAMING
        return [x for x in others if wanted <= words[x]] if wanted else None
    return None


def _typed(axis: Axis, values: Values, line: int) -> bool:
    """A line of typed figures (a formula's total holds none): only those are parts."""
    return any(values.typed(axis.coord(line, other)) is not None for other in axis.across)


def _names_a_total(axis: Axis, line: int) -> bool:
    label = axis.labels.get(line, "")
    return is_total_label(label) or bool(_ALL.match(label) or _EXCLUDING.search(label))


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))
