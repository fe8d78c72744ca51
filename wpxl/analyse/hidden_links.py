"""Figures read from a hidden sheet's outcome figures, which their own words call something else.

A formula reading a hidden sheet is read as the value it showed (wpxl.read.seen): the sheet is
not carried, so neither is the reference. Its own words may name nothing ('This month',
'Achieved') in a table of job starts, while the figure it read, on a hidden 'JO' sheet, is a job
outcome: carried, it would go out as a rounded job start. So the hidden sheet each such figure
reads is read as a visible one would be, and a figure reading any outcome figure there (a cell,
a defined name over one, a sum over a range holding one) is removed. A hidden sheet wpxl cannot
read says nothing either way: its figures stay what their own words say, as before. The proof
reads the same links itself (wpxl.verify.hidden_links).
"""

from __future__ import annotations

from collections.abc import Callable

from wpxl.analyse.formulas import references_any
from wpxl.errors import AnalysisError
from wpxl.model import Coord, Role, Sheet, SheetAnalysis
from wpxl.model.lookup_columns import name_words, narrowed_lookups, reaches_past, whole_columns
from wpxl.policy import Policy

HIDDEN_OUTCOME = "a figure read from a hidden sheet's outcome figures (never shared)"


def drop_hidden_outcomes(
    analyses: list[SheetAnalysis],
    sheets: list[Sheet],
    policy: Policy,
    analyse: Callable[[Sheet, Policy], SheetAnalysis],
) -> None:
    """Each carried figure that reads an outcome figure of a hidden sheet, removed."""
    hidden = {s.name.lower(): s for s in sheets if not s.visible}
    if not hidden or not any(a.sheet.hidden_links for a in analyses):
        return
    read: dict[str, SheetAnalysis | None] = {}

    def outcome_at(name: str, coord: Coord) -> bool:
        if name not in read:
            try:
                read[name] = analyse(hidden[name], policy)
            except AnalysisError:
                read[name] = None  # a data sheet wpxl cannot read: its words say nothing
        found = read[name]
        return found is not None and _is_outcome(found, coord)

    for analysis in analyses:
        for coord, formula in analysis.sheet.hidden_links.items():
            if analysis.roles.get(coord) in (None, Role.DROPPED):
                continue
            if any(outcome_at(n, c) for n, c in _read_cells(formula, hidden)):
                analysis.roles[coord] = Role.DROPPED
                analysis.reasons[coord] = HIDDEN_OUTCOME


def _read_cells(formula: str, hidden: dict[str, Sheet]) -> list[tuple[str, Coord]]:
    """The hidden sheets' cells (lower-cased sheet name, place) a formula reads, by reference
    (a cell, a range, whole columns as a lookup reads them, the whole sheet through OFFSET) or
    by a defined name over a range of one: a lookup's figure may come from any of them."""
    formula = narrowed_lookups(formula)
    cells = [
        (ref.sheet.lower(), c)
        for ref in references_any(formula)
        if ref.sheet is not None and ref.sheet.lower() in hidden
        for c in ref.coords()
    ]
    columns = [(name.lower(), cols) for name, cols in whole_columns(formula)]
    if reaches_past(formula):  # OFFSET reaches past what it names: any figure of those sheets
        named = {n for n, _ in cells} | {n for n, _ in columns}
        cells += [(n, c) for n in named & hidden.keys() for c in hidden[n].cells]
    for name, cols in columns:  # a lookup's JO!A:B
        if name in hidden:
            cells += [(name, c) for c in hidden[name].cells if c[1] in cols]
    words = name_words(formula)
    for name, other in hidden.items():
        for defined, (top, left, bottom, right) in other.names.items():
            if defined in words:
                cells += [(name, (r, c)) for r in range(top, bottom + 1)
                          for c in range(left, right + 1)]  # fmt: skip
    return cells


def _is_outcome(analysis: SheetAnalysis, coord: Coord) -> bool:
    """Whether the hidden sheet's cell is a figure (kept or removed) of an outcome's line."""
    if analysis.roles.get(coord) not in (Role.COUNT, Role.TOTAL, Role.DERIVED, Role.DROPPED):
        return False
    for table in analysis.tables:
        if coord in table.area:
            return table.measure_of(coord).is_outcome
    return False
