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
"""

from __future__ import annotations

from collections.abc import Iterator

from wpxl.model import Sheet

LEAST_LINES = 5  # a run of record lines at least this long, ...
LEAST_REPEATS = 2  # ... of which this many repeat a line above them word for word
RECORDS = (
    "this sheet lists records one by one (line {line} repeats line {first} word for word{but}): "
    "how many lines there are is a count no one rounded, and of outcomes a volume. Share counts "
    "by group instead (for example job outcomes by payment group, shown as percentages)"
)
Words = tuple[tuple[int, str], ...]


def listing_records(sheet: Sheet) -> list[str]:
    """One sentence for each run of the sheet's lines that lists records, naming its first
    repeated line and the line it repeats (1-based, as Excel numbers them)."""
    problems = []
    for run in _runs(sheet):
        if len(run) < LEAST_LINES:
            continue
        for reference in (None, *_references(run)):
            repeats = _repeats(run, reference)
            if len(repeats) >= LEAST_REPEATS:
                line, first = repeats[0]
                but = "" if reference is None else ", but for its own reference"
                why = RECORDS.format(line=line + 1, first=first + 1, but=but)
                problems.append(f"sheet '{sheet.name}': {why}")
                break
    return problems


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


def _runs(sheet: Sheet) -> Iterator[list[tuple[int, Words]]]:
    """Runs of consecutive lines each holding two words or more and no figure but a flag (0 or
    1), with the words of each line by column."""
    lines: dict[int, list[tuple[int, object]]] = {}
    for (row, col), cell in sheet.cells.items():
        if not cell.is_empty:
            lines.setdefault(row, []).append((col, cell.value))
    run: list[tuple[int, Words]] = []
    for row in sorted(lines):
        words = _record_words(lines[row])
        if words is not None and (not run or run[-1][0] == row - 1):
            run.append((row, words))
            continue
        if run:
            yield run
        run = [(row, words)] if words is not None else []
    if run:
        yield run


def _record_words(cells: list[tuple[int, object]]) -> Words | None:
    words = []
    for col, value in sorted(cells, key=lambda c: c[0]):
        if isinstance(value, str):
            words.append((col, " ".join(value.split()).lower()))
        elif isinstance(value, bool) or not (isinstance(value, int | float) and value in (0, 1)):
            return None  # a figure (or a date): a line of a table, not a record
    return tuple(words) if len(words) >= 2 else None
