"""Invariant 10, for a line heading the lines set out more indented under it: the copy shows
the sum of what it shows for them.

A hierarchy in one label column, shown by indent (the cell's indent format, or leading spaces),
puts each area's total first, above its parts: 'North West', then 'Lancashire CPA' indented
under it, then 'Preston' and 'Blackburn' under that, each over its Jobcentre offices. Where an
authority has one office ('Preston' over 'Preston JCP' alone, the same figures), the analysis
read no total of one line, the CPA's parts then added up to more than it, and it was rounded on
its own: 680 shown where the lines the copy shows under it add up to 700, which guidance R5
forbids. The proof's other readings of invariant 10 ask lines of one kind, or lines named a
total; this line is neither.

The proof reads the input itself: in each column of row labels set out at two indents or more,
a line whose next lines are more indented than it is, to the last digit, the sum of the least
indented of them (its direct parts, back to a line no more indented than it) in every place
where it and they hold figures (two places or more not 0, or one over two parts or more). Where
the copy writes such a line as a plain figure, it must be the sum of what the copy shows for
those parts. Lines whose words say they count a part of the line above ('of which ESA
claimants', 'o/w JSA 18-24') are a breakdown its words keep out of every total, and not asked.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import takewhile

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.shown_sums import not_the_shown_sum
from wpxl.verify.summed_blocks import written_alone
from wpxl.verify.total_words import figure

Coord = tuple[int, int]
NOT_THE_SUM = "a total of the lines indented under it rounded on its own, not the sum of them"
_MIN_MATCHES = 2
OF_WHICH = re.compile(r"\bof\s+(?:which|whom)\b|(?<!\w)o/w\b", re.IGNORECASE)


def indented_totals(
    pair: SheetPair, cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]]
) -> list[Finding]:
    """The places where a line adds up the lines indented under it in the input but the copy
    shows it rounded on its own (``labels``: each row's first words and their column)."""
    indents = {row: _indent(cells[(row, col)]) for row, (col, _) in labels.items()}
    by_column: defaultdict[int, list[int]] = defaultdict(list)
    for row, (col, _) in sorted(labels.items()):
        by_column[col].append(row)
    set_out = {col: rows for col, rows in by_column.items() if len({indents[r] for r in rows}) > 1}
    if not set_out:
        return []  # most sheets: no line is set out under another
    lines = _lines(cells, set(labels))
    found: list[Finding] = []
    for col, rows in set_out.items():
        for at, row in enumerate(rows):
            under = list(takewhile(lambda x, row=row: indents[x] > indents[row], rows[at + 1 :]))
            if not under:
                continue
            step = min(indents[x] for x in under)
            parts = [x for x in under if indents[x] == step]
            if any(OF_WHICH.search(labels[x][1]) for x in parts):
                continue  # a breakdown of the line, no part of a total (its words say)
            places = _summed_places(lines, row, col, parts)
            for place in places if places and written_alone(pair, (row, places[0])) else []:
                found += not_the_shown_sum(pair, (row, place), parts, NOT_THE_SUM)
    return found


def _indent(cell: Cell) -> int:
    """How far the label is set in: its indent format, or else its leading spaces."""
    text = cell.value
    spaces = len(text) - len(text.lstrip()) if isinstance(text, str) else 0
    return cell.style.indent or spaces


def _lines(cells: dict[Coord, Cell], rows: set[int]) -> dict[int, dict[int, Cell]]:
    """Each labelled row's cells by column, read in one walk of the sheet."""
    lines: defaultdict[int, dict[int, Cell]] = defaultdict(dict)
    for (row, col), cell in cells.items():
        if row in rows:
            lines[row][col] = cell
    return lines


def _summed_places(
    lines: dict[int, dict[int, Cell]], row: int, col: int, parts: list[int]
) -> list[int]:
    """The columns right of ``col`` where ``row`` holds a plain figure that is the sum of the
    ``parts``' figures, when it is so in every place it and they hold figures (else none)."""
    places: list[int] = []
    matched = 0
    for across, cell in lines.get(row, {}).items():
        if across <= col or cell.formula is not None:
            continue
        total = figure(cell)
        shares = [figure(lines.get(part, {}).get(across)) for part in parts]
        if total is None or None in shares:
            continue
        if abs(total - sum(shares)) > 1e-6:  # type: ignore[arg-type]
            return []
        places.append(across)
        matched += total != 0
    enough = matched >= _MIN_MATCHES or (matched == 1 and len(parts) > 1)
    return sorted(places) if enough else []
