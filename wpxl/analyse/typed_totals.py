"""Judge the source's own totals against their parts, once a table's totals are found.

Two things a published source does to its totals that wpxl must not paper over:

- **Suppressed parts.** A total over a cell the source suppressed ("..", "[c]", "[x]", "-"),
  or a typed one over a figure written with a mark or a bound ("88*", "<5"), cannot be rebuilt
  honestly: the sum of the rest is not the total, and the total minus the rest would give the
  hidden figure back. Such a total is removed (and so is any total that
  adds it up), and the removal says why; the markers themselves are kept as written. A marker
  beside or between the figures a total lists, none of them a marker, where they add up to
  the total exactly, hides nothing (a dash, as a zero-suppressed format shows 0; another
  country's '[x]' under England, Wales and elsewhere, ONS's): that total is rebuilt. So is a
  total by formula whose range holds a dash, a published table's nil ('-', an en or em dash),
  where its cached value is the sum of the figures: its SUM adds the dash as 0, as the copy's
  SUM does. Such totals were removed while the same table's typed totals were rebuilt.
- **Totals that do not add up.** A typed total that is not the sum of its parts was rounded or
  perturbed at source (Stat-Xplore, Nomis). By default that is a problem naming the cell; with
  the policy's ``source_totals = "rebuild"`` the total is rebuilt from its parts and the table
  records how far that moves it, for a warning with a coarse band of the change.
- **Totals over a group the table does not show.** With the same policy, a table whose typed
  totals are each more than the sum of their parts, by a small share ("All ages" counting mothers
  whose age was not stated, with no "Not stated" column), counts a group left out. Each total is
  rebuilt as the sum of its rounded parts plus that unshown rest, rounded like any count, so it
  stays within rounding of the source's total and no unrounded figure is shown or worked out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from wpxl.analyse.counted_shares import is_counted_share
from wpxl.analyse.sheet_texts import Texts
from wpxl.analyse.values import (
    as_number,
    is_bounded_figure,
    is_marked_figure,
    is_suppression_marker,
    rounding_step,
)
from wpxl.model import Cell, Coord, Role, SheetCoord, Table
from wpxl.model.sheetref import a1
from wpxl.policy import PERTURBATION_PER_PART

SUPPRESSED_TOTAL = (
    "a total over a cell the source suppressed (such as '..' or '[c]'): rebuilt from the other "
    "cells it would not be the total, or would show what the suppressed cell hides"
)
# the same of a figure written with a mark or a bound ('398 [r]', '1,204 (p)', '<5'), which is
# removed: the cover said the source had suppressed it
MARKED_TOTAL = (
    "a total over a figure written with a mark (such as '398 [r]' or '<5'), which wpxl removes: "
    "rebuilt from the other cells it would not be the total, or would show the removed figure"
)
FAR_FROM_PARTS = (
    "a total further from the sum of its parts than a source's rounding or perturbation moves "
    f"one (more than {PERTURBATION_PER_PART} per part), so wpxl cannot tell what it adds up"
)

# A group a total counts but its table does not show ("not stated") is a small part of it; a
# total further above its parts than this share of itself is more likely read wrongly.
UNSHOWN_SHARE = 0.2

_FigureOf = Callable[[Coord], float | None]

REBUILD_HINT = (
    "If the source rounds or perturbs its figures, or its totals count a group the table does "
    "not show (such as 'not stated'), set source_totals = \"rebuild\" in the policy to rebuild "
    "its totals from the parts"
)


def drop_totals_over_suppressed(
    table: Table,
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    reasons: dict[Coord, str],
    texts: Texts,
    perturbed: bool = False,
) -> None:
    """Remove every total of ``table`` that adds up, or spans, a suppressed cell; then every
    total over one removed so, until none is left. A figure with a mark or a bound ('88*',
    '<5') hides its figure from a typed total the same way (a formula's is rebuilt over the
    rest, the part named as left out; typed, it would not add up and stop the run). Where the
    source ``perturbed`` its totals (the policy's rebuild), a line it withheld whole ('..' in
    every cell: Stat-Xplore's '£1500.01 or over', a band over the bands after it) hides nothing
    from a total the rest add up to within the perturbation, as they add up to a total beside
    no marker: that total is rebuilt over the rest. ``texts`` are the body's cells holding text
    (``sheet_texts.body_texts``): most of a body is numbers, none of them a marker."""
    markers: set[Coord] = set()
    marked: set[Coord] = set()
    dashes: set[Coord] = set()  # a nil, which a formula's SUM adds as 0
    for coord, value in texts:
        if is_suppression_marker(value):
            markers.add(coord)
            if value.strip() in _DASHES:
                dashes.add(coord)
        elif is_marked_figure(value) or is_bounded_figure(value) or is_counted_share(value):
            marked.add(coord)
    if not markers and not marked:
        return
    withheld = _withheld(table, markers) if perturbed else set()
    per_part = _per_part(table, cells, roles) if withheld else 0.0
    removed: set[Coord] = set()
    changed = True
    while changed:
        changed = False
        for coord, parts in list(table.totals.items()):
            near = [(r, c) for s, r, c in parts if s == table.sheet]
            typed = cells.get(coord) is not None and cells[coord].formula is None
            hidden = markers | removed | (marked if typed else set())
            spanned = _spanned(coord, near, hidden)
            slack = per_part * len(near) if spanned <= withheld else 0.0
            listed = hidden if typed else hidden - dashes  # a formula's own SUM adds a dash
            if spanned and not (
                not any(p in listed for p in near)
                and _adds_up(cells.get(coord), near, cells, slack)
            ):
                del table.totals[coord]
                roles[coord] = Role.DROPPED
                reasons[coord] = _why(spanned, markers, marked, reasons)
                removed.add(coord)
                changed = True


_DASHES = frozenset({"-", "\u2013", "\u2014"})


def _why(
    spanned: set[Coord], markers: set[Coord], marked: set[Coord], reasons: dict[Coord, str]
) -> str:
    """Why a total goes: over a suppressed cell, over a marked figure, or as the removed totals
    it spans went."""
    if spanned & markers:
        return SUPPRESSED_TOTAL
    if spanned & marked:
        return MARKED_TOTAL
    return next((reasons[c] for c in sorted(spanned) if c in reasons), SUPPRESSED_TOTAL)


def _adds_up(
    total: Cell | None, parts: list[Coord], cells: dict[Coord, Cell], slack: float
) -> bool:
    """Whether a total beside markers is the sum of the figures it lists as the source shows
    them, exactly or within ``slack``: a marker among them then stands for 0 (a dash, as
    '#,##0;-#,##0;-' shows it) or for no part of it, so the total hides nothing and is rebuilt
    like any other. A formula's cached value counts, a missing one not."""
    value = None if total is None else as_number(total.value)
    if value is None or not parts:
        return False
    found = [as_number(cells[p].value) if p in cells else None for p in parts]
    return abs(value - sum(v for v in found if v is not None)) <= slack


def _withheld(table: Table, markers: set[Coord]) -> set[Coord]:
    """The markers on body rows holding nothing but markers: lines the source withheld whole."""
    rows = {r for r, _ in markers}
    whole = {r for r in rows if all((r, c) in markers for c in table.body_cols)}
    return {(r, c) for r, c in markers if r in whole}


def _spanned(coord: Coord, parts: list[Coord], hidden: set[Coord]) -> set[Coord]:
    """The hidden cells among a total's parts, or along the row or column its parts run on,
    across them or up against them (the finder leaves a marker out of the parts it lists, even
    at an end)."""
    found = {p for p in parts if p in hidden}
    for axis in (0, 1):
        line = coord[1 - axis]
        along = sorted(p[axis] for p in parts if p[1 - axis] == line)
        if not along:
            continue
        low, high = along[0], along[-1]

        def at(step: int, line: int = line, axis: int = axis) -> Coord:
            return (step, line) if axis == 0 else (line, step)

        found |= {at(step) for step in range(low, high + 1) if at(step) in hidden}
        if at(low - 1) in hidden:
            found.add(at(low - 1))
        if at(high + 1) in hidden and high + 1 != coord[axis]:
            found.add(at(high + 1))
    return found


@dataclass(frozen=True, slots=True)
class Change:
    """How far a typed total is from the sum of its parts."""

    share: float  # of the typed value
    perturbed: bool  # near enough to be the source's rounding or perturbation
    over: bool  # the typed total is more than its parts (it may count a group not shown)


def typed_total_changes(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> dict[Coord, Change]:
    """Each typed total (not a formula) that is not the sum of its parts on its own sheet: the
    share of its typed value by which the sum differs, and whether that is near enough for a
    source's perturbation (PERTURBATION_PER_PART units per part)."""
    figure = _Figures(table, cells, roles).figure
    changes: dict[Coord, Change] = {}
    per_part: float | None = None  # worked out at the first change: most totals add up
    for coord, parts in sorted(table.totals.items()):
        typed = _typed_total(cells.get(coord))
        if typed is None or any(s != table.sheet for s, _, _ in parts):
            continue
        found = [figure((r, c)) for _, r, c in parts]
        rebuilt = sum(v for v in found if v is not None)
        if rebuilt != typed:
            if per_part is None:
                per_part = _per_part(table, cells, roles)
            off = abs(rebuilt - typed)
            share = off / abs(typed) if typed else 1.0
            perturbed = off <= per_part * len(parts)
            changes[coord] = Change(share, perturbed, typed > rebuilt)
    return changes


def _per_part(table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]) -> float:
    """How far a perturbed total may be from its parts, a part: a source rounding every cell
    to 10 moves each by up to 5."""
    return max(PERTURBATION_PER_PART, rounding_step(body_numbers(table, cells, roles)[0]) / 2)


def body_numbers(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> tuple[list[float], bool]:
    """The body's typed counts, and whether any cell is a suppression marker: one walk over a
    body of up to millions of cells."""
    numbers: list[float] = []
    marked = False
    count = Role.COUNT  # named once: each naming of an enum member is a class look-up
    cell_at, role_of = cells.get, roles.get
    for row in table.body_rows:
        for col in table.body_cols:
            cell = cell_at(coord := (row, col))
            if cell is None:
                continue
            value = cell.value
            if type(value) is str:
                marked = marked or is_suppression_marker(value)
            if role_of(coord) is not count:
                continue
            if type(value) is int:  # a typed count: most cells
                numbers.append(value)
            elif (number := as_number(value)) is not None:
                numbers.append(number)
    return numbers, marked


def beyond_table(table: Table, parts: tuple[SheetCoord, ...]) -> bool:
    """Whether a total adds up cells of another sheet or of another table of its sheet (a
    grand total across groups parted by a blank column): its parts in this table are not all
    it adds up, so the figure it shows is the source's."""
    area, sheet = table.area, table.sheet
    return any(s != sheet or (r, c) not in area for s, r, c in parts)


class _Figures:
    """A count's number, or a total's sum of its parts' numbers (as wpxl will rebuild it); a
    total over cells of other sheets ('=Derby!B7' on a summary sheet), or of other tables of
    its sheet, is the figure the source shows: adding only its parts in this table (none, or
    some) would make a typed total over it look far more than its parts, and the table
    refused as counting a group it does not show."""

    def __init__(self, table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]) -> None:
        self.table, self.cells, self.roles = table, cells, roles
        self.busy: set[Coord] = set()

    def figure(self, coord: Coord) -> float | None:
        role = self.roles.get(coord)
        if role is Role.COUNT:
            return as_number(self.cells[coord].value)
        if role is not Role.TOTAL or coord in self.busy:
            return None
        parts = self.table.totals.get(coord)
        if parts is None or beyond_table(self.table, parts):
            # a formula's cached figure: another table's total, or one over another table's
            # cells ('=D4+H4', a grand total across groups parted by a blank column)
            return as_number(self.cells[coord].value)
        self.busy.add(coord)
        found = [self.figure((r, c)) for s, r, c in parts if s == self.table.sheet]
        self.busy.discard(coord)
        return sum(v for v in found if v is not None)


def unshown_rests(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role], changes: dict[Coord, Change]
) -> dict[Coord, float] | None:
    """What each typed total of ``table`` counts beyond its parts (a group the table does not
    show), when every total that does not add up is more than its parts, some by more than a
    source's perturbation, and each is so with its sub-totals taken as the source typed them;
    None when any is less (perturbed at source, or read wrongly)."""
    if not changes or not all(change.over for change in changes.values()):
        return None
    if all(change.perturbed for change in changes.values()):
        return None  # a few units over, everywhere: the source's perturbation, not a group
    if table.may_hold_outcomes:
        return None  # the rest of an outcome total would be an outcome volume, even rounded
    figure = _Figures(table, cells, roles).figure
    rests: dict[Coord, float] = {}
    for coord, parts in table.totals.items():
        typed = _typed_total(cells.get(coord))
        if typed is None or any(s != table.sheet for s, _, _ in parts):
            continue
        found = [_as_typed((r, c), cells, roles, figure) for _, r, c in parts]
        rest = typed - sum(v for v in found if v is not None)
        if rest < 0 or rest > UNSHOWN_SHARE * typed:
            return None
        if rest:
            rests[coord] = rest
    return rests


def _typed_total(cell: Cell | None) -> float | None:
    return as_number(cell.value) if cell is not None and cell.formula is None else None


def _as_typed(
    coord: Coord, cells: dict[Coord, Cell], roles: dict[Coord, Role], figure: _FigureOf
) -> float | None:
    """A part as the source shows it: a count's number, a typed sub-total's typed value, a
    formula sub-total's sum (its cached value may be missing)."""
    if roles.get(coord) is Role.TOTAL and (typed := _typed_total(cells.get(coord))) is not None:
        return typed
    return figure(coord)


def rebuild_source_totals(
    table: Table,
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    reasons: dict[Coord, str],
    changes: dict[Coord, Change],
) -> None:
    """The policy says the source's totals need not add up: a table whose totals are all more
    than their parts counts a group it does not show (each total rebuilt with it); otherwise
    each total near its parts is rebuilt from them, and one too far to be the source's rounding
    is removed and listed, since wpxl cannot tell what it adds up."""
    rests = unshown_rests(table, cells, roles, changes)
    if rests is not None:
        table.unshown.update(rests)
        return
    for coord, change in changes.items():
        if change.perturbed:
            table.source_changes[coord] = change.share
        else:
            del table.totals[coord]
            roles[coord] = Role.DROPPED
            reasons[coord] = FAR_FROM_PARTS


def mismatch_problem(sheet: str, changes: dict[Coord, Change]) -> str | None:
    """One line for a table whose typed totals do not add up, naming the first cell."""
    wrong = sorted(changes)
    if not wrong:
        return None
    more = len(wrong) - 1
    also = f" (and {more} more total{'s' if more != 1 else ''} of this table)" if more else ""
    what = (
        "more than the sum of its parts (it may count a group the table does not show)"
        if all(change.over for change in changes.values())
        else "not the sum of its parts"
    )
    return (
        f"sheet '{sheet}', cell {a1(*wrong[0])}{also}: this total is {what}, so wpxl cannot "
        f"rebuild it as the source wrote it. {REBUILD_HINT}"
    )
