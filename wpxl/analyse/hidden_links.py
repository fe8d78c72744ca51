"""Figures read from a hidden sheet's outcome figures, which their own words call something else.

A formula reading a hidden sheet is read as the value it showed (wpxl.read.seen): the sheet is
not carried, so neither is the reference. Its own words may name nothing ('This month',
'Achieved') in a table of job starts, while the figure it read, on a hidden 'JO' sheet, is a job
outcome: carried, it would go out as a rounded job start. So the hidden sheet each such figure
reads is read as a visible one would be, and a figure reading any outcome figure there (a cell,
a defined name over one, a sum over a range holding one) is removed. A hidden sheet wpxl cannot
read says nothing either way: its figures stay what their own words say, as before. The proof
reads the same links itself (wpxl.verify.hidden_links).

A hidden cell may itself be a formula reading on: a 'Link' sheet of bare '=Outcomes!B4' (or
'=Calc!B4', another hidden sheet) between a 'Results' column and the outcomes. Its own sheet
names no measure, so the figure it passes on was carried as a rounded count. Such a cell is
followed to what it reads, on hidden sheets and visible ones alike, until an outcome figure or
no further formula is found.

A cell its look hides (white on white, a 1-point font, ';;;', under a merge) is not carried
either, and may be the same working cell in plain sight: column Z of '=Outcomes!B4' in white,
read by '=Z4' under 'Results'. Its formula is kept (``Sheet.unseen_formulas``) and followed the
same way; a figure reading one that reads on to an outcome figure is removed, with a sentence
naming the unseen cells and the sheet of the outcomes they read (read as a total over nothing,
it was removed as 'a total over no figures wpxl shares', or its own total kept over the gap).
"""

from __future__ import annotations

from collections.abc import Callable

from wpxl.analyse.formulas import references_any
from wpxl.analyse.hidden_totals import HIDDEN_OUTCOME_LINES
from wpxl.analyse.values import as_number
from wpxl.errors import AnalysisError
from wpxl.model import Coord, Role, Sheet, SheetAnalysis
from wpxl.model.lookup_columns import name_words, narrowed_lookups, reaches_past, whole_columns
from wpxl.model.sheetref import column_spans
from wpxl.policy import Policy

HIDDEN_OUTCOME = "a figure read from a hidden sheet's outcome figures (never shared)"
UNSEEN_OUTCOME = (
    "a figure read from {cells}, formatted to be unseen (white or fill-coloured, tiny, ';;;' "
    "or under a merge), which read outcome figures on {sheets} (never shared)"
)


def drop_hidden_outcomes(
    analyses: list[SheetAnalysis],
    sheets: list[Sheet],
    policy: Policy,
    analyse: Callable[[Sheet, Policy], SheetAnalysis],
) -> None:
    """Each carried figure that reads an outcome figure of a hidden sheet, removed; and each
    total over hidden lines only whose hidden cell reads an outcome figure elsewhere."""
    hidden = {s.name.lower(): s for s in sheets if not s.visible}
    links = bool(hidden) and any(a.sheet.hidden_links for a in analyses)
    lined = [a for a in analyses if a.sheet.hidden_rows or a.sheet.hidden_cols]
    looked = {s.name.lower(): s.unseen_formulas for s in sheets if s.unseen_formulas}
    if not links and not lined and not looked:
        return
    shown = {a.sheet.name.lower(): a for a in analyses}
    inputs = {s.name.lower(): s for s in sheets}  # as read: the hidden lines' cells too
    read: dict[str, SheetAnalysis | None] = {}
    known: dict[tuple[str, Coord], str | None] = {}  # each cell followed once

    def outcome_at(name: str, coord: Coord) -> str | None:
        """The sheet (lower case) of the outcome figure the cell is or reads on to, if any."""
        if (name, coord) in known:
            return known[(name, coord)]
        known[(name, coord)] = None  # a formula reading itself round a loop finds nothing
        if name in hidden and name not in read:
            try:
                read[name] = analyse(hidden[name], policy)
            except AnalysisError:
                read[name] = None  # a data sheet wpxl cannot read: its words say nothing
        found = read[name] if name in hidden else shown.get(name)
        outcome = name if found is not None and _is_outcome(found, coord) else None
        sheet = inputs[name]
        if not outcome and _unseen(sheet, coord) and (formula := _formula_at(sheet, coord)):
            anywhere, wholly = _read_on(formula, name, hidden, inputs)
            outcome = next((o for n, c in anywhere if (o := outcome_at(n, c))), None)
            for cells in wholly if outcome is None else ():
                if cells and all(outcome_at(n, c) for n, c in cells):
                    outcome = outcome_at(*cells[0])
                    break
        known[(name, coord)] = outcome
        return outcome

    for analysis in analyses if links else ():
        for coord, formula in analysis.sheet.hidden_links.items():
            if analysis.roles.get(coord) in (None, Role.DROPPED):
                continue
            if any(outcome_at(n, c) for n, c in _read_cells(formula, hidden)):
                analysis.roles[coord] = Role.DROPPED
                analysis.reasons[coord] = HIDDEN_OUTCOME
    for analysis in lined:
        _drop_links_to_outcomes(analysis, outcome_at)
    for analysis in analyses if looked else ():
        _drop_readers_of_unseen(analysis, looked, inputs, outcome_at)


def _drop_readers_of_unseen(
    analysis: SheetAnalysis,
    looked: dict[str, dict[Coord, str]],
    inputs: dict[str, Sheet],
    outcome_at: Callable[[str, Coord], str | None],
) -> None:
    """Remove each carried figure whose formula reads a cell its look hides that reads on to
    an outcome figure ('=Z4', Z4 a white '=Outcomes!B4'), one sentence a column naming the
    unseen cells read and the outcomes' sheets (a hidden sheet's name is not shown: it may
    say what the sheet hides)."""
    sheet = analysis.sheet
    by_col: dict[int, list[tuple[Coord, set[tuple[str, Coord]], set[str]]]] = {}
    for coord, cell in sheet.cells.items():
        if not cell.formula or analysis.roles.get(coord) in (None, Role.DROPPED):
            continue
        unseen = {
            (name, at)
            for ref in references_any(narrowed_lookups(cell.formula))
            for name in [(ref.sheet or sheet.name).lower()]
            for at in looked.get(name, ())
            if ref.top <= at[0] <= ref.bottom and ref.left <= at[1] <= ref.right
        }
        reached = {o for n, c in unseen if (o := outcome_at(n, c))}
        if reached:
            by_col.setdefault(coord[1], []).append((coord, unseen, reached))
    for found in by_col.values():
        cells = {place for _, unseen, _ in found for place in unseen}
        sheets = {
            f"'{inputs[name].name}'" if inputs[name].visible else "a hidden sheet"
            for _, _, reached in found
            for name in reached
        }
        why = UNSEEN_OUTCOME.format(cells=_places(cells, inputs), sheets=", ".join(sorted(sheets)))
        for coord, _, _ in found:
            for table in analysis.tables:
                table.totals.pop(coord, None)
            analysis.roles[coord] = Role.DROPPED
            analysis.reasons[coord] = why


def _places(cells: set[tuple[str, Coord]], inputs: dict[str, Sheet]) -> str:
    """The cells named for a reader: "'Referrals' Z4:Z7", each column's rows as runs."""
    named = []
    for name in sorted({n for n, _ in cells}):
        spans = [
            column_spans(sorted(r for n, (r, c) in cells if n == name and c == col), col)
            for col in sorted({c for n, (_, c) in cells if n == name})
        ]
        named.append(f"'{inputs[name].name}' {', '.join(spans)}")
    return "; ".join(named)


def _drop_links_to_outcomes(
    analysis: SheetAnalysis, outcome_at: Callable[[str, Coord], str | None]
) -> None:
    """Remove each total over the sheet's hidden lines only whose hidden cell reads on to an
    outcome figure: '=Z4' beside the job starts, Z a hidden working column of '=Outcomes!B4'
    with no words of its own. Taken for a summary of hidden detail, it was carried as a count."""
    sheet = analysis.sheet
    rows, cols, name = sheet.hidden_rows, sheet.hidden_cols, sheet.name
    for table in analysis.tables:
        for coord, parts in list(table.totals.items()):
            if not parts or not all(n == name and (r in rows or c in cols) for n, r, c in parts):
                continue
            if any(outcome_at(name.lower(), (r, c)) for _, r, c in parts):
                del table.totals[coord]
                analysis.roles[coord] = Role.DROPPED
                analysis.reasons[coord] = HIDDEN_OUTCOME_LINES


def _unseen(sheet: Sheet, coord: Coord) -> bool:
    """Whether the cell is not carried: on a hidden sheet, on a hidden line of its sheet, or
    hidden by its look."""
    return (
        not sheet.visible
        or coord[0] in sheet.hidden_rows
        or coord[1] in sheet.hidden_cols
        or coord in sheet.unseen_formulas
    )


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


def _formula_at(sheet: Sheet, coord: Coord) -> str | None:
    """The formula of a hidden sheet's cell, one reading yet another hidden sheet included
    (read as the value it showed, its formula kept aside)."""
    cell = sheet.cells.get(coord)
    own = cell.formula if cell is not None else None
    return sheet.hidden_links.get(coord) or sheet.unseen_formulas.get(coord) or own


def _read_on(
    formula: str, home: str, hidden: dict[str, Sheet], inputs: dict[str, Sheet]
) -> tuple[list[tuple[str, Coord]], list[list[tuple[str, Coord]]]]:
    """What a cell not carried reads (lower-cased sheet name, place): on hidden sheets, any
    cell ``_read_cells`` finds (its own sheet's too), one outcome figure among them enough; on
    visible sheets, each range's figures, an outcome only if all are one ('=Outcomes!B4',
    '=SUM(Outcomes!B4:B7)'): a lookup into a table of starts and outcomes (INDEX(Data!B4:C7,
    ..., 1)) may read its starts, and those are shown as starts."""
    anywhere = _read_cells(formula, hidden)
    wholly = []
    for ref in references_any(narrowed_lookups(formula)):
        name = (ref.sheet or home).lower()
        if name in hidden and ref.sheet is None:
            anywhere += [(name, c) for c in ref.coords()]
        elif name in inputs and name not in hidden:
            cells, unseen = inputs[name].cells, inputs[name].unseen_formulas
            wholly.append(
                [
                    (name, c)
                    for c in ref.coords()
                    if c in unseen or (c in cells and as_number(cells[c].value) is not None)
                ]
            )
    return anywhere, wholly


def _is_outcome(analysis: SheetAnalysis, coord: Coord) -> bool:
    """Whether the hidden sheet's cell is a figure (kept or removed) of an outcome's line."""
    if analysis.roles.get(coord) not in (Role.COUNT, Role.TOTAL, Role.DERIVED, Role.DROPPED):
        return False
    for table in analysis.tables:
        if coord in table.area:
            return table.measure_of(coord).is_outcome
    return False
