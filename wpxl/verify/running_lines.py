"""Invariant 10, for a running total: a line 'to date' is never rounded cell by cell.

"Referrals year to date" under "Referrals", a "Cumulative" line under a table's Total line, or
a "Cumulative total" column beside the months' totals: each figure is the sum of the line it
runs on from the first place to its own. Rounded cell by cell it shows the rounded original
running totals (May 1,260, July 2,500), not the sums of the rounded months the reader sees
beside them (600 + 660, and 2,520), which guidance R5 forbids; and two of them differenced give
a month's figure rounded on its own.

The proof reads the input itself: a line whose words (a row's first words, a column's words
above its first figure) say it runs on ('cumulative', 'to date', 'YTD', 'running total'), and
the nearest line before it with figures whose words do not over which it runs: in every place
the running line holds a figure, it is to the last digit the sum of the other line's figures up
to there (or, where that line too holds that sum, their total), in two or more places not 0
("Cumulative JSA" over "JSA", beyond "ESA"), over 120 figures at most (ten years of months; a
longer line is an extract's rows, which no one runs on). There the copy must show at each plain
figure of it the sum of what it shows at those places. A block of lines under such words
("Referrals to date" over its months, a header, then the months again) runs on so over a block
above with the same first words in the same order, column by column.

A rolling line ('Rolling 3 months', 'Moving annual total') is held so too: where, in every
place it holds a figure, it is to the last digit the sum of the last few figures of the line
before it up to there, as many in every place (two to 24; fewer in the first places), full in
two or more places not 0, the copy must show at each plain figure of it the sum of what it
shows at those places (1,820 typed beside three months shown as 600 was passed).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable
from functools import partial

from wpxl.model import Cell
from wpxl.verify.books import SheetPair
from wpxl.verify.leaks import Finding
from wpxl.verify.summed_blocks import written_alone
from wpxl.verify.total_words import figure
from wpxl.verify.values import is_marker

Coord = tuple[int, int]
RUNNING_ALONE = "a running total rounded on its own, not the sum of the shown figures it runs on"
RUNS_ON = re.compile(r"\b(?:cumulative|cum|to\s+date|ytd|running\s+totals?|since\s+start)\b", re.I)
ROLLS = re.compile(r"\brolling\b|\bmoving\s+(?:annual\s+)?totals?\b", re.I)
_DERIVED = re.compile(f"{RUNS_ON.pattern}|{ROLLS.pattern}", re.I)  # no line either runs over
LONGEST_WINDOW = 24  # figures a rolling line adds up at most (two years of months), as wpxl reads
_MIN_MATCHES = 2
LONG_RUN = 120  # figures a running line adds up at most (ten years of months), as wpxl reads it
Lines = dict[int, dict[int, float]]  # line -> place along it -> figure
# the parts in order; each running place -> the first and the last but one of the parts it sums
Run = tuple[list[int], dict[int, tuple[int, int]]]


def running_lines(pair: SheetPair, cells: dict[Coord, Cell]) -> list[Finding]:
    """The plain figures of the copy that stand where the input runs a total on along a row or
    down a column (see the doc) and are not the running sum of what the copy shows."""
    words = [(at, " ".join(c.value.split())) for at, c in cells.items()
             if isinstance(c.value, str) and c.value.strip()]  # fmt: skip
    if not any(_DERIVED.search(text) for _, text in words):
        return []  # most sheets: no line says it runs on or rolls
    rows: Lines = defaultdict(dict)
    cols: Lines = defaultdict(dict)
    for (row, col), cell in cells.items():
        value = figure(cell)
        if value is not None:
            rows[row][col] = value
            cols[col][row] = value
    found: list[Finding] = []
    named = _names(words, rows, False)
    for line in sorted(rows):
        reading = _reading(named.get(line, ""))
        if reading is None:
            continue
        before = [x for x in rows if x < line and not _DERIVED.search(named.get(x, ""))]
        for source in sorted(before, reverse=True):  # the nearest it runs on
            run = reading(rows[line], rows[source])
            if run is not None:
                at = partial(_place, line, False)
                found += _flagged(pair, run, at, partial(_place, source, False))
                break
    return found + _running_columns(pair, cols, words) + _running_blocks(pair, rows, words)


def _running_columns(pair: SheetPair, cols: Lines, words: list[tuple[Coord, str]]) -> list[Finding]:
    """The running columns, each table's part of a column read apart (``_segments``): a
    'Cumulative' column whose figures run on over the months beside it, a table of areas
    stacked under it in the same columns, was read with that table's figures as one line,
    which ran on over nothing, and a running figure rounded on its own passed."""
    segments = _segments(cols, words)
    found: list[Finding] = []
    for col, name, figures, (top, end) in segments:
        reading = _reading(name)
        if reading is None:
            continue
        before = [
            (c, held)
            for c, words_of, held, (first, last) in segments
            if c < col and first <= end and last >= top and not _DERIVED.search(words_of)
        ]
        for source, held in sorted(before, key=lambda s: s[0], reverse=True):  # the nearest
            run = reading(figures, held)
            if run is not None:
                at = partial(_place, col, True)
                found += _flagged(pair, run, at, partial(_place, source, True))
                break
    return found


Segment = tuple[int, str, dict[int, float], tuple[int, int]]  # column, words, figures, span


def _segments(cols: Lines, words: list[tuple[Coord, str]]) -> list[Segment]:
    """Each column's runs of figures parted by words in it (a table's header under the
    table above), with the words above each run up to the run before (two header rows name
    it by both); a marker ('..') parts none."""
    texts: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
    for (row, col), text in words:
        if col in cols and not is_marker(text):
            texts[col].append((row, text))
    found: list[Segment] = []
    for col, held in cols.items():
        over, taken = sorted(texts.get(col, ())), 0
        name, run = "", {}
        for row in sorted(held):
            above = []
            while taken < len(over) and over[taken][0] < row:
                above.append(over[taken][1])
                taken += 1
            if above and run:
                found.append((col, name, run, (min(run), max(run))))
                run = {}
            if not run:
                name = " ".join(above)
            run[row] = held[row]
        if run:
            found.append((col, name, run, (min(run), max(run))))
    return found


def _place(line: int, flip: bool, along: int) -> Coord:
    return (along, line) if flip else (line, along)


def _running_blocks(pair: SheetPair, rows: Lines, words: list[tuple[Coord, str]]) -> list[Finding]:
    """A block of lines under words that say it runs on ('Referrals to date' over its months),
    whose lines' first words are those of lines of a block above, in the same order: each of
    its columns running on over that block's, label by label, as a running line does."""
    labels: dict[int, str] = {}
    first = {row: min(held) for row, held in rows.items()}
    for (row, col), text in sorted(words, reverse=True):  # each row's leftmost words last
        if row in first and col < first[row]:
            labels[row] = text.casefold()
    said = sorted({row for (row, _), text in words if RUNS_ON.search(text)})
    blocks = _blocks(sorted(rows))
    found: list[Finding] = []
    for at in range(1, len(blocks)):
        block, end_above = blocks[at], blocks[at - 1][-1]
        if bisect_left(said, block[0]) == bisect_right(said, end_above):
            continue  # most blocks: no words between them and the block above say they run on
        lines = None
        for above in reversed(blocks[:at]):
            lines = _same_labels(block, above, labels)
            if lines is not None:
                break
        for col in sorted({col for row in block for col in rows[row]}) if lines else ():
            found += _running_column(pair, rows, lines, col)  # type: ignore[arg-type]
    return found


def _running_column(
    pair: SheetPair, rows: Lines, lines: list[tuple[int, int]], col: int
) -> list[Finding]:
    """The running block's column ``col`` over the block above's, ``lines`` pairing their rows."""
    here, there = [row for row, _ in lines], [row for _, row in lines]
    running = {k: rows[row][col] for k, row in enumerate(here) if col in rows[row]}
    source = {k: rows[row][col] for k, row in enumerate(there) if col in rows[row]}
    run = _parts(running, source)
    if run is None:
        return []
    return _flagged(pair, run, partial(_in_block, here, col), partial(_in_block, there, col))


def _blocks(held: list[int]) -> list[list[int]]:
    """The runs of rows next to each other holding figures."""
    blocks: list[list[int]] = []
    for row in held:
        if blocks and row == blocks[-1][-1] + 1:
            blocks[-1].append(row)
        else:
            blocks.append([row])
    return blocks


def _same_labels(
    block: list[int], above: list[int], labels: dict[int, str]
) -> list[tuple[int, int]] | None:
    """Each row of ``block`` with the row of ``above`` of the same first words, in order."""
    theirs = {labels[row]: row for row in above if row in labels}
    lines: list[tuple[int, int]] = []
    for row in block:
        other = theirs.get(labels.get(row, ""))
        if other is None or (lines and other <= lines[-1][1]):
            return None
        lines.append((row, other))
    return lines


def _in_block(rows: list[int], col: int, step: int) -> Coord:
    return (rows[step], col)


def _names(words: list[tuple[Coord, str]], lines: Lines, flip: bool) -> dict[int, str]:
    """Each line's words: a row's leftmost before its first figure, a column's all above its
    first figure (a header of two rows names it by both)."""
    named: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
    first = {line: min(held) for line, held in lines.items()}  # once: a column may be long
    for (row, col), text in words:
        line, along = (col, row) if flip else (row, col)
        if line in first and along < first[line]:
            named[line].append((along, text))
    if flip:
        return {line: " ".join(t for _, t in sorted(texts)) for line, texts in named.items()}
    return {line: min(texts)[1] for line, texts in named.items()}


def _flagged(
    pair: SheetPair,
    run: Run,
    here: Callable[[int], Coord],
    there: Callable[[int], Coord],
) -> list[Finding]:
    """The running figures (``here`` finds each step's place in the input) the copy writes
    plain and not the sum of what it shows at their parts (``there`` finds those)."""
    upto, parts = run
    sums, unshown = [0.0], [0]  # what the copy shows at the first n parts, and how many not
    for step in upto:
        written = pair.cells.get(pair.output_coord(there(step)))
        shown = written[0] if written is not None and isinstance(written[0], float) else None
        sums.append(sums[-1] + (shown or 0.0))
        unshown.append(unshown[-1] + (shown is None))
    found = []
    for step, (first, count) in parts.items():
        place = here(step)
        if not written_alone(pair, place) or unshown[count] - unshown[first]:
            continue  # a formula (invariant 1 holds it to its cells), or a part not shown
        value = pair.cells[pair.output_coord(place)][0]
        if abs(value - (sums[count] - sums[first])) > 1e-9:  # type: ignore[operator]
            found.append(Finding(pair.where(pair.output_coord(place)), RUNNING_ALONE))
    return found


def _reading(name: str) -> Callable[[dict[int, float], dict[int, float]], Run | None] | None:
    """How a line so named adds up the line before it: running on, rolling, or neither."""
    if RUNS_ON.search(name):
        return _parts
    return _window if ROLLS.search(name) else None


def _window(rolling: dict[int, float], source: dict[int, float]) -> Run | None:
    """The places of ``source`` in order and, for each place of ``rolling``, the last few of
    them up to its own it adds up, as many for every place (two or more; fewer in the first
    places), or None where no one window gives every figure (or too seldom a full one not 0)."""
    upto = sorted(source)
    index = {along: n for n, along in enumerate(upto)}
    if any(along not in index for along in rolling):
        return None  # a figure where the line it rolls over holds none
    sums = [0.0]
    for along in upto:
        sums.append(sums[-1] + source[along])
    for size in range(2, LONGEST_WINDOW + 1):
        parts = {along: (max(0, index[along] + 1 - size), index[along] + 1) for along in rolling}
        if all(sums[end] - sums[first] == rolling[at] for at, (first, end) in parts.items()):
            full = sum(1 for at, (_, end) in parts.items() if end >= size and rolling[at])
            return (upto, parts) if full >= _MIN_MATCHES else None
    return None


def _parts(running: dict[int, float], source: dict[int, float]) -> Run | None:
    """The places of ``source`` in order and, for each place of ``running``, how many of them
    it adds up, or None where it is not their running sum somewhere (or too seldom not 0 to
    tell). Counts, not lists: a running column of an extract's thousands of rows. Read again,
    if it is none so, passing over the places where the running line holds nothing: a
    quarter's or a year's line among the months, which the year to date leaves blank; after
    one, a running figure equal to its place's figure starts again (a new year's first
    month)."""
    return _summed(running, source, False) or _summed(running, source, True)


def _summed(running: dict[int, float], source: dict[int, float], passed_over: bool) -> Run | None:
    parts: dict[int, tuple[int, int]] = {}
    total, upto, matches, first, gap = 0.0, [], 0, 0, False
    for along in sorted(source.keys() | running.keys()):
        here, there = running.get(along), source.get(along)
        if here is not None and there is not None and here == there == total and upto:
            parts[along] = (first, len(upto))  # a total place: both hold the sum of all before
            continue
        if there is not None and here is None and passed_over:
            gap = gap or bool(upto)
            continue
        if gap and there is not None and here == there != total + there:
            total, first = 0.0, len(upto)  # a new year's first month, after the year's line
        gap = False
        if there is not None:
            total += there
            upto.append(along)
            if len(upto) - first > LONG_RUN:
                return None  # an extract's rows, not a series of months: no running line
        if here is None:
            continue
        if there is None or here != total:
            return None
        matches += here != 0
        parts[along] = (first, len(upto))
    return (upto, parts) if matches >= _MIN_MATCHES else None
