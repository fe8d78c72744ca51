"""A summary sheet whose rows are other sheets' totals typed as values, rebuilt as totals.

An 'All areas' sheet listing each area's Total row (Derby, Buxton, Matlock by month), pasted as
values: rounded cell by cell, its Derby row would differ from the Total row the Derby sheet
shows (100 beside 120 there), and the two roundings of one figure together narrow it. Each of
its cells is that Total, so it is written as a total over it (``=SUM(Derby!B9)``, itself the
sum of Derby's rounded cells), as a link to it would be; an area table with no Total row is
added up the same way, over its column's rounded cells. The summary's own totals are worked
out again over the rebuilt cells (wpxl.plan.summaries.write_rebuilt).

Only where nothing is left to guess: a typed leaf count of the summary on a row labelled with
the name of another sheet (or, a summary laid the other way, in a column so headed) holding one
small table of the same measure, that is exactly that table's Total row figure (or column's
sum, without one) under the same column header; under a header naming a total, exactly all of
that row's figures together (the table's grand total). Other figures stay counts. Or the summary
is one line naming a total ('All areas') and each figure is exactly the sum of that column's
totals of every other sheet's table of its measure. No sheet on either side is one whose cells
other sheets' totals add up, or one rebuilt already, and no summary rebuilt here is another's
part.
"""

from __future__ import annotations

from collections.abc import Collection, MutableSequence
from typing import TypeVar

from wpxl.analyse.words import is_total_label
from wpxl.model import Coord, OutputCell, OutputSheet, Warning
from wpxl.plan.differencing import Profile, listed
from wpxl.plan.formulas import sum_formula
from wpxl.plan.summaries import Foot, TableCells, write_rebuilt

T = TypeVar("T")


def rebuild_linked(
    profiles: list[Profile],
    sheets: MutableSequence[OutputSheet],
    names: list[str],
    skip: Collection[str],
) -> tuple[list[Warning], dict[int, int]]:
    """Write each summary of other sheets' totals as totals over them in the planned
    ``sheets`` (named ``names``); ``skip``: sheets left as they are. Returns a note for each
    summary rebuilt, and its leaves rebuilt by its cells' id."""
    kept = [(p, p.cells) for p in profiles if p.cells is not None and p.cells.sheet not in skip]
    tables_on: dict[str, list[tuple[Profile, TableCells]]] = {}
    for profile, cells in kept:
        tables_on.setdefault(cells.sheet, []).append((profile, cells))
    footed = {name: on[0] for name, on in tables_on.items() if len(on) == 1 and on[0][1].feet}
    found = [
        (whole, cells, *linked)
        for whole, cells in kept
        if (linked := _linked(whole, cells, footed))
    ]
    parts = {id(p) for *_, linked_parts, _ in found for p in linked_parts}
    by_sheet: dict[str, list[tuple[TableCells, dict[Coord, OutputCell]]]] = {}
    for whole, cells, _, rebuilt in found:
        if id(whole) not in parts:  # a summary of summaries: its parts are about to change
            by_sheet.setdefault(cells.sheet, []).append((cells, rebuilt))
    written = {id(cells): len(rebuilt) for _, cells, _, rebuilt in found}
    done = {id(cells): written[id(cells)] for cells in write_rebuilt(by_sheet, sheets, names)}
    notes = [_note(whole, ps) for whole, cells, ps, _ in found if id(cells) in done]
    return notes, done


def _linked(
    whole: Profile, cells: TableCells, footed: dict[str, tuple[Profile, TableCells]]
) -> tuple[tuple[Profile, ...], dict[Coord, OutputCell]] | None:
    """The tables whose totals ``whole``'s rows (or, laid the other way, its columns) are,
    and its ``cells`` as totals over their cells; None unless every leaf of ``whole`` is
    typed and one's figure exactly."""
    return (
        _linked_along(whole, cells, footed, False)
        or _linked_along(whole, cells, footed, True)
        or _grand(whole, cells, footed)
    )


def _linked_along(
    whole: Profile,
    cells: TableCells,
    footed: dict[str, tuple[Profile, TableCells]],
    across: bool,
) -> tuple[tuple[Profile, ...], dict[Coord, OutputCell]] | None:
    """``_linked`` with the sheets named by the row labels, or ``across`` by the headers: each
    typed figure that is exactly its sheet's total is rebuilt; one that is not (a line typed
    later than its sheet) stays a count, rounded on its own, as it is no total of that sheet."""
    parts: dict[str, Profile] = {}
    rebuilt: dict[Coord, OutputCell] = {}
    for (label, head), leaf in cells.leaves.items():
        name, key = (head, label) if across else (label, head)
        part, part_cells = sheet_named(name, footed) or (None, None)
        if part is None or part_cells is None or part is whole or not leaf.typed:
            continue
        foot = part_cells.feet.get(key) or _grand_foot(key, part_cells)
        if part.measure != whole.measure or foot is None or foot.true != leaf.true:
            continue
        parts[name] = part
        formula = sum_formula([(part_cells.sheet, *at) for at in foot.cells], cells.sheet)
        rebuilt[leaf.at] = OutputCell(foot.rounded, formula, kind="total")
    return (tuple(parts.values()), rebuilt) if parts else None


def sheet_named(name: str, tables: dict[str, T]) -> T | None:
    """What the sheet a line's label names holds: so called, or the one sheet whose name
    begins or ends with the label's words ('Leeds' for 'Leeds MI', 'Referrals' for 'WP
    Referrals')."""
    found = tables.get(name.strip())
    if found is not None:
        return found
    words = name.casefold().split()
    named = [table for sheet, table in tables.items() if _begins_or_ends(sheet, words)]
    return named[0] if len(named) == 1 else None


def _begins_or_ends(sheet: str, words: list[str]) -> bool:
    own, size = sheet.casefold().split(), len(words)
    return 0 < size < len(own) and words in (own[:size], own[-size:])


def _grand_foot(key: str, cells: TableCells) -> Foot | None:
    """Under a header naming a total ('Total') where the part has no such column: all its
    columns' totals together (its grand total, which a column of totals would have been)."""
    if not is_total_label(key) or not cells.feet:
        return None
    feet = cells.feet.values()
    every = tuple(at for foot in feet for at in foot.cells)
    return Foot(sum(f.true for f in feet), every, sum(f.rounded for f in feet))


def _grand(
    whole: Profile, cells: TableCells, footed: dict[str, tuple[Profile, TableCells]]
) -> tuple[tuple[Profile, ...], dict[Coord, OutputCell]] | None:
    """A summary of one line naming a total ('All areas') whose every figure is exactly the
    sum of the same column's total of every other sheet's table of its measure, and its cells
    as totals over theirs; None otherwise (no subset of the sheets is guessed at)."""
    labels = {label for label, _ in cells.leaves}
    if len(labels) != 1 or not is_total_label(labels.pop()):
        return None
    parts = [(p, c) for p, c in footed.values() if p is not whole and p.measure == whole.measure]
    if len(parts) < 2:
        return None
    rebuilt: dict[Coord, OutputCell] = {}
    for (_, head), leaf in cells.leaves.items():
        feet = [c.feet.get(head) for _, c in parts]
        known = [f for f in feet if f is not None]
        if not leaf.typed or len(known) < len(feet) or sum(f.true for f in known) != leaf.true:
            return None
        at = [(c.sheet, *a) for (_, c), f in zip(parts, known, strict=True) for a in f.cells]
        total = sum(f.rounded for f in known)
        rebuilt[leaf.at] = OutputCell(total, sum_formula(at, cells.sheet), kind="total")
    return tuple(p for p, _ in parts), rebuilt


def _note(whole: Profile, parts: tuple[Profile, ...]) -> Warning:
    """Its figures are no longer the ones typed, so the cover says why."""
    names = [p.table for p in parts]
    return Warning(
        "summary-rebuilt",
        whole.table,
        f"typed as figures, its lines are the totals of {listed(names)} ({whole.measure.value}): "
        "each cell is now the sum of the rounded cells it adds up, as a total is",
        (whole.table, *names),
        (("tables", len(parts)),),
    )
