"""Lines of a copy that list records one by one, found by the proof itself.

A line per job outcome ('Leeds | JSA 18-24', again and again, no figure on it) gives the volume
by how many lines there are, though no number in the copy is one. The proof reads each run of
consecutive lines holding two words or more and no figure but a 0, a 1 or a share (a record's
flag, rounded or made a percentage): where lines repeat one above them word for word, read past
a column of each line's own reference if there is one ('C00001', 'C00002': all different, each
with a digit), they are records, and the copy is refused.

So are such lines each holding a date (a log of claims, '01/04/2013 | Leeds | JSA 18-24') or
an identifier under a header naming one ('Claim ID' over 'C00001'), though none repeats
another, where the sheet's name, the run's first line or a text just over it names a measure:
each line is an event, and their count the measure's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wpxl.verify.books import Coord, SheetPair
from wpxl.verify.dated_extracts import dated_extracts
from wpxl.verify.flagged_lines import flagged_lines
from wpxl.verify.frame_index import indexed
from wpxl.verify.leaks import Finding
from wpxl.verify.measure_words import Measures
from wpxl.verify.time_words import names_a_time
from wpxl.verify.unkeyed_lines import unkeyed
from wpxl.verify.values import is_date_format

SHORTEST_RUN = 5
REPEATED = 2
LISTED = "a line repeating one above it word for word: records listed one by one, their count"
DATED = (
    "dated or identified lines of words, or lines no column tells apart, under a measure's "
    "name: records listed one by one, their count"
)
TITLE_ROWS = 3  # a title over a log stands this near its header line
ID_DIGITS = 3  # a record's identifier holds this many digits or more; a group's number fewer
# the header over a column of references naming a record's ('Claim ID', 'Ref', 'Case no.'), not
# a place's or a group's code ('Area code', 'Office code')
_RECORD_ID = re.compile(r"\b(?:id|ref|reference|claim|case|record)\b|\b(?:no\.?|number)$")
Line = tuple[tuple[int, str], ...]


def record_lines(
    pair: SheetPair, measures: Measures, format_of: Callable[[int], str]
) -> list[Finding]:
    """The first repeated line of each run of record lines, or its first dated line; else
    the first line of each extract held by its dates alone (verify/dated_extracts)."""
    lines: dict[int, list[tuple[int, object, bool]]] = {}
    dates: dict[int, bool] = {}  # style -> a date format, asked once a style
    for (row, col), (value, _, style) in pair.cells.items():
        if value is None or value == "":
            continue
        dated = False
        if isinstance(value, int | float):
            dated = dates.get(style)  # type: ignore[assignment]
            if dated is None:
                dated = dates[style] = is_date_format(format_of(style))
            if value == 0:
                value = _counted(pair, (row, col), value)
        lines.setdefault(row, []).append((col, value, dated))
    lines = indexed(lines)  # pandas' 0, 1, 2 ... left of a frame's lines: their numbers
    found: list[Finding] = []
    run: list[tuple[int, Line]] = []
    dated_rows: list[int] = []
    for row in [*sorted(lines), None]:
        read = _words(lines[row]) if row is not None else None
        if row is not None and read is not None and (not run or run[-1][0] == row - 1):
            run.append((row, read[0]))
            dated_rows += [row] if read[1] else []
            continue
        listed = _listed(pair, run) or _dated(pair, run, dated_rows, measures)
        found += listed or (flagged_lines(pair, run, measures) if run else [])
        run = [(row, read[0])] if row is not None and read is not None else []
        dated_rows = [row] if row is not None and read is not None and read[1] else []
    return found or dated_extracts(pair, lines, measures)


def _counted(pair: SheetPair, at: Coord, value: object) -> object:
    """The copy's value, or the input's count where the copy shows it rounded to 0: a line of
    a long extract counting 7 ('Leeds | Jan 2013 | Referrals | 0'), among lines counting more,
    is no record whose flag (a 1) the copy rounded, though five such lines may come in a row."""
    if value != 0 or isinstance(value, bool):
        return value
    count = pair.input_number(at)
    return count if count is not None and count >= 2 and float(count).is_integer() else value


def _dated(
    pair: SheetPair, run: list[tuple[int, Line]], dated: list[int], measures: Measures
) -> list[Finding]:
    if len(dated) < SHORTEST_RUN:
        dated = _identified(run) or unkeyed(pair, run)  # 'C00001 | Leeds', or no column apart
    if not dated:
        return []
    top = run[0][0]
    texts = [  # as written: 'JO date' is read in its capitals, lost in the line's words
        value
        for (row, _), (value, _, _) in pair.cells.items()
        if top - TITLE_ROWS <= row <= top and isinstance(value, str)
    ]
    texts.append(pair.name)
    if any(measures.of(text) is not None for text in texts):
        return [Finding(pair.where((dated[0], run[0][1][0][0])), DATED)]
    return []


def _identified(run: list[tuple[int, Line]]) -> list[int]:
    """The run's lines under its first, if a column of each line's own reference holds an
    identifier's digits ('C00001'), not a group's number ('PG1', 'Week 3')."""
    if len(run) <= SHORTEST_RUN:
        return []
    for col in _own_references(run):
        said = [dict(words)[col] for _, words in run[1:]]
        if _RECORD_ID.search(dict(run[0][1]).get(col, "")) and all(_identifies(w) for w in said):
            return [row for row, _ in run[1:]]
    return []


def _identifies(words: str) -> bool:
    """Whether the words are a record's identifier: a letter, then three digits or more among
    what follows ('C00001', 'JO-0023'); not a group's number ('PG1') nor a count written as
    text, marked or not ('1,996 (25%)', '0.041k')."""
    return words[:1].isalpha() and sum(ch.isdecimal() for ch in words) >= ID_DIGITS


def _listed(pair: SheetPair, run: list[tuple[int, Line]]) -> list[Finding]:
    if len(run) < SHORTEST_RUN:
        return []
    for past in (None, *_own_references(run)):
        seen: set[Line] = set()
        repeated = []
        for row, words in run:
            said = tuple(w for w in words if w[0] != past)
            if len(said) >= 2 and said in seen:
                repeated.append((row, said[0][0]))
            seen.add(said)
        if len(repeated) >= REPEATED:
            return [Finding(pair.where(repeated[0]), LISTED)]
    return []


def _own_references(run: list[tuple[int, Line]]) -> list[int]:
    """Columns whose words, on every line of the run but its first, all differ and hold a
    digit: each record's own reference."""
    columns = []
    for col in sorted({c for _, words in run for c, _ in words}):
        said = [dict(words).get(col) for _, words in run[1:]]
        numbered = all(w is not None and any(ch.isdigit() for ch in w) for w in said)
        if numbered and len(set(said)) == len(said):
            columns.append(col)
    return columns


def _words(cells: list[tuple[int, object, bool]]) -> tuple[Line, bool] | None:
    """A line's words by column, and whether it holds a date, or a time in words and no share
    ('Week 1 | Leeds | JSA 18-24'; 'Apr | JSA 25+ | 12%' is a percentage sheet's line); None
    for a line with a figure."""
    words, dated, timed, shared = [], False, False, False
    for col, value, is_date in sorted(cells, key=lambda c: c[0]):
        if isinstance(value, str):
            words.append((col, " ".join(value.split()).lower()))
            timed = timed or names_a_time(value)
        elif is_date:
            dated = True
        elif not (isinstance(value, int | float) and 0 <= value <= 1):  # TRUE, FALSE: flags
            return None
        else:
            shared = shared or 0 < value < 1
    return (tuple(words), dated or (timed and not shared)) if len(words) >= 2 else None
