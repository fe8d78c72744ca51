"""Invariant 10, for a line over its fellows: a line adding up the other lines of its kind
shows the sum of what the copy shows for them.

Areas grouped by region (regions down column A, their districts down column B, each region's
line its districts' total) often carry the grand total as one more line of column A, typed:
'England' above the regions, or 'All regions' below them. Nothing but arithmetic says it is a
total; rounded on its own it shows the rounded original total (2,960), not the sum of the
rounded region lines the reader sees (2,980), which guidance R5 forbids. The same stands on its
side: an 'All areas' column before the regions' columns, each over its districts' columns, and
a blank column parting the regions (so two tables) hides the sum from a reading table by table.

The proof reads the input itself, the rows and then the columns: the lines whose first words
(a row's label, a column's head) stand in the same column (row) with the same indent, no two
with the same words (blocks stacked alike repeat theirs, and are read by ``summed_blocks``),
and whose only words they are (a header row holds more). A line of nothing but years names the
others ('2011' down a column of years) and is left out. Where the first or the last of three or
more is, to the last digit in every place (a formula's as the file caches it), the sum of all
the others (two or more of those sums not 0; one, for a line whose words name a total), it is
their total, and the copy must show at its place the sum of what it shows at theirs. A column
no words name, where the line holds nothing, is set aside: scratch figures beside a table (as
MoJ's A1.9ii has) are no part of it. Only a plain figure is asked (a formula is held to the
cells it adds up by invariant 1), and not where the copy shows nothing at one of them (a part
removed: the other invariants see to it).

Words win over arithmetic where they say the line is no total: lines that are periods of one
kind ('Q1 | Q2 | Q3 | Q4', '2011/12 | 2012/13 | 2013/14': ``period_kinds``) or payment groups
('JSA 18-24 | ESA Flow | IB/IS Volunteers': ``payment_group_lines``) hold none of the others,
and a line the table's own total counts beside the others ('Ripon' the sum of 'Wakefield' and
'Craven' by chance, over a 'Total' adding up all three: ``counted_beside``) is one of them. A
line named a total is asked whatever counts it.

Nor does a line of changes ('Q2 minus Q1', 'Change': ``verify.differences`` words) whose every
figure is one of its fellows less another count among them: 'Q1 | Q2 | Q2 minus Q1 |
Cumulative', the last Q1 plus Q2, was read as no total of the other three, and its figures
rounded on their own (1,200 beside 600 and 620) passed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import permutations

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.counted_beside import counted_beside
from wpxl.verify.differences import DIFFERENCE_WORDS
from wpxl.verify.leaks import Finding
from wpxl.verify.payment_group_lines import payment_groups_alone
from wpxl.verify.period_kinds import periods_of_one_kind
from wpxl.verify.summed_blocks import written_alone
from wpxl.verify.total_words import figure, names_total

Coord = tuple[int, int]
Key = tuple[int, int]  # where a line's words stand (a column, or a row for a column) and indent
Names = dict[int, tuple[int, str]]  # line -> where its first words stand, and the words
NOT_THE_SUM = "a total of the lines beside it rounded on its own, not the sum of the shown lines"
_MIN_MATCHES = 2
_FIRST_YEAR, _LAST_YEAR = 1990, 2100


@dataclass
class _Lines:
    """One axis's lines (rows named by their labels, or columns by their heads) and, for each
    key, the sum of their figures at each place across."""

    names: Names
    flip: bool  # columns: a place (row, col) is (across, line)
    keys: dict[int, Key]
    sums: defaultdict[Key, defaultdict[int, float]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(float))
    )
    held: defaultdict[int, int] = field(default_factory=lambda: defaultdict(int))
    years: defaultdict[int, dict[int, float]] = field(default_factory=lambda: defaultdict(dict))
    worded: dict[int, int] = field(default_factory=dict)  # cells of words in each place across

    def add(self, key: Key, line: int, across: int, value: float) -> None:
        self.sums[key][across] += value
        self.held[line] += 1
        if _FIRST_YEAR <= value <= _LAST_YEAR and value == int(value):
            self.years[line][across] = value

    def place(self, line: int, across: int) -> Coord:
        return (across, line) if self.flip else (line, across)


def summed_lines(
    pair: SheetPair, cells: dict[Coord, Cell], labels: Names, levels: list[Finding]
) -> list[Finding]:
    """The places where a first or last line adds up the others of its kind in the input but
    not in the copy, down the rows (``labels``: each row's first words, ``first_words``) and
    along the columns (each column's first words from the top: its head). Those where a named
    total adds up two levels of its fellows (``_tree_not_shown``) go to ``levels``, for the
    caller to ask after the readings of such levels by their words or codes."""
    heads, row_words, col_words = _words(cells)
    rows = _Lines(labels, False, _keys(cells, labels, row_words, False), worded=col_words)
    cols = _Lines(heads, True, _keys(cells, heads, col_words, True), worded=row_words)
    if not rows.keys and not cols.keys:
        return []
    for (row, col), cell in cells.items():  # both axes' sums in one walk of a large sheet
        value = cell.value
        if (value.__class__ is not int and value.__class__ is not float) or not value:
            continue
        key = rows.keys.get(row)
        if key is not None and col > key[0]:
            rows.add(key, row, col, value)  # type: ignore[arg-type]
        key = cols.keys.get(col)
        if key is not None and row > key[0]:
            cols.add(key, col, row, value)  # type: ignore[arg-type]
    return [*_found(pair, cells, rows, levels), *_found(pair, cells, cols, levels)]


def _words(cells: dict[Coord, Cell]) -> tuple[Names, dict[int, int], dict[int, int]]:
    """Each column's head (its first words from the top), and how many cells of words each row
    and each column holds."""
    heads: Names = {}
    row_words: defaultdict[int, int] = defaultdict(int)
    col_words: defaultdict[int, int] = defaultdict(int)
    for (row, col), cell in cells.items():
        text = cell.value
        if isinstance(text, str) and text.strip():
            row_words[row] += 1
            col_words[col] += 1
            if col not in heads or row < heads[col][0]:
                heads[col] = (row, " ".join(text.split()))
    return heads, row_words, col_words


def _keys(
    cells: dict[Coord, Cell], names: Names, words: dict[int, int], flip: bool
) -> dict[int, Key]:
    """Each line's key, for the keys three lines or more share. A line's only words are its
    name: a header ('Area | Total | 2011') holds more, and its years are no figures."""
    keys: dict[int, Key] = {}
    for line, (at, _) in names.items():
        if words.get(line, 0) > 1:
            continue
        text = cells[(at, line) if flip else (line, at)].value
        assert isinstance(text, str)
        keys[line] = (at, len(text) - len(text.lstrip()))
    counted: defaultdict[Key, int] = defaultdict(int)
    for key in keys.values():
        counted[key] += 1
    return {line: key for line, key in keys.items() if counted[key] >= 3}


def _found(
    pair: SheetPair, cells: dict[Coord, Cell], lines: _Lines, levels: list[Finding]
) -> list[Finding]:
    for line, years in lines.years.items():  # a line of years names the others: no figures
        if len(years) == lines.held[line]:
            del lines.held[line]
            for across, value in years.items():
                lines.sums[lines.keys[line]][across] -= value
    by_key: defaultdict[Key, list[int]] = defaultdict(list)
    for line in lines.held:
        by_key[lines.keys[line]].append(line)
    for key, members in by_key.items():
        by_key[key] = [x for x in members if not _set_aside_change(cells, lines, x, members)]
    found = []
    for key, members in by_key.items():
        names = {lines.names[x][1].casefold() for x in members}
        if len(members) < 3 or len(names) < len(members):
            continue  # a name twice: blocks stacked alike, which ``summed_blocks`` reads
        if periods_of_one_kind(lines.names[x][1] for x in members):
            continue  # 'Apr | May | Jun', 'Q1 | ... | Q4': no period holds the others (11 = 7 + 4)
        if payment_groups_alone(lines.names[x][1] for x in members):
            continue  # nor does a payment group hold the others
        for line in {min(members), max(members)}:
            named = names_total(lines.names[line][1])
            if _adds_up(cells, lines, line, lines.sums[key], named):
                parts = [x for x in members if x != line]
                if not named and _counted_beside(pair, cells, lines, line, parts):
                    continue  # the table's own total counts it as one of them
                found += _not_shown_so(pair, lines, line, parts, lines.sums[key])
            elif named:
                levels += _tree_not_shown(pair, cells, lines, line, members, lines.sums[key])
    return found


def _set_aside_change(
    cells: dict[Coord, Cell], lines: _Lines, line: int, members: list[int]
) -> bool:
    """Whether ``line`` is a line of changes among ``members`` (see the doc): named so, and in
    every place it holds a figure (two or more) one fellow's figure less another's. It is then
    taken out of its key's sums."""
    if not DIFFERENCE_WORDS.search(lines.names[line][1]):
        return False
    sums = lines.sums[lines.keys[line]]

    def at(x: int, across: int) -> float | None:
        return figure(cells.get(lines.place(x, across)))

    held = {across: value for across in sums if (value := at(line, across)) is not None}
    others = [x for x in members if x != line]
    if len(held) < _MIN_MATCHES or not any(
        all((a := at(one, p)) is not None and (b := at(other, p)) is not None and a - b == v
            for p, v in held.items())
        for one, other in permutations(others, 2)
    ):  # fmt: skip
        return False
    for across, value in held.items():
        sums[across] -= value
    del lines.held[line]
    return True


def _counted_beside(
    pair: SheetPair, cells: dict[Coord, Cell], lines: _Lines, line: int, parts: list[int]
) -> bool:
    """Whether the input's own total, at some place across where the line holds a figure,
    counts it beside the others (``counted_beside``): 'Ripon' the sum of 'Wakefield' and
    'Craven' in every month by chance, over a 'Total' adding up all three."""
    return any(
        figure(cells.get(lines.place(line, across)))
        and counted_beside(pair, line, parts, across, lines.flip)
        for across in lines.sums[lines.keys[line]]
    )


def _tree_not_shown(
    pair: SheetPair,
    cells: dict[Coord, Cell],
    lines: _Lines,
    line: int,
    members: list[int],
    sums: dict[int, float],
) -> list[Finding]:
    """A total line over lines of two levels, all in one column: areas each followed (or
    led) by their region's line adding them up, the grand total adding up the regions
    ('Derby South', 'Derby', 'Nottingham West', 'Nottingham', ..., 'Grand total'). The other
    lines add up to twice it, so ``_adds_up`` does not see it; where each region has a single
    area, no reading by words or indents tells the levels apart either, and a plan rounding the
    grand total on its own (1,040 where the regions it shows add up to 1,020) passed. Where the
    lines part, in order, into runs each closed by a line adding up the run before it (or, the
    other way, opened by a line adding up the run after it), two or more, and the total line
    adds up those closing lines in every place (two or more not 0), the copy must show each
    closing line as the sum of its run and the total as the sum of the closing lines."""
    places = list(sums)
    figures = {  # each line's figures across, read once (each was read again for every run)
        x: [figure(cells.get(lines.place(x, a))) or 0.0 for a in places] for x in members
    }

    def adds_up(whole: int, totals: list[float]) -> bool:
        sums_of = list(zip(figures[whole], totals, strict=True))
        return all(abs(v - t) < 1e-6 for v, t in sums_of) and any(v for v, _ in sums_of)

    parts = sorted(x for x in members if x != line)
    for order in (parts, parts[::-1]):
        groups: list[tuple[int, list[int]]] = []
        run: list[int] = []
        totals = [0] * len(places)  # the run's sums across, as ``sum`` adds them up
        for x in order:
            if run and adds_up(x, totals):
                groups.append((x, run))
                run, totals = [], [0] * len(places)
            else:
                run.append(x)
                totals = [t + v for t, v in zip(totals, figures[x], strict=True)]
        heads = [head for head, _ in groups]
        heads_sum = [sum(figures[h][i] for h in heads) for i in range(len(places))]
        matched = sum(v != 0 for v in figures[line])
        if run or len(groups) < 2 or not adds_up(line, heads_sum) or matched < _MIN_MATCHES:
            continue
        found = _not_shown_so(pair, lines, line, heads, sums)
        for head, run in groups:
            found += _not_shown_so(pair, lines, head, run, sums)
        return found
    return []


def _adds_up(
    cells: dict[Coord, Cell], lines: _Lines, line: int, sums: dict[int, float], named: bool
) -> bool:
    """Whether ``line`` holds, all across, the sum of the other lines (``sums`` holds all)."""
    matches = 0
    for across, whole in sums.items():
        value = figure(cells.get(lines.place(line, across)))
        if value is None and across not in lines.worded:
            continue  # a column no words name, which the line leaves blank: scratch figures
        value = value or 0.0
        if abs(2 * value - whole) > 1e-6:
            return False
        matches += value != 0
    return matches >= (1 if named else _MIN_MATCHES)


def _not_shown_so(
    pair: SheetPair, lines: _Lines, line: int, parts: list[int], sums: dict[int, float]
) -> list[Finding]:
    found = []
    for across in sums:
        place = lines.place(line, across)
        if not written_alone(pair, place):
            continue  # a formula: invariant 1 holds it to the cells it adds up
        shown = _written(pair, place)
        shown_parts = [_written(pair, lines.place(part, across)) for part in parts]
        if shown is None or any(part is None for part in shown_parts):
            continue
        if abs(shown - sum(shown_parts)) > 1e-6:  # type: ignore[arg-type]
            found.append(Finding(pair.where(pair.output_coord(place)), NOT_THE_SUM))
    return found


def _written(pair: SheetPair, place: Coord) -> float | None:
    """What the copy shows at the input's ``place``: 0 where neither holds a figure (a heading
    line), None where the input's figure is not shown (removed)."""
    written = pair.cells.get(pair.output_coord(place))
    if written is not None and isinstance(written[0], float):
        return written[0]
    source = pair.source.cells.get(place) if pair.source is not None else None
    return 0.0 if figure(source) is None and (source is None or source.formula is None) else None
