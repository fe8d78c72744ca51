"""Warn where tables can be compared to undo rounding (guidance R6), naming both tables.

Two tables that count the same people (the same measure and the same true total) broken down
differently are rounded separately, so their rounded totals may differ and subtracting one
breakdown from the other can single out a small group. A table whose figures are all found in
a bigger table (the same labels, headers and true figures) is a slice of it: what rounding
hides in the slice can be worked out from the rest. Only counts are compared; outcome tables
are shown as percentages and never as volumes.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import combinations, groupby, islice
from operator import itemgetter

from wpxl.analyse.values import as_number
from wpxl.model import Measure, OutputSheet, Role, SheetAnalysis, Table, Warning
from wpxl.plan.figures import Figures
from wpxl.plan.placement import Placement
from wpxl.plan.proposals import RowWords, col_words
from wpxl.plan.summaries import TableCells, table_cells


@dataclass(frozen=True, slots=True)
class Profile:
    """A table's leaf counts for one measure, kept small so every table of a large workbook can
    be compared after its sheets have left memory: hashes of its (label, header, count) items,
    sorted, and of its set of labels and headers."""

    table: str
    measure: Measure
    total: float
    items: array[int]
    keys: int
    nonzero: bool
    cells: TableCells | None = None  # a small table's counts by their words (wpxl.plan.summaries)

    def is_slice_of(self, large: Profile) -> bool:
        if not self.nonzero or len(self.items) >= len(large.items):
            return False
        return _within(self.items, large.items)


def _within(small: array[int], large: array[int]) -> bool:
    """Whether every item of ``small`` is in ``large``, both sorted without repeats: each
    sought by bisection after the last one found, so a table compared with a thousand others
    makes no set of their items each time (a 24-sheet pack of 1,200 tables spent a quarter of
    its plan building them), and most pairs differ at their first item."""
    start, end = 0, len(large)
    for item in small:
        at = bisect_left(large, item, start, end)
        if at == end or large[at] != item:
            return False
        start = at + 1
    return True


def table_profiles(
    analysis: SheetAnalysis,
    figures: Figures,
    row_words: RowWords,
    out: OutputSheet,
    place: Placement,
) -> list[Profile]:
    """The profiles of a sheet's tables; ``row_words``: the sheet's, shared with its quality
    report; ``out`` and ``place``: its planned copy and where its cells went in it, kept for a
    small table of one measure in case it is typed as the sum of others, or added up by one."""
    profiles = []
    for table in analysis.tables:
        found = _profiles(analysis, table, figures, row_words)
        if len(found) == 1 and found[0].total > 0:
            cells = table_cells(analysis, table, figures, row_words, out, place)
            found = [replace(found[0], cells=cells)] if cells is not None else found
        elif table.row_measures and not table.col_measures:  # a measure a line ('Summary')
            found = [_measure_cells(p, analysis, table, (figures, row_words, out, place))
                     for p in found]  # fmt: skip
        profiles.extend(found)
    return profiles


def _measure_cells(
    profile: Profile,
    analysis: SheetAnalysis,
    table: Table,
    planned: tuple[Figures, RowWords, OutputSheet, Placement],
) -> Profile:
    """A table of a measure a line, its lines of the profile's measure kept by their words: a
    summary of each measure's sheet's total (wpxl.plan.linked_rows)."""
    rows = {row for row, measure in table.row_measures.items() if measure == profile.measure}
    cells = table_cells(analysis, table, *planned, rows=rows) if profile.total > 0 else None
    return replace(profile, cells=cells) if cells is not None else profile


def summed_tables(profiles: list[Profile]) -> list[tuple[Profile, tuple[Profile, ...]]]:
    """Each table that appears typed as the sum of others with the same labels and headers
    (offices added up on a summary sheet and pasted as values), with the tables it adds up.
    Rounded on its own, its figures would not be the sum of theirs as shared, and the levels
    together narrow the true figures: wpxl.plan.summaries rebuilds it where every cell matches,
    and ``sum_warning`` says so of the rest. Totals equal and labels and headers the same: a
    coincidence otherwise is rare."""
    groups: dict[tuple[Measure, int], list[Profile]] = {}
    for profile in profiles:
        if profile.nonzero and profile.total > 0:
            groups.setdefault((profile.measure, profile.keys), []).append(profile)
    summed = []
    for group in groups.values():
        if not 3 <= len(group) <= _MOST_SUMMED:
            continue
        for whole in group:
            parts = _parts_adding_up(whole, [p for p in group if p.table != whole.table])
            if parts:
                summed.append((whole, parts))
    return summed


_MOST_SUMMED = 60  # tables of one shape compared pair by pair: a pack has a few dozen at most


def _parts_adding_up(whole: Profile, others: list[Profile]) -> tuple[Profile, ...]:
    """All the other tables, or any two of them, whose totals add up to ``whole``'s."""
    candidates = [tuple(others), *combinations(others, 2)]
    for parts in candidates:
        if len(parts) >= 2 and _same(sum(p.total for p in parts), whole.total):
            return parts
    return ()


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def summary_rebuilt(whole: Profile, parts: tuple[Profile, ...]) -> Warning:
    """A typed summary wpxl wrote as sums over the tables it adds up: its figures are no longer
    the ones typed, so the cover says why."""
    names = [p.table for p in parts]
    return Warning(
        "summary-rebuilt",
        whole.table,
        f"typed as figures, it adds up {listed(names)} cell by cell ({whole.measure.value}): "
        "each cell is now the sum of their rounded cells, as a total is",
        (whole.table, *names),
        (("tables", len(parts)),),
    )


def sum_warning(whole: Profile, parts: tuple[Profile, ...]) -> Warning:
    names = [p.table for p in parts]
    return Warning(
        "overlap-sum",
        whole.table,
        f"{whole.table} appears to add up {listed(names)} ({whole.measure.value}), typed as "
        "figures: each is rounded on its own, so its figures are not the sum of theirs, and "
        "comparing them can reveal what rounding hides — write its cells as formulas over "
        "those tables (wpxl then rebuilds them from their rounded cells), or share only one "
        "level",
        (whole.table, *names),
        (("tables", len(parts)),),
    )


def listed(names: list[str]) -> str:
    """Names as a sentence lists them: 'a, b and c', or 'a' alone (a summary over one table
    would otherwise read 'totals of  and a', as if a name had been lost)."""
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _profiles(
    analysis: SheetAnalysis, table: Table, figures: Figures, row_words: RowWords
) -> list[Profile]:
    """One profile per volume measure in the table: its leaf counts by label and header."""
    one_measure = not table.row_measures and not table.col_measures  # most tables
    if one_measure and table.measure.is_outcome:
        return []
    rows = {
        r: row_words(table, r) or _label_values(analysis, table, r)
        for r in table.body_rows
        if r not in table.total_rows
    }
    cols = {c: col_words(analysis, table, c) for c in table.body_cols if c not in table.total_cols}
    unique = len(set(rows.values())) == len(rows) and len(set(cols.values())) == len(cols)
    if one_measure and unique:  # most tables: hashed a row at a time, as the grid holds them
        whole = _Leaves()  # (a leaf each, grouped and batched, cost a tenth of a large plan)
        for keys, values in _row_counts(analysis, figures, rows, cols):
            whole.add(keys, values)
        return [whole.profile(table.name, table.measure)] if whole.values else []
    leaves: dict[Measure, _Leaves] = {}
    # a run of leaves of one measure is added a batch at a time: in one go a large table's
    # leaves would all be held at once
    for measure, run in groupby(
        _leaf_counts(analysis, table, figures, (rows, cols), one_measure, unique), key=_MEASURE
    ):
        found = leaves.get(measure)
        if found is None:
            found = leaves[measure] = _Leaves()
        while batch := list(islice(run, _BATCH)):
            found.add([key for _, key, _ in batch], [value for _, _, value in batch])
    return [found.profile(table.name, measure) for measure, found in leaves.items()]


def _row_counts(
    analysis: SheetAnalysis, figures: Figures, rows: dict[int, str], cols: dict[int, str]
) -> Iterator[tuple[list[tuple[str, str]], list[float]]]:
    """Each row's counts of a table of one measure, read from the grid, with their (label,
    header) keys; a whole count is its own number, as true_count says: the others asked."""
    grid, wanted, true = figures.grid(analysis.sheet.name), list(cols), figures.true_count
    for row, row_label in rows.items():
        if counts := grid.row(row, wanted):
            keys = [(row_label, cols[col]) for col, _ in counts]
            yield keys, [value if type(value) is int else true(value) for _, value in counts]


def _leaf_counts(
    analysis: SheetAnalysis,
    table: Table,
    figures: Figures,
    lines: tuple[dict[int, str], dict[int, str]],
    one_measure: bool,
    unique: bool,
) -> Iterable[tuple[Measure, tuple[str, str], float]]:
    """Each leaf count with its (label, header), ``lines`` the words of the table's rows and
    columns; where two lines have the same words (not ``unique``), the last count under them."""
    rows, cols = lines
    if one_measure:
        found: Iterable[tuple[Measure, tuple[str, str], float]] = (
            (table.measure, key, value)
            for keys, values in _row_counts(analysis, figures, rows, cols)
            for key, value in zip(keys, values, strict=True)
        )
    else:
        true, roles, cells = figures.true_count, analysis.roles, analysis.sheet.cells
        count = Role.COUNT  # named once: each naming of an enum member is a class look-up
        found = (
            (measure, (row_label, col_label), true(cells[coord].value))
            for row, row_label in rows.items()
            for col, col_label in cols.items()
            if roles.get(coord := (row, col)) is count
            and not (measure := table.measure_of(coord)).is_outcome
        )
    if unique:
        return found  # every (label, header) once, streamed
    last = {(measure, key): value for measure, key, value in found}
    return ((measure, key, value) for (measure, key), value in last.items())


def _label_values(analysis: SheetAnalysis, table: Table, row: int) -> str:
    """A line's labels as typed, where they hold no words a message would show (ages 16 to 64,
    numbers all): the lines are still told apart. Keyed by the words alone, all the lines of an
    age table were one, the last, and tables whose last lines added up were taken for sums."""
    cells = analysis.sheet.cells
    values = (cell.value for c in table.label_cols if (cell := cells.get((row, c))) is not None)
    typed = (v if (n := as_number(v)) is None else float(n) for v in values if v not in (None, ""))
    return " ".join(map(str, typed))


class _Leaves:
    """A measure's leaf counts gathered into a profile without a dictionary of them: for a
    large table that was the plan's largest holding."""

    def __init__(self) -> None:
        self.values: list[float] = []
        self.hashes = array("q")
        self.keys = 0

    def add(self, keys: list[tuple[str, str]], values: list[float]) -> None:
        """Leaves given as their (label, header) keys and their counts, in the same order."""
        self.values += values
        self.hashes.extend(map(hash, zip(keys, values, strict=True)))
        # a sum the same for the same set of keys, in any order
        self.keys = (self.keys + sum(map(hash, keys))) & _KEYS_MASK

    def profile(self, table: str, measure: Measure) -> Profile:
        values, ordered = self.values, sorted(self.hashes)
        unique = array("q", map(itemgetter(0), groupby(ordered)))
        return Profile(table, measure, sum(values), unique, self.keys, any(values))


_KEYS_MASK = 2**64 - 1
_BATCH = 4096  # leaves hashed at once
_MEASURE = itemgetter(0)


@dataclass(frozen=True, slots=True)
class PastRelease:
    """A row of the register's release log, as far as differencing needs it."""

    released_on: str  # ISO date (or date and time) it was logged
    output_name: str
    measures: tuple[str, ...]
    period: str | None = None


def release_warnings(
    previous: tuple[PastRelease, ...], council: str, period: str | None, measures: set[str]
) -> list[Warning]:
    """Earlier releases to the same council with a shared measure and an overlapping period."""
    warnings = []
    for past in previous:
        shared = sorted(measures & set(past.measures))
        if not shared or not periods_overlap(period, past.period):
            continue
        when = past.released_on[:10]
        same = _same_text(period, past.period)
        warnings.append(
            Warning(
                "differencing",
                "release",
                f"{council} already received {past.output_name} on {when} for "
                f"{'the same' if same else 'an overlapping'} period ({past.period}) and "
                f"{', '.join(shared)}; comparing the two releases may reveal small differences "
                "that rounding hides. Send one corrected release rather than overlapping ones",
                (),
                (("released_on", when),),
            )
        )
    return warnings


def periods_overlap(period: str | None, other: str | None) -> bool:
    """Whether two ``--period`` texts share a month; without both, nothing can be said.

    Periods wpxl can read are compared month by month ("April to September 2013" overlaps
    "2013-07 to 2013-12"); others only match when written the same, ignoring case and spaces.
    """
    if not period or not other:
        return False
    span, other_span = period_span(period), period_span(other)
    if span is not None and other_span is not None:
        return not (span[1] < other_span[0] or other_span[1] < span[0])
    return _same_text(period, other)


def _same_text(period: str | None, other: str | None) -> bool:
    return " ".join((period or "").casefold().split()) == " ".join((other or "").casefold().split())


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_WORD = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ISO_MONTH = re.compile(r"\b((?:19|20)\d\d)-(\d\d)\b")
_NAMED_MONTH = re.compile(rf"\b{_MONTH_WORD}\.?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_BARE_MONTH = re.compile(rf"\b{_MONTH_WORD}\b", re.IGNORECASE)
_FINANCIAL_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*/\s*(\d\d)\b")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def period_span(text: str | None) -> tuple[int, int] | None:
    """The first and last month a period names, as year * 12 + month index; None if unreadable.

    Reads "2013-04 to 2013-09", "April to September 2013", "Apr 2013 - Mar 2014" and financial
    years such as "2013/14" (April to March).
    """
    if not text:
        return None
    months = [int(y) * 12 + int(m) - 1 for y, m in _ISO_MONTH.findall(text) if 1 <= int(m) <= 12]
    named = [(n.lower()[:3], int(y)) for n, y in _NAMED_MONTH.findall(text)]
    months += [y * 12 + _MONTHS.index(n) for n, y in named]
    if not months and (fy := _FINANCIAL_YEAR.search(text)):
        start = int(fy.group(1)) * 12 + 3
        return start, start + 11
    if len(named) == 1:  # "April to September 2013": the other months share the year
        year = named[0][1]
        months += [year * 12 + _MONTHS.index(m.lower()[:3]) for m in _BARE_MONTH.findall(text)]
    if not months and (years := [int(y) for y in _YEAR.findall(text)]):
        return min(years) * 12, max(years) * 12 + 11
    return (min(months), max(months)) if months else None
