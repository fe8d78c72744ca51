"""Totals over hidden rows or columns: removed, or, when all they add up is hidden, shown.

The copy never carries a hidden row or column, so a total whose lines run across one adds up
cells the copy does not hold: it is removed (with every total over it), never rebuilt over the
rest, which would not be the total.

A total ALL of whose cells are hidden is another thing: Excel's Data > Subtotal output collapsed
to its office totals ('Derby Total' =SUBTOTAL(9,C4:C7) over hidden detail rows) is what its
reader sees, a table of office totals. Each becomes a count of its own, rounded like any other
(its detail never travels), and a total over them (the 'Grand Total', read as the sum of the
office totals) is rebuilt over those rounded counts. Outcome tables are left as they were: their
figures are not shown as counts at all. So is a total over hidden lines whose own words name an
outcome ('=H4' beside the job starts, H a hidden working column headed 'Job outcomes'): it is
removed, as an outcome figure carried as a count would be shown.

A total naming its cells one by one, none hidden ('=B4+B8', England over its regions, the
areas under each collapsed and the regions typed), adds up nothing hidden, whatever lies
between them: it is rebuilt over them as any total is.

A total that leaves hidden rows out itself is neither: ``SUBTOTAL(109, ...)``, as an Excel
table's totals row adds up its column, counts only the rows a filter (or the user) leaves shown,
and its value is theirs. It adds up the shown rows, and is rebuilt over them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wpxl.analyse.formulas import references_any, sum_refs
from wpxl.analyse.hidden_sums import typed_totals_over_hidden
from wpxl.analyse.values import as_number
from wpxl.analyse.words import outcome_named
from wpxl.model import Cell, Coord, Measure, Role, Sheet, SheetAnalysis, SheetCoord, Table

MeasureWords = dict[Measure, tuple[str, ...]]
_SHOWN_ROWS_ONLY = re.compile(r"\s*SUBTOTAL\(\s*109\s*,", re.IGNORECASE)  # hidden rows left out

HIDDEN_OUTCOME_LINES = "a figure read from hidden lines of outcome figures (never shared)"
TOTAL_OVER_HIDDEN = (
    "a total over hidden rows or columns: their cells are not carried, and a total over the rest "
    "would not be the total"
)


def drop_totals_over_hidden_lines(
    analyses: list[SheetAnalysis], inputs: dict[str, Sheet], words: MeasureWords
) -> None:
    """Totals over hidden detail only become counts, unless that detail counts outcomes
    (``inputs``: each sheet as read, its hidden lines' words too); others over hidden lines
    are removed."""
    for analysis in analyses:
        sheet = analysis.sheet
        if not sheet.hidden_rows and not sheet.hidden_cols:
            continue
        read = inputs.get(sheet.name, sheet)
        texts = [
            (r, c, cell.value) for (r, c), cell in read.cells.items() if isinstance(cell.value, str)
        ]
        worked: dict[Coord, Cell] = {}
        for table in analysis.tables:
            for coord, by_row in typed_totals_over_hidden(table, sheet, read, analysis.roles):
                analysis.roles[coord] = Role.DROPPED
                analysis.reasons[coord] = TOTAL_OVER_HIDDEN
                (table.total_rows if by_row else table.total_cols).add(coord[0 if by_row else 1])
            for coord, parts in list(table.totals.items()):
                parts = table.totals[coord] = _shown_parts(sheet, coord, parts)
                if outcome_parts_hidden(parts, read, texts, words):
                    del table.totals[coord]
                    analysis.roles[coord] = Role.DROPPED
                    analysis.reasons[coord] = HIDDEN_OUTCOME_LINES
            shown = _summaries(table, sheet, read, analysis.roles, worked)
            for coord, parts in list(table.totals.items()):
                here = [(r, c) for name, r, c in parts if name == sheet.name] + [coord]
                rows, cols = [r for r, _ in here], [c for _, c in here]
                covered_rows, covered_cols = _covered(here, shown)
                if _leaves_hidden_rows_out(sheet, coord) or _names_shown_cells(sheet, coord):
                    covered_rows, covered_cols = sheet.hidden_rows, sheet.hidden_cols
                if any(min(rows) < r < max(rows) for r in sheet.hidden_rows - covered_rows) or any(
                    min(cols) < c < max(cols) for c in sheet.hidden_cols - covered_cols
                ):
                    del table.totals[coord]
                    analysis.roles[coord] = Role.DROPPED
                    analysis.reasons[coord] = TOTAL_OVER_HIDDEN
        if worked:  # the sheet as Excel shows it, the input as read left as it is for the proof
            analysis.sheet = replace(sheet, cells={**sheet.cells, **worked})


def outcome_parts_hidden(
    parts: tuple[SheetCoord, ...],
    sheet: Sheet,
    texts: list[tuple[int, int, str]],
    words: MeasureWords,
) -> bool:
    """Whether every part of a total lies in the sheet's hidden lines and the words of those
    lines (``texts``: the sheet's words by place, read once), up to a part, name an outcome:
    '=H4' beside the job starts, H a hidden working column headed 'Job outcomes', or '=B12'
    over hidden rows under a line 'Job outcomes'. Such a link is one figure of hidden outcome
    detail, whatever its own column's words say."""
    rows, cols = sheet.hidden_rows, sheet.hidden_cols
    if not parts or not all(n == sheet.name and (r in rows or c in cols) for n, r, c in parts):
        return False
    named: list[str] = []
    for _, row, col in parts:
        band_rows = _run_to(row, rows) if row in rows else set()
        band_cols = _run_to(col, cols) if col in cols else set()
        named += [
            text
            for r, c, text in texts
            if (r in band_rows and c <= col) or (c in band_cols and r <= row)
        ]
    return outcome_named(named, words) is not None


def _leaves_hidden_rows_out(sheet: Sheet, coord: Coord) -> bool:
    """Whether the total is ``SUBTOTAL(109, ...)``, which leaves hidden rows out (not hidden
    columns)."""
    cell = sheet.cells.get(coord)
    return cell is not None and bool(cell.formula and _SHOWN_ROWS_ONLY.match(cell.formula))


def _names_shown_cells(sheet: Sheet, coord: Coord) -> bool:
    """Whether the total's formula names each of its cells one by one, none on a hidden line
    ('=B4+B8', England over its regions, each region's areas collapsed under it): the hidden
    lines between them are none of its parts."""
    cell = sheet.cells.get(coord)
    refs = references_any(cell.formula) if cell is not None and cell.formula else []
    return bool(refs) and all(
        ref.sheet is None
        and (ref.top, ref.left) == (ref.bottom, ref.right)
        and ref.top not in sheet.hidden_rows
        and ref.left not in sheet.hidden_cols
        for ref in refs
    )


def _shown_parts(
    sheet: Sheet, coord: Coord, parts: tuple[SheetCoord, ...]
) -> tuple[SheetCoord, ...]:
    """The parts a total counts: for one leaving hidden rows out, those on rows not hidden,
    where any are; for other totals, all."""
    if not _leaves_hidden_rows_out(sheet, coord):
        return parts
    shown = tuple(p for p in parts if p[0] != sheet.name or p[1] not in sheet.hidden_rows)
    return shown or parts


def _run_to(line: int, hidden: set[int]) -> set[int]:
    """The hidden lines running unbroken up to ``line`` (it included)."""
    found = set()
    while line in hidden:
        found.add(line)
        line -= 1
    return found


def _summaries(
    table: Table, sheet: Sheet, read: Sheet, roles: dict[Coord, Role], worked: dict[Coord, Cell]
) -> dict[Coord, tuple[set[int], set[int]]]:
    """The formula totals of the table whose every cell is hidden, made counts of their own
    (a whole number shown, a table not of outcomes): each with the hidden rows and columns it
    stands for. One the input (``read``) stores no value for gets the sum of its parts, in
    ``worked``."""
    found: dict[Coord, tuple[set[int], set[int]]] = {}
    hidden_rows, hidden_cols = sheet.hidden_rows, sheet.hidden_cols
    for coord, parts in list(table.totals.items()):
        cell = sheet.cells.get(coord)
        if cell is None or cell.formula is None or not parts:
            continue
        if any(name != sheet.name for name, _, _ in parts):
            continue
        if not all(r in hidden_rows or c in hidden_cols for _, r, c in parts):
            continue
        stored = read.cells.get(coord, cell).value is not None
        value = as_number(cell.value) if stored else _summed(read, [(r, c) for _, r, c in parts])
        if value is None or not float(value).is_integer() or table.measure_of(coord).is_outcome:
            continue
        if not stored:
            worked[coord] = replace(cell, value=int(value))
        del table.totals[coord]
        roles[coord] = Role.COUNT
        found[coord] = (
            {r for _, r, _ in parts if r in hidden_rows},
            {c for _, _, c in parts if c in hidden_cols},
        )
    if found:  # a line of such totals is a line of counts now
        left = set(table.totals)
        table.total_rows -= {r for r, _ in found} - {r for r, _ in left}
        table.total_cols -= {c for _, c in found} - {c for _, c in left}
    return found


def _summed(sheet: Sheet, parts: list[Coord], busy: frozenset[Coord] = frozenset()) -> float | None:
    """What a total with no cached value adds up, from the numbers typed in under it (through
    the plain sums of its own sheet it adds up: offices collapsed under a district, jobcentres
    under each office): a file written by a program (openpyxl, xlsxwriter) and never opened in
    Excel caches no formula's value, and its collapsed totals are what its reader will see all
    the same. None where a part is another formula, or not a number: its figure is not known."""
    total = 0.0
    for at in parts:
        cell = sheet.cells.get(at)
        if cell is None:
            continue
        if cell.formula is None:
            number = as_number(cell.value)
        else:
            refs = sum_refs(cell.formula) if at not in busy else None
            inner = [(r, c) for ref in refs or () for r in ref.rows for c in ref.cols]
            plain = refs is not None and all(ref.sheet is None and not ref.subtotal for ref in refs)
            number = _summed(sheet, inner, busy | {at}) if plain else None
        if number is None:
            return None
        total += number
    return total


def _covered(
    here: list[Coord], shown: dict[Coord, tuple[set[int], set[int]]]
) -> tuple[set[int], set[int]]:
    """The hidden rows and columns a total's parts stand for, as totals of hidden detail: a
    total over them adds up those lines already, through them."""
    rows: set[int] = set()
    cols: set[int] = set()
    for part in here:
        if part in shown:
            rows |= shown[part][0]
            cols |= shown[part][1]
    return rows, cols
