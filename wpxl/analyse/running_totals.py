"""Running totals: a column of figures "to date" beside the figures it adds up.

"Referrals, year to date" beside "Referrals in month": each cell is the sum of the month's
figures from the first row down to its own, and at a total row the sum of them all. Rounded on
its own it would not be the sum of the rounded months the copy shows beside it, so it is
rebuilt over them like any total. Taken only when the column's words say it runs on and the
arithmetic holds exactly in every row, in two or more rows that are not 0; a cumulative
outcome column is removed before this (cells.py). A "Year to date" column that adds up the
months across its row is no running column: the arithmetic tells them apart, and the trees of
totals read that one.

The same runs across a row: months typed beside their running totals ("Apr, May, Jun,
Cumulative Apr, Cumulative May, Cumulative Jun", or each month's cumulative column after it),
each the sum of the months from the first up to its own. The trees cannot read them (their
parts are not a run of lines next to them), so two or more such columns are read here as one
chain: each the sum of more of the first months than the one before it, exactly in every row.
A column that merely equals a month ("Cumulative Apr" = Apr) is taken only with those words.

A running column may carry a balance in from before the table's first month ('Cumulative since
June 2011' beside the months of 2013): each cell after the first is the one before plus its own
month. Typed so, each was rounded on its own, so two cells' difference was no rounded month
(while the same column by formula, '=C3+B4', was rebuilt); the first stays a count, the balance
brought forward, and each next cell is rebuilt as the one before plus its month (a cell that
is not, the first month of the next area's lines, is a balance of its own).

And a running line across the months: "Referrals year to date" under "Referrals", or a
"Cumulative" line under a table's Total line, each cell the sum of the line above from the first
month to its own. It is read as the running column is, on its side.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from wpxl.analyse.body import FIGURES
from wpxl.analyse.rolling_totals import rolling_lines
from wpxl.analyse.values import as_number
from wpxl.analyse.words import is_cumulative_words
from wpxl.model import Cell, Coord, Role, Table

MIN_MATCHES = 2
LONG_RUN = 120  # figures a running line adds up at most: ten years of months
RunningColumns = dict[int, dict[Coord, list[Coord]]]  # column -> each cell -> its parts
Place = Callable[[int, int], Coord]  # (step along the line, line) -> the cell there


def running_columns(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role], col_words: dict[int, str]
) -> RunningColumns:
    """Each running-total column of ``table``, read once its cells have their roles and before
    its trees of totals (which leave these columns out), with the parts of each of its cells:
    the column it runs on is the nearest to its left with figures whose words do not say it
    runs on, and over which it does run ("Cumulative JSA" over "JSA", beyond "ESA"); and each
    rolling column (wpxl.analyse.rolling_totals), read alike."""
    found = _running_lines(table.body_cols, table.body_rows, col_words, _down, cells, roles)
    found.update(rolling_lines(table.body_cols, table.body_rows, col_words, _down, cells, roles))
    found.update(_across_chain(table, cells, roles, col_words, set(found)))
    return found


def running_rows(
    table: Table, cells: dict[Coord, Cell], roles: dict[Coord, Role], row_words: dict[int, str]
) -> RunningColumns:
    """Each running-total row of ``table`` (row -> each cell -> its parts), read as
    ``running_columns`` reads a column: the row it runs on is the nearest above with figures
    whose words do not say it runs on, and over which it does run (a blank row may part them)."""
    found = _running_lines(table.body_rows, table.body_cols, row_words, _across, cells, roles)
    found.update(rolling_lines(table.body_rows, table.body_cols, row_words, _across, cells, roles))
    return found


def _running_lines(
    lines: list[int],
    others: list[int],
    words: dict[int, str],
    step: Place,
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
) -> RunningColumns:
    """The running lines among ``lines`` (columns, or rows), each over the nearest line before
    it that it runs on, place by place along ``others``."""
    found: RunningColumns = {}
    held = partial(_holds, others, step, roles)
    for line in lines:
        if not is_cumulative_words(words.get(line, "")):
            continue  # most lines
        running = next(filter(None, (
            _running(others, line, source, step, cells, roles)
            for source in _sources(lines, line, words, held)
        )), None)  # fmt: skip
        if running is not None:
            found[line] = running
    return found


def _sources(
    lines: list[int], line: int, words: dict[int, str], held: Callable[[int], bool]
) -> Iterator[int]:
    """The lines before ``line`` holding figures whose words do not say they run on, nearest
    first."""
    return (x for x in reversed(lines) if x < line and held(x)
            and not is_cumulative_words(words.get(x, "")))  # fmt: skip


def _holds(steps: list[int], place: Place, roles: dict[Coord, Role], line: int) -> bool:
    return any(roles.get(place(step, line)) in FIGURES for step in steps)


def running_down(
    rows: list[int], col: int, source: int, cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> dict[Coord, list[Coord]] | None:
    """The cells of ``col`` running on down ``rows`` over those of ``source``, each with its
    parts, or None: for a running column in a table of its own (wpxl.analyse.side_running)."""
    return _running(rows, col, source, _down, cells, roles)


def _down(step: int, line: int) -> Coord:
    return (step, line)


def _across(step: int, line: int) -> Coord:
    return (line, step)


def _across_chain(
    table: Table,
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
    col_words: dict[int, str],
    taken: set[int],
) -> RunningColumns:
    """The table's cumulative columns read as running totals along each row: the k-th the sum of
    the first n_k columns whose words do not say they run on (the months), n_k growing along the
    chain; nothing when any of them is not so (the columns are then read as before)."""
    chain = [c for c in table.body_cols if c not in taken and is_cumulative_words(col_words[c])]
    if len(chain) < 2:
        return {}
    months = [c for c in table.body_cols if not is_cumulative_words(col_words[c])]
    found: RunningColumns = {}
    covered = 0
    for col in chain:
        left = [c for c in months if c < col]
        running = None
        while running is None and covered < len(left):
            covered += 1
            running = _along_rows(table, col, left[:covered], cells, roles)
        if running is None:
            return {}
        found[col] = running
    return found


def _along_rows(
    table: Table, col: int, months: list[int], cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> dict[Coord, list[Coord]] | None:
    """Each typed count of ``col`` with the cells of ``months`` in its row it is exactly the sum
    of, or None when one is not (or too few rows tell). A formula total keeps its own parts."""
    found: dict[Coord, list[Coord]] = {}
    matches = 0
    for row in table.body_rows:
        here = (row, col)
        parts = [(row, c) for c in months]
        role = roles.get(here)
        if role is Role.TOTAL or (
            here not in cells and all(roles.get(p) is not Role.COUNT for p in parts)
        ):
            continue  # rebuilt already, or a line with no figures
        shown = as_number(cells[here].value) if role is Role.COUNT else None
        found_parts = [as_number(cells[p].value) if roles.get(p) in FIGURES else None
                       for p in parts]  # fmt: skip
        if shown is None or None in found_parts or shown != sum(found_parts):  # type: ignore[arg-type]
            return None
        matches += shown != 0
        found[here] = parts
    return found if matches >= MIN_MATCHES else None


def mark_running(table: Table, roles: dict[Coord, Role], columns: RunningColumns) -> None:
    for running in columns.values():
        for coord, parts in running.items():
            roles[coord] = Role.TOTAL
            table.totals[coord] = tuple((table.sheet, *part) for part in parts)


def _running(
    steps: list[int],
    line: int,
    source: int,
    place: Place,
    cells: dict[Coord, Cell],
    roles: dict[Coord, Role],
) -> dict[Coord, list[Coord]] | None:
    """``running_over`` the cells of ``line`` and ``source`` at each step: ``place`` finds a
    line's cell at a step (a row of a column, or a column of a row)."""
    here = [place(step, line) for step in steps]
    beside = [place(step, source) for step in steps]
    found = running_over(here, beside, cells, roles)
    return found if found is not None else _from_balance(here, beside, cells, roles)


def _from_balance(
    here: list[Coord], beside: list[Coord], cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> dict[Coord, list[Coord]] | None:
    """Each count of ``here`` with the cell before it and its own step's figure it is exactly
    the sum of, or None when too few are: a cumulative column carried in from before the
    table's first month ('Cumulative since June 2011'), its first cell the balance brought
    forward, kept as a count, each next one that plus its month. A cell that is not starts
    again as a balance of its own (an area's first month after another area's months), so
    only an exact sum is rebuilt; a cell with no figure, or beside none, is no such column,
    nor one carrying on over more than ``LONG_RUN`` months (an extract's rows)."""
    found: dict[Coord, list[Coord]] = {}
    before: tuple[Coord, float] | None = None
    run = 0  # months the balance has carried on over
    for at, part in zip(here, beside, strict=True):
        if at not in cells or cells[at].is_empty:
            continue  # a line the column leaves blank: the next must still add up
        counted = roles.get(at) is Role.COUNT
        shown = as_number(cells[at].value) if counted else None
        month = as_number(cells[part].value) if roles.get(part) in FIGURES else None
        if shown is None or month is None:
            return None
        if before is not None and roles.get(part) is Role.TOTAL and shown == before[1]:
            found[at] = [before[0]]  # the table's total line: the balance carried to its end
        elif before is not None and shown == before[1] + month:
            found[at] = [before[0], part]
            run += 1
            if run > LONG_RUN:
                return None  # an extract's rows, not a series of months
        else:
            run = 0  # a balance of its own: the next area's first month, say
        before = (at, shown)
    return found if sum(1 for at in found if as_number(cells[at].value)) >= MIN_MATCHES else None


def running_over(
    here: list[Coord], beside: list[Coord], cells: dict[Coord, Cell], roles: dict[Coord, Role]
) -> dict[Coord, list[Coord]] | None:
    """Each count of ``here`` and the figures of ``beside`` from the first to its own that it
    is the sum of (at a total, where both show the sum of all before, all of them: a typed
    total, or a formula's cached sum), or None when it is not their sum somewhere (or too
    seldom to tell). A step where ``here`` is left blank is passed over: a quarter's line (a
    month left blank there would leave the running cells after it no sums of those before);
    after one, a running cell that is its own step's figure starts again (a new year's first
    month after the year's line). A formula among the counts ('=C4+B5' over the months above,
    then 1,843 typed) keeps its own parts and adds its step to the run: a column of formulas
    with a typed cell among them had that cell rounded on its own.
    ``here`` and ``beside`` go step by step, side by side. A line running on over more than
    ``LONG_RUN`` figures is none: an extract's rows, not a series of months, and its parts,
    listed in full, would grow with the square of its length."""
    found: dict[Coord, list[Coord]] = {}
    parts: list[Coord] = []
    total, matches, passed = 0.0, 0, False
    for at, part in zip(here, beside, strict=True):
        counted, over = roles.get(at) is Role.COUNT, roles.get(part) in FIGURES
        month = as_number(cells[part].value) if over else None
        blank = at not in cells or cells[at].is_empty
        if not counted and (not over or blank or (month == total and parts)):
            passed = passed or (over and bool(parts))
            continue  # a step with no figures, or a total (a quarter's) the line leaves blank
        if roles.get(at) is Role.TOTAL and month is not None:  # '=C4+B5': its own parts kept
            if not (month == total and parts):  # (a total line's: the sum of all before)
                parts.append(part)
                total += month
                matches += total != 0 and as_number(cells[at].value) == total
            continue
        shown = as_number(cells[at].value) if counted else None
        if shown is None or month is None:
            return None
        if shown == total == month and parts:  # a total: the sum of all before, twice
            found[at] = list(parts)
            continue
        if passed and shown == month != total + month:
            parts, total = [], 0.0  # a new year's first month, after the year's line
        passed = False
        parts.append(part)
        total += month
        if shown != total or len(parts) > LONG_RUN:
            return None
        matches += total != 0
        found[at] = list(parts)
    return found if matches >= MIN_MATCHES else None
