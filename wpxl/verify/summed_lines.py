"""Invariant 10, for a line over its fellows: a line adding up the other lines of its label
column shows the sum of what the copy shows for them.

Areas grouped by region (regions down column A, their districts down column B, each region's
line its districts' total) often carry the grand total as one more line of column A, typed:
'England' above the regions, or 'All regions' below them. Nothing but arithmetic says it is a
total; rounded on its own it shows the rounded original total (2,960), not the sum of the
rounded region lines the reader sees (2,980), which guidance R5 forbids. A region with a single
district is the same line twice.

The proof reads the input itself: the lines whose first words stand in the same column with
the same indent (leading spaces), in order, no two with the same words (blocks stacked alike
repeat theirs, and are read by ``summed_blocks``). Where the first or the last of three or more
is, to the last digit in every column of figures (a formula's as the file caches it), the sum
of all the others (two or more of those sums not 0; one, for a line whose words name a total),
it is their total, and the copy must show at its place, in each column, the sum of what it
shows at theirs. Only a plain figure is asked (a formula is held to the cells it adds up by
invariant 1), and not in a column where the copy shows nothing at one of them (a part removed:
the other invariants see to it).
"""

from __future__ import annotations

from collections import defaultdict

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.summed_blocks import figure, names_total, written_alone

Coord = tuple[int, int]
Key = tuple[int, int]  # a label's column and its indent
NOT_THE_SUM = "a total of the lines beside it rounded on its own, not the sum of the shown lines"
_MIN_MATCHES = 2


def summed_lines(
    pair: SheetPair, cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]]
) -> list[Finding]:
    """The places where a first or last line of a label column adds up the others in the input
    but not in the copy; ``labels``: each row's first words (``summed_blocks.first_words``)."""
    keys = _keys(cells, labels)
    if not keys:
        return []
    sums: defaultdict[Key, defaultdict[int, float]] = defaultdict(lambda: defaultdict(float))
    counted: defaultdict[Key, set[int]] = defaultdict(set)  # the lines holding a figure
    for (row, col), cell in cells.items():
        key = keys.get(row)
        if key is not None and col > key[0] and (value := figure(cell)):
            sums[key][col] += value
            counted[key].add(row)
    found = []
    for key, lines in counted.items():
        if len(lines) < 3 or len({labels[r][1].casefold() for r in lines}) < len(lines):
            continue  # a label twice: blocks stacked alike, which ``summed_blocks`` reads
        for row in {min(lines), max(lines)}:
            others = [r for r, k in keys.items() if k == key and r != row]
            if _adds_up(cells, row, sums[key], names_total(labels[row][1])):
                found += _not_shown_so(pair, row, others, sums[key])
    return found


def _keys(cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]]) -> dict[int, Key]:
    """Each line's key, for the keys three lines or more share. A line is a row whose only
    words are its label: a header ('Area | Total | 2011') holds more, and its years are no
    figures to add up."""
    worded = {
        row
        for (row, col), cell in cells.items()
        if cell.value.__class__ is str and col > labels[row][0]
    }
    keys: dict[int, Key] = {}
    for row, (col, _) in labels.items():
        if row in worded:
            continue
        text = cells[(row, col)].value
        assert isinstance(text, str)
        keys[row] = (col, len(text) - len(text.lstrip()))
    counted: defaultdict[Key, int] = defaultdict(int)
    for key in keys.values():
        counted[key] += 1
    return {row: key for row, key in keys.items() if counted[key] >= 3}


def _adds_up(cells: dict[Coord, Cell], row: int, sums: dict[int, float], named: bool) -> bool:
    """Whether ``row`` holds, in every column, the sum of the other rows (``sums`` holds all)."""
    matches = 0
    for col, whole in sums.items():
        value = figure(cells.get((row, col))) or 0.0
        if abs(2 * value - whole) > 1e-6:
            return False
        matches += value != 0
    return matches >= (1 if named else _MIN_MATCHES)


def _not_shown_so(
    pair: SheetPair, row: int, others: list[int], sums: dict[int, float]
) -> list[Finding]:
    found = []
    for col in sums:
        if not written_alone(pair, (row, col)):
            continue  # a formula: invariant 1 holds it to the cells it adds up
        shown = _written(pair, (row, col))
        parts = [_written(pair, (other, col)) for other in others]
        if shown is None or any(part is None for part in parts):
            continue
        if abs(shown - sum(parts)) > 1e-6:  # type: ignore[arg-type]
            found.append(Finding(pair.where(pair.output_coord((row, col))), NOT_THE_SUM))
    return found


def _written(pair: SheetPair, place: Coord) -> float | None:
    """What the copy shows at the input's ``place``: 0 where neither holds a figure (a heading
    line), None where the input's figure is not shown (removed)."""
    written = pair.cells.get(pair.output_coord(place))
    if written is not None and isinstance(written[0], float):
        return written[0]
    source = pair.source.cells.get(place) if pair.source is not None else None
    return 0.0 if figure(source) is None and (source is None or source.formula is None) else None
