"""Percentages that would give outcome volumes back are shown coarser, or not at all (R2).

Whole percentages of a small base are the counts in disguise: 4 % steps on a base of 25 let a
reader who knows no base under the small-base threshold is shown find that 25 is the smallest
base fitting every share, and with it each count. Each breakdown is tried as shown; if a reader
gets its base back (``wpxl.model.recovery``), it is tried to the nearest 5 %, then 10 %, and
withheld if that still gives it back. A Total column is read with the months it adds up
(``settle_within``): its base is the sum of theirs, each of its counts the sum of theirs.
Breakdowns on one true base are then searched together (``settle_jointly``): a reader cannot
know which share a population, so one who takes them all for one must not get its base back
either. The proof repeats the searches on the written file.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TypeVar

from wpxl.model import Coord, Warning
from wpxl.model.recovery import (
    COARSE_STEPS,
    JointLine,
    display_step,
    gives_back,
    jointly_gives_back,
    reader_steps,
)
from wpxl.model.summed_recovery import sums_give_back
from wpxl.plan.rounding import round_share
from wpxl.policy import Policy

WITHHELD_MARK = "[c]"
K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class LineShares:
    """How one breakdown is shown: on which step (None: withheld), and each cell's share."""

    step: Fraction | None
    shares: tuple[float, ...]


def settle_line(
    leaves: Sequence[int | float],
    others: Sequence[int | float],
    policy: Policy,
    parts: Sequence[tuple[int, ...] | None] = (),
    coarser_than: Fraction | None = None,
    again: Sequence[Sequence[int]] = (),
) -> LineShares:
    """The finest step on which a breakdown cannot be worked back. ``leaves``: the counts that
    make up its base; ``others``: the counts of its totals and subtotals, also shown, and
    ``parts``: which leaves (by index) each of those adds up, if known (a reader uses them
    too). The shares come back in that order, leaves first. ``coarser_than``: a step already
    found to give something back elsewhere (a crossing line), so only coarser ones are tried.
    ``again``: other breakdowns of the same base (by index in that order: 'Age' beside
    'Gender'), which a reader searches alone and with the leaves as breakdowns of one base."""
    base = sum(leaves)
    shown = (*leaves, *others)
    unit = display_step(policy.percent_decimals)
    whole = all(c == int(c) for c in leaves)  # if not, no whole counts to work back to
    counts = [int(c) for c in leaves]
    steps = reader_steps(policy.percent_decimals)
    known = [(j, p) for j, p in enumerate(parts) if p]
    for step in (unit, *(s for s in COARSE_STEPS if s > unit)):
        if coarser_than is not None and step <= coarser_than:
            continue
        if step == unit:
            shares = tuple(round_share(c / base, policy.percent_decimals) for c in shown)
        else:
            shares = tuple(share_on_step(c, base, step) for c in shown)
        subtotals = [(p, shares[len(leaves) + j]) for j, p in known]
        leaf_shares = shares[: len(leaves)]
        if not whole or not (
            gives_back(counts, leaf_shares, steps, policy.small_base, subtotals=subtotals)
            or _again_gives_back(shown, shares, again, (leaf_shares, subtotals), steps, policy)
        ):
            return LineShares(step, shares)
    return LineShares(None, ())


def _again_gives_back(
    counts: Sequence[int | float],
    shares: Sequence[float],
    again: Sequence[Sequence[int]],
    leaves: JointLine,
    steps: Sequence[Fraction],
    policy: Policy,
) -> bool:
    """Whether another breakdown of the base (``again``, by index into ``counts`` and
    ``shares``) gives it back, alone or read with the leaves' and the others' shares."""
    if not again or any(counts[i] != int(counts[i]) for run in again for i in run):
        return False
    least = policy.small_base
    lines = [[shares[i] for i in run] for run in again]
    alone = any(
        gives_back([int(counts[i]) for i in run], line, steps, least)
        for run, line in zip(again, lines, strict=True)
    )
    base = int(sum(counts[i] for i in again[0]))
    joint = [leaves, *((line, ()) for line in lines)]
    return alone or jointly_gives_back(joint, base, steps, least)


@dataclass(frozen=True, slots=True)
class Breakdown:
    """One breakdown as the plan shows it: its cells (the leaves that make up its base, then its
    totals), their true counts in that order, and which leaves (by index) each total adds up."""

    cells: tuple[Coord, ...]
    counts: tuple[int | float, ...]
    leaves: int
    parts: tuple[tuple[int, ...] | None, ...]
    again: tuple[tuple[int, ...], ...] = ()  # other breakdowns of the base, by index of cell

    @property
    def base(self) -> int | float:
        return sum(self.counts[: self.leaves])

    def settle(self, policy: Policy, coarser_than: Fraction | None = None) -> LineShares:
        n = self.leaves
        others = self.counts[n:]
        return settle_line(self.counts[:n], others, policy, self.parts, coarser_than, self.again)


@dataclass(frozen=True, slots=True)
class Crossing:
    """A line across the breakdowns (a row of column breakdowns, or a column of row ones): a
    reader can search its shares as a breakdown of its own. Its leaves and their true counts,
    its totals and the leaves each adds up (None: not known, so not used)."""

    leaves: tuple[Coord, ...]
    counts: tuple[int | float, ...]
    totals: tuple[tuple[Coord, tuple[Coord, ...] | None], ...]


def settle_crossings(
    breakdowns: Mapping[K, Breakdown],
    decided: Mapping[K, LineShares],
    crossings: Sequence[Crossing],
    policy: Policy,
) -> dict[K, LineShares]:
    """The breakdowns' decisions once no crossing line gives its own base back either. While one
    does, the breakdown under it with the smallest base (the first, on a tie) goes a step
    coarser, or is withheld: large bases are the last to lose detail. Each round only takes
    information away (a step coarser, or a line gone), so the rounds end."""
    settled = dict(decided)
    owner = {cell: key for key, b in breakdowns.items() for cell in b.cells}
    while True:
        shown = _shown(breakdowns, settled)
        leaking = next((x for x in crossings if _gives_back(x, shown, policy)), None)
        if leaking is None:
            return settled
        under = [owner[cell] for cell in leaking.leaves if cell in shown]
        key = min(under, key=lambda k: breakdowns[k].base)
        settled[key] = breakdowns[key].settle(policy, coarser_than=settled[key].step)


@dataclass(frozen=True, slots=True)
class Sum:
    """A breakdown whose every count is the sum of the counts across of other breakdowns (a
    Total column over the months): a reader knows its base and each of its counts add theirs
    up. By line, as in ``TableLines``."""

    total: int
    parts: tuple[int, ...]


@dataclass(slots=True)
class TableLines:
    """One outcome table's breakdowns (by line), how each is shown, the lines crossing them,
    and the breakdowns that are sums of others."""

    breakdowns: dict[int, Breakdown]
    decided: dict[int, LineShares]
    crossings: list[Crossing]
    sums: list[Sum] = field(default_factory=list)


def settle_within(table: TableLines, policy: Policy) -> None:
    """The table's decisions once neither a crossing line nor a sum read with its parts
    (``sums_give_back``) gives a base back. While a sum does, the shown line of it with the
    smallest base (a part, as a rule) goes a step coarser, or is withheld; each round only
    takes information away, so the rounds end."""
    decided = settle_crossings(table.breakdowns, table.decided, table.crossings, policy)
    while True:
        leaking = next((s for s in table.sums if _sum_gives_back(table, decided, s, policy)), None)
        if leaking is None:
            table.decided = decided
            return
        key = min((leaking.total, *leaking.parts), key=lambda k: table.breakdowns[k].base)
        decided[key] = table.breakdowns[key].settle(policy, coarser_than=decided[key].step)
        decided = settle_crossings(table.breakdowns, decided, table.crossings, policy)


def _sum_gives_back(
    table: TableLines, decided: Mapping[int, LineShares], line: Sum, policy: Policy
) -> bool:
    """A reader of the sum and its parts, all shown, gets the sum's true base back. A part
    withheld leaves the reader nothing to add up (and a withheld sum nothing to fit)."""
    members = [line.total, *line.parts]
    if any(decided[k].step is None for k in members):
        return False
    lines: list[JointLine] = []
    for key in members:
        breakdown, shares = table.breakdowns[key], decided[key].shares
        n = breakdown.leaves
        if any(c != int(c) for c in breakdown.counts[:n]):
            return False
        lines.append((shares[:n], [(p, shares[n + j]) for j, p in enumerate(breakdown.parts) if p]))
    base = int(table.breakdowns[line.total].base)
    steps = reader_steps(policy.percent_decimals)
    return sums_give_back(lines[1:], lines[0], base, steps, policy.small_base)


def settle_jointly(tables: Sequence[TableLines], policy: Policy) -> set[tuple[int, int]]:
    """Make coarser, table by table, the breakdowns a reader gets a base back from by searching
    every shown breakdown on that true base together (of two tables or more: a table's own
    lines on one base are its months, never one population); the changed ones come back as
    (table, line). While a group gives its base back, its breakdown with the fewest leaves (the
    later, on a tie) goes a step coarser or is withheld, and its table's crossings are settled
    again; each round only takes information away, so the rounds end. A group is searched
    again only once one of its members has changed."""
    changed: set[tuple[int, int]] = set()
    judged: dict[int, tuple[object, ...]] = {}  # base -> its group as last found not leaking
    while True:
        groups = _by_base(tables)
        leaking = None
        for base, members in groups.items():
            state = tuple((t, k, tables[t].decided[k]) for t, k in members)
            if len({t for t, _ in members}) < 2 or judged.get(base) == state:
                continue
            if _joint(tables, members, base, policy):
                leaking = members
                break
            judged[base] = state
        if leaking is None:
            return changed
        t, key = min(leaking, key=lambda m: (tables[m[0]].breakdowns[m[1]].leaves, -m[0], -m[1]))
        table = tables[t]
        before = dict(table.decided)
        table.decided[key] = table.breakdowns[key].settle(policy, table.decided[key].step)
        settle_within(table, policy)
        changed |= {(t, k) for k in before if before[k] != table.decided[k]}


def _by_base(tables: Sequence[TableLines]) -> dict[int, list[tuple[int, int]]]:
    """The shown breakdowns of whole counts by their true base, as (table, line)."""
    groups: dict[int, list[tuple[int, int]]] = {}
    for t, table in enumerate(tables):
        for key, breakdown in table.breakdowns.items():
            leaves = breakdown.counts[: breakdown.leaves]
            if table.decided[key].step is not None and all(c == int(c) for c in leaves):
                groups.setdefault(int(breakdown.base), []).append((t, key))
    return groups


def _joint(
    tables: Sequence[TableLines], members: list[tuple[int, int]], base: int, policy: Policy
) -> bool:
    lines: list[JointLine] = []
    for t, key in members:
        breakdown, shares = tables[t].breakdowns[key], tables[t].decided[key].shares
        n = breakdown.leaves
        subtotals = [(p, shares[n + j]) for j, p in enumerate(breakdown.parts) if p]
        lines.append((shares[:n], subtotals))
    steps = reader_steps(policy.percent_decimals)
    return jointly_gives_back(lines, base, steps, policy.small_base)


def _shown(
    breakdowns: Mapping[K, Breakdown], decided: Mapping[K, LineShares]
) -> dict[Coord, float]:
    """Each cell's share as the sheet will show it (withheld breakdowns show none)."""
    return {
        cell: share
        for key, breakdown in breakdowns.items()
        for cell, share in zip(breakdown.cells, decided[key].shares, strict=False)
    }


def _gives_back(crossing: Crossing, shown: Mapping[Coord, float], policy: Policy) -> bool:
    """A reader taking the crossing's shown shares (and shown totals) for a breakdown gets the
    sum of its shown counts back, as the proof's search would."""
    kept = [(c, n) for c, n in zip(crossing.leaves, crossing.counts, strict=True) if c in shown]
    if len(kept) < 2 or any(n != int(n) for _, n in kept):
        return False
    at = {cell: i for i, (cell, _) in enumerate(kept)}
    subtotals = [
        (tuple(at[p] for p in parts), shown[total])
        for total, parts in crossing.totals
        if total in shown and parts and all(p in at for p in parts)
    ]
    return gives_back(
        [int(n) for _, n in kept],
        [shown[cell] for cell, _ in kept],
        reader_steps(policy.percent_decimals),
        policy.small_base,
        subtotals=subtotals,
    )


def share_on_step(count: int | float, base: int | float, step: Fraction) -> float:
    """count / base rounded half up to a whole number of ``step``s, worked exactly."""
    exact = Fraction(count) / Fraction(base) / step
    return float((exact + Fraction(1, 2)).__floor__() * step)


def line_warning(
    sheet: str, where: str, measure: str, step: Fraction | None, table: str
) -> Warning:
    """What the cover says of a coarsened or withheld breakdown (``where``: its cells on the
    percentage sheet; ``table``: the input table it comes from); never a figure of the input."""
    if step is None:
        code, done = "percentages-withheld", f"withheld (shown as {WITHHELD_MARK})"
    else:
        code, done = "percentages-coarsened", f"shown to the nearest {_percent(step)}"
    message = (
        f"these percentages of {measure} are of so few that a reader could work the numbers "
        f"back from them; {done}"
    )
    return Warning(code, f"'{sheet}' {where}", message, (table,))


def _percent(step: Fraction) -> str:
    return f"{float(step * 100):g} %"
