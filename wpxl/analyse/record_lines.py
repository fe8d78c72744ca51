"""Sheets that list records one by one, their lines repeating word for word, which wpxl refuses.

An outcome log with the participants' references taken out ('Local authority | Payment group',
a line each job outcome: 'Leeds | JSA 18-24' forty-one times among others) holds no figure to
round or remove, so every line was carried as it stood, and how many lines there are is the
outcome volume itself, by area and payment group. A table of MI says each thing once: lines
that repeat word for word, one under another, are records (a person, a claim, an outcome), as
a case list's are (wpxl.analyse.people), and the sheet is refused with the same advice: share
counts by group instead. A line's flags of 1 or 0 ('Leeds | JSA 18-24 | 1', a pivot's source
data) make it no less a record; nor does each line's own reference ('C00001 | Leeds | JSA
18-24', a claim's ID): a column whose words all differ and each hold a digit is read past.

A log whose lines each carry a date ('01/04/2013 | Leeds | JSA 18-24', a line each job outcome
claimed) or an identifier under a header naming one ('Claim ID' over 'C00001 | Leeds | JSA
18-24') need repeat no line: each is an event, and how many there are is the count. Such lines
of words and no figure, under words naming a measure (the run's header line, the title over
it or the sheet's name), are records too; a change log names none, and a group's number
('PG1') or a place's code ('Area code' over 'E08000035') is no identifier.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from operator import itemgetter

from wpxl.analyse.flagged_lines import flagged_lines
from wpxl.analyse.frame_index import index_columns
from wpxl.analyse.sheet_texts import Texts
from wpxl.analyse.values import as_number, is_period_text
from wpxl.analyse.words import header_measure
from wpxl.model import Cell, Coord, Measure, Sheet

LEAST_LINES = 5  # a run of record lines at least this long, ...
LEAST_REPEATS = 2  # ... of which this many repeat a line above them word for word
RECORDS = (
    "this sheet lists records one by one (line {line} repeats line {first} word for word{but}): "
    "how many lines there are is a count no one rounded, and of outcomes a volume. Share counts "
    "by group instead (for example job outcomes by payment group, shown as percentages), or, "
    "where another sheet already does, give --leave-out and this sheet's name"
)
DATED = (
    "this sheet lists records one by one (lines {first} to {last}, each {own}, under a measure's "
    "name): how many lines there are is a count no one rounded, and of outcomes a volume. Share "
    "counts by group instead (for example job outcomes by payment group, shown as percentages), "
    "or, where another sheet already does, give --leave-out and this sheet's name"
)
KINDS = ("dated", "with its own reference", "telling itself apart by no word of its own")
FLAGGED = "flagged yes or no"  # under words naming an outcome (analyse/flagged_lines)
ID_DIGITS = 3  # a record's identifier holds this many digits or more; a group's number fewer
_COLUMN = itemgetter(0)  # a line's (col, value): sorted by column in C
# the header over a column of references naming a record's ('Claim ID', 'Ref', 'Case no.'), not
# a place's or a group's code ('Area code', 'Office code'), nor a count ('Case load'); a number
# word alone ('No.', 'Number', '#') names no record: right of a line's name it heads the count
_RECORD_NAMED = re.compile(r"\b(?:id|ref|reference|claim|case(?!\s*loads?\b)|record)\b")
_RECORD_ID = re.compile(rf"{_RECORD_NAMED.pattern}|\b(?:no\.?|number)$|^#$")
TITLE_ROWS = 3  # a title over a log stands this near its header line
_PERIOD_HEAD = re.compile(
    r"^\s*(?:week|wk|month|period|quarter|year|day)s?(?:\s+(?:no\.?|number|code))?\s*$", re.I
)
HEADER_WORDS = 3  # a header naming an identifier is short: 'Claim ID', 'Case ref no.'
# a line's time written as words: 'Week 1', 'Wk 12', 'Month 3', 'Period 13', or a date typed as
# text ('01/04/2013', '2013-04-01', '1 Apr 2013'); months, quarters and years by is_period_text
_PERIOD_KEY = re.compile(
    r"^\s*(?:(?:weeks?|wk|months?|period)\.?\s*\d{1,2}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:\d\d|\d{4})|(?:19|20)\d\d-\d{1,2}-\d{1,2}"
    r"|\d{1,2}\s+[a-z]{3,9}\.?\s+(?:\d\d|\d{4}))\s*$",
    re.IGNORECASE,
)
Words = tuple[tuple[int, str], ...]


def listing_records(
    sheet: Sheet, texts: Texts, measure_words: Mapping[Measure, tuple[str, ...]]
) -> list[str]:
    """One sentence for each run of the sheet's lines that lists records, naming its first
    repeated line and the line it repeats, or its dated lines (1-based, as Excel numbers them)."""
    problems = []
    (ids, counted), periods = _id_columns(texts), _period_columns(texts)
    ids |= index_columns(sheet.cells)  # pandas' 0, 1, 2 ... left of a frame's lines
    lines = _lines(sheet, texts, ids | periods)
    for run, dated in _runs(lines, ids | periods, periods):
        if len(run) < LEAST_LINES or _counts_as_text(sheet, run, dict(measure_words)):
            continue
        for reference in (None, *_references(run)):
            repeats = _repeats(run, reference)
            if len(repeats) >= LEAST_REPEATS:
                line, first = repeats[0]
                but = "" if reference is None else ", but for its own reference"
                why = RECORDS.format(line=line + 1, first=first + 1, but=but)
                problems.append(f"sheet '{sheet.name}': {why}")
                break
        else:
            identified = _identified(run, counted)
            blanks = _blank_figures(lines, run)
            own = dated if len(dated) >= LEAST_LINES else identified or unkeyed(run, ids, blanks)
            if own and _named(sheet, run, dict(measure_words)):
                kind = KINDS[0 if own is dated else 1 if identified else 2]
                why = DATED.format(first=own[0] + 1, last=own[-1] + 1, own=kind)
                problems.append(f"sheet '{sheet.name}': {why}")
            elif flags := flagged_lines(sheet, run, dict(measure_words)):
                why = DATED.format(first=flags[0] + 1, last=flags[-1] + 1, own=FLAGGED)
                problems.append(f"sheet '{sheet.name}': {why}")
    return problems


def unkeyed(run: list[tuple[int, Words]], ids: set[int], blanks: bool = False) -> list[int]:
    """The run's lines under its first where no column tells one line from the others: each
    column repeats its words ('Leeds | JSA 18-24', 'Bradford | JSA 25+', 'Leeds | ESA Flow'),
    as a log's lines do with their references taken out, read past a column of each line's
    number or reference (``ids``: 'No.' over 1, 2, 3 ...). A table of words names each line
    once ('PG1 | JSA 18-24', 'Leeds | West Yorkshire'): one of its columns never repeats.
    Nor are they a log where they are a table's lines with their figures left blank
    (``blanks``: 'Office | Payment group | Job outcomes', York's three groups blank)."""
    if len(run) <= LEAST_LINES or blanks:
        return []
    lines = [dict(words) for _, words in run[1:]]
    for col in {c for line in lines for c in line} - ids:
        said = [line.get(col) for line in lines]
        if None not in said and len(set(said)) == len(said):
            return []
    return [row for row, _ in run[1:]]


def _blank_figures(
    lines: dict[int, list[tuple[int, object]]], run: list[tuple[int, Words]]
) -> bool:
    """Whether the line straight after the run (or straight before it, under its first) names
    its line in the same columns and holds a figure right of them: the run's lines are a
    table's lines whose figures were left blank (none that month, or none at all), which say
    so by standing among lines with figures, not a log's."""
    cols = {col for col, _ in run[-1][1]}
    for row in (run[-1][0] + 1, run[0][0]):
        cells = lines.get(row, [])
        words = {c for c, v in cells if isinstance(v, str) and v.strip()}
        figures = [c for c, v in cells if type(v) in (int, float) and c > max(cols)]
        if words == cols and figures:
            return True
    return False


def _identified(run: list[tuple[int, Words]], counted: set[int]) -> list[int]:
    """The run's lines under its first, where a column of each line's own reference holds an
    identifier's digits ('C00001', 'JO-0023'), not a group's number ('PG1', 'Week 3'). Under a
    number word alone (``counted``: 'Number', 'No.'), right of words naming each line apart
    ('Office | Number' over 'Leeds | 412', 'Bradford | 329'), a number is the count the line
    names, not its reference."""
    if len(run) <= LEAST_LINES:
        return []
    for col in _references(run):
        if col in counted and _named_apart(run, col):
            continue
        said = [dict(words)[col] for _, words in run[1:]]
        if _RECORD_ID.search(dict(run[0][1]).get(col, "")) and all(_identifies(w) for w in said):
            return [row for row, _ in run[1:]]
    return []


def _counts_as_text(sheet: Sheet, run: list[tuple[int, Words]], words: dict) -> bool:
    """Whether a column of the run, under a header naming a measure ('Referrals'), holds on each
    line under it a number written as text, some more than 1 ('412', '1,234'): counts exported
    as text, a figure on each line ('Leeds | JSA 18-24 | 412'), which wpxl rounds as it does
    typed ones. A log's lines hold none: a flag of 1 or 0 at most."""
    top, lines = run[0][0], [dict(line) for _, line in run[1:]]
    for col, _ in run[0][1]:
        head = sheet.cells[(top, col)].value
        if not isinstance(head, str) or header_measure(head, words) is None:
            continue
        counts = [n for line in lines if (n := as_number(line.get(col))) is not None]
        if len(counts) == len(lines) and max(counts) > 1:
            return True
    return False


def _named_apart(run: list[tuple[int, Words]], col: int) -> bool:
    """Whether a column left of ``col`` holds words that differ on each of the run's lines
    under its first: each line's own name ('Leeds', 'Bradford' ...), as a table's are."""
    lines = [dict(words) for _, words in run[1:]]
    for left in {c for line in lines for c in line if c < col}:
        said = [line.get(left) for line in lines]
        if None not in said and len(set(said)) == len(said):
            return True
    return False


def _named(sheet: Sheet, run: list[tuple[int, Words]], words: dict) -> bool:
    """Whether the sheet's name, the run's first line or a text just over it names a measure,
    read as written: an abbreviation is read in its capitals ('JO date'), which the line's
    words, in lower case to be compared, have lost."""
    top = run[0][0]
    texts = [
        cell.value
        for (row, _), cell in sheet.cells.items()
        if top - TITLE_ROWS <= row <= top and isinstance(cell.value, str)
    ]
    texts.append(sheet.name)
    return any(header_measure(text, words) is not None for text in texts)


def _identifies(words: str) -> bool:
    """Whether the words are a record's identifier: a letter, then three digits or more among
    what follows ('C00001', 'JO-0023'); not a group's number ('PG1') nor a count written as
    text, marked or not ('1,996 (25%)', '0.041k')."""
    shaped = words[:1].isalpha() or words.isdecimal()  # 'C00001', or 100231 under 'Claim ID'
    return shaped and sum(ch.isdecimal() for ch in words) >= ID_DIGITS


def _repeats(run: list[tuple[int, Words]], reference: int | None) -> list[tuple[int, int]]:
    """(line, the line above it that it repeats) for each repeated line of the run, read past
    the ``reference`` column (None: every column)."""
    seen: dict[Words, int] = {}
    repeats = []
    for row, words in run:
        said = tuple(w for w in words if w[0] != reference)
        if len(said) < 2:
            continue
        if said in seen:
            repeats.append((row, seen[said]))
        seen.setdefault(said, row)
    return repeats


def _references(run: list[tuple[int, Words]]) -> list[int]:
    """Columns holding each line's own reference: words that all differ and each hold a digit
    ('C00001', 'JO-0023'), on all the run's lines but its first (the header)."""
    found = []
    for col in {c for _, words in run for c, _ in words}:
        said = [dict(words).get(col) for _, words in run[1:]]
        numbered = all(w is not None and any(ch.isdigit() for ch in w) for w in said)
        if numbered and len(set(said)) == len(said):
            found.append(col)
    return sorted(found)


def _lines(sheet: Sheet, texts: Texts, ids: set[int]) -> dict[int, list[tuple[int, object]]]:
    """Each line's cells not empty (Cell.is_empty, inline), for the lines that may hold a
    record's words: two or more. Where no column holds references (``ids``), only words can be
    a line's words, and most sheets have few lines of two words or more (a header line): those
    lines are read from the sheet's texts, each of their cells looked up, rather than every
    cell of the sheet walked, mostly numbers (a tenth of the analysis of a 1M-cell book)."""
    cells = sheet.cells
    if not ids:
        worded = Counter(
            row for (row, col), text in texts if text != "" or cells[(row, col)].formula is not None
        )
        rows = sorted(row for row, words in worded.items() if words >= 2)
        cols = sorted({col for _, col in cells}) if rows else []
        if len(rows) * len(cols) <= len(cells):  # a sheet of lines of words: walked, below
            return {row: found for row in rows if (found := _cells_of(cells, row, cols))}
    lines: dict[int, list[tuple[int, object]]] = {}
    for (row, col), cell in cells.items():
        value = cell.value
        if cell.formula is not None or (value is not None and value != ""):
            lines.setdefault(row, []).append((col, value))
    return lines


def _cells_of(cells: dict[Coord, Cell], row: int, cols: list[int]) -> list[tuple[int, object]]:
    """A line's cells not empty, column by column."""
    found = []
    for col in cols:
        if (cell := cells.get((row, col))) is None:
            continue
        value = cell.value
        if cell.formula is not None or (value is not None and value != ""):
            found.append((col, value))
    return found


def _runs(
    lines: dict[int, list[tuple[int, object]]], ids: set[int], periods: set[int]
) -> Iterator[tuple[list[tuple[int, Words]], list[int]]]:
    """Runs of consecutive lines each holding two words or more and no figure but a flag (0 or
    1) or a date, with the words of each line by column, and the run's lines holding a date."""
    run: list[tuple[int, Words]] = []
    dated: list[int] = []
    for row in sorted(lines):
        read = _record_words(lines[row], ids, periods)
        if read is not None and (not run or run[-1][0] == row - 1):
            run.append((row, read[0]))
            dated += [row] if read[1] else []
            continue
        if run:
            yield run, dated
        run = [(row, read[0])] if read is not None else []
        dated = [row] if read is not None and read[1] else []
    if run:
        yield run, dated


def _id_columns(texts: Texts) -> tuple[set[int], set[int]]:
    """Columns headed by a record's identifier ('Claim ID', 'Case no.'), whose numbers
    (100231, 100238 ...) are each line's reference, not a figure, and those of them headed by
    a number word alone ('No.', 'Number', '#'), naming no record. A record has one identifier:
    the same words over several columns of a line ('Number | Number | Number', a units line
    under a table's header) name the unit of each column's figures, which stay figures."""
    heads: dict[tuple[int, str], list[int]] = {}
    for (row, col), text in texts:
        if len(text.split()) <= HEADER_WORDS:
            said = " ".join(text.split()).lower()
            if _RECORD_ID.search(said):
                heads.setdefault((row, said), []).append(col)
    alone = {(said, cols[0]) for (_, said), cols in heads.items() if len(cols) == 1}
    named = {col for said, col in alone if _RECORD_NAMED.search(said)}
    return {col for _, col in alone}, {col for _, col in alone} - named


def _period_columns(texts: Texts) -> set[int]:
    """Columns headed by a period alone ('Week', 'Month', 'Week no.'), whose numbers (13,
    201304) say when each line happened, not how many."""
    return {col for (_, col), text in texts if _PERIOD_HEAD.match(text)}


def _record_words(
    cells: list[tuple[int, object]], ids: set[int], periods: set[int]
) -> tuple[Words, bool] | None:
    """A line's words by column (a record's number under its identifier's or its period's
    header read as words), and whether it holds a date (a record's day, or its period's
    number: 'Month' over 201304, 'Week' over 13); None for a line with a figure on it, a
    line of a table."""
    words, dated = [], False
    for col, value in sorted(cells, key=_COLUMN):
        if col in ids and isinstance(value, int | float) and float(value).is_integer():
            value = str(int(value))  # 'Claim ID' over 100231: a reference typed as a number
            dated = dated or col in periods
        if isinstance(value, str):
            words.append((col, " ".join(value.split()).lower()))
            dated = dated or names_a_time(value)
        elif isinstance(value, dt.date):
            dated = True
        elif not (isinstance(value, int | float) and value in (0, 1)):  # TRUE, FALSE: flags too
            return None
    return (tuple(words), dated) if len(words) >= 2 else None


def names_a_time(text: str) -> bool:
    """Whether a cell's words name a time alone, as a date cell does: 'Week 1', 'April 2013',
    'Q1 2013', '2013/14', '01/04/2013' typed as text. A log keyed so ('Week 1 | Leeds | JSA
    18-24') lists events by when they happened, as a dated one does, though no line repeats."""
    return is_period_text(text) or bool(_PERIOD_KEY.match(text))
