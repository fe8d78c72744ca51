"""Invariant 10, for a total line under its lines: 'Q1 total' shows the sum of the months the
copy shows above it.

A line named a total ('Q1 total', 'Leeds total'), or by a year alone ('2013/14' under its
months), that is, to the last digit in every place, the sum of the run of lines straight above
it adds them up, whatever else it might be read as: a year of one quarter repeats the quarter's
figures on its 'Year 2013/14' line, and a reading that takes 'Q1 total' as the total over that
line alone (a named total may add up one line) leaves the months under no total. The copy then
shows the quarter as its year (60), honest against the input, beside months adding up to 40,
which guidance R5 forbids.

The proof reads the input itself: for each line whose first words name a total, or whose only
words are a year, the run of lines above it holding figures, back to another such line, a line
of words alone or a blank line; two or more lines, a sum not 0 (its words say it is a total:
the arithmetic says of what). A year straight under a total line of the same figures is a year
of one quarter: that line is its run. Where such a line adds its run up in every place it holds a
figure, the copy must show there the sum of what it shows in the run (a formula's cached value,
or a plain figure), unless a line of the run is not shown. Columns are read the same way, each
named by its first words (its header): a year's column ('2013-14') right of its weeks'.
"""

from __future__ import annotations

import re

from wpxl.model import Cell
from wpxl.model.layout import BANNER_ROWS
from wpxl.verify.books import SheetPair
from wpxl.verify.figure_lines import FigureLines, Lines
from wpxl.verify.formulas import sum_formula
from wpxl.verify.leaks import Finding
from wpxl.verify.total_words import figure, names_total

Coord = tuple[int, int]
NOT_ITS_RUN = "a total not showing the sum of the lines it adds up in the input"
_YEAR = re.compile(
    r"(?:(?:financial\s+)?year\s+|fy\s*)?(?:19|20)\d\d(?:\s*[/-]\s*(?:\d\d|(?:19|20)\d\d))?", re.I
)


def summed_runs(
    pair: SheetPair,
    cells: dict[Coord, Cell],
    labels: dict[int, tuple[int, str]],
    figures: FigureLines,
    across: bool = False,
) -> list[Finding]:
    """The places where a named total line adds up its run above in the input but does not
    show the sum of the run in the copy (``labels``: each row's first words; ``figures``:
    the figures of ``cells`` by line). ``across``: the columns of ``cells`` are read as rows,
    each named by its header's words (``labels`` are then each column's): a year's column
    right of its weeks'. The sheet is not turned over for it: its figures by column are the
    rows' (a copy of a large sheet turned held as much as the sheet at the proof's peak)."""
    named = {row: at for row, (at, words) in labels.items() if names_total(words)}
    years = years_alone(cells, labels, across)
    named.update(years)
    if not named:
        return []
    lines = figures.by_col() if across else figures.by_row()
    found = []
    for row, at in named.items():
        places = places_right_of(lines, row, at)
        run = run_above(lines, named, row, places)
        if not run and row in years and row - 1 in named:
            run = [row - 1]  # a year of one quarter: the quarter's total line again, if alike
        elif len(run) < 2:
            continue
        asked = [col for col in places if not _sums_the_run(pair, row, run, col, across)]
        if not asked or not adds_up(lines, row, run, places):
            continue  # most totals: the copy's formula adds up the run, so shows its sum
        found += not_their_sum(pair, row, run, asked, across, NOT_ITS_RUN)
    return found


def not_their_sum(
    pair: SheetPair, row: int, lines: list[int], cols: list[int], across: bool, kind: str
) -> list[Finding]:
    """A finding of ``kind`` in each of ``cols`` where the copy shows at ``row`` other than
    the sum of what it shows on ``lines`` (none where one is not shown: the other invariants
    see to it)."""
    found = []
    for col in cols:
        shown = written(pair, (row, col), across)
        parts = [written(pair, (line, col), across) for line in lines]
        if shown is not None and None not in parts and abs(shown - sum(parts)) > 1e-6:  # type: ignore[arg-type]
            found.append(Finding(where(pair, (row, col), across), kind))
    return found


def _sums_the_run(pair: SheetPair, row: int, run: list[int], col: int, across: bool) -> bool:
    """Whether the copy writes at ``(row, col)`` a SUM of the run's cells, and nothing else:
    its value is their shown sum (invariant 1 holds a formula to its value)."""

    unmoved = pair.moves == ([], [])  # most sheets: each line ``BANNER_ROWS`` down

    def out(place: Coord) -> Coord:  # asked of each line of every run: most, written out
        line, at = place[::-1] if across else place
        return (line + BANNER_ROWS, at) if unmoved else pair.output_coord((line, at))

    copied = pair.cells.get(out((row, col)))
    formula = copied[1] if copied is not None else None
    parsed = sum_formula(formula.lstrip("=")) if isinstance(formula, str) else None
    if parsed is None or parsed.added or not run:
        return False
    if any(ref.sheet is not None or ref.size > len(run) for ref in parsed.ranges):
        return False
    if len(parsed.ranges) == 1 and unmoved:  # nearly every total: one range, a line's each
        ref = parsed.ranges[0]  # the run's lines in one row or column of the copy: its ends do
        first, last = min(run), max(run)
        if across:  # turned: the run's columns, unshifted, in the copy's row ``col``, shifted
            inside = ref.top <= col + BANNER_ROWS <= ref.bottom
            inside = inside and ref.left <= first and last <= ref.right
        else:
            inside = ref.left <= col <= ref.right
            inside = inside and ref.top <= first + BANNER_ROWS and last + BANNER_ROWS <= ref.bottom
        return inside and ref.size == len(set(run))
    lines = {out((line, col)) for line in run}
    if len(parsed.ranges) == 1:
        ref = parsed.ranges[0]
        top, bottom, left, right = ref.top, ref.bottom, ref.left, ref.right
        inside = all(top <= r <= bottom and left <= c <= right for r, c in lines)
        return inside and ref.size == len(lines)
    return {place for ref in parsed.ranges for place in ref.coords()} == lines


def where(pair: SheetPair, place: Coord, across: bool) -> str:
    """The copy's cell of the input's ``place`` (turned over when ``across``), named."""
    return pair.where(pair.output_coord(place[::-1] if across else place))


def named_by_a_year(words: str) -> bool:
    """Words that are a year alone ('2013/14', 'Year 2013/14', 'FY2013/14')."""
    return bool(_YEAR.fullmatch(words))


def years_alone(
    cells: dict[Coord, Cell], labels: dict[int, tuple[int, str]], across: bool = False
) -> dict[int, int]:
    """The lines whose only words are a year ('2013/14', 'Year 2013/14'), closing the months
    of that year as a total does; not a month's line naming its year beside the month
    (``across``: the lines are the columns of ``cells``)."""
    years = {row: at for row, (at, words) in labels.items() if named_by_a_year(words)}
    if years:
        for coord, cell in cells.items():
            row, col = coord[::-1] if across else coord
            text = cell.value
            if row in years and col != years[row] and isinstance(text, str) and text.strip():
                del years[row]
    return years


def places_right_of(lines: Lines, row: int, at: int) -> list[int]:
    """The places along ``row`` right of its words (at ``at``) holding a figure, in order."""
    return sorted(col for col in lines.get(row, ()) if col > at)


def run_above(lines: Lines, named: dict[int, int], row: int, places: list[int]) -> list[int]:
    """The lines straight above ``row`` holding a figure in one of its ``places``, back to a
    line ``named`` a total (or a year alone), or one holding none there (a header, words
    alone, a blank line); ``lines``: the figures by line."""
    run = []
    line = row - 1
    while line >= 0 and line not in named:
        held = lines.get(line)
        if held is None or held.keys().isdisjoint(places):
            break
        run.append(line)
        line -= 1
    return run


def adds_up(lines: Lines, row: int, run: list[int], places: list[int]) -> bool:
    matches = 0
    own, held = lines.get(row, {}), [lines.get(line, {}) for line in run]
    for col in places:
        value = own.get(col) or 0.0
        parts = [figures.get(col) or 0.0 for figures in held]
        if abs(value - sum(parts)) > 1e-9:
            return False
        matches += value != 0
    return matches >= 1


def written(pair: SheetPair, place: Coord, across: bool = False) -> float | None:
    """What the copy shows at the input's ``place`` (turned over when ``across``): 0 where
    neither holds a figure, None where the input's figure is not shown (removed, or its line
    hidden)."""
    place = (place[1], place[0]) if across else place
    if not pair.carried(place):
        return None
    copied = pair.cells.get(pair.output_coord(place))
    if copied is not None and isinstance(copied[0], float):
        return copied[0]
    source = pair.source.cells.get(place) if pair.source is not None else None
    return 0.0 if figure(source) is None else None
