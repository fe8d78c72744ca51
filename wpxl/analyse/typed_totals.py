"""Judge the source's own totals against their parts, once a table's totals are found.

Two things a published source does to its totals that wpxl must not paper over:

- **Suppressed parts.** A total over a cell the source suppressed ("..", "[c]", "[x]", "-")
  cannot be rebuilt honestly: the sum of the rest is not the total, and the total minus the
  rest would give the hidden figure back. Such a total is removed (and so is any total that
  adds it up), and the removal says why; the markers themselves are kept as written.
- **Totals that do not add up.** A typed total that is not the sum of its parts was rounded or
  perturbed at source (Stat-Xplore, Nomis). By default that is a problem naming the cell; with
  the policy's ``source_totals = "rebuild"`` the total is rebuilt from its parts and the table
  records how far that moves it, for a warning with a coarse band of the change.
"""

from __future__ import annotations

from dataclasses import dataclass

from wpxl.analyse.values import as_number, is_suppression_marker
from wpxl.model import Cell, Coord, Role, Table
from wpxl.model.sheetref import a1

SUPPRESSED_TOTAL = (
    "a total over a cell the source suppressed (such as '..' or '[c]'): the rest do not add "
    "up to it, so it cannot be rebuilt honestly"
)
# A source that rounds or perturbs its cells moves a total by a few units per part; a total
# further than this many units per part from its parts is not perturbed but read wrongly.
PERTURBATION_PER_PART = 10

REBUILD_HINT = (
    'If the source rounds or perturbs its figures, set source_totals = "rebuild" in the policy '
    "to rebuild its totals from the parts"
)


def drop_totals_over_suppressed(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role], reasons: dict[Coord, str]
) -> None:
    """Remove every total of ``table`` that adds up, or spans, a suppressed cell; then every
    total over one removed so, until none is left."""
    markers = {
        (r, c)
        for r in table.body_rows
        for c in table.body_cols
        if (cell := cells.get((r, c))) is not None and is_suppression_marker(cell.value)
    }
    if not markers:
        return
    removed: set[Coord] = set()
    changed = True
    while changed:
        changed = False
        for coord, parts in list(table.totals.items()):
            near = [(r, c) for s, r, c in parts if s == table.sheet]
            if _spans(coord, near, markers | removed):
                del table.totals[coord]
                roles[coord] = Role.DROPPED
                reasons[coord] = SUPPRESSED_TOTAL
                removed.add(coord)
                changed = True


def _spans(coord: Coord, parts: list[Coord], hidden: set[Coord]) -> bool:
    """Whether a total's parts include a hidden cell, or run along one row or column across or
    up against one (the finder leaves a marker out of the parts it lists, even at an end)."""
    if any(p in hidden for p in parts):
        return True
    for axis in (0, 1):
        line = coord[1 - axis]
        along = sorted(p[axis] for p in parts if p[1 - axis] == line)
        if not along:
            continue
        low, high = along[0], along[-1]

        def at(step: int, line: int = line, axis: int = axis) -> Coord:
            return (step, line) if axis == 0 else (line, step)

        if any(at(step) in hidden for step in range(low, high + 1)):
            return True
        if at(low - 1) in hidden or (at(high + 1) in hidden and high + 1 != coord[axis]):
            return True
    return False


@dataclass(frozen=True, slots=True)
class Change:
    """How far a typed total is from the sum of its parts."""

    share: float  # of the typed value
    perturbed: bool  # near enough to be the source's rounding or perturbation


def typed_total_changes(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> dict[Coord, Change]:
    """Each typed total (not a formula) that is not the sum of its parts on its own sheet: the
    share of its typed value by which the sum differs, and whether that is near enough for a
    source's perturbation (PERTURBATION_PER_PART units per part)."""
    figure = _Figures(table, cells, roles).figure
    changes: dict[Coord, Change] = {}
    for coord, parts in sorted(table.totals.items()):
        cell = cells.get(coord)
        typed = as_number(cell.value) if cell is not None and cell.formula is None else None
        if typed is None or any(s != table.sheet for s, _, _ in parts):
            continue
        found = [figure((r, c)) for _, r, c in parts]
        rebuilt = sum(v for v in found if v is not None)
        if rebuilt != typed:
            off = abs(rebuilt - typed)
            share = off / abs(typed) if typed else 1.0
            changes[coord] = Change(share, off <= PERTURBATION_PER_PART * len(parts))
    return changes


class _Figures:
    """A count's number, or a total's sum of its parts' numbers (as wpxl will rebuild it)."""

    def __init__(self, table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role]) -> None:
        self.table, self.cells, self.roles = table, cells, roles
        self.busy: set[Coord] = set()

    def figure(self, coord: Coord) -> float | None:
        role = self.roles.get(coord)
        if role is Role.COUNT:
            return as_number(self.cells[coord].value)
        parts = self.table.totals.get(coord)
        if role is not Role.TOTAL or parts is None or coord in self.busy:
            return None
        self.busy.add(coord)
        found = [self.figure((r, c)) for s, r, c in parts if s == self.table.sheet]
        self.busy.discard(coord)
        return sum(v for v in found if v is not None)


def mismatch_problem(sheet: str, changes: dict[Coord, Change], rebuild: bool) -> str | None:
    """One line for a table whose typed totals do not add up, naming the first cell; with the
    policy's rebuild, only for totals too far from their parts to be the source's rounding."""
    wrong = sorted(c for c, change in changes.items() if not (rebuild and change.perturbed))
    if not wrong:
        return None
    more = len(wrong) - 1
    also = f" (and {more} more total{'s' if more != 1 else ''} of this table)" if more else ""
    if rebuild:
        return (
            f"sheet '{sheet}', cell {a1(*wrong[0])}{also}: this total is further from the sum of "
            f"its parts than a source's rounding or perturbation moves a total (more than "
            f"{PERTURBATION_PER_PART} per part), so wpxl cannot tell what it adds up. Make it a "
            "SUM formula over the cells it totals, or change its label if it is not a total"
        )
    return (
        f"sheet '{sheet}', cell {a1(*wrong[0])}{also}: this total is not the sum of its parts, "
        f"so wpxl cannot rebuild it as the source wrote it. {REBUILD_HINT}"
    )
