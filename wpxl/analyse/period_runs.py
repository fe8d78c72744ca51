"""A quarter or half typed after every month it adds up ("Apr ... Sep, Q1, Q2, H1"), and a
year beside the quarters or months it names ("Q1 2023 ... Q4 2023, 2023").

A tree reads a total beside its parts (months, then their quarter). A pack that lists all the
months first and the quarters after them puts each quarter away from its months, so no tree
explains it, and its typed figures were rounded on their own: Q1 shown as 60 beside rounded
months adding to 40. A line named as a span of months that equals one run of the axis's other
lines, in every line across, is read as their total; where two runs would do, it is not.

A year is a period, and periods add up others only when their words say so (week 1 often
equals weeks 2 to 4). A year's own number said by the quarters or months beside it ('Q1 2023',
'Apr 2023'; for a financial year '2023/24', either year) is such words: a line named by the
year alone that equals one run of those lines, in every line across, is their total. A year
of which one quarter or month is in so far ('2012/13 Q1' and '2012/13', the rest of the year
not yet in) is the total of that one line where it equals it: it was rounded on its own, where
every total is a formula over the rounded cells it covers (guidance R5).
"""

from __future__ import annotations

import re

from wpxl.analyse.totals import Axis, Values
from wpxl.analyse.words import is_total_label

_MONTH = (
    r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?"
    r"|oct(ober)?|nov(ember)?|dec(ember)?)"
)
_SPAN = re.compile(
    rf"^\s*(q[1-4]|quarter [1-4]|h[12]|half[- ](year )?[12]|{_MONTH}\s*(to|-|\u2013)\s*{_MONTH})\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^\s*((?:19|20)\d\d)(?:\s*[/-]\s*((?:19|20)?\d\d))?\s*$")
_PART_OF_A_YEAR = re.compile(rf"\b(q[1-4]|quarter\s*[1-4]|{_MONTH})\b", re.IGNORECASE)
_YEARS_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MOST_LINES = 60  # runs are tried pair by pair: a span's table has a few dozen lines at most
_LEAST_SHOWN = 2  # lines across where the span holds a figure above 0: one could be chance


def period_run_totals(
    axis: Axis, values: Values, found: dict[int, list[int]]
) -> dict[int, list[int]]:
    """Each line named as a span of months (not yet a total in ``found``) with the one run of
    other lines it adds up; ``axis.totals`` gains them."""
    if len(axis.lines) > _MOST_LINES:
        return {}
    named = [x for x in axis.lines if x not in found and _SPAN.match(axis.labels.get(x, ""))]
    leaves = [x for x in axis.lines if x not in found and x not in named]
    runs: dict[int, list[int]] = {}
    for line in named:
        if (run := _one_run(axis, values, line, leaves)) is not None:
            runs[line] = run
    axis.totals.update(runs)
    return runs


def year_run_totals(
    axis: Axis, values: Values, found: dict[int, list[int]]
) -> dict[int, list[int]]:
    """Each line named by a year alone (not yet a total in ``found``) with the one run of the
    lines naming a quarter or month of it that it adds up; ``axis.totals`` gains them."""
    if len(axis.lines) > _MOST_LINES:
        return {}
    runs: dict[int, list[int]] = {}
    for line in axis.lines:
        year = _YEAR.match(axis.labels.get(line, "")) if line not in found else None
        if year is None:
            continue
        first = int(year.group(1))
        years = {str(first), str(first + 1)} if year.group(2) else {str(first)}
        parts = [x for x in axis.lines if x not in found and _part_of(axis.labels.get(x), years)]
        if len(parts) == 1 and adds_up(axis, values, line, parts):
            runs[line] = parts
        elif (run := _one_run(axis, values, line, parts)) is not None:
            runs[line] = run
    if runs:
        runs.update(_over_the_years(axis, values, {**found, **runs}))
    axis.totals.update(runs)
    return runs


def _over_the_years(
    axis: Axis, values: Values, found: dict[int, list[int]]
) -> dict[int, list[int]]:
    """A line named as a total ('Total', 'All years') beside years now read as totals, that
    adds up them and the lines no total covers: the tree, reading the years as periods, could
    not explain it, and rounded on its own it would not be the sum of the years shown."""
    covered = {p for parts in found.values() for p in parts}
    grand = {}
    for line in axis.lines:
        if line in found or not is_total_label(axis.labels.get(line, "")):
            continue
        tops = [x for x in axis.lines if x != line and x not in covered]
        if adds_up(axis, values, line, tops):
            grand[line] = tops
    return grand


def _part_of(label: str | None, years: set[str]) -> bool:
    """A label naming a quarter or month of one of ``years`` ('Q1 2023', 'Apr 2023')."""
    if not label or _PART_OF_A_YEAR.search(label) is None:
        return False
    named = set(_YEARS_IN.findall(label))
    return bool(named) and named <= years


def adds_up(axis: Axis, values: Values, line: int, run: list[int]) -> bool:
    """The line's typed figure is the run's sum wherever it holds one, above 0 in at least
    two lines across."""
    shown = 0
    for other in axis.across:
        total = values.typed(axis.coord(line, other))
        if total is None:
            continue
        parts = [values.figure(axis.coord(p, other)) for p in run]
        if sum(p for p in parts if p is not None) != total:
            return False
        shown += total > 0
    return shown >= _LEAST_SHOWN


def _one_run(axis: Axis, values: Values, line: int, lines: list[int]) -> list[int] | None:
    """The one run of two or more of ``lines`` next to each other that ``line`` adds up; None
    where none does, or more than one (no telling which)."""
    matches = [
        lines[i:j]
        for i in range(len(lines))
        for j in range(i + 2, len(lines) + 1)
        if adds_up(axis, values, line, lines[i:j])
    ]
    return matches[0] if len(matches) == 1 else None
