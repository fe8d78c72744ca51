"""The words of one input sheet by row and by column, and its figures by column, for the
proof's reading of outcomes (``outcomes.OutcomeContext``): indexed once, on first use."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from wpxl.model import Cell, Sheet
from wpxl.verify.group_heads import group_heads
from wpxl.verify.measure_words import Measures
from wpxl.verify.section_rows import SectionRows
from wpxl.verify.side_tables import label_columns
from wpxl.verify.values import is_bound, is_marker


@dataclass(frozen=True)
class SheetWords:
    rows: dict[int, list[tuple[int, str]]]
    cols: dict[int, list[tuple[int, str]]]
    numbers_by_col: dict[int, list[int]]
    numeric_rows: set[int]
    text_rows: dict[int, list[str]]  # the words of each row holding no figure
    sections: SectionRows


def index_words(sheet: Sheet, measures: Measures) -> SheetWords:
    """The sheet's words and figures indexed: a header merged (or centred across a selection)
    over columns, or a group label typed in its first column only, heads each column under it,
    as the proof reads a figure's headers."""
    rows: dict[int, list[tuple[int, str]]] = defaultdict(list)
    cols: dict[int, list[tuple[int, str]]] = defaultdict(list)
    numbers_by_col: dict[int, list[int]] = defaultdict(list)
    numeric_rows: set[int] = set()
    dates: dict[int, list[tuple[int, str]]] = defaultdict(list)  # heads of months as dates
    for (r, c), cell in sorted(sheet.cells.items()):
        value = cell.value
        if isinstance(value, dt.date | dt.datetime):
            dates[r].append((c, value.isoformat()))
        # a marker ('..', 'c') or a figure written with a mark ('<5', '88*', '5 or fewer')
        # stands where a figure does: no header over those under it
        marker = isinstance(value, str) and _stands_for_a_figure(value)
        if isinstance(value, str) and value.strip() and not marker:
            rows[r].append((c, value))
            cols[c].append((r, value))
        elif marker or _figure(cell):
            numbers_by_col[c].append(r)
            numeric_rows.add(r)
    # a header merged (or centred across a selection) over columns heads each of them; a
    # title so merged across its table, from its labels' column, is read as a title is
    for rng in [*sheet.merged, *sheet.centred]:
        origin = sheet.cells.get((rng.top, rng.left))
        if origin is not None and isinstance(origin.value, str) and origin.value.strip():
            if _is_title(rng.top, rng.left, rows, numbers_by_col):
                continue
            for c in range(rng.left + 1, rng.right + 1):
                cols[c].append((rng.top, origin.value))
    # so does a group label typed in its first column only, over blank cells to its right
    measured = measures.of
    grouped = group_heads(
        sheet, rows, numeric_rows, numbers_by_col, lambda t: measured(t) is not None, dates
    )
    for c, heads in grouped.items():
        cols[c].extend(heads)
    for texts in cols.values():
        texts.sort()
    text_rows = {r: [t for _, t in texts] for r, texts in rows.items() if r not in numeric_rows}
    sections = SectionRows(rows, cols, numeric_rows, measures.strongest, numbers_by_col)
    return SheetWords(rows, cols, numbers_by_col, numeric_rows, text_rows, sections)


# A figure given as a bound, an estimate or with a suppression's star: '<5', '~40', 'c.40', '88*'
_SUPPRESSED = re.compile(
    r"^\s*(?:(?:[<>\u2264\u2265~]|c\.|ca\.)\s*\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s*[*\u2020\u2021]+)\s*$",
    re.IGNORECASE,
)


def _stands_for_a_figure(text: str) -> bool:
    """Whether a text stands where a figure would: a marker, a figure given as a bound or an
    estimate, or starred ('<5', '~40', '88*'), or bounded in words ('5 or fewer'). Read as
    words, '<5' under 'Attachments' headed the figures below it itself, so they fell back on
    the title's measures ('Referrals and job outcomes by benefit type') and were taken for
    outcomes. A band's label ('26+', '0-12') names its line, as before."""
    return is_marker(text) or bool(_SUPPRESSED.match(text)) or is_bound(" ".join(text.split()))


def _figure(cell: Cell) -> bool:
    """A number, or a formula with no cached value (openpyxl and pandas write none; Excel works
    it out on opening): a share's formula over the counts of a table stacked under it parts
    their headers from its own, as it does once the file is saved in Excel."""
    value = cell.value
    if value is None:
        return cell.formula is not None
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_title(
    row: int, col: int, rows: dict[int, list[tuple[int, str]]], numbers_by_col: dict[int, list[int]]
) -> bool:
    """Whether a merge from ``col`` on ``row`` is a table's title, not a group's header: the
    only words of its row, over a column holding no figure under it (the labels'). Spread
    over the columns it spans, 'Job starts and job outcomes by local authority' merged over
    'Local authority | Job starts | Job outcomes' read the starts as outcomes; a group's header
    ('Job outcomes' merged over 'Apr | May | Jun') stands over figures."""
    alone = [c for c, _ in rows.get(row, ())] == [col]
    return alone and not any(r > row for r in numbers_by_col.get(col, ()))


def outer_words(
    rows: dict[int, list[tuple[int, str]]],
    text_rows: dict[int, list[str]],
    cells: dict[tuple[int, int], Cell],
    row: int,
) -> list[tuple[int, str]]:
    """Words of a line of figures left of its own label: a title set in the total line of the
    table above ('Job outcomes by area' left of that table's 'Total') titles the table under;
    with the line's figures, it went out read as more referrals."""
    if row in text_rows or row not in rows:
        return []
    texts = rows[row]
    ahead = range(texts[0][0], texts[-1][0] + 2)  # the first figure: after the words
    first = next((c for c in ahead if _is_figure(cells.get((row, c)))), None)
    return [(c, t) for c, t in texts if first is None or c < first][:-1]


def _is_figure(cell: Cell | None) -> bool:
    value = None if cell is None else cell.value
    return isinstance(value, int | float) and not isinstance(value, bool)


def run_through(
    sheet: Sheet, row: int, col: int, seen: dict[tuple[int, int, int], list[int]]
) -> tuple[int, int]:
    """The first and last column of the unbroken run of cells on ``row`` through ``col``, a
    merged header's cells filled ('Q2' over Jul to Sep, beside another table's title).
    ``seen``: the second tables' label columns of each run already read, by (row, first,
    last); every column of a wide header line asks of the same run, and reading a run reads
    down each of its columns (a 155-column sheet took an hour so)."""
    spans = [(r.left, r.right) for r in (*sheet.merged, *sheet.centred) if r.top <= row <= r.bottom]

    def filled(c: int) -> bool:
        value = getattr(sheet.cells.get((row, c)), "value", None)
        return value not in (None, "") or any(a <= c <= b for a, b in spans)

    first, last = col, col
    while first > 0 and filled(first - 1):
        first -= 1
    while filled(last + 1):
        last += 1
    if (row, first, last) not in seen:
        seen[row, first, last] = label_columns(sheet, row, first, last)
    return _own_table(seen[row, first, last], col, first, last)


def _own_table(columns: list[int], col: int, first: int, last: int) -> tuple[int, int]:
    """The part of the run ``first`` to ``last`` through ``col`` that is one table's: a second
    table's label column inside it, one of ``columns`` (wpxl.verify.side_tables), starts
    another table, set beside the first with no blank column between, each with its own
    title."""
    for again in columns:
        if again > col:
            return first, again - 1
        first = again
    return first, last
