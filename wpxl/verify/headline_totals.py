"""Invariant 10, for a headline figure: 'Referrals to date' above the table's 'Referrals' lines
shows the sum of what the copy shows on those lines.

A summary sheet often leads with its key figures typed over the table they come from:
'Referrals to date | 536' is, to the last digit, the sum of the 'Referrals' lines of the local
authorities below. Rounded on its own it shows 540 above lines whose rounded figures add up to
560, which guidance R5 forbids.

The proof reads the input itself: a line holding one figure (no formula, not 0) whose words
name a whole ('to date', 'total', 'all', 'cumulative') and something else; the lines named by
that something else alone (a row by its words nearest left of its figures, a column by its words
nearest above them), two or more figures between them. Each such line adds its last figure
where that is the sum of its others (its total), else all its figures. Where the headline is
their sum to the last digit, the copy must show there the sum of what it shows at them, unless
one of them is not shown.
"""

from __future__ import annotations

import re
from collections import defaultdict

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.rows_of import RowsOf
from wpxl.verify.summed_runs import where, written
from wpxl.verify.total_words import figure

Coord = tuple[int, int]
NOT_THE_LINES_SUM = "a headline figure not showing the sum of the lines it adds up"
_WHOLE = re.compile(
    r"\b(?:year to date|to date|ytd|so far|in total|total|overall|all|cumulative)\b", re.I
)
_TOLERANCE = 1e-9
Lines = dict[int, list[tuple[int, Cell]]]  # a line's written cells, in order along it


def headline_totals(
    pair: SheetPair, cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]]
) -> list[Finding]:
    """The headline figures of the input (``labels``: each row's first words) that add up the
    lines named by their words, where the copy does not show the sum of what it shows there."""
    if not any(
        _WHOLE.search(words) and _words(_WHOLE.sub(" ", words)) for _, words in labels.values()
    ):
        return []  # most sheets: no line's words name a whole and anything else
    wholes = {row for (row, _), cell in cells.items() if _names_whole(cell.value)}
    by_row = RowsOf(cells)
    by_row.read_ahead(wholes)  # only those lines: a sheet of a million cells is not indexed
    headlines = {row: head for row in sorted(wholes) if (head := _headline(by_row(row)))}
    if not headlines:
        return []  # 'Total referrals' over a table's figures: no headline, no lines to read
    rows: Lines = defaultdict(list)
    cols: Lines = defaultdict(list)
    for (row, col), cell in cells.items():
        if cell.value is not None and cell.value != "":
            rows[row].append((col, cell))
            cols[col].append((row, cell))
    for line in (*rows.values(), *cols.values()):
        line.sort(key=lambda held: held[0])
    named = {across: _named(lines) for across, lines in ((False, rows), (True, cols))}
    found = []
    for row, (col, words) in headlines.items():
        parts = [
            [(at, p) if across else (p, at) for at in places]
            for across in (False, True)
            for p, places in named[across].get(words, [])
            if not (not across and p == row)
        ]
        places = [place for part in parts for place in part]
        value = figure(cells[(row, col)]) or 0.0
        if (
            len(places) < 2
            or abs(value - sum(figure(cells[p]) or 0.0 for p in places)) > _TOLERANCE
        ):
            continue
        shown = written(pair, (row, col))
        sums = [written(pair, place) for place in places]
        if shown is not None and None not in sums and abs(shown - sum(sums)) > 1e-6:  # type: ignore[arg-type]
            found.append(Finding(where(pair, (row, col), False), NOT_THE_LINES_SUM))
    return found


def _headline(line: list[tuple[int, Cell]]) -> tuple[int, str] | None:
    """The place of a line's one figure and the words it names besides a whole, if the line is
    words then one plain figure, not 0, and they name a whole and something else."""
    figures = [(at, cell) for at, cell in line if figure(cell) is not None]
    if len(figures) != 1 or figures[0][1].formula is not None or not figure(figures[0][1]):
        return None
    texts = [cell.value for at, cell in line if at < figures[0][0] and isinstance(cell.value, str)]
    label = " ".join(texts)
    words = _words(_WHOLE.sub(" ", label))
    return (figures[0][0], words) if _WHOLE.search(label) and words else None


def _named(lines: Lines) -> dict[str, list[tuple[int, list[int]]]]:
    """Each run of figures along a line by the words nearest before it ('Referrals' right of
    'Kirklees', or over the authorities below headlines in its column), with the places it
    adds: its last figure where that is the sum of the others, else all of them."""
    named: dict[str, list[tuple[int, list[int]]]] = defaultdict(list)
    for index, line in lines.items():
        words, run = "", []
        for at, cell in [*line, (-1, Cell(""))]:  # a last cell of words ends the last run
            value = figure(cell)
            if value is not None:
                run.append((at, value))
                continue
            if run and words:
                named[words].append((index, _adds(run)))
            run = []
            words = _words(cell.value) if isinstance(cell.value, str) else ""
    return named


def _adds(run: list[tuple[int, float]]) -> list[int]:
    *others, (last, value) = run
    whole = len(others) >= 2 and abs(value - sum(v for _, v in others)) <= _TOLERANCE
    return [last] if whole else [at for at, _ in run]


def _names_whole(value: object) -> bool:
    return isinstance(value, str) and _WHOLE.search(value) is not None


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w+-]+", " ", text).lower().split())
