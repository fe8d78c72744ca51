"""Invariant 1, a typed total beside totals of its shape: the copy shows the sum of what it
shows at the cells that total's siblings imply.

An input whose totals are typed (its figures pasted as values) has its totals told from its
counts by arithmetic; the copy writes each as a SUM over its rounded parts. Where one is read
as a count instead, the copy shows the input's total rounded on its own (1,800 where its three
parts show 1,820), a multiple of the base within half of it of the input: invariant 1 passes
it, and the SUM formulas beside it, each over its own column's parts, do not ask it. Copies of
corpus 34 (an 'All' line over three nested subtotals, typed) and 41 (a typed tree's top) so
changed passed (tests/verify/test_mutants_s18.py).

The same holds a SUM of the copy over fewer or other cells than its siblings' shape gives it,
where the input's typed total there is the sum of those (corpus 20's first subtotal shortened
to its first line passed: 160 for 166, within 10 of one part).

The proof reads the copy's own totals for their shape and the input for the arithmetic: a
figure of a volume sheet (plain or a SUM) beside a SUM of the copy (left or right of a SUM over
one column's cells, above or below one over one row's), whose input figure there, typed and not
0, is to the last digit the sum of the input's figures at the SUM's cells moved across to its
line (two or more of them figures), is that line's total as its sibling is; the copy must show
there the sum of what it shows at those cells, unless it writes there a SUM over other cells
whose input figures add up to the total as exactly (the same total by another breakdown: both
sexes over males and females beside years adding up age groups). Not asked where the copy
shows no figure at one of them, nor where the source is one off (a perturbed source the policy
rebuilds: analyse/headed_blocks reads such lines as totals too).
"""

from __future__ import annotations

from wpxl.model.layout import BANNER_ROWS
from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.formulas import Range
from wpxl.verify.leaks import Finding
from wpxl.verify.totals import sums_of
from wpxl.verify.values import number

NOT_LIKE_ITS_SIBLINGS = "a total rounded on its own beside totals of its shape"
_TOLERANCE = 1e-9


def sibling_totals(pair: SheetPair) -> list[Finding]:
    """The figures of a volume sheet that are typed totals like the SUMs beside them
    (see the doc) and do not show the sum of what the copy shows at their parts."""
    if pair.kind != "volume" or pair.source is None:
        return []
    found: dict[Coord, Finding] = {}
    for (row, col), parsed in sums_of(pair).items():  # the copy's SUMs, parsed once
        if parsed.added or any(r.sheet is not None for r in parsed.ranges):
            continue
        sides = _sides(parsed.ranges)
        if sides is None:
            continue
        for down, across in sides:
            place = (row + down, col + across)
            moved = [_moved(r, down, across) for r in parsed.ranges]
            if place not in found and _rounded_alone(pair, place, moved):
                found[place] = Finding(pair.where(place), NOT_LIKE_ITS_SIBLINGS)
    return list(found.values())


def _sides(ranges: list[Range]) -> tuple[Coord, Coord] | None:
    """Where a SUM's siblings stand: left and right of one over a column's cells, above and
    below one over a row's. A SUM of single cells is over the row or column they share: a
    year's total over its quarters' columns (=SUM(F6,J6,N6)) is a line's, and read as a
    column's it took the line's April (10) for the total of its July and October (7 + 3)
    beside it, refusing a right copy."""
    if all(r.top == r.bottom and r.left == r.right for r in ranges):
        if len({r.left for r in ranges}) == 1:
            return (0, -1), (0, 1)
        return ((-1, 0), (1, 0)) if len({r.top for r in ranges}) == 1 else None
    if all(r.left == r.right for r in ranges):  # each over one column's cells
        return (0, -1), (0, 1)
    if all(r.top == r.bottom for r in ranges):  # each over one row's
        return (-1, 0), (1, 0)
    return None


def _moved(ref: Range, down: int, across: int) -> Range:
    return Range(None, ref.top + down, ref.left + across, ref.bottom + down, ref.right + across)


def _rounded_alone(pair: SheetPair, place: Coord, parts: list[Range]) -> bool:
    """Whether the figure at ``place`` is a typed total of the input over ``parts`` (see
    the doc) and shows other than the sum of what the copy shows there."""
    written = pair.cells.get(place)
    if written is None or written[0].__class__ is not float:
        return False
    cell = pair.input_cell(place)
    typed = None if cell is None or cell.formula is not None else number(cell.value)
    if not typed or place[0] < BANNER_ROWS:
        return False
    source = shown = 0.0
    figures = 0
    for ref in parts:
        if min(ref.top, ref.left) < 0 or (
            ref.top <= place[0] <= ref.bottom and ref.left <= place[1] <= ref.right
        ):
            return False
        for at in ref.coords():
            part = pair.input_cell(at)
            figure = None if part is None else number(part.value)
            copy = pair.cells.get(at)
            if figure is None:
                if part is not None and part.formula is not None:
                    return False  # a formula stored without its value: not known
                continue
            if copy is None or copy[0].__class__ is not float:
                return False  # a part the copy does not show: the other invariants
            source += figure
            shown += copy[0]  # type: ignore[operator]
            figures += 1
    if figures < 2 or abs(source - typed) > _TOLERANCE:
        return False
    if abs(shown - written[0]) <= _TOLERANCE:  # type: ignore[operator]
        return False
    return not _other_whole(pair, place, typed)


def _other_whole(pair: SheetPair, place: Coord, typed: float) -> bool:
    """Whether the copy's SUM there adds up other cells whose input figures are, to the last
    digit, the input's total too: the same total by another breakdown (MoJ's 'Untried' both
    sexes over males and females, beside years that add up its age groups), as honest."""
    parsed = sums_of(pair).get(place)
    if parsed is None or parsed.added or any(r.sheet is not None for r in parsed.ranges):
        return False
    figures = [number(getattr(pair.input_cell(at), "value", None)) for r in parsed.ranges
               for at in r.coords()]  # fmt: skip
    known = [f for f in figures if f is not None]
    return len(known) >= 2 and abs(sum(known) - typed) <= _TOLERANCE
